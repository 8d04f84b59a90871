"""What the review screen lists before the patient confirms, in the patient's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import Language, QuestionText
from kiosk.flow import IDENTITY, Flow, Screen, Step
from kiosk.review import ReviewItem, answer_text, review_items
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


@pytest.fixture
def flow() -> Flow:
    return make_flow(clock=FakeClock())


def by_name(items: list[ReviewItem]) -> dict[str, ReviewItem]:
    return {item.name: item for item in items}


def test_the_review_lists_identity_and_every_top_level_question_in_order(flow: Flow) -> None:
    walk(flow, DEFAULT_ANSWERS)

    items = review_items(flow, ENGLISH, WORDS)

    assert [item.name for item in items] == [
        "for_whom",
        "last_name",
        "first_name",
        "birth_date",
        "anticoagulants",
        "pregnancy",
        "allergy",
        "diabetes",
        "renal_insufficiency",
        "thyroid",
        "fasting_asked",
        "escort_home",
    ]


def test_names_and_birth_date_as_typed(flow: Flow) -> None:
    walk(flow, last_name=" Lefèvre ", first_name="Marie-Hélène", birth_digits="03041958")

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert (items["last_name"].label, items["last_name"].value) == ("Last name", "Lefèvre")
    assert (items["first_name"].label, items["first_name"].value) == ("First name", "Marie-Hélène")
    assert (items["birth_date"].label, items["birth_date"].value) == ("Date of birth", "03.04.1958")
    assert [items[name].step for name in ("last_name", "first_name", "birth_date")] == list(
        IDENTITY
    )


def test_answers_and_follow_ups_in_english(flow: Flow) -> None:
    skipped = "anticoagulant_told_to_stop"
    walk(flow, {key: value for key, value in DEFAULT_ANSWERS.items() if key != skipped})

    items = by_name(review_items(flow, ENGLISH, WORDS))

    anticoagulants = items["anticoagulants"]
    assert anticoagulants.label == "Blood thinners"
    assert anticoagulants.value == "Yes"
    assert anticoagulants.step == Step(Screen.QUESTION, "anticoagulants")
    assert anticoagulants.details == (
        "Which blood thinner: Acetylsalicylic acid (aspirin), Apixaban",
        "Told to stop it: Not answered",
        "Last dose: Yesterday",
    )
    assert items["for_whom"].value == "Myself"
    assert items["pregnancy"].value == "Not applicable"
    assert items["pregnancy"].details == ()  # breastfeeding is not asked
    assert items["diabetes"].details == ("Metformin: Yes", "Insulin: No")
    assert items["allergy"].details == ()
    assert items["fasting_asked"].details == (
        "Last time you ate: More than 6 hours ago",
        "Last time you drank: 2 to 6 hours ago",
    )


def test_answers_and_follow_ups_in_french(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "allergy": "yes", "allergy_to": frozenset({"latex"})})

    items = by_name(review_items(flow, FRENCH, FRENCH_WORDS))

    assert items["last_name"].label == "Nom"
    assert items["allergy"].label == "Allergie"
    assert items["allergy"].value == "Oui"
    assert items["allergy"].details[0].startswith("Allergique à: ")
    assert "latex" in items["allergy"].details[0].lower()
    assert items["allergy"].details[1].endswith(": Pas de réponse")
    assert items["diabetes"].value == "Non"


def test_the_same_answers_read_in_the_language_chosen(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "thyroid": "dont_know"})

    assert by_name(review_items(flow, ENGLISH, WORDS))["thyroid"].value == "I don't know"
    assert by_name(review_items(flow, FRENCH, FRENCH_WORDS))["thyroid"].value == "Je ne sais pas"


def test_multi_answers_are_joined_in_questionnaire_order_not_tap_order(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "allergy": "yes"}, stop_at=Step(Screen.QUESTION, "allergy_reaction"))
    flow.answer("allergy_reaction", "collapse")
    flow.answer("allergy_reaction", "rash")
    walk(flow, NO_TO_ALL)

    details = by_name(review_items(flow, ENGLISH, WORDS))["allergy"].details

    assert details == (
        "Allergic to: Not answered",
        "Allergic reaction: Rash or hives, Fainting or low blood pressure",
    )


def test_every_item_leads_to_a_screen_the_patient_can_change(flow: Flow) -> None:
    walk(flow, DEFAULT_ANSWERS)

    for item in review_items(flow, ENGLISH, WORDS):
        assert flow.edit(item.step), item.name
        assert flow.back()


def test_the_review_follows_a_changed_answer(flow: Flow) -> None:
    walk(flow, DEFAULT_ANSWERS)
    flow.edit(Step(Screen.QUESTION, "diabetes"))
    flow.answer("diabetes", "no")
    flow.next()

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert items["diabetes"].value == "No"
    assert items["diabetes"].details == ()


def test_an_unanswered_question_or_date_reads_as_such(flow: Flow) -> None:
    walk(flow, stop_at=Step(Screen.QUESTION, "for_whom"))

    items = by_name(review_items(flow, ENGLISH, WORDS))

    assert items["for_whom"].value == "Not answered"
    assert items["last_name"].value == ""
    assert items["birth_date"].value == ""


def test_answer_text() -> None:
    question = bundled_questionnaire().by_id()["anticoagulant_drugs"]

    assert answer_text(ENGLISH, question, None) is None
    assert answer_text(ENGLISH, question, frozenset()) == ""
    assert answer_text(ENGLISH, question, "warfarin") == "Warfarin"
    french = answer_text(FRENCH, question, frozenset({"heparin", "aspirin"}))
    assert french is not None
    assert french.startswith("Acide acétylsalicylique (aspirine), ")


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
        keyboard=("abc",),
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
