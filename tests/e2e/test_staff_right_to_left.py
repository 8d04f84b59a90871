"""Staff mode in Arabic (kiosk.staff_language = "ar"): the staff screen reads from the
right, its day's rows too. The rows' own stylesheet said `text-align: left`, which Qt
resolves against the application's direction (that of the patient's language, or of Qt's
own translation), not the staff screen's: so the row says which side its text starts on,
from its layout direction, as the review rows do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from tests.e2e.test_staff_mode import kiosk, log_in
from tests.ui.test_right_to_left import ink_columns
from ui.texts import Translations


def x_of(row: QAbstractButton, text: str, part: str) -> float:
    """Where `part` of the row's text is drawn, as a button lays out its text: in the
    application's layout direction."""
    layout = QTextLayout(text, row.font())
    option = QTextOption()
    option.setTextDirection(QApplication.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    at = text.index(part) + 1
    x: tuple[float, int] = line.cursorToX(at)  # type: ignore[assignment]  # (x, cursor)
    return float(x[0])


@pytest.mark.parametrize("qt_translated", [True, False], ids=["qtbase-ar", "no-qtbase-ar"])
def test_with_arabic_staff_the_rows_read_from_the_right(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_translated: bool
) -> None:
    if not qt_translated:
        monkeypatch.setattr(Translations, "install_qt", lambda self, code: None)
    with kiosk(qtbot, tmp_path, 'kiosk.staff_language="ar"') as app:
        reference = app.submit_a_declaration("fr")
        app.tap("restart")
        log_in(app)
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        qtbot.wait(50)

        assert row.layoutDirection() is Qt.LayoutDirection.RightToLeft
        start = "left" if QApplication.layoutDirection() is row.layoutDirection() else "right"
        assert row.property("text_start") == start
        left, right = ink_columns(row)
        assert row.width() - right < left, (left, right, row.width())
        # read from the right, the time first, each part whole (not one Arabic run made
        # of "to check" and "printed")
        text = row.text()
        assert text.startswith("\u2067\u2068") and text.endswith("\u2069")
        assert text.index(reference) < text.index("PDF")
        time = re.search(r"\d\d:\d\d", text)
        assert time is not None
        assert x_of(row, text, time.group()) > x_of(row, text, reference)  # time on the right


def test_with_french_staff_the_rows_read_from_the_left(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("ar")
        app.tap("restart")
        log_in(app)
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        qtbot.wait(50)

        assert row.layoutDirection() is Qt.LayoutDirection.LeftToRight
        left, right = ink_columns(row)
        assert left < row.width() - right, (left, right, row.width())
        assert "\u2068" not in row.text() and "\u2067" not in row.text()
