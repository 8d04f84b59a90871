"""The patient's journey through the flow, without any screen: which screen comes next,
what each tap does, and what the declaration holds in the end."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from kiosk.declaration import Answer, InvalidInput, Problem, clean_name
from kiosk.flow import IDENTITY, REVIEW, WELCOME, Flow, Outcome, Screen, Step
from kiosk.questionnaire import Kind, Question, load_questionnaire
from tests.helpers.declarations import DEFAULT_ANSWERS
from tests.helpers.journey import (
    BIRTH_DIGITS,
    FIRST_NAME,
    LAST_NAME,
    NO_TO_ALL,
    FakeClock,
    advance,
    bundled_content,
    bundled_questionnaire,
    complete_journey,
    make_flow,
    tap_answer,
    walk,
)

QUESTIONNAIRE = bundled_questionnaire()
QUESTIONS = QUESTIONNAIRE.by_id()
PAGES = len(bundled_content().language("fr").pages)
LAST_NAME_STEP, FIRST_NAME_STEP, BIRTH_DATE_STEP = IDENTITY


def ask(question_id: str) -> Step:
    return Step(Screen.QUESTION, question_id)


def asked_ids(steps: list[Step]) -> list[str]:
    return [step.key for step in steps if step.screen is Screen.QUESTION]


def visible_ids(flow: Flow) -> set[str]:
    return set(asked_ids(flow.steps()))


def answers_showing(question: Question) -> dict[str, Answer]:
    """NO_TO_ALL, changed so that `question` (a follow-up) is asked."""
    answers: dict[str, Answer] = dict(NO_TO_ALL)
    while question.parent is not None:
        parent = QUESTIONS[question.parent]
        shown_by = sorted(question.when)[0]
        answers[parent.id] = shown_by if parent.kind is Kind.SINGLE else frozenset({shown_by})
        question = parent
    return answers


def first_option(question: Question) -> Answer:
    option = question.options[0]
    return option if question.kind is Kind.SINGLE else frozenset({option})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def flow(clock: FakeClock) -> Flow:
    return Flow(
        QUESTIONNAIRE,
        page_count=PAGES,
        default_language="fr",
        max_name_length=50,
        done_return_seconds=20,
        clock=clock,
    )


# -- the whole journey ---------------------------------------------------------------------


def test_a_patient_goes_from_welcome_to_done_and_the_kiosk_resets(
    flow: Flow, clock: FakeClock
) -> None:
    first_session = flow.session_id
    assert flow.step == WELCOME
    assert not flow.can_go_back()
    flow.choose_language("en")

    assert flow.next()
    assert flow.step == Step(Screen.PAGE, "0")
    assert flow.page_progress() == (1, PAGES)
    assert flow.next()
    assert flow.page_progress() == (2, PAGES)
    assert flow.skip_pages()
    assert flow.step == ask("for_whom")

    visited = walk(flow, DEFAULT_ANSWERS, last_name="  Lefèvre ", first_name="Marie-Hélène")

    assert visited[1:4] == list(IDENTITY)
    assert asked_ids(visited) == [
        "for_whom",
        "anticoagulants",
        "anticoagulant_drugs",
        "anticoagulant_told_to_stop",
        "anticoagulant_last_dose",
        "pregnancy",
        "allergy",
        "diabetes",
        "diabetes_metformin",
        "diabetes_insulin",
        "renal_insufficiency",
        "thyroid",
        "fasting_asked",
        "fasting_last_food",
        "fasting_last_drink",
        "escort_home",
    ]
    assert flow.step == REVIEW
    assert not flow.can_go_next()

    declaration = flow.submit()

    assert declaration is not None
    assert declaration.session_id == first_session
    assert declaration.language == "en"
    assert declaration.last_name == "Lefèvre"
    assert declaration.first_name == "Marie-Hélène"
    assert declaration.birth_date.isoformat() == "1958-04-03"
    assert declaration.answers == DEFAULT_ANSWERS
    assert declaration.questionnaire_version == QUESTIONNAIRE.version
    assert declaration.submitted_at == clock.now
    assert flow.step.screen is Screen.SUBMITTING
    assert not flow.can_go_back()
    assert not flow.back()
    assert not flow.next()

    assert flow.finish(first_session, Outcome.PRINTED)
    assert flow.step == Step(Screen.DONE)
    assert flow.outcome is Outcome.PRINTED
    flow.choose_language("fr")
    assert flow.language == "en"  # the thank-you screen stays in the patient's language

    clock.advance(19)
    assert not flow.tick()
    assert flow.step == Step(Screen.DONE)

    clock.advance(1)
    assert flow.tick()
    assert flow.step == WELCOME
    assert flow.session_id != first_session
    assert flow.language == "fr"
    assert flow.answers == {}
    assert flow.names == {Screen.LAST_NAME: "", Screen.FIRST_NAME: ""}
    assert flow.birth_digits == ""
    assert flow.outcome is None
    assert flow.problem is None
    assert not flow.tick()


def test_the_next_patient_gets_their_own_declaration(flow: Flow, clock: FakeClock) -> None:
    first = complete_journey(flow, DEFAULT_ANSWERS)
    clock.advance(20)
    assert flow.tick()

    second = complete_journey(flow, NO_TO_ALL, last_name="Dupont", first_name="Ali")

    assert second.session_id != first.session_id
    assert second.last_name == "Dupont"
    assert second.answers == NO_TO_ALL


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_ends_on_the_thank_you_screen(
    flow: Flow, clock: FakeClock, outcome: Outcome
) -> None:
    complete_journey(flow, outcome=outcome)

    assert flow.step == Step(Screen.DONE)
    assert flow.outcome is outcome
    clock.advance(20)
    assert flow.tick()


def test_the_thank_you_screen_stays_as_long_as_configured(clock: FakeClock) -> None:
    flow = make_flow(clock=clock, done_return_seconds=60)
    complete_journey(flow)

    clock.advance(59)
    assert not flow.tick()
    clock.advance(1)
    assert flow.tick()


def test_a_patient_who_walks_away_is_warned_then_forgotten(flow: Flow, clock: FakeClock) -> None:
    walk(flow)  # on the review: name, birth date and every answer on screen
    flow.choose_language("en")
    session = flow.session_id

    clock.advance(89)
    assert flow.idle_countdown() is None
    clock.advance(1)
    assert flow.idle_countdown() == 30  # the warning: at least 20 s to answer it
    clock.advance(29)
    assert flow.idle_countdown() == 1
    assert not flow.tick()
    clock.advance(1)

    assert flow.tick()
    assert flow.step == WELCOME
    assert flow.session_id != session
    assert flow.answers == {} and flow.names[Screen.LAST_NAME] == ""
    assert flow.birth_digits == "" and flow.language == "fr"


def test_a_touch_during_the_warning_gives_the_full_time_again(flow: Flow, clock: FakeClock) -> None:
    walk(flow, stop_at=LAST_NAME_STEP)
    clock.advance(100)
    assert flow.idle_countdown() == 20

    flow.touch()  # "I need more time", or any tap

    assert flow.idle_countdown() is None
    clock.advance(89)
    assert not flow.tick()
    assert flow.step == LAST_NAME_STEP


def test_every_tap_counts_as_presence(flow: Flow, clock: FakeClock) -> None:
    walk(flow, stop_at=ask("for_whom"))
    for _ in range(5):
        clock.advance(60)
        flow.answer("for_whom", "self")
    assert flow.idle_countdown() is None


def test_the_welcome_and_thank_you_screens_never_count_down(flow: Flow, clock: FakeClock) -> None:
    clock.advance(3600)
    assert flow.idle_countdown() is None
    complete_journey(flow)
    clock.advance(10)
    assert flow.idle_countdown() is None


def test_pages_come_in_order_and_can_be_read_one_by_one(flow: Flow) -> None:
    visited = walk(flow, read_pages=True, stop_at=ask("for_whom"))

    assert visited[: PAGES + 1] == [WELCOME] + [Step(Screen.PAGE, str(n)) for n in range(PAGES)]


def test_without_pages_welcome_goes_straight_to_the_questions(clock: FakeClock) -> None:
    flow = make_flow(clock=clock, page_count=0)

    assert flow.next()
    assert flow.step == ask("for_whom")


def test_skip_works_only_on_a_page(flow: Flow) -> None:
    assert not flow.skip_pages()
    walk(flow, stop_at=ask("for_whom"))

    assert not flow.skip_pages()
    assert flow.step == ask("for_whom")


def test_the_language_can_change_on_any_screen_before_confirming(flow: Flow) -> None:
    walk(flow, stop_at=ask("allergy"))
    flow.choose_language("en")

    assert flow.language == "en"
    assert complete_journey(flow).language == "en"


# -- follow-ups ----------------------------------------------------------------------------

BRANCHES = [
    pytest.param(
        question.id,
        option,
        [followup.id for followup in question.followups if option in followup.when],
        id=f"{question.id}={option}",
    )
    for question in QUESTIONNAIRE.questions
    for option in question.options
]


@pytest.mark.parametrize(("question_id", "option", "expected"), BRANCHES)
def test_an_answer_shows_exactly_the_follow_ups_that_name_it(
    flow: Flow, question_id: str, option: str, expected: list[str]
) -> None:
    walk(flow, stop_at=ask(question_id))
    tap_answer(flow, option)

    shown = []
    assert flow.next()
    while flow.question is not None and flow.question.parent == question_id:
        shown.append(flow.question.id)
        assert flow.next()

    assert shown == expected
    assert flow.question is None or flow.question.parent is None  # back on the main path


@pytest.mark.parametrize(
    ("question_id", "option", "shown"),
    [
        (
            "anticoagulants",
            "yes",
            ["anticoagulant_drugs", "anticoagulant_told_to_stop", "anticoagulant_last_dose"],
        ),
        ("anticoagulants", "no", []),
        ("pregnancy", "no", ["breastfeeding"]),
        ("pregnancy", "not_applicable", []),
        ("allergy", "dont_know", ["allergy_to", "allergy_reaction"]),
        ("fasting_asked", "yes", ["fasting_last_food", "fasting_last_drink"]),
        ("fasting_asked", "dont_know", []),
        ("escort_home", "no", []),
    ],
)
def test_follow_ups_a_patient_sees(
    flow: Flow, question_id: str, option: str, shown: list[str]
) -> None:
    visited = walk(flow, {**NO_TO_ALL, question_id: option})

    followups = [qid for qid in asked_ids(visited) if QUESTIONS[qid].parent == question_id]
    assert followups == shown


WITH_FOLLOWUPS = [question for question in QUESTIONNAIRE.questions if question.followups]


def hiding_option(question: Question) -> str:
    return next(
        option
        for option in question.options
        if not any(option in followup.when for followup in question.followups)
    )


@pytest.mark.parametrize("question", WITH_FOLLOWUPS, ids=lambda question: question.id)
def test_changing_the_answer_to_one_without_follow_ups_forgets_their_answers(
    flow: Flow, question: Question
) -> None:
    showing = sorted(question.followups[0].when)[0]
    followup_answers = {
        followup.id: first_option(followup)
        for followup in question.followups
        if showing in followup.when
    }
    walk(flow, {**NO_TO_ALL, question.id: showing, **followup_answers})
    assert all(flow.answers[qid] == answer for qid, answer in followup_answers.items())
    assert flow.edit(ask(question.id))

    tap_answer(flow, hiding_option(question))

    assert not set(followup_answers) & set(flow.answers)
    assert not set(followup_answers) & visible_ids(flow)
    assert flow.next()
    assert flow.step == REVIEW
    declaration = flow.submit()
    assert declaration is not None
    assert not set(followup_answers) & set(declaration.answers)


def test_going_back_to_change_yes_to_no_forgets_the_follow_ups(flow: Flow) -> None:
    walk(
        flow,
        {
            **NO_TO_ALL,
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"warfarin"}),
            "anticoagulant_told_to_stop": "no",
            "anticoagulant_last_dose": "today",
        },
        stop_at=ask("pregnancy"),
    )
    for _ in range(4):
        assert flow.back()
    assert flow.step == ask("anticoagulants")

    flow.answer("anticoagulants", "no")

    assert flow.answers["anticoagulants"] == "no"
    assert "anticoagulant_drugs" not in flow.answers
    assert "anticoagulant_told_to_stop" not in flow.answers
    assert "anticoagulant_last_dose" not in flow.answers
    assert flow.next()
    assert flow.step == ask("pregnancy")

    assert flow.back()
    flow.answer("anticoagulants", "yes")  # the follow-ups come back, empty
    assert flow.next()
    assert flow.step == ask("anticoagulant_drugs")
    assert "anticoagulant_drugs" not in flow.answers


def test_changing_yes_to_dont_know_keeps_the_follow_up_answers(flow: Flow) -> None:
    walk(
        flow,
        {**NO_TO_ALL, "allergy": "yes", "allergy_to": frozenset({"latex"})},
        stop_at=ask("allergy_reaction"),
    )
    flow.back()
    flow.back()

    flow.answer("allergy", "dont_know")

    assert flow.answers["allergy_to"] == frozenset({"latex"})


def test_nested_follow_ups_appear_and_go_with_their_grandparent(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "questionnaire.toml"
    path.write_text(
        """
