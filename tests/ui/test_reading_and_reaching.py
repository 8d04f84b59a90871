"""Issue 18, "Reading and reaching": text read from a seat by a 70-year-old with poor
eyesight, touch targets a seated patient reaches, states shown by more than colour.

Sizes are measured in millimetres of the kiosk's panel, from the theme's pixels per
millimetre (about 4 on a 21.5-inch 1080x1920 panel).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

from kiosk.patient.flow import Screen
from kiosk.resources import resource_path
from tests.helpers.kiosk_app import running_kiosk
from tests.helpers.tour import settle, tour

LANGUAGES = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))
MODES = {
    "standard": {},
    "larger text": {"larger_text": True},
    "high contrast": {"high_contrast": True},
    "larger text, high contrast": {"larger_text": True, "high_contrast": True},
}
TARGET_MM = 15.0


def text_room_left(button: QPushButton) -> float:
    """The width the style leaves a button's text inside its border and padding, less
    the text's own: negative when the text is cut."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    width = room.width() - (button.iconSize().width() if not button.icon().isNull() else 0)
    return width - QFontMetricsF(button.font()).horizontalAdvance(button.text())


@pytest.mark.parametrize("mode", MODES)
def test_the_language_chooser_keeps_one_size_whichever_is_chosen(
    qtbot, tmp_path: Path, mode: str
) -> None:
    """The header's chosen switch lost room for its text ("Françai") and grew taller than
    the others; the chooser that replaces the switches keeps every button at one size,
    15 mm at least, its text whole, whichever language is chosen."""
    with running_kiosk(qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}") as app:
        app.flow.choose_language("en")
        app.flow.next()  # past the welcome screen: the globe shows at the bottom
        app.flow.assist(**MODES[mode])
        app.window.show_state()
        settle()
        per_mm = app.window.theme.px_per_mm
        sizes: dict[str, set[tuple[int, int]]] = {code: set() for code in LANGUAGES}
        for chosen in LANGUAGES:
            app.switch_language(chosen)
            settle()
            opener = app.visible("languages-open", QPushButton)
            assert opener.height() >= round(TARGET_MM * per_mm), "the globe under 15 mm"
            assert text_room_left(opener) >= 0, f"{chosen}: {opener.text()!r} cut"
            app.tap("languages-open")
            settle()
            buttons = {code: app.visible(f"language-{code}", QPushButton) for code in LANGUAGES}
            assert buttons[chosen].isChecked()
            heights = {button.height() for button in buttons.values()}
            assert len(heights) == 1, f"{chosen} chosen: heights {heights}"
            assert heights.pop() >= round(TARGET_MM * per_mm), "a language under 15 mm"
            for code, button in buttons.items():
                assert text_room_left(button) >= 0, f"{code}, {chosen} chosen: text cut"
                sizes[code].add((button.width(), button.height()))
            app.tap("languages-close")
        moved = {code: found for code, found in sizes.items() if len(found) > 1}
        assert not moved, f"buttons that change size with the language chosen: {moved}"


@pytest.mark.parametrize("orientation", [QSize(1080, 1920), QSize(1920, 1080)])
def test_the_language_can_be_changed_from_the_bottom_of_every_screen_of_the_form(
    qtbot, tmp_path: Path, orientation: QSize
) -> None:
    """A seated patient cannot reach the top of a portrait screen: the globe that opens
    the languages is in the lowest fifth of the window on every screen after the
    welcome, answers kept; not on the welcome screen (its own buttons) nor after
    confirming."""
    with running_kiosk(qtbot, tmp_path / "data", size=orientation) as app:
        opener = app.window.findChild(QPushButton, "languages-open")
        assert opener is not None and not opener.isVisible()
        app.tap("language-fr")
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        settle()
        opener = app.visible("languages-open", QPushButton)
        top = opener.mapTo(app.window, opener.rect().topLeft()).y()
        assert top > app.window.height() * 0.8, f"the globe at {top} px of {app.window.height()}"
        app.tap("languages-open")
        chooser = app.visible("language-chooser", QWidget)
        assert chooser.geometry() == app.window.rect()  # over the whole screen
        app.tap("language-nl")
        assert not chooser.isVisible()
        assert app.flow.language == "nl" and app.flow.answers["for_whom"] == "self"
        assert app.visible("languages-open", QPushButton).text().strip() == "Nederlands"


