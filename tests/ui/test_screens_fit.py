"""Every screen, in every language and both kiosk orientations, shows all its text.

Nothing is clipped, elided or pushed out of the window: a label's wrapped text fits its
height, a button's text fits the button, and every visible control lies inside the
window (so inside the screen).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.patient.flow import Screen
from kiosk.resources import resource_path
from kiosk.staff.access import Role, hash_pin
from tests.helpers.domain import questionnaire
from tests.helpers.kiosk_app import running_kiosk
from tests.helpers.tour import TOUR_ANSWERS, settle, tour
from ui.widgets.wrap_button import WrapButton

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}
# Every language the kiosk ships, whether or not a hospital enables it.
LANGUAGES = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))


def needed_width(button: QPushButton) -> int:
    """The button's width for its text, in the (bold) font a checked button shows."""
    # The theme makes a checked button bold, unless the button's own style says not.
    if not button.isChecked() or button.property("role") == "switch":
        return button.sizeHint().width()
    bold = QFont(button.font())
    bold.setBold(True)
    lines = button.text().split("\n")
    extra = max(QFontMetrics(bold).horizontalAdvance(line) for line in lines) - max(
        button.fontMetrics().horizontalAdvance(line) for line in lines
    )
    return button.sizeHint().width() + max(0, extra)


def scrolls(widget: QWidget) -> bool:
    """Inside a scroll area (the staff screen's slip): larger than its view on purpose."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def screen_of(widget: QWidget) -> QWidget | None:
    """The patient or staff screen (`screen-...`) the widget is part of."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName().startswith("screen-"):
        parent = parent.parentWidget()
    return parent


def clipped(window: QWidget) -> list[str]:
    problems = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        name = widget.objectName() or type(widget).__name__
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(where) and not scrolls(widget):
            problems.append(f"{name} lies outside the window ({where})")
        # A screen's controls that spill out of it are hidden under the bars below it.
        screen = screen_of(widget)
        if screen is not None and not scrolls(widget):
            room = QRect(screen.mapTo(window, QPoint(0, 0)), screen.size())
            if not room.contains(where):
                problems.append(f"{name} spills out of {screen.objectName()} ({where})")
        if isinstance(widget, QLabel) and widget.text():
            needed = (
                widget.heightForWidth(widget.width())
                if widget.wordWrap()
                else widget.sizeHint().height()
            )
            if needed > widget.height() or (
                not widget.wordWrap() and widget.sizeHint().width() > widget.width()
            ):
                problems.append(
                    f"label {widget.text()[:40]!r} is cut ({needed} > {widget.height()})"
                )
        elif isinstance(widget, WrapButton):
            # Measured as the style draws it, not by the button's own arithmetic.
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = widget.style().subElementRect(
                QStyle.SubElement.SE_PushButtonContents, option, widget
            )
            font = QFont(widget.font())
            font.setBold(widget.isChecked() or font.bold())  # a chosen answer is drawn bold
            drawn = QFontMetrics(font).boundingRect(room, 0, widget.text())
            if drawn.height() > room.height() or drawn.width() > room.width():
                problems.append(f"button {name} text is cut ({drawn.size()} in {room.size()})")
        elif (
            isinstance(widget, QPushButton)
            and widget.text()
            and needed_width(widget) > widget.width()
        ):
            problems.append(
                f"button {name} {widget.text()!r} is too narrow "
                f"({widget.sizeHint().width()} > {widget.width()})"
            )
    return problems


# The patient's display choices: the standard screen, and the largest one (larger text
# with high contrast's thicker borders).
MODES = {"standard": {}, "larger text, high contrast": {"larger_text": True, "high_contrast": True}}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_screen_clips_its_text(
    qtbot, tmp_path: Path, language: str, orientation: str, mode: str
) -> None:
    with running_kiosk(
        qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}", size=SIZES[orientation]
    ) as app:
        app.flow.choose_language(language)
        app.flow.assist(**MODES[mode])
        seen = []
        answers: set[str] = set()  # every row of the review
        read: set[str] = set()  # the rows shown, part after part
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            seen.append(screen)
            assert app.window.size() == SIZES[orientation], f"{screen} does not fit"
            problems = clipped(app.window)
            assert not problems, f"{language} {orientation} {screen}: {problems}"
            if screen.startswith("review"):
                rows = [
                    row
                    for row in app.window.screens.review.findChildren(QAbstractButton)
                    if row.objectName().startswith("edit-") and row.text()
                ]
                answers |= {row.objectName() for row in rows}
                read |= {row.objectName() for row in rows if row.isVisible()}
        assert len(seen) > 25  # the tour really went through the journey
        # A patient confirms what they were shown: no answer falls between two parts.
        assert answers and read == answers, f"never shown: {sorted(answers - read)}"


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_chosen_answers_still_fit_when_the_patient_goes_back_to_them(
    qtbot, tmp_path: Path, language: str, orientation: str
) -> None:
    """Back from the review to the start: each question shows its chosen answers (bold,
    in a thicker border) laid out afresh, not with the lines of the unchosen look."""
    with running_kiosk(
        qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}", size=SIZES[orientation]
    ) as app:
        app.flow.choose_language(language)
        app.flow.assist(larger_text=True)  # the longest lines
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        questions = 0
        while app.screen() is not Screen.WELCOME and app.screen() is not Screen.PAGE:
            app.tap("back")
            settle()
            question = app.flow.question
            if question is not None and question.typed:  # what was typed is shown again
                field = app.visible(f"field-{question.id}", QWidget)
                assert field.property("text"), f"{app.flow.step.key}: nothing typed shown"
            elif question is not None:
                questions += 1
                chosen = [
                    button.objectName()
                    for button in app.window.findChildren(WrapButton)
                    if button.isVisible() and button.isChecked()
                ]
                assert chosen, f"{app.flow.step.key}: no chosen answer shown"
            problems = clipped(app.window)
            assert not problems, f"{language} {orientation} back to {app.flow.step}: {problems}"
        assert questions > 15


