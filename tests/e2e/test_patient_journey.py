"""A patient walks from the welcome screen to a stored declaration and a slip, by taps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.patient.flow import Screen
from kiosk.resources import I18N_DIR, resource_path
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from ui.texts import SOURCE_LANGUAGE, SOURCES, Translations

pytestmark = pytest.mark.e2e


def visible_answers(app: KioskUnderTest) -> dict[str, list[str]]:
    """{answer key: [option ids]} of the answer buttons on screen (the key of a question
    asked per drug names the drug: "anticoagulant_last_dose:apixaban")."""
    found: dict[str, list[str]] = {}
    for widget in app.window.findChildren(QAbstractButton):
        name = widget.objectName()
        if name.startswith("answer-") and widget.isVisible():
            _, question, option = name.split("-", 2)
            found.setdefault(question, []).append(option)
    return found


def answer_every_question(app: KioskUnderTest, plan: dict[str, list[str]]) -> list[str]:
    """Answer each question shown with the plan's options (default "no"), planned by key
    or, for every drug or allergen, by question id; returns the keys asked."""
    asked = []
    while app.screen() is Screen.QUESTION:
        [(key, options)] = visible_answers(app).items()
        asked.append(key)
        planned = plan.get(key, plan.get(key.split(":")[0]))
        for option in planned if planned is not None else ["no"] if "no" in options else []:
            app.tap(f"answer-{key}-{option}")
        app.tap("next")
    return asked


def identify(app: KioskUnderTest, last: str, first: str, birth_digits: str) -> None:
    app.type_keys(last)
    app.tap("next")
    app.type_keys(first)
    app.tap("next")
    for digit in birth_digits:
        app.tap(f"key-{digit}")
    app.tap("next")


def visible_text(app: KioskUnderTest) -> str:
    return "\n".join(label.text() for label in app.window.findChildren(QLabel) if label.isVisible())


def slip_text(path: Path) -> str:
    """The slip's words, with the receipt's line wrapping undone."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_an_english_speaking_patient_on_blood_thinners_gets_a_flagged_slip(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.tap("language-en")
        assert "Welcome" in visible_text(app)
        app.tap("next")
        assert app.screen() is Screen.PAGE
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        app.tap("next")
        assert app.screen() is Screen.LAST_NAME
        identify(app, "o'neil-dupont", "jean", "15031948")
        asked = answer_every_question(
            app,
            {
                "anticoagulants": ["yes"],
                "anticoagulant_drugs": ["apixaban", "aspirin"],
                "anticoagulant_told_to_stop": ["yes"],
                "anticoagulant_last_dose": ["yesterday"],
                "pregnancy": ["not_applicable"],
                "allergy": ["dont_know"],
                "allergy_to": [],  # a follow-up may be skipped
                "fasting_asked": ["yes"],
                "fasting_last_food": ["over_6h"],
                "escort_home": ["yes"],
            },
        )
        assert asked[:6] == [  # the questions about a drug, for each drug chosen
            "anticoagulants",
            "anticoagulant_drugs",
            "anticoagulant_told_to_stop:aspirin",
            "anticoagulant_last_dose:aspirin",
            "anticoagulant_told_to_stop:apixaban",
            "anticoagulant_last_dose:apixaban",
        ]
        assert "diabetes_medicines" not in asked  # diabetes "no": no follow-up
        assert app.screen() is Screen.REVIEW
        assert "Last name: O'Neil-Dupont" in app.visible("edit-last_name", QAbstractButton).text()

        submit = app.visible("submit", QAbstractButton)
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)  # an impatient second tap
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10000)
        # Slips go to a folder by default: the patient is sent to reception, with the
        # reference that finds the declaration there.
        assert "Your answers are saved. Please go to the reception desk" in visible_text(app)

        [row] = app.rows(
            "SELECT reference, last_name, first_name, birth_date, language, "
            "answers, flag_count FROM declarations"
        )
        reference, last, first, born, language, answers, flag_count = row
        assert (last, first, born, language) == ("O'Neil-Dupont", "Jean", "1948-03-15", "en")
        stored = json.loads(str(answers))
        assert stored["anticoagulant_drugs"] == ["apixaban", "aspirin"]
        assert "allergy_to" not in stored and stored["allergy"] == "dont_know"
        assert flag_count == 2  # anticoagulants yes, allergy don't know

        [slip] = app.slips()
        text = slip_text(slip)
        printed_reference = f"{str(reference)[:3]}-{str(reference)[3:]}"
        assert printed_reference in text
        assert app.visible("reference", QLabel).text() == f"Your reference: {printed_reference}"
        assert "O'NEIL-DUPONT" in text and "15/03/1948" in text
        assert "Anglais" in text  # the slip is in the staff language, French
        assert text.count("ATTENTION") >= 2
        assert "Apixaban" in text and "Acide acétylsalicylique" in text
        assert app.rows("SELECT state FROM print_attempts") == [("completed",)]

        app.tap("restart")
        assert app.screen() is Screen.WELCOME
        assert app.flow.language == "fr"
        for field in app.window.findChildren(QLineEdit):
            assert field.text() == "", f"{field.objectName()} still shows the last patient"
        assert "O'Neil" not in visible_text(app)


