"""What the review screen lists before the patient confirms, in the patient's language:
a row per question (its plain follow-ups inside), and a row per chosen drug or allergen
(its own answers), each leading to the screen that changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.locales import Keyboard, Language, QuestionText
from kiosk.patient.declaration import Answer, Typed
from kiosk.patient.flow import IDENTITY, REVIEW, Flow, Screen, Step
from kiosk.patient.review import ReviewItem, answer_text, item_label, review_items
from tests.helpers.declarations import DEFAULT_ANSWERS
from tests.helpers.flow_steps import nested_questionnaire
from tests.helpers.journey import (
    NO_TO_ALL,
    FakeClock,
    bundled_content,
    bundled_questionnaire,
    make_flow,
    walk,
)

ENGLISH = bundled_content().language("en")
FRENCH = bundled_content().language("fr")
QUESTIONS = bundled_questionnaire().by_id()


class ScreenWords:
    """The screen's own words; in the kiosk they are Qt translations (ui/texts.py)."""

    def __init__(self, not_answered: str, last_name: str, first_name: str, born: str) -> None:
        self.texts = {
            "not_answered": not_answered,
            "review_last_name": last_name,
            "review_first_name": first_name,
            "review_birth_date": born,
        }

    def text(self, key: str) -> str:
        return self.texts[key]

    def birth_date(self, digits: str) -> str:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"


WORDS = ScreenWords("Not answered", "Last name", "First name", "Date of birth")
FRENCH_WORDS = ScreenWords("Pas de réponse", "Nom", "Prénom", "Date de naissance")

TWO_DRUGS: dict[str, Answer] = {
    **NO_TO_ALL,
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"rivaroxaban", "aspirin"}),
    "anticoagulant_told_to_stop:rivaroxaban": "no",
    "anticoagulant_last_dose:rivaroxaban": "yesterday",
    "anticoagulant_told_to_stop:aspirin": "yes",
    "anticoagulant_last_dose:aspirin": "today",
}


@pytest.fixture
def flow() -> Flow:
    return make_flow(clock=FakeClock())


def by_name(items: list[ReviewItem]) -> dict[str, ReviewItem]:
    return {item.name: item for item in items}


def test_the_review_lists_identity_every_question_and_each_drug_in_order(flow: Flow) -> None:
    walk(flow, DEFAULT_ANSWERS)

    items = review_items(flow, ENGLISH, WORDS)

    assert [item.name for item in items] == [
        "for_whom",
        "last_name",
        "first_name",
        "birth_date",
        "anticoagulants",
        "anticoagulant_told_to_stop:aspirin",  # each drug, in the list's order
        "anticoagulant_told_to_stop:apixaban",
        "pregnancy",
        "allergy",
        "diabetes",
        "renal_insufficiency",
        "thyroid",
        "fasting_asked",
        "escort_home",
    ]
    assert [item.under for item in items if item.under] == ["anticoagulants"] * 2


def test_names_and_birth_date_as_typed(flow: Flow) -> None:
    walk(flow, last_name=" Lefèvre ", first_name="Marie-Hélène", birth_digits="03041958")

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert (items["last_name"].label, items["last_name"].value) == ("Last name", "Lefèvre")
    assert (items["first_name"].label, items["first_name"].value) == ("First name", "Marie-Hélène")
    assert (items["birth_date"].label, items["birth_date"].value) == ("Date of birth", "03.04.1958")
    assert [items[name].step for name in ("last_name", "first_name", "birth_date")] == list(
        IDENTITY
    )


def test_each_drug_is_a_row_of_its_own_with_its_answers(flow: Flow) -> None:
    walk(flow, TWO_DRUGS)

    items = by_name(review_items(flow, ENGLISH, WORDS))

    anticoagulants = items["anticoagulants"]
    assert (anticoagulants.label, anticoagulants.value) == ("Blood thinners", "Yes")
    assert anticoagulants.step == Step(Screen.QUESTION, "anticoagulants")
    assert anticoagulants.details == (
        "Which blood thinner: Asaflow, Cardioaspirine, Aspirine (Acetylsalicylic acid), "
        "Xarelto (Rivaroxaban)",
    )
    rivaroxaban = items["anticoagulant_told_to_stop:rivaroxaban"]
    assert rivaroxaban == ReviewItem(
        Step(Screen.QUESTION, "anticoagulant_told_to_stop:rivaroxaban"),
        "anticoagulant_told_to_stop:rivaroxaban",
        "Xarelto (Rivaroxaban)",
        "Told to stop it: No · Last dose: Yesterday",
        (),
        under="anticoagulants",
    )
    aspirin = items["anticoagulant_told_to_stop:aspirin"]
    assert aspirin.label == "Asaflow, Cardioaspirine, Aspirine (Acetylsalicylic acid)"
    assert aspirin.value == "Told to stop it: Yes · Last dose: Today"