# Every answer that makes the review long: all medicines (each with its own row), every
# allergy and reaction, every diabetes medicine.
DRUGS = tuple(
    option
    for option in questionnaire().by_id()["anticoagulant_drugs"].options
    if option != "dont_know"
)
ALLERGENS = tuple(
    option for option in questionnaire().by_id()["allergy_to"].options if option != "dont_know"
)
LONGEST_REVIEW = {
    **TOUR_ANSWERS,
    "anticoagulant_drugs": DRUGS,
    "allergy_to": ALLERGENS,
    "allergy_reaction": ("rash", "breathing", "collapse"),
    "diabetes": "yes",
    "diabetes_medicines": ("metformin", "glp1", "insulin"),
    "renal_insufficiency": "yes",
    "renal_dialysis": "no",
    "renal_transplant": "dont_know",
}


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_review_is_paged_and_every_answer_can_be_reached(
    qtbot, tmp_path: Path, language: str, orientation: str
) -> None:
    with running_kiosk(
        qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}", size=SIZES[orientation]
    ) as app:
        app.flow.choose_language(language)
        for screen in tour(app.window, app.flow, app.kiosk.service.submit, LONGEST_REVIEW):
            if screen == "review":
                break
        expected = {f"edit-{item}" for item in ("last_name", "first_name", "birth_date")}
        expected |= {f"edit-{question.id}" for question in questionnaire().questions}
        # Each drug and each allergen: a row of its own, changed from its first question.
        expected |= {f"edit-anticoagulant_told_to_stop:{drug}" for drug in DRUGS}
        expected |= {f"edit-allergy_reaction:{allergen}" for allergen in ALLERGENS}
        seen: set[str] = set()
        pages = 0
        while True:
            pages += 1
            settle()
            problems = clipped(app.window)
            assert not problems, f"{language} {orientation} review page {pages}: {problems}"
            seen |= {
                button.objectName()
                for button in app.window.findChildren(QAbstractButton)
                if button.isVisible() and button.objectName().startswith("edit-")
            }
            more = [
                b for b in app.window.findChildren(QAbstractButton, "review-more") if b.isVisible()
            ]
            if not more:
                break
            app.tap("review-more")
        assert seen == expected
        if pages > 1:  # and back again
            app.tap("review-previous")
            assert app.visible("review-more", QAbstractButton).isVisible()


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_screens_fit_in_every_staff_language(
    qtbot, tmp_path: Path, language: str, orientation: str
) -> None:
    with running_kiosk(
        qtbot,
        tmp_path / "data",
        f"kiosk.languages={list(LANGUAGES)}",
        f'kiosk.staff_language="{language}"',
        size=SIZES[orientation],
    ) as app:
        reference = app.submit_a_declaration("de")
        app.tap("restart")
        app.kiosk.store.staff.set_pin(Role.STAFF, hash_pin("2468"))
        staff = app.window.staff_mode
        assert staff is not None
        staff.open_pin_pad()
        problems = clipped(app.window)
        assert not problems, f"{language} {orientation} PIN pad: {problems}"
        for digit in "2468":
            app.tap(f"pin-digit-{digit}")
        app.tap("pin-ok")
        app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        app.tap(f"staff-row-{reference}")
        slip = app.window.findChild(QLabel, "staff-slip")
        assert slip is not None
        qtbot.waitUntil(lambda: not slip.pixmap().isNull())
        settle()  # the layout pass that follows the slip's arrival
        problems = clipped(app.window)
        assert not problems, f"{language} {orientation} staff screen: {problems}"
