"""Issue 16: the previous patient's name never waits in the clipboard or the X PRIMARY
selection for the next patient's middle click.

Offscreen Qt has a clipboard but no selection, so the selection is watched through
QClipboard itself: what the kiosk asks it to clear, and whether a field ever holds a
selection (which Qt copies to PRIMARY on X11 whenever one is made)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.patient.flow import Screen
from tests.e2e.test_staff_mode import kiosk, log_in
from tests.helpers.kiosk_app import KioskUnderTest
from tests.helpers.tour import tour

NAME = "Van den Bossche"  # the tour's last name


@pytest.fixture
def cleared(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QClipboard.Mode]]:
    """Every mode the kiosk clears, on a clipboard that says it has a selection (as
    X11's has)."""
    modes: list[QClipboard.Mode] = []
    clear = QClipboard.clear

    def recording(self: QClipboard, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        modes.append(mode)
        clear(self, mode)

    monkeypatch.setattr(QClipboard, "clear", recording)
    monkeypatch.setattr(QClipboard, "supportsSelection", lambda self: True)
    yield modes


def clipboard() -> QClipboard:
    board = QGuiApplication.clipboard()
    assert board is not None
    return board


def to_review(app: KioskUnderTest) -> None:
    app.flow.choose_language("en")
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == "review":
            return


def idle_wipe(app: KioskUnderTest) -> None:
    app.clock.advance(600)  # type: ignore[attr-defined]
    app.window.tick()


def finish(app: KioskUnderTest) -> None:
    app.see_the_whole_review()
    app.tap("submit")
    app.qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=5000)
    app.tap("restart")


@pytest.mark.parametrize(
    "wipe", [idle_wipe, finish, log_in], ids=["idle wipe", "finish", "staff login"]
)
def test_every_wipe_of_a_session_empties_the_clipboard_and_the_selection(
    qtbot: QtBot,
    tmp_path: Path,
    cleared: list[QClipboard.Mode],
    wipe: Callable[[KioskUnderTest], None],
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        to_review(app)
        clipboard().setText(NAME, QClipboard.Mode.Clipboard)
        cleared.clear()
        wipe(app)
        assert clipboard().text(QClipboard.Mode.Clipboard) == ""
        assert QClipboard.Mode.Clipboard in cleared
        assert QClipboard.Mode.Selection in cleared


def name_field(app: KioskUnderTest) -> QLineEdit:
    app.tap("next")
    app.tap("skip")
    app.tap("answer-for_whom-self")
    app.tap("next")
    app.type_keys("dupont")
    field = app.visible("field-last_name", QLineEdit)
    assert field.text() == "Dupont"
    return field


def test_a_patient_field_never_holds_a_selection_for_qt_to_copy_to_primary(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        field = name_field(app)
        middle = QPoint(field.width() // 2, field.height() // 2)
        start, end = QPoint(2, middle.y()), QPoint(field.width() - 2, middle.y())
        left = Qt.MouseButton.LeftButton
        qtbot.mouseDClick(field, left, pos=middle)  # type: ignore[no-untyped-call]
        assert field.selectedText() == ""
        qtbot.mousePress(field, left, pos=start)  # type: ignore[no-untyped-call]
        qtbot.mouseMove(field, end)  # type: ignore[no-untyped-call]
        qtbot.mouseRelease(field, left, pos=end)  # type: ignore[no-untyped-call]
        assert field.selectedText() == ""
        field.selectAll()  # as a keyboard left plugged in would (Ctrl+A)
        assert field.selectedText() == ""
        # Still a field the on-screen keyboard types into, at the cursor.
        app.tap("key-backspace")
        assert field.text() == "Dupon"