def test_a_french_speaking_patient_answering_no_everywhere_gets_a_plain_slip(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.tap("language-fr")
        assert "Bienvenue" in visible_text(app)
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-child")
        app.tap("next")
        assert app.visible("screen-number", QWidget)  # a child's weight, on the keypad
        for digit in "18":
            app.tap(f"key-{digit}")
        assert app.visible("field-child_weight", QLabel).text() == "18"
        app.tap("next")
        assert "personne que vous accompagnez" in visible_text(app)
        identify(app, "lefèvre", "zoé", "01022019")
        answer_every_question(
            app, {"pregnancy": ["not_applicable"], "fasting_asked": ["no"], "escort_home": ["yes"]}
        )
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10000)
        assert "Merci" in visible_text(app)

        [(last, first, for_whom, flag_count)] = app.rows(
            "SELECT last_name, first_name, for_whom, flag_count FROM declarations"
        )
        assert (last, first, for_whom, flag_count) == ("Lefèvre", "Zoé", "child", 0)
        [(answers,)] = app.rows("SELECT answers FROM declarations")
        assert json.loads(str(answers))["child_weight"] == {"typed": "18"}
        text = slip_text(app.slips()[0])
        assert "LEFÈVRE" in text and "Zoé" in text
        assert "ATTENTION" not in text
        assert "NON" in text.upper()


def test_back_works_on_every_screen_and_keeps_the_answers(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        app.tap("next")
        app.type_keys("martin")
        app.tap("back")
        assert app.screen() is Screen.QUESTION
        assert app.visible("answer-for_whom-self", QAbstractButton).isChecked()
        app.tap("next")
        assert app.visible("field-last_name", QLineEdit).text() == "Martin"
        app.tap("back")
        app.tap("back")
        assert app.screen() is Screen.PAGE


def test_the_language_can_be_changed_on_any_screen_keeping_the_answers(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.tap("language-fr")
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        assert "Pour qui remplissez-vous" in visible_text(app)

        app.tap("languages-open")  # the globe at the bottom, on the question screen
        assert app.visible("languages-open", QAbstractButton).text().strip() == "Français"
        app.tap("language-en")
        assert not app.window.language_chooser.isVisible()

        assert app.screen() is Screen.QUESTION
        assert "Who are you filling this in for?" in visible_text(app)
        assert app.visible("answer-for_whom-self", QAbstractButton).isChecked()
        assert app.visible("next", QAbstractButton).text().startswith("Next")


SHIPPED = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))


@pytest.mark.parametrize("code", SHIPPED)
def test_a_patient_completes_the_journey_in_every_shipped_language(
    qtbot, tmp_path: Path, code: str
) -> None:
    with running_kiosk(qtbot, tmp_path / "data", f"kiosk.languages={list(SHIPPED)}") as app:
        words = Translations(I18N_DIR, app.kiosk.content.languages.values()).words(code)
        if code != SOURCE_LANGUAGE:  # the screens really speak the language
            assert words.text("welcome_title") != SOURCES["welcome_title"]
        app.tap(f"language-{code}")
        assert words.text("welcome_title") in visible_text(app)
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        app.tap("next")
        identify(app, "peeters", "an", "02011950")  # Latin letters exist on every keyboard
        answer_every_question(
            app, {"pregnancy": ["no"], "breastfeeding": ["no"], "escort_home": ["yes"]}
        )
        assert words.text("review_title") in visible_text(app)
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10000)
        assert words.text("done_title") in visible_text(app)

        [(stored_language, last)] = app.rows("SELECT language, last_name FROM declarations")
        assert (stored_language, last) == (code, "Peeters")
        # The slip is in the staff language (French) and names the patient's language.
        content = app.kiosk.content
        french = content.language("fr")
        text = slip_text(app.slips()[0])
        assert f"{french.slip_text('language')}: {content.language_name(code, french)}" in text
