"""Questions asked once per chosen drug or allergen, another medicine's name typed on the
keyboard, and their rows on the review, as a patient meets them on the screen (the
number screen, read aloud and the fit in larger text: test_typed_answer_screens.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.content.questionnaire import Typed
from kiosk.patient.declaration import Answer
from kiosk.patient.flow import REVIEW, Screen, Step
from tests.helpers.journey import NO_TO_ALL, walk
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import settle
from ui.hyphenation import LONG_WORD, ZERO_WIDTH_SPACE, breakable
from ui.widgets.wrap_button import WrapButton

TWO_DRUGS: Mapping[str, Answer] = {
    **NO_TO_ALL,
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"rivaroxaban", "apixaban"}),
}
OTHER_DRUG: Mapping[str, Answer] = {
    **NO_TO_ALL,
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"rivaroxaban", "other"}),
}
CHILD: Mapping[str, Answer] = {**NO_TO_ALL, "for_whom": "child"}


@pytest.fixture
def app(qtbot, tmp_path: Path) -> Iterator[KioskUnderTest]:
    with running_kiosk(qtbot, tmp_path / "data") as kiosk:
        kiosk.flow.choose_language("en")
        yield kiosk


def go_to(app: KioskUnderTest, answers: Mapping[str, Answer], key: str) -> None:
    """Answer the way there, then show the question `key`."""
    walk(app.flow, answers, stop_at=Step(Screen.QUESTION, key))
    app.window.show_state()
    settle()


def heading(app: KioskUnderTest) -> QLabel:
    return app.visible("item", QLabel)


def shown_as(label: QLabel) -> str:
    """What the label draws: its text without the invisible break opportunities."""
    return label.text().replace(ZERO_WIDTH_SPACE, "")


def answer_of(app: KioskUnderTest, key: str) -> Answer | None:
    return app.flow.answers.get(key)


def visible_names(app: KioskUnderTest, prefix: str) -> list[str]:
    return [
        button.objectName()
        for button in app.window.findChildren(QAbstractButton)
        if button.isVisible() and button.objectName().startswith(prefix)
    ]


# -- one screen per drug ----------------------------------------------------------------


def test_answers_read_as_the_names_on_the_box(app: KioskUnderTest) -> None:
    go_to(app, TWO_DRUGS, "anticoagulant_drugs")
    english = app.kiosk.content.language("en")
    question = app.kiosk.questionnaire.by_id()["anticoagulant_drugs"]

    rivaroxaban = app.visible("answer-anticoagulant_drugs-rivaroxaban", QPushButton)

    assert english.option_label(question, "rivaroxaban") == "Xarelto (Rivaroxaban)"
    assert rivaroxaban.accessibleName() == "Xarelto (Rivaroxaban)"
    assert "Xarelto (Rivaroxaban)" in rivaroxaban.text().replace("\n", " ")
    with pytest.raises(AssertionError):  # no heading on a question asked once
        heading(app)


def test_a_patient_on_two_drugs_answers_for_each_on_a_screen_naming_it(
    app: KioskUnderTest,
) -> None:
    go_to(app, TWO_DRUGS, "anticoagulant_drugs")
    app.tap("answer-anticoagulant_drugs-apixaban")
    app.tap("answer-anticoagulant_drugs-rivaroxaban")
    app.tap("next")
    seen = []
    while app.flow.step.key != "pregnancy":
        key = app.flow.step.key
        item = heading(app)
        seen.append((key, shown_as(item)))
        assert item.textFormat() is Qt.TextFormat.PlainText
        first = "yes" if key.startswith("anticoagulant_told_to_stop") else "yesterday"
        app.tap(f"answer-{key}-{first}")
        assert app.visible(f"answer-{key}-{first}", QPushButton).isChecked()
        app.tap("next")

    assert seen == [  # in the list's order, each drug's questions together
        ("anticoagulant_told_to_stop:rivaroxaban", "Xarelto (Rivaroxaban)"),
        ("anticoagulant_last_dose:rivaroxaban", "Xarelto (Rivaroxaban)"),
        ("anticoagulant_told_to_stop:apixaban", "Eliquis (Apixaban)"),
        ("anticoagulant_last_dose:apixaban", "Eliquis (Apixaban)"),
    ]
    assert app.flow.answers["anticoagulant_last_dose:apixaban"] == "yesterday"
    with pytest.raises(AssertionError):  # the next question is about no drug
        heading(app)


def test_the_heading_follows_the_language(app: KioskUnderTest) -> None:
    go_to(app, {**TWO_DRUGS, "for_whom": "self"}, "anticoagulant_last_dose:apixaban")
    assert shown_as(heading(app)) == "Eliquis (Apixaban)"
    app.switch_language("fr")
    french = app.kiosk.content.language("fr")
    question = app.kiosk.questionnaire.by_id()["anticoagulant_drugs"]
    assert shown_as(heading(app)) == french.option_label(question, "apixaban")
    assert (
        app.visible("title", QLabel).accessibleName()
        == french.question("anticoagulant_last_dose").text
    )


# -- another drug, named by the patient ------------------------------------------------


def test_what_cannot_be_a_name_is_refused_with_a_message(app: KioskUnderTest) -> None:
    go_to(app, OTHER_DRUG, "anticoagulant_other_name")
    assert app.visible("screen-text", QWidget)
    field = app.visible("field-anticoagulant_other_name", QLineEdit)
    field.insert("Xarelto \U0001f48a")  # as typed: the field reports an edit

    app.tap("next")

    assert app.flow.step.key == "anticoagulant_other_name"  # not accepted
    problem = app.visible("problem", QLabel)
    assert problem.text() == "Please type only letters, numbers and punctuation."
    assert field.text() == "Xarelto \U0001f48a"  # still there, to be corrected
    app.tap("key-backspace")  # a correction takes the message away
    assert not problem.isVisible()
    app.tap("next")
    assert app.flow.answers["anticoagulant_other_name"] == Typed("Xarelto")


def test_the_name_typed_heads_that_drugs_questions_exactly_as_typed(
    app: KioskUnderTest,
) -> None:
    go_to(app, OTHER_DRUG, "anticoagulant_other_name")
    app.type_keys("d'arcy forte")
    assert app.visible("field-anticoagulant_other_name", QLineEdit).text() == "D'Arcy Forte"
    field = app.visible("field-anticoagulant_other_name", QLineEdit)
    field.insert(" <b>Retard</b> & co")  # markup, as a hardware keyboard would type it
    app.tap("next")
    assert app.flow.step.key == "anticoagulant_told_to_stop:rivaroxaban"
    app.tap("next")
    app.tap("next")

    assert app.flow.step.key == "anticoagulant_told_to_stop:other"
    typed = "D'Arcy Forte <b>Retard</b> & co"
    item = heading(app)
    assert shown_as(item) == typed
    assert item.accessibleName() == typed
    assert item.textFormat() is Qt.TextFormat.PlainText
    assert app.visible("answer-anticoagulant_told_to_stop:other-no", QPushButton)
    app.tap("next")
    app.tap("next")
    walk(app.flow, NO_TO_ALL)  # on to the review: the drug's row is named as typed
    app.window.show_state()
    settle()
    row = app.visible("edit-anticoagulant_told_to_stop:other", WrapButton)
    assert row.label().startswith(f"{typed}\n")  # drawn as is ("&&" on the button: "&")
    assert row.accessibleName().startswith(f"Change: {typed}; ")


def test_a_heading_never_reads_what_was_typed_as_markup(app: KioskUnderTest) -> None:
    """Names are checked on Next; should markup ever reach a heading, it shows as text."""
    named = {**OTHER_DRUG, "anticoagulant_other_name": Typed("Forte")}
    go_to(app, named, "anticoagulant_told_to_stop:other")
    app.flow.answers["anticoagulant_other_name"] = Typed("<b>x</b> & <i>y</i>")  # a fault
    app.window.show_state()
    settle()

    item = heading(app)
    assert shown_as(item) == "<b>x</b> & <i>y</i>"
    assert item.textFormat() is Qt.TextFormat.PlainText


def test_i_dont_know_instead_of_a_name(app: KioskUnderTest) -> None:
    go_to(app, OTHER_DRUG, "anticoagulant_other_name")
    app.type_keys("xa")
    dont_know = app.visible("answer-anticoagulant_other_name-dont_know", QPushButton)

    app.tap("answer-anticoagulant_other_name-dont_know")

    assert answer_of(app, "anticoagulant_other_name") == "dont_know"
    assert dont_know.isChecked()
    assert app.visible("field-anticoagulant_other_name", QLineEdit).text() == ""
    app.tap("key-z")  # typing again: the name, not "I don't know"
    assert answer_of(app, "anticoagulant_other_name") == Typed("Z")
    assert not dont_know.isChecked()
    app.tap("key-backspace")
    app.tap("answer-anticoagulant_other_name-dont_know")
    app.tap("next")
    for key in ("anticoagulant_told_to_stop:rivaroxaban", "anticoagulant_last_dose:rivaroxaban"):
        assert app.flow.step.key == key
        app.tap("next")
    assert app.flow.step.key == "anticoagulant_told_to_stop:other"
    # Not named: the drug's questions are headed by words that read right there.
    assert heading(app).text() == "The other medicine"


def test_a_drug_whose_name_is_not_known_is_headed_in_words_not_i_dont_know(
    app: KioskUnderTest,
) -> None:
    unknown = {
        **NO_TO_ALL,
        "anticoagulants": "yes",
        "anticoagulant_drugs": frozenset({"dont_know"}),
    }
    go_to(app, unknown, "anticoagulant_last_dose:dont_know")

    assert heading(app).text() == "The medicine whose name you do not know"


def test_a_drugs_own_name_is_never_split_inside_a_word(app: KioskUnderTest) -> None:
    aspirin = {**NO_TO_ALL, "anticoagulants": "yes", "anticoagulant_drugs": frozenset({"aspirin"})}
    go_to(app, aspirin, "anticoagulant_last_dose:aspirin")

    # no invisible break opportunity inside "acid": only a typed name gets them
    assert heading(app).text() == "Asaflow, Cardioaspirine, Aspirine (Acetylsalicylic acid)"


# -- the review ----------------------------------------------------------------------------


def test_each_drug_has_its_row_on_the_review_and_removing_one_removes_it(
    app: KioskUnderTest,
) -> None:
    answers = {**TWO_DRUGS, "anticoagulant_told_to_stop": "no"}
    walk(app.flow, {**answers, "anticoagulant_last_dose": "yesterday"})
    app.window.show_state()
    settle()
    rows = visible_names(app, "edit-anticoagulant")
    assert rows == [
        "edit-anticoagulants",
        "edit-anticoagulant_told_to_stop:rivaroxaban",
        "edit-anticoagulant_told_to_stop:apixaban",
    ]
    row = app.visible("edit-anticoagulant_told_to_stop:rivaroxaban", QPushButton)
    assert row.accessibleName() == (
        "Change: Xarelto (Rivaroxaban); Told to stop it: No; Last dose: Yesterday"
    )
    assert "Told to stop it: No · Last dose: Yesterday" in row.text().replace("\n", " ")

    app.tap("edit-anticoagulants")  # change the drugs: apixaban was a mistake
    app.tap("next")
    app.tap("answer-anticoagulant_drugs-apixaban")
    for _ in range(5):
        if app.screen() is Screen.REVIEW:
            break
        app.tap("next")
    settle()

    assert app.flow.step == REVIEW
    assert visible_names(app, "edit-anticoagulant") == [
        "edit-anticoagulants",
        "edit-anticoagulant_told_to_stop:rivaroxaban",
    ]
    assert not app.window.findChildren(QWidget, "edit-anticoagulant_told_to_stop:apixaban")
    assert "anticoagulant_last_dose:apixaban" not in app.flow.answers


def test_a_drugs_row_changes_that_drugs_answers_and_comes_back(app: KioskUnderTest) -> None:
    walk(app.flow, {**TWO_DRUGS, "anticoagulant_last_dose": "yesterday"})
    app.window.show_state()
    settle()

    app.tap("edit-anticoagulant_told_to_stop:apixaban")
    assert shown_as(heading(app)) == "Eliquis (Apixaban)"
    app.tap("next")
    app.tap("answer-anticoagulant_last_dose:apixaban-today")
    app.tap("next")

    assert app.screen() is Screen.REVIEW
    row = app.visible("edit-anticoagulant_told_to_stop:apixaban", QPushButton)
    assert "Last dose: Today" in row.text().replace("\n", " ")
    rivaroxaban = app.visible("edit-anticoagulant_told_to_stop:rivaroxaban", QPushButton)
    assert "Last dose: Yesterday" in rivaroxaban.text().replace("\n", " ")


@pytest.mark.parametrize(
    "typed", ["D'Arcy-Vandenbroucke Forte", "x" * 30, "<b>Forte</b> & co", "Aspirine"]
)
def test_a_long_typed_word_may_break_but_nothing_is_added_to_it(typed: str) -> None:
    shown = breakable(typed, "fr_BE")

    assert shown.replace(ZERO_WIDTH_SPACE, "") == typed
    assert all(len(piece) <= LONG_WORD for piece in re.split(r"[\W\u200b]+", shown))
    assert "\u00ad" not in shown  # no hyphen drawn where it breaks


def test_a_medicine_s_strength_is_typed_on_the_digit_row(app: KioskUnderTest) -> None:
    go_to(app, OTHER_DRUG, "anticoagulant_other_name")

    app.type_keys("asaflow 80")

    assert app.visible("field-anticoagulant_other_name", QLineEdit).text() == "Asaflow 80"
    app.tap("next")
    assert answer_of(app, "anticoagulant_other_name") == Typed("Asaflow 80")
