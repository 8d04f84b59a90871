"""What keeps a tap cheap on a slow kiosk PC (docs/performance.md, issue 17), held here so
that a later change cannot quietly undo it, and what it must never cost the patient: the
answer buttons measure their words once, yet grow with larger text and new words; the
next question reuses the buttons shown without hiding them; a change of language does
not send every widget an event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.patient.flow import Screen, Step
from tests.helpers.journey import NO_TO_ALL, walk
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import settle
from ui.widgets.wrap_button import WrapButton

LONG = "Iodine contrast dye (scanner, X-ray) and other contrast agents given by injection"


class Counter(QObject):
    """Counts the events of some types that reach the objects it watches."""

    def __init__(self, *kinds: QEvent.Type) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.seen.append(watched)
        return False


def in_window(
    qtbot, font_px: int, min_height: int = 40, style: str = "padding: 8px;"
) -> tuple[QWidget, WrapButton]:
    window = QWidget()
    window.setStyleSheet(f"QPushButton {{ font-size: {font_px}px; {style} }}")
    button = WrapButton(min_height, 10, window)
    qtbot.addWidget(window)
    return window, button


def test_a_reused_button_measures_its_new_words_and_its_old_ones_again(qtbot) -> None:
    _window, button = in_window(qtbot, 20)
    button.set_label("Yes")
    short = button.heightForWidth(300)
    button.set_label(LONG)
    assert button.heightForWidth(300) > short  # the long answer wraps: the button grows
    _other, fresh = in_window(qtbot, 20)
    fresh.set_label(LONG)
    assert button.heightForWidth(300) == fresh.heightForWidth(300)
    button.set_label("Yes")  # back to a label measured before: its own height, not the last
    assert button.heightForWidth(300) == short
    assert button.text() == "Yes"


def test_larger_text_makes_a_measured_button_grow(qtbot) -> None:
    window, button = in_window(qtbot, 20)
    button.set_label(LONG)
    before = button.heightForWidth(300), button.sizeHint(), button.minimumSizeHint()
    window.setStyleSheet("QPushButton { font-size: 30px; padding: 8px; }")  # larger text on
    assert button.heightForWidth(300) > before[0]
    assert button.sizeHint().width() > before[1].width()
    assert button.minimumSizeHint().width() > before[2].width()
    window.setStyleSheet("QPushButton { font-size: 20px; padding: 8px; }")
    assert button.heightForWidth(300) == before[0]


def test_checking_a_measured_button_measures_it_for_its_border(qtbot) -> None:
    _window, button = in_window(
        qtbot,
        20,
        min_height=1,
        style="border: 2px solid black; } QPushButton:checked { border: 12px solid black;",
    )
    button.setCheckable(True)
    button.set_label("Yes")
    plain = button.heightForWidth(300)
    button.setChecked(True)
    assert button.heightForWidth(300) == plain + 20  # the thicker border, above and below
    button.setChecked(False)
    assert button.heightForWidth(300) == plain


def test_an_emptied_button_keeps_nothing_of_its_words(qtbot) -> None:
    """A review row is emptied when the patient leaves: their answers must not stay in
    the sizes it kept either."""
    _window, button = in_window(qtbot, 20)
    button.set_label("First name: Anna-Maria")
    button.heightForWidth(300)
    button.sizeHint()
    button.minimumSizeHint()
    button.set_label("")
    kept = repr((button._heights, button._wrapped, button._minimum))
    assert "Anna" not in kept


@pytest.fixture
def app(qtbot, tmp_path: Path) -> Iterator[KioskUnderTest]:
    with running_kiosk(qtbot, tmp_path / "data") as kiosk:
        yield kiosk


def shown_answers(app: KioskUnderTest) -> list[QPushButton]:
    return [
        b
        for b in app.window.findChildren(QPushButton)
        if b.objectName().startswith("answer-") and b.isVisible()
    ]


def test_the_next_question_reuses_the_answer_buttons_without_hiding_them(
    app: KioskUnderTest,
) -> None:
    app.flow.choose_language("en")
    walk(app.flow, NO_TO_ALL, stop_at=Step(Screen.QUESTION, "anticoagulants"))
    app.window.show_state()
    settle()
    first = shown_answers(app)
    first_names = {b.objectName() for b in first}
    pool = app.window.screens.question.findChildren(WrapButton)
    hidden = Counter(QEvent.Type.Hide)
    for button in pool:
        button.installEventFilter(hidden)
    app.tap("answer-anticoagulants-no")
    app.tap("next")
    settle()
    assert app.screen() is Screen.QUESTION
    second = shown_answers(app)
    assert second and first_names.isdisjoint(b.objectName() for b in second)  # new answers
    kept = [b for b in first if b in second]
    assert kept, "the buttons shown are reused for the next question"
    assert not [b for b in hidden.seen if b in kept]
    for button in pool:
        if button not in second:
            assert not button.isVisible()
            assert button.text() == "" and button.objectName() == "answer"
            assert not button.isChecked()
    for answer in second:
        assert "✓" not in answer.text() and not answer.isChecked()  # nothing chosen yet


def test_confirm_does_not_lay_the_review_out_again_as_it_leaves(app: KioskUnderTest) -> None:
    """The saving screen's navigation changes the room under the header; the review,
    being left, is not resized for it (it paged itself twice more on each "Confirm")."""
    app.flow.choose_language("en")
    walk(app.flow, NO_TO_ALL)
    app.window.show_state()
    settle()
    assert app.screen() is Screen.REVIEW
    review = app.window.screens.review
    resized = Counter(QEvent.Type.Resize)
    review.installEventFilter(resized)
    app.tap("submit")
    settle()
    assert app.screen() in (Screen.SUBMITTING, Screen.DONE)
    assert resized.seen == []
    assert not review.isVisible()


def test_a_change_of_language_sends_no_event_to_every_widget(app: KioskUnderTest) -> None:
    """Qt sends LanguageChange to every widget of a window when its translator changes
    (some 300 here); the window keeps it, its texts come from the patient view."""
    changes = Counter(QEvent.Type.LanguageChange)
    app_instance = QApplication.instance()
    assert app_instance is not None
    app_instance.installEventFilter(changes)
    try:
        app.tap("language-de")
        settle()
    finally:
        app_instance.removeEventFilter(changes)
    inside = [
        o
        for o in changes.seen
        if isinstance(o, QWidget) and o is not app.window and app.window.isAncestorOf(o)
    ]
    assert changes.seen, "the translator did change"
    assert inside == []
    assert app.window.windowTitle() != ""
    assert "Beginnen" in app.visible("next", QPushButton).text()  # the screen is in German