@pytest.mark.parametrize("orientation", [QSize(1080, 1920), QSize(1920, 1080)])
def test_review_rows_are_15_mm_targets(qtbot, tmp_path: Path, orientation: QSize) -> None:
    with running_kiosk(qtbot, tmp_path / "data", size=orientation) as app:
        app.flow.choose_language("fr")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        assert app.screen() is Screen.REVIEW
        per_mm = app.window.theme.px_per_mm
        rows = [
            row
            for row in app.window.findChildren(QPushButton)
            if row.isVisible() and row.objectName().startswith("edit-")
        ]
        assert rows
        for row in rows:
            assert row.height() / per_mm >= TARGET_MM - 0.3, f"{row.objectName()}: {row.height()}"


BODY_CAPS_MM = 5.0  # ../shared/kiosk-ux.md: body text of about 5 mm cap height


def cap_height_mm(widget: QWidget, per_mm: float) -> float:
    return QFontMetricsF(widget.font()).capHeight() / per_mm


@pytest.mark.parametrize("orientation", [QSize(1080, 1920), QSize(1920, 1080)])
def test_hints_review_rows_and_the_bar_are_written_at_body_size(
    qtbot, tmp_path: Path, orientation: QSize
) -> None:
    """The review, where every answer is read back, had the smallest text of the flow
    (about 4 mm capitals), as had every hint and the accessibility bar."""
    with running_kiosk(qtbot, tmp_path / "data", size=orientation) as app:
        app.flow.choose_language("fr")
        per_mm = app.window.theme.px_per_mm
        measured: dict[str, float] = {}
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "question-for_whom":
                measured["hint"] = cap_height_mm(app.visible("hint", QWidget), per_mm)
                measured["text"] = cap_height_mm(app.visible("help", QWidget), per_mm)
                for name in ("languages-open", "access-larger-text", "access-read-aloud"):
                    measured[name] = cap_height_mm(app.visible(name, QWidget), per_mm)
            if screen == "review":
                row = app.visible("edit-for_whom", QWidget)
                measured["review row"] = cap_height_mm(row, per_mm)
                measured["review hint"] = cap_height_mm(app.visible("hint", QWidget), per_mm)
                break
        assert len(measured) == 7
        small = {name: round(mm, 1) for name, mm in measured.items() if mm < BODY_CAPS_MM - 0.3}
        assert not small, f"capitals under {BODY_CAPS_MM} mm: {small}"


def test_accessibility_toggles_show_their_state_by_a_mark_not_colour_alone(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("en")
        app.window.show_state()
        for name in ("access-larger-text", "access-high-contrast"):
            toggle = app.visible(name, QPushButton)
            off_text, off_name = toggle.text(), toggle.accessibleName()
            app.tap(name)
            settle()
            toggle = app.visible(name, QPushButton)
            assert toggle.isChecked()
            assert toggle.text() != off_text and "✓" in toggle.text()
            assert toggle.accessibleName() == off_name  # the words, without the mark
            app.tap(name)
            settle()
            assert app.visible(name, QPushButton).text() == off_text


def test_yes_no_and_dont_know_carry_a_symbol_other_than_the_check(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("en")
        for _screen in tour(app.window, app.flow, app.kiosk.service.submit):
            question = app.flow.question
            if question is not None and question.options == ("yes", "no", "dont_know"):
                break
        settle()
        key = app.flow.step.key
        symbols = {}
        for option in ("yes", "no", "dont_know"):
            answer = app.visible(f"answer-{key}-{option}", QPushButton)
            text = answer.text()
            if answer.isChecked():  # the tour chose one: its check comes first
                assert text.startswith("✓  ")
                text = text.removeprefix("✓  ")
            assert "✓" not in text
            symbol, words = text.split("\u00a0\u00a0", 1)
            assert symbol.strip() and words == answer.accessibleName()  # the words, said alone
            symbols[option] = symbol
        assert len(set(symbols.values())) == 3, symbols


def test_a_wrapped_detail_line_hangs_under_its_text_not_its_bullet(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.widgets.wrap_button import BULLET, wrap_text

    metrics = QFontMetrics(QFont("DejaVu Sans", 20))
    detail = BULLET + "Told to stop it: No · Last dose: Yesterday, in the evening after dinner"
    lines = wrap_text(f"Blood thinners: Yes\n{detail}", metrics, 300)
    assert len(lines) > 3 and lines[1].startswith(BULLET)
    text_starts = metrics.horizontalAdvance(BULLET)
    for line in lines[2:]:
        indent = line[: len(line) - len(line.lstrip("\u00a0 "))]
        assert metrics.horizontalAdvance(indent) >= text_starts, repr(line)
        assert metrics.horizontalAdvance(line) <= 300
