"""Arabic, right to left, as a patient sees it: every text starts on the right, a wrapped
label keeps its isolates on each line, and choosing Arabic moves no button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QStyle, QWidget

from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.resources import I18N_DIR, resource_path
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import settle, tour
from ui.texts import Translations
from ui.widgets.wrap_button import wrap_text

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
ALIGNED_AT_START = Qt.AlignmentFlag.AlignLeft  # resolved: the left edge


def ink_columns(widget: QWidget) -> tuple[int, int]:
    """The leftmost and rightmost columns where the text's pixels are, inside the border."""
    image = widget.grab().toImage()
    background = QColor(image.pixel(image.width() // 2, 3))
    inset = max(8, image.height() // 8)  # the border and its rounded corners
    columns = [
        x
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset, 2)
        if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 90
    ]
    assert columns, f"{widget.objectName()}: no text drawn"
    return min(columns), max(columns)


def resolved_alignment(label: QLabel) -> Qt.AlignmentFlag:
    """A label's horizontal alignment as drawn: Qt mirrors AlignLeft in right to left
    unless it is AlignAbsolute."""
    return QStyle.visualAlignment(label.layoutDirection(), label.alignment()) & (
        Qt.AlignmentFlag.AlignHorizontal_Mask
    )


def labels_starting_on_the_left(app: KioskUnderTest) -> list[str]:
    return [
        f"{label.objectName() or type(label).__name__}: {label.text()[:30]!r}"
        for label in app.window.findChildren(QLabel)
        if label.isVisible()
        and label.text().strip()
        and label.layoutDirection() is Qt.LayoutDirection.RightToLeft
        and resolved_alignment(label) == ALIGNED_AT_START
    ]


def test_in_arabic_every_label_starts_on_the_right(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("ar")
        left: list[str] = []
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen in ("saving", "done"):
                break
            left += [f"{screen}: {found}" for found in labels_starting_on_the_left(app)]
        assert not left, "\n".join(left)


@pytest.mark.parametrize("qt_translated", [True, False], ids=["qtbase-ar", "no-qtbase-ar"])
def test_in_arabic_the_review_rows_read_from_the_right(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_translated: bool
) -> None:
    """The rows' stylesheet said `text-align: left`, which Qt resolves against the
    application's direction, not the row's: that follows Qt's own Arabic translation
    (qtbase_ar), which a kiosk PC may or may not have."""
    if not qt_translated:
        monkeypatch.setattr(Translations, "install_qt", lambda self, code: None)
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("ar")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        if not qt_translated:
            assert QApplication.layoutDirection() is Qt.LayoutDirection.LeftToRight
        rows = [
            row
            for row in app.window.findChildren(QAbstractButton)
            if row.isVisible() and row.objectName().startswith("edit-")
        ]
        assert len(rows) > 3
        for row in rows:
            left, right = ink_columns(row)
            # the text starts at the right padding and its short lines end short of the left
            assert row.width() - right < left, (row.objectName(), left, right, row.width())


def test_in_french_the_review_rows_still_read_from_the_left(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("fr")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        row = app.visible("edit-last_name", QAbstractButton)
        left, right = ink_columns(row)
        assert left < row.width() - right


def test_a_wrapped_label_keeps_its_isolates_on_each_line(qapp: object) -> None:
    """Each line is laid out by itself: "(acetylsalicylic" and "acid)" each stay left
    to right, parentheses and all, when the isolate is broken across lines."""
    metrics = QFontMetrics(QFont("DejaVu Sans", 20))
    label = f"أسبرين ({LRI}Asaflow, Cardioaspirine, Aspirine{PDI}) {FSI}K7F-3QX{PDI}"
    lines = wrap_text(label, metrics, metrics.horizontalAdvance("أسبرين (Asaflow,"))

    assert len(lines) >= 3
    for line in lines:
        depth = 0
        for char in line:
            depth += char in (LRI, FSI)
            depth -= char == PDI
            assert depth >= 0, line
        assert depth == 0, line
    assert "".join(lines).replace(PDI + LRI, "").replace(" ", "") == label.replace(" ", "")


@pytest.mark.parametrize(
    "choice",
    [
        None,
        "access-larger-text",
        "access-high-contrast",
    ],
)
def test_choosing_arabic_leaves_the_tapped_button_under_the_finger(
    qtbot, tmp_path: Path, choice: str | None
) -> None:
    """The grid was mirrored, and a chosen button, with its thicker border, was taller."""
    with running_kiosk(qtbot, tmp_path / "data") as app:
        if choice is not None:
            app.tap(choice)
        settle()
        places = {}
        for code in app.kiosk.config.kiosk.languages:
            button = app.visible(f"language-{code}", QAbstractButton)
            places[code] = button.mapToGlobal(QPoint(0, 0)), button.size()

        app.tap("language-ar")  # the welcome screen stays, now in Arabic
        qtbot.waitUntil(lambda: app.window.layoutDirection() is Qt.LayoutDirection.RightToLeft)
        settle()  # the layouts react to the new direction on the next pass of the event loop

        for code, (place, size) in places.items():
            button = app.visible(f"language-{code}", QAbstractButton)
            assert (button.mapToGlobal(QPoint(0, 0)), button.size()) == (place, size), code


def drawn_left_to_right(text: str, first: str, second: str) -> bool:
    """Whether Qt draws `first` to the left of `second` in a right-to-left paragraph."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 20))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()

    def left_edge(index: int) -> float:
        return min(p.x() for run in layout.glyphRuns(index, 1) for p in run.positions())

    return left_edge(text.index(first)) < left_edge(text.index(second))


def test_the_floor_is_drawn_minus_two_in_arabic(qapp: object) -> None:
    """'-2' was drawn '2-': the minus took the Arabic direction."""
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    arabic = load_content(resource_path("locales"), ["ar"], questionnaire).language("ar")
    words = Translations(I18N_DIR, [arabic]).words("ar")
    floor = next(
        line for page in arabic.pages for line in page.plain_text().splitlines() if "-2" in line
    )

    assert not drawn_left_to_right("الطابق -2، المسار", "-", "2")  # unisolated: "2-"
    for text in (words.text("done_directions"), floor):
        assert drawn_left_to_right(text, "-", "2"), text
