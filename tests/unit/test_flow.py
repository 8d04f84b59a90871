"""The patient's journey through the flow, without any screen: the whole way, back,
submitting and progress."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from kiosk.patient.declaration import Answer, Outcome, Problem
from kiosk.patient.flow import IDENTITY, REVIEW, WELCOME, Assistance, Flow, Screen, Step
from tests.helpers.declarations import DEFAULT_ANSWERS
from tests.helpers.flow_steps import (
    FIRST_NAME_STEP,
    LAST_NAME_STEP,
    PAGES,
    QUESTIONNAIRE,
    ask,
    asked_ids,
    visible_ids,
)
from tests.helpers.journey import (
    FIRST_NAME,
    LAST_NAME,
    NO_TO_ALL,
    FakeClock,
    advance,
    complete_journey,
    make_flow,
    walk,
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
        "anticoagulant_told_to_stop:aspirin",  # each drug in the list's order
        "anticoagulant_last_dose:aspirin",
        "anticoagulant_told_to_stop:apixaban",
        "anticoagulant_last_dose:apixaban",
        "pregnancy",
        "allergy",
        "diabetes",
        "diabetes_medicines",
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


def test_choices_left_on_the_welcome_screen_are_undone_for_the_next_patient(
    flow: Flow, clock: FakeClock
) -> None:
    flow.choose_language("ar")
    flow.assist(larger_text=True, read_aloud=True)
    clock.advance(89)
    assert not flow.tick()
    clock.advance(1)  # idle_seconds without a touch
    assert flow.tick()
    assert (flow.step, flow.language, flow.assistance) == (WELCOME, "fr", Assistance())
    clock.advance(3600)
    assert not flow.tick()  # the standard welcome screen stays as it is


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
            "diabetes_medicines": frozenset({"metformin", "insulin"}),
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
    assert "diabetes_medicines" not in declaration.answers
    assert declaration.answers["fasting_last_food"] == "over_6h"
    assert "fasting_last_drink" not in declaration.answers  # skipped: not answered


# -- progress ------------------------------------------------------------------------------


@pytest.mark.parametrize("answers", [NO_TO_ALL, DEFAULT_ANSWERS], ids=["no-to-all", "default"])
def test_progress_moves_on_with_every_screen_and_counts_the_screens_asked(
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
    numbers = [p[0] for p in form]
    assert numbers == list(range(1, len(form) + 1))  # one more on every screen
    assert form[-1] == (len(form), len(form))  # the total was no lie: every screen came
    assert all(current <= total for current, total in form)


def test_with_nothing_to_declare_the_total_never_changes(flow: Flow) -> None:
    totals = set()
    while flow.step != REVIEW:
        advance(flow, NO_TO_ALL, read_pages=True)
        progress = flow.progress()
        if progress is not None:
            totals.add(progress[1])

    assert totals == {len(QUESTIONNAIRE.questions) + len(IDENTITY) + 1}  # no follow-up asked


def test_a_follow_up_moves_the_progress_on_and_the_total_counts_it(flow: Flow) -> None:
    walk(flow, NO_TO_ALL)
    assert flow.progress() == (13, 13)  # for whom, 3 identity, 8 questions, review

    flow.edit(ask("allergy"))
    current, total = flow.progress() or (0, 0)
    flow.answer("allergy", "yes")  # follow-ups appear: the total says so at once
    grown = flow.progress()
    flow.next()

    assert flow.step == ask("allergy_to")
    assert grown is not None and grown[0] == current and grown[1] > total == 13
    assert flow.progress() == (current + 1, grown[1])  # "Step 5 of 13" no longer stays


def test_no_progress_outside_the_form(flow: Flow) -> None:
    assert flow.progress() is None
    assert flow.page_progress() is None
    flow.next()
    assert flow.progress() is None
    complete_journey(flow)
    assert flow.progress() is None
    assert flow.page_progress() is None
