"""Answering in the flow: which follow-ups each answer opens, and how taps choose."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.questionnaire import Question
from kiosk.patient.flow import REVIEW, Flow
from tests.helpers.flow_steps import (
    LAST_NAME_STEP,
    QUESTIONNAIRE,
    QUESTIONS,
    answers_showing,
    ask,
    asked_ids,
    first_option,
    nested_questionnaire,
    visible_ids,
)
from tests.helpers.journey import (
    NO_TO_ALL,
    FakeClock,
    make_flow,
    tap_answer,
    walk,
)

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
        # which drug first; its own questions once a drug is chosen (test_flow_items.py)
        ("anticoagulants", "yes", ["anticoagulant_drugs"]),
        ("anticoagulants", "no", []),
        ("pregnancy", "no", ["breastfeeding"]),
        ("pregnancy", "not_applicable", []),
        ("allergy", "dont_know", ["allergy_to"]),
        ("thyroid", "yes", ["thyroid_overactive", "thyroid_radioiodine"]),
        ("thyroid", "dont_know", []),
        ("for_whom", "child", ["child_weight"]),
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
        stop_at=ask("allergy_reaction:latex"),
    )
    flow.back()
    flow.back()

    flow.answer("allergy", "dont_know")

    assert flow.answers["allergy_to"] == frozenset({"latex"})


def test_nested_follow_ups_appear_and_go_with_their_grandparent(
    tmp_path: Path, clock: FakeClock
) -> None:
    questionnaire = nested_questionnaire(tmp_path, then_escort_home=True)
    flow = make_flow(questionnaire, clock=clock, page_count=0)

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
    walk(flow, {**NO_TO_ALL, "diabetes": "yes"}, stop_at=ask("diabetes_medicines"))
    flow.answer("diabetes_medicines", "metformin")
    flow.answer("diabetes_medicines", "insulin")

    flow.answer("diabetes_medicines", "none")
    assert flow.answers["diabetes_medicines"] == frozenset({"none"})

    flow.answer("diabetes_medicines", "dont_know")
    assert flow.answers["diabetes_medicines"] == frozenset({"dont_know"})

    flow.answer("diabetes_medicines", "glp1")
    assert flow.answers["diabetes_medicines"] == frozenset({"glp1"})


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
    # a per-item follow-up: asked for the first answer that asks it
    key = f"{followup.id}:{followup.when_order[0]}" if followup.each else followup.id
    walk(flow, answers_showing(followup), stop_at=ask(key))

    assert flow.can_go_next()
    assert flow.next()
    assert key not in flow.answers


def test_the_bundled_questions_are_all_required_at_the_top_level() -> None:
    assert [question.id for question in QUESTIONNAIRE.questions] == REQUIRED