def test_a_drugs_unanswered_questions_read_as_such(flow: Flow) -> None:
    answers = {
        key: value for key, value in TWO_DRUGS.items() if key != "anticoagulant_last_dose:aspirin"
    }
    walk(flow, answers)

    aspirin = by_name(review_items(flow, ENGLISH, WORDS))["anticoagulant_told_to_stop:aspirin"]

    assert aspirin.value == "Told to stop it: Yes · Last dose: Not answered"


def test_a_drug_the_patient_named_is_listed_by_the_name_typed(flow: Flow) -> None:
    typed = "D'Arcy <b>Forte</b> & co"
    walk(
        flow,
        {
            **NO_TO_ALL,
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"other"}),
            "anticoagulant_other_name": Typed(typed),
            "anticoagulant_told_to_stop": "dont_know",
        },
    )

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert items["anticoagulants"].details == (
        "Which blood thinner: Another medicine",
        f"Other medicine: {typed}",
    )
    other = items["anticoagulant_told_to_stop:other"]
    assert other.label == typed  # as typed: the screen shows it as plain text
    assert other.value == "Told to stop it: I don't know · Last dose: Not answered"


def test_a_drug_not_named_is_listed_by_its_heading(flow: Flow) -> None:
    walk(
        flow,
        {
            **NO_TO_ALL,
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"other"}),
            "anticoagulant_other_name": "dont_know",
        },
    )

    other = by_name(review_items(flow, ENGLISH, WORDS))["anticoagulant_told_to_stop:other"]

    assert other.label == "The other medicine"  # its heading, not the list's answer


def test_each_allergen_is_a_row_with_its_reactions_in_french(flow: Flow) -> None:
    walk(
        flow,
        {
            **NO_TO_ALL,
            "allergy": "yes",
            "allergy_to": frozenset({"latex", "other"}),
            "allergy_other_name": Typed("Chlorhexidine"),
            "allergy_reaction:latex": frozenset({"collapse", "rash"}),
        },
    )

    items = by_name(review_items(flow, FRENCH, FRENCH_WORDS))

    assert items["last_name"].label == "Nom"
    assert (items["allergy"].label, items["allergy"].value) == ("Allergie", "Oui")
    assert items["allergy"].details[0].startswith("Allergique à: ")
    assert items["allergy"].details[1] == "Autre allergie: Chlorhexidine"
    latex = items["allergy_reaction:latex"]
    reaction = FRENCH.question("allergy_reaction")
    assert latex.label == FRENCH.question("allergy_to").options["latex"]
    # Several answers in the questionnaire's order, not the order tapped.
    assert latex.value == (
        f"{reaction.title}: {reaction.options['rash']}, {reaction.options['collapse']}"
    )
    assert latex.under == "allergy"
    other = items["allergy_reaction:other"]
    assert (other.label, other.value) == ("Chlorhexidine", f"{reaction.title}: Pas de réponse")


def test_a_childs_weight_is_shown_with_its_unit(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "for_whom": "child", "child_weight": Typed("23")})

    for_whom = by_name(review_items(flow, ENGLISH, WORDS))["for_whom"]

    assert (for_whom.value, for_whom.details) == ("A child", ("Child's weight: 23 kg",))


def test_the_same_answers_read_in_the_language_chosen(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "thyroid": "dont_know"})

    assert by_name(review_items(flow, ENGLISH, WORDS))["thyroid"].value == "I don't know"
    assert by_name(review_items(flow, FRENCH, FRENCH_WORDS))["thyroid"].value == "Je ne sais pas"


def test_every_row_leads_to_a_screen_the_patient_can_change(flow: Flow) -> None:
    walk(flow, {**DEFAULT_ANSWERS, "allergy": "yes", "allergy_to": frozenset({"latex"})})

    for item in review_items(flow, ENGLISH, WORDS):
        assert flow.edit(item.step), item.name
        assert flow.step == item.step
        assert flow.back()
        assert flow.step == REVIEW