version = "nested.1"

[[question]]
id = "allergy"
group = "declaration"
kind = "single"
options = ["yes", "no", "dont_know"]
required = true

  [[question.followup]]
  id = "allergy_to"
  kind = "multi"
  when = ["yes"]
  options = ["latex", "other", "dont_know"]

    [[question.followup.followup]]
    id = "latex_reaction"
    kind = "single"
    when = ["latex"]
    options = ["yes", "no", "dont_know"]

[[question]]
id = "escort_home"
group = "practical"
kind = "single"
options = ["yes", "no", "dont_know"]
""",
        encoding="utf-8",
    )
    flow = make_flow(load_questionnaire(path), clock=clock, page_count=0)

    visited = walk(
        flow,
        {"allergy": "yes", "allergy_to": frozenset({"latex", "other"}), "latex_reaction": "yes"},
    )

    assert asked_ids(visited) == ["allergy", "allergy_to", "latex_reaction", "escort_home"]
    assert flow.edit(ask("allergy"))
    flow.answer("allergy", "no")
    assert flow.answers == {"allergy": "no"}
    assert flow.next()
    assert flow.step == REVIEW


# -- answering -----------------------------------------------------------------------------


def test_a_single_answer_replaces_the_previous_one(flow: Flow) -> None:
    walk(flow, stop_at=ask("allergy"))

    flow.answer("allergy", "yes")
    flow.answer("allergy", "no")

    assert flow.answers["allergy"] == "no"


def test_multi_answers_toggle(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "anticoagulants": "yes"}, stop_at=ask("anticoagulant_drugs"))

    flow.answer("anticoagulant_drugs", "aspirin")
    flow.answer("anticoagulant_drugs", "warfarin")
    assert flow.answers["anticoagulant_drugs"] == frozenset({"aspirin", "warfarin"})

    flow.answer("anticoagulant_drugs", "aspirin")
    assert flow.answers["anticoagulant_drugs"] == frozenset({"warfarin"})

    flow.answer("anticoagulant_drugs", "warfarin")
    assert "anticoagulant_drugs" not in flow.answers  # nothing chosen is no answer


def test_dont_know_clears_the_other_answers_and_the_other_way_round(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "anticoagulants": "yes"}, stop_at=ask("anticoagulant_drugs"))
    flow.answer("anticoagulant_drugs", "aspirin")
    flow.answer("anticoagulant_drugs", "heparin")

    flow.answer("anticoagulant_drugs", "dont_know")
    assert flow.answers["anticoagulant_drugs"] == frozenset({"dont_know"})

    flow.answer("anticoagulant_drugs", "apixaban")
    assert flow.answers["anticoagulant_drugs"] == frozenset({"apixaban"})


def test_each_exclusive_answer_clears_the_other_exclusive_one(flow: Flow) -> None:
    walk(flow, {**NO_TO_ALL, "allergy": "yes"}, stop_at=ask("allergy_reaction"))
    flow.answer("allergy_reaction", "rash")
    flow.answer("allergy_reaction", "breathing")

    flow.answer("allergy_reaction", "dont_remember")
    assert flow.answers["allergy_reaction"] == frozenset({"dont_remember"})

    flow.answer("allergy_reaction", "dont_know")
    assert flow.answers["allergy_reaction"] == frozenset({"dont_know"})

    flow.answer("allergy_reaction", "collapse")
    assert flow.answers["allergy_reaction"] == frozenset({"collapse"})


def test_a_tap_for_another_question_or_an_unknown_answer_is_ignored(flow: Flow) -> None:
    walk(flow, stop_at=ask("allergy"))

    flow.answer("diabetes", "yes")
    flow.answer("allergy", "maybe")
    flow.answer("allergy", "self")

    assert "diabetes" not in flow.answers
    assert "allergy" not in flow.answers


def test_answers_are_ignored_outside_a_question(flow: Flow) -> None:
    flow.answer("for_whom", "self")
    walk(flow, stop_at=LAST_NAME_STEP)
    flow.answer("for_whom", "child")

    assert flow.answers == {"for_whom": "self"}


REQUIRED = [question.id for question in QUESTIONNAIRE.questions if question.required]


@pytest.mark.parametrize("question_id", REQUIRED)
def test_a_required_question_blocks_next_until_answered(flow: Flow, question_id: str) -> None:
    walk(flow, stop_at=ask(question_id))

    assert not flow.can_go_next()
    assert not flow.next()
    assert flow.step == ask(question_id)

    flow.answer(question_id, QUESTIONS[question_id].options[-1])
    assert flow.can_go_next()
    assert flow.next()
    assert flow.step != ask(question_id)


FOLLOWUPS = [question for question in QUESTIONNAIRE.walk() if question.parent is not None]


@pytest.mark.parametrize("followup", FOLLOWUPS, ids=lambda question: question.id)
def test_a_follow_up_can_be_left_unanswered(flow: Flow, followup: Question) -> None:
    walk(flow, answers_showing(followup), stop_at=ask(followup.id))

    assert flow.can_go_next()
    assert flow.next()
    assert followup.id not in flow.answers


def test_the_bundled_questions_are_all_required_at_the_top_level() -> None:
    assert [question.id for question in QUESTIONNAIRE.questions] == REQUIRED


# -- back ----------------------------------------------------------------------------------


def test_back_from_every_screen_returns_to_the_previous_one(flow: Flow) -> None:
    visited = walk(flow, DEFAULT_ANSWERS, read_pages=True)

    for previous in reversed(visited[1:-1]):
        assert flow.can_go_back()
        assert flow.back()
        assert flow.step == previous
        if previous.screen is Screen.PAGE:
            # going back through the journey loses nothing until the welcome screen
            assert flow.answers == DEFAULT_ANSWERS
            assert flow.names == {Screen.LAST_NAME: LAST_NAME, Screen.FIRST_NAME: FIRST_NAME}

    assert flow.back()
    assert flow.step == WELCOME
    assert not flow.back()


def test_back_from_the_first_page_returns_to_welcome(flow: Flow) -> None:
    flow.next()

    assert flow.back()
    assert flow.step == WELCOME


def test_going_back_to_welcome_forgets_the_patient_but_keeps_the_language(flow: Flow) -> None:
    flow.choose_language("en")
    walk(flow, stop_at=FIRST_NAME_STEP)
    session = flow.session_id
    while flow.step != WELCOME:
        assert flow.back()

    assert flow.session_id != session
    assert flow.answers == {} and flow.names[Screen.LAST_NAME] == ""
    assert flow.language == "en"


def test_back_from_the_review_returns_to_the_last_question(flow: Flow) -> None:
    walk(flow)

    assert flow.back()
    assert flow.step == ask("escort_home")


def test_back_clears_the_problem(flow: Flow) -> None:
    walk(flow, stop_at=LAST_NAME_STEP)
    flow.next()
    assert flow.problem is Problem.NAME_EMPTY

    flow.back()

    assert flow.problem is None


# -- identity ------------------------------------------------------------------------------


@pytest.mark.parametrize("screen", [LAST_NAME_STEP, FIRST_NAME_STEP])
@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", Problem.NAME_EMPTY),
        ("   ", Problem.NAME_EMPTY),
        ("A" * 51, Problem.NAME_TOO_LONG),
        ("J3an", Problem.NAME_INVALID),
        ("<b>Jean</b>", Problem.NAME_INVALID),
        ("Jean;", Problem.NAME_INVALID),
    ],
)
def test_a_refused_name_keeps_the_patient_on_the_screen(
    flow: Flow, screen: Step, typed: str, problem: Problem
) -> None:
    walk(flow, stop_at=screen)
    flow.type_name(typed)

    assert not flow.next()
    assert flow.step == screen
    assert flow.problem is problem

    flow.type_name("Dupont")
    assert flow.problem is None
    assert flow.next()
    assert flow.names[screen.screen] == "Dupont"


def test_a_name_is_stored_trimmed(flow: Flow) -> None:
    walk(flow, stop_at=FIRST_NAME_STEP, last_name="  van  der Berg ")

    assert flow.names[Screen.LAST_NAME] == "van der Berg"


def test_the_longest_name_follows_the_configuration(clock: FakeClock) -> None:
    flow = make_flow(clock=clock, max_name_length=20)
    walk(flow, stop_at=LAST_NAME_STEP)
    assert flow.max_name_length == 20

    flow.type_name("A" * 21)
    assert not flow.next()
    assert flow.problem is Problem.NAME_TOO_LONG

    flow.type_name("A" * 20)
    assert flow.next()


@pytest.mark.parametrize(
    ("digits", "problem"),
    [
        ("", Problem.DATE_INCOMPLETE),
        ("0304", Problem.DATE_INCOMPLETE),
        ("31022000", Problem.DATE_IMPOSSIBLE),
        ("28112026", Problem.DATE_FUTURE),
        ("01011900", Problem.DATE_TOO_OLD),
    ],
)
def test_a_refused_birth_date_keeps_the_patient_on_the_screen(
    flow: Flow, digits: str, problem: Problem
) -> None:
    walk(flow, stop_at=BIRTH_DATE_STEP)
    flow.type_birth_date(digits)

    assert not flow.next()
    assert flow.step == BIRTH_DATE_STEP
    assert flow.problem is problem

    flow.type_birth_date(BIRTH_DIGITS)
    assert flow.problem is None
    assert flow.next()
    assert flow.step == ask("anticoagulants")


def test_today_comes_from_the_clock(flow: Flow, clock: FakeClock) -> None:
    walk(flow, stop_at=BIRTH_DATE_STEP)
    flow.type_birth_date("28112026")
    assert not flow.next()

    clock.advance(24 * 3600)

    assert flow.next()


def test_typing_is_ignored_on_other_screens(flow: Flow) -> None:
    walk(flow, stop_at=ask("for_whom"))

    flow.type_name("Dupont")
    flow.type_birth_date("01012000")

    assert flow.names == {Screen.LAST_NAME: "", Screen.FIRST_NAME: ""}
    assert flow.birth_digits == ""


# -- changing an answer from the review ------------------------------------------------------


def test_a_change_that_adds_follow_ups_asks_them_then_returns_to_review(flow: Flow) -> None:
    walk(flow)
    assert flow.edit(ask("allergy"))
    assert flow.step == ask("allergy")

    flow.answer("allergy", "yes")
    assert flow.next()
    assert flow.step == ask("allergy_to")
    flow.answer("allergy_to", "iodinated_contrast")
    assert flow.next()
    assert flow.step == ask("allergy_reaction")
    assert flow.next()

    assert flow.step == REVIEW
    declaration = flow.submit()
    assert declaration is not None
    assert declaration.answers["allergy"] == "yes"
    assert declaration.answers["allergy_to"] == frozenset({"iodinated_contrast"})
    assert "allergy_reaction" not in declaration.answers


def test_a_change_without_follow_ups_returns_straight_to_review(flow: Flow) -> None:
    walk(flow)
    flow.edit(ask("diabetes"))

    flow.answer("diabetes", "no")
    assert flow.next()

    assert flow.step == REVIEW


@pytest.mark.parametrize(
    "edited", [ask("allergy"), ask("for_whom"), LAST_NAME_STEP, FIRST_NAME_STEP, BIRTH_DATE_STEP]
)
def test_back_while_changing_returns_to_review(flow: Flow, edited: Step) -> None:
    walk(flow)
    assert flow.edit(edited)

    assert flow.back()

    assert flow.step == REVIEW


def test_after_a_change_back_from_review_goes_to_the_last_question(flow: Flow) -> None:
    walk(flow)
    flow.edit(ask("allergy"))
    flow.answer("allergy", "yes")
    flow.next()
    flow.next()
    assert flow.next()
    assert flow.step == REVIEW

    assert flow.back()
    assert flow.step == ask("escort_home")
    assert flow.next()
    assert flow.step == REVIEW


def test_back_from_a_new_follow_up_returns_to_review(flow: Flow) -> None:
    walk(flow)
    flow.edit(ask("allergy"))
    flow.answer("allergy", "yes")
    flow.next()

    assert flow.back()

    assert flow.step == REVIEW
    assert flow.answers["allergy"] == "yes"


def test_a_changed_name_returns_to_review(flow: Flow) -> None:
    walk(flow)
    assert flow.edit(FIRST_NAME_STEP)
    flow.type_name(" Ali ")

    assert flow.next()

    assert flow.step == REVIEW
    assert flow.names[Screen.FIRST_NAME] == "Ali"


def test_a_changed_birth_date_returns_to_review(flow: Flow) -> None:
    walk(flow)
    assert flow.edit(BIRTH_DATE_STEP)
    flow.type_birth_date("99999999")
    assert not flow.next()
    assert flow.problem is Problem.DATE_IMPOSSIBLE

    flow.type_birth_date("01012000")
    assert flow.next()

    assert flow.step == REVIEW
    assert flow.birth_date().isoformat() == "2000-01-01"


@pytest.mark.parametrize(
    ("edited", "typed"),
    [
        (LAST_NAME_STEP, ""),
        (FIRST_NAME_STEP, "J3an"),
        (BIRTH_DATE_STEP, "0304"),
    ],
)
def test_back_from_a_half_typed_change_leaves_a_valid_review(
    flow: Flow, edited: Step, typed: str
) -> None:
    # Backing out of a change made from the review keeps the last valid name or date:
    # otherwise the review shows a half-typed value and confirming raises InvalidInput.
    walk(flow)
    flow.edit(edited)
    if edited == BIRTH_DATE_STEP:
        flow.type_birth_date(typed)
    else:
        flow.type_name(typed)

    assert flow.back()
    assert flow.step == REVIEW

    shown = (flow.names[Screen.LAST_NAME], flow.names[Screen.FIRST_NAME], flow.birth_digits)
    shown_valid = is_valid_name(shown[0]) and is_valid_name(shown[1]) and is_valid_birth_date(flow)
    try:
        declaration = flow.submit()
    except InvalidInput as crash:
        pytest.fail(f"confirming on the review raised {crash!r}; the review shows {shown}")
    assert shown_valid, f"the review shows {shown}"
    assert declaration is not None


def is_valid_name(text: str) -> bool:
    try:
        return clean_name(text, 50) == text
    except InvalidInput:
        return False


def is_valid_birth_date(flow: Flow) -> bool:
    try:
        flow.birth_date()
    except InvalidInput:
        return False
    return True


def test_edit_is_refused_outside_the_review_and_for_hidden_or_page_steps(flow: Flow) -> None:
    walk(flow, stop_at=ask("allergy"))
    assert not flow.edit(ask("for_whom"))
    assert flow.step == ask("allergy")

    walk(flow)
    assert not flow.edit(ask("allergy_to"))  # not asked: allergy is "no"
    assert not flow.edit(Step(Screen.PAGE, "0"))
    assert not flow.edit(WELCOME)
    assert flow.step == REVIEW


# -- submitting ----------------------------------------------------------------------------


def test_one_declaration_per_session(flow: Flow) -> None:
    walk(flow)

    assert flow.submit() is not None
    assert flow.submit() is None


def test_submit_is_refused_before_the_review(flow: Flow) -> None:
    walk(flow, stop_at=ask("escort_home"))

    assert flow.submit() is None
    assert flow.step == ask("escort_home")


def test_finish_for_another_session_is_ignored(flow: Flow) -> None:
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None

    assert not flow.finish("another-session", Outcome.PRINTED)
    assert flow.step.screen is Screen.SUBMITTING
    assert flow.outcome is None

    assert flow.finish(declaration.session_id, Outcome.NOT_SAVED)
    assert flow.outcome is Outcome.NOT_SAVED


def test_finish_before_submitting_is_ignored(flow: Flow) -> None:
    walk(flow)

    assert not flow.finish(flow.session_id, Outcome.PRINTED)
    assert flow.step == REVIEW


def test_a_late_finish_of_the_previous_patient_is_ignored(flow: Flow, clock: FakeClock) -> None:
    first = complete_journey(flow)
    clock.advance(20)
    flow.tick()
    walk(flow)
    flow.submit()

    assert not flow.finish(first.session_id, Outcome.NOT_PRINTED)
    assert flow.step.screen is Screen.SUBMITTING


def test_the_declaration_holds_only_the_questions_still_asked(flow: Flow) -> None:
    walk(
        flow,
        {
            **NO_TO_ALL,
            "diabetes": "yes",
            "diabetes_metformin": "yes",
            "diabetes_insulin": "yes",
            "fasting_asked": "yes",
            "fasting_last_food": "over_6h",
        },
    )
    flow.edit(ask("diabetes"))
    flow.answer("diabetes", "no")
    flow.next()

    declaration = flow.submit()

    assert declaration is not None
    assert set(declaration.answers) <= visible_ids(flow)
    assert "diabetes_metformin" not in declaration.answers
    assert "diabetes_insulin" not in declaration.answers
    assert declaration.answers["fasting_last_food"] == "over_6h"
    assert "fasting_last_drink" not in declaration.answers  # skipped: not answered


# -- progress ------------------------------------------------------------------------------


@pytest.mark.parametrize("answers", [NO_TO_ALL, DEFAULT_ANSWERS], ids=["no-to-all", "default"])
def test_progress_never_goes_back_and_its_total_never_changes(
    flow: Flow, answers: Mapping[str, Answer]
) -> None:
    seen = [flow.progress()]
    while flow.step != REVIEW:
        advance(flow, answers, read_pages=True)
        seen.append(flow.progress())

    assert seen[0] is None  # welcome
    assert seen[1 : PAGES + 1] == [None] * PAGES  # pages count apart
    form = [p for p in seen[PAGES + 1 :] if p is not None]
    assert len(form) == len(seen[PAGES + 1 :])
    total = len(QUESTIONNAIRE.questions) + len(IDENTITY) + 1
    assert {p[1] for p in form} == {total}
    numbers = [p[0] for p in form]
    assert numbers == sorted(numbers)  # never backwards
    assert sorted(set(numbers)) == list(range(1, total + 1))  # every number shown
    assert form[-1] == (total, total)


def test_a_follow_up_shares_its_question_s_number(flow: Flow) -> None:
    walk(flow, NO_TO_ALL)
    assert flow.progress() == (13, 13)  # for whom, 3 identity, 8 questions, review

    flow.edit(ask("allergy"))
    number = flow.progress()
    flow.answer("allergy", "yes")  # two follow-ups appear
    flow.next()

    assert flow.step == ask("allergy_to")
    assert flow.progress() == number
    assert number is not None and number[1] == 13


def test_no_progress_outside_the_form(flow: Flow) -> None:
    assert flow.progress() is None
    assert flow.page_progress() is None
    flow.next()
    assert flow.progress() is None
    complete_journey(flow)
    assert flow.progress() is None
    assert flow.page_progress() is None
