"""The typed-answer screens read aloud (the field read back after each key), the
keypad's number screen, and every new screen fitting with its message in larger text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.content.questionnaire import Typed
from kiosk.patient.flow import Screen
from kiosk.resources import resource_path
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import settle
from tests.ui.test_accessibility import RecordingSpeech
from tests.ui.test_items_and_typed_answers import CHILD, OTHER_DRUG, app, go_to
from tests.ui.test_screens_fit import clipped

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}
LANGUAGES = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))
__all__ = ["app"]  # the fixture, shared


# -- a child's weight ---------------------------------------------------------------------


def test_a_childs_weight_is_typed_on_the_keypad_beside_its_unit(app: KioskUnderTest) -> None:
    go_to(app, CHILD, "child_weight")
    assert app.visible("screen-number", QWidget)
    assert app.visible("unit", QLabel).text() == "kg"
    field = app.visible("field-child_weight", QLabel)

    app.tap("key-0")
    app.tap("next")
    words = app.window._words()
    assert app.flow.step.key == "child_weight"
    assert app.visible("problem", QLabel).text() == words.text(
        "number_out_of_range", low="1", high="200", unit="kg"
    )
    assert app.visible("problem", QLabel).text() == "Please type a number from 1 to 200 kg."

    app.tap("key-backspace")
    for digit in "2345":  # three digits at most: 200 is the highest
        app.tap(f"key-{digit}")
    assert field.text() == "234"
    app.tap("key-backspace")
    app.tap("key-backspace")
    app.tap("key-4")
    assert field.text() == "24"
    assert field.accessibleName() == "24 kg"
    assert app.flow.answers["child_weight"] == Typed("24")
    app.tap("next")
    assert app.screen() is Screen.LAST_NAME
    app.tap("back")
    assert app.visible("field-child_weight", QLabel).text() == "24"  # kept


def test_i_dont_know_the_childs_weight(app: KioskUnderTest) -> None:
    go_to(app, CHILD, "child_weight")
    app.tap("key-3")
    app.tap("answer-child_weight-dont_know")

    assert app.flow.answers["child_weight"] == "dont_know"
    assert app.visible("field-child_weight", QLabel).text() == ""
    assert app.visible("answer-child_weight-dont_know", QPushButton).isChecked()
    app.tap("next")
    assert app.screen() is Screen.LAST_NAME


# -- read aloud --------------------------------------------------------------------------


def test_read_aloud_says_the_drug_then_the_question_and_reads_back_what_is_typed(
    qtbot, tmp_path: Path
) -> None:
    speech = RecordingSpeech()
    with running_kiosk(qtbot, tmp_path / "data", speech=speech) as app:
        app.flow.choose_language("en")
        go_to(app, OTHER_DRUG, "anticoagulant_other_name")
        app.tap("access-read-aloud")
        settle()
        said = [text for text, _ in speech.said[-1]]
        assert app.visible("title", QLabel).accessibleName() in said
        assert "I don't know" in said
        app.tap("key-z")  # heard
        app.tap("key-z")  # typed: the field is read back
        assert speech.said[-1] == [("Z", "en")]

        app.tap("key-backspace")
        app.tap("key-backspace")
        app.tap("next")  # heard
        app.tap("next")  # pressed: the first drug's first question
        settle()
        assert app.flow.step.key == "anticoagulant_told_to_stop:rivaroxaban"
        said = [text for text, _ in speech.said[-1]]
        assert said[:2] == ["Xarelto (Rivaroxaban)", app.visible("title", QLabel).text()]


def test_read_aloud_reads_the_weight_back_with_its_unit(qtbot, tmp_path: Path) -> None:
    speech = RecordingSpeech()
    with running_kiosk(qtbot, tmp_path / "data", speech=speech) as app:
        app.flow.choose_language("en")
        go_to(app, CHILD, "child_weight")
        app.tap("access-read-aloud")
        settle()
        assert ("empty", "en") in speech.said[-1]  # the field, before anything is typed
        app.tap("key-7")
        app.tap("key-7")
        assert speech.said[-1] == [("7 kg", "en")]


# -- every new screen fits, in larger text ----------------------------------------------


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_new_screens_fit_with_their_messages_in_larger_text(
    qtbot, tmp_path: Path, language: str, orientation: str
) -> None:
    with running_kiosk(
        qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}", size=SIZES[orientation]
    ) as app:
        app.flow.choose_language(language)
        app.flow.assist(larger_text=True, high_contrast=True)
        answers = {**OTHER_DRUG, "for_whom": "child", "child_weight": Typed("7")}
        go_to(app, answers, "child_weight")
        app.flow.type_answer("999")
        app.flow.next()  # refused: the message shows
        app.window.show_state()
        settle()
        assert app.visible("problem", QLabel).text()
        problems = clipped(app.window)
        assert not problems, f"{language} {orientation} weight: {problems}"

        go_to(app, answers, "anticoagulant_other_name")
        app.flow.type_answer("Pradaxa \U0001f48a")  # no picture in a name
        app.flow.next()
        app.window.show_state()
        settle()
        assert app.visible("problem", QLabel).text()
        problems = clipped(app.window)
        assert not problems, f"{language} {orientation} other drug: {problems}"

        app.flow.type_answer("Ticlopidine-Vandenbroucke Retard")
        named = {**answers, "anticoagulant_other_name": Typed("Ticlopidine-Vandenbroucke Retard")}
        go_to(app, named, "anticoagulant_last_dose:other")
        problems = clipped(app.window)
        assert not problems, f"{language} {orientation} the other drug's question: {problems}"