def test_removing_a_drug_removes_its_row(flow: Flow) -> None:
    walk(flow, TWO_DRUGS)
    flow.edit(Step(Screen.QUESTION, "anticoagulant_drugs"))
    flow.answer("anticoagulant_drugs", "aspirin")
    while flow.step != REVIEW:
        assert flow.next()

    names = [item.name for item in review_items(flow, ENGLISH, WORDS)]

    assert "anticoagulant_told_to_stop:rivaroxaban" in names
    assert "anticoagulant_told_to_stop:aspirin" not in names


def test_the_review_follows_a_changed_answer(flow: Flow) -> None:
    walk(flow, DEFAULT_ANSWERS)
    flow.edit(Step(Screen.QUESTION, "anticoagulants"))
    flow.answer("anticoagulants", "no")
    flow.next()

    items = review_items(flow, ENGLISH, WORDS)

    anticoagulants = by_name(items)["anticoagulants"]
    assert (anticoagulants.value, anticoagulants.details) == ("No", ())
    assert not [item for item in items if item.under]


def test_an_unanswered_question_or_date_reads_as_such(flow: Flow) -> None:
    walk(flow, stop_at=Step(Screen.QUESTION, "for_whom"))

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert items["for_whom"].value == "Not answered"
    assert items["last_name"].value == ""
    assert items["birth_date"].value == ""


def test_answer_text() -> None:
    question = QUESTIONS["anticoagulant_drugs"]

    assert answer_text(ENGLISH, question, None) is None
    assert answer_text(ENGLISH, question, frozenset()) == ""
    assert answer_text(ENGLISH, question, "warfarin") == "Marevan (Warfarin)"
    french = answer_text(FRENCH, question, frozenset({"heparin", "aspirin"}))
    assert french is not None
    assert french.startswith("Asaflow, Cardioaspirine, Aspirine (Acide acétylsalicylique), ")


def test_item_label() -> None:
    questionnaire = bundled_questionnaire()
    told = QUESTIONS["anticoagulant_told_to_stop"]
    drugs = QUESTIONS["anticoagulant_drugs"]
    named: dict[str, Answer] = {"anticoagulant_other_name": Typed("Sintrom Mitis")}

    assert item_label(questionnaire, ENGLISH, {}, told, "apixaban") == "Eliquis (Apixaban)"
    assert item_label(questionnaire, ENGLISH, {}, drugs, "apixaban") == "Eliquis (Apixaban)"
    assert item_label(questionnaire, ENGLISH, named, told, "other") == "Sintrom Mitis"
    assert item_label(questionnaire, ENGLISH, {}, told, "other") == "The other medicine"
    # The allergy's own "other" is named by the allergy's text question, not the drug's.
    reaction = QUESTIONS["allergy_reaction"]
    assert (
        item_label(questionnaire, ENGLISH, named, reaction, "other")
        == "The other thing you are allergic to"
    )


def test_nested_follow_ups_are_listed_under_their_top_level_question(tmp_path: Path) -> None:
    questionnaire = nested_questionnaire(tmp_path)
    flow = make_flow(questionnaire, clock=FakeClock(), page_count=0)
    walk(flow, {"allergy": "yes", "allergy_to": frozenset({"other", "latex"})})
    options = {
        "yes": "Yes",
        "no": "No",
        "dont_know": "I don't know",
        "latex": "Latex",
        "other": "Other",
    }
    language = Language(
        code="en",
        name="English",
        rtl=False,
        reviewed=False,
        qt_locale="en_GB",
        date_format="d MMMM yyyy",
        keyboard=Keyboard(("abc",)),
        slip={},
        language_names={},
        pages=(),
        questions={
            qid: QuestionText(title=title, text=title, help=None, options=options)
            for qid, title in (
                ("allergy", "Allergy"),
                ("allergy_to", "Allergic to"),
                ("latex_reaction", "Reaction to latex"),
            )
        },
    )

    items = by_name(review_items(flow, language, WORDS))

    assert items["allergy"].details == (
        "Allergic to: Latex, Other",
        "Reaction to latex: Not answered",
    )
    assert "allergy_to" not in items
    assert "latex_reaction" not in items
