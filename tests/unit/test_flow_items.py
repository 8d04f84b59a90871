"""The flow with questions per drug and per allergen, typed answers, and only what applies."""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.content.questionnaire import Typed
from kiosk.patient.declaration import Answer, Outcome, Problem
from kiosk.patient.flow import REVIEW, Flow
from tests.helpers.flow_steps import ask, asked_ids
from tests.helpers.journey import (
    NO_TO_ALL,
    FakeClock,
    advance,
    complete_journey,
    make_flow,
    walk,
)

TWO_DRUGS = {
    **NO_TO_ALL,
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"rivaroxaban", "aspirin"}),
    "anticoagulant_told_to_stop:aspirin": "no",
    "anticoagulant_last_dose:aspirin": "today",
    "anticoagulant_told_to_stop:rivaroxaban": "yes",
    "anticoagulant_last_dose:rivaroxaban": "yesterday",
}


def drug_steps(flow: Flow) -> list[str]:
    return [key for key in asked_ids(flow.steps()) if key.startswith("anticoagulant")]


def problem_of(flow: Flow) -> Problem | None:
    return flow.problem


def walk_to(flow: Flow, answers: Mapping[str, Answer], key: str) -> None:
    walk(flow, answers, stop_at=ask(key))


def test_each_chosen_drug_gets_its_own_told_to_stop_and_last_dose() -> None:
    flow = make_flow()
    walk(flow, TWO_DRUGS)

    assert drug_steps(flow) == [
        "anticoagulants",
        "anticoagulant_drugs",
        "anticoagulant_told_to_stop:aspirin",  # in the order of the list, not of the taps
        "anticoagulant_last_dose:aspirin",
        "anticoagulant_told_to_stop:rivaroxaban",
        "anticoagulant_last_dose:rivaroxaban",
    ]
    assert flow.answers["anticoagulant_last_dose:aspirin"] == "today"
    assert flow.answers["anticoagulant_last_dose:rivaroxaban"] == "yesterday"


def test_the_per_drug_screen_knows_its_drug() -> None:
    flow = make_flow()
    walk_to(flow, TWO_DRUGS, "anticoagulant_last_dose:rivaroxaban")

    assert flow.question is not None and flow.question.id == "anticoagulant_last_dose"
    assert flow.item == "rivaroxaban"
    flow.answer("anticoagulant_last_dose:rivaroxaban", "days_2")
    assert flow.answer_now == "days_2"
    flow.answer("anticoagulant_last_dose:aspirin", "over_week")  # not the screen's: ignored
    assert flow.answers["anticoagulant_last_dose:aspirin"] == "today"


def test_removing_one_of_two_drugs_forgets_only_its_answers() -> None:
    flow = make_flow()
    walk(flow, TWO_DRUGS)
    assert flow.edit(ask("anticoagulants"))  # the review's change button for the question
    advance(flow, {"anticoagulants": "yes"})
    assert flow.step == ask("anticoagulant_drugs")

    flow.answer("anticoagulant_drugs", "rivaroxaban")  # a second tap un-chooses it

    assert flow.answers["anticoagulant_drugs"] == frozenset({"aspirin"})
    assert "anticoagulant_last_dose:rivaroxaban" not in flow.answers
    assert "anticoagulant_told_to_stop:rivaroxaban" not in flow.answers
    assert flow.answers["anticoagulant_last_dose:aspirin"] == "today"
    assert drug_steps(flow)[-2:] == [
        "anticoagulant_told_to_stop:aspirin",
        "anticoagulant_last_dose:aspirin",
    ]
    assert flow.next()  # aspirin's own questions are asked again, as they were answered
    assert flow.step == ask("anticoagulant_told_to_stop:aspirin")
    assert flow.answer_now == "no"


def test_dont_know_which_drug_still_asks_its_last_dose() -> None:
    flow = make_flow()
    walk(
        flow,
        {**NO_TO_ALL, "anticoagulants": "yes", "anticoagulant_drugs": frozenset({"dont_know"})},
    )

    assert drug_steps(flow)[-2:] == [
        "anticoagulant_told_to_stop:dont_know",
        "anticoagulant_last_dose:dont_know",
    ]


def test_another_medicine_is_typed_before_its_questions_and_kept_as_typed() -> None:
    flow = make_flow()
    answers = {
        **NO_TO_ALL,
        "anticoagulants": "yes",
        "anticoagulant_drugs": frozenset({"other"}),
        "anticoagulant_other_name": Typed("  D'Arcy   <Forte> 80 "),
    }
    walk(flow, answers)

    assert drug_steps(flow)[2:] == [
        "anticoagulant_other_name",
        "anticoagulant_told_to_stop:other",
        "anticoagulant_last_dose:other",
    ]
    # trimmed like a name; digits and punctuation kept (escaped wherever shown)
    assert flow.answers["anticoagulant_other_name"] == Typed("D'Arcy <Forte> 80")


def test_a_typed_name_with_a_control_character_or_too_long_is_refused_with_a_problem() -> None:
    flow = make_flow(max_name_length=20)
    answers = {**NO_TO_ALL, "anticoagulants": "yes", "anticoagulant_drugs": frozenset({"other"})}
    walk_to(flow, answers, "anticoagulant_other_name")

    flow.type_answer("Sintrom\x00")
    assert not flow.next()
    assert problem_of(flow) is Problem.TEXT_INVALID
    flow.type_answer("x" * 21)
    assert problem_of(flow) is Problem.NAME_TOO_LONG  # said as it happens
    assert not flow.next()
    flow.type_answer("Sintrom")
    assert flow.next()
    assert flow.step == ask("anticoagulant_told_to_stop:other")


def test_dont_know_replaces_what_was_typed_and_an_empty_field_is_no_answer() -> None:
    flow = make_flow()
    answers = {**NO_TO_ALL, "anticoagulants": "yes", "anticoagulant_drugs": frozenset({"other"})}
    walk_to(flow, answers, "anticoagulant_other_name")

    flow.type_answer("Sint")
    flow.answer("anticoagulant_other_name", "dont_know")
    assert flow.answers["anticoagulant_other_name"] == "dont_know"
    flow.type_answer("Sintrom")
    flow.type_answer("")
    assert "anticoagulant_other_name" not in flow.answers
    assert flow.next()  # a follow-up is never required


def test_a_child_s_weight_is_asked_and_checked() -> None:
    flow = make_flow()
    walk_to(flow, {**NO_TO_ALL, "for_whom": "child"}, "child_weight")

    flow.type_answer("0")
    assert not flow.next()
    assert problem_of(flow) is Problem.NUMBER_OUT_OF_RANGE
    flow.type_answer("250")
    assert not flow.next()
    flow.type_answer("023")
    assert flow.next()
    assert flow.answers["child_weight"] == Typed("23")


def test_the_weight_is_not_asked_for_oneself() -> None:
    flow = make_flow()
    walk(flow, NO_TO_ALL)

    assert "child_weight" not in asked_ids(flow.steps())


def test_a_half_typed_weight_left_by_going_back_is_not_submitted() -> None:
    flow = make_flow()
    walk(flow, {**NO_TO_ALL, "for_whom": "child", "child_weight": Typed("23")})
    assert flow.edit(ask("child_weight"))
    flow.type_answer("2300")

    assert flow.back()  # back from a change: the last valid answer stays

    assert flow.step == REVIEW
    assert flow.answers["child_weight"] == Typed("23")


def test_breastfeeding_is_not_asked_when_pregnancy_does_not_apply() -> None:
    flow = make_flow()
    walk(flow, {**NO_TO_ALL, "pregnancy": "not_applicable"})

    assert "breastfeeding" not in asked_ids(flow.steps())


def test_thyroid_and_kidney_follow_ups_are_not_asked_after_dont_know() -> None:
    flow = make_flow()
    walk(flow, {**NO_TO_ALL, "thyroid": "dont_know", "renal_insufficiency": "dont_know"})
    asked = asked_ids(flow.steps())

    for followup in ("thyroid_overactive", "thyroid_radioiodine", "renal_dialysis"):
        assert followup not in asked


def test_each_allergen_gets_its_own_reaction() -> None:
    flow = make_flow()
    answers = {
        **NO_TO_ALL,
        "allergy": "yes",
        "allergy_to": frozenset({"latex", "iodinated_contrast"}),
        "allergy_reaction:iodinated_contrast": frozenset({"breathing"}),
        "allergy_reaction:latex": frozenset({"rash"}),
    }
    declaration = complete_journey(flow, answers)

    assert declaration.answers["allergy_reaction:iodinated_contrast"] == frozenset({"breathing"})
    assert declaration.answers["allergy_reaction:latex"] == frozenset({"rash"})


def test_changing_one_drug_from_the_review_asks_only_that_drug_then_returns() -> None:
    flow = make_flow()
    walk(flow, TWO_DRUGS)

    assert flow.edit(ask("anticoagulant_told_to_stop:rivaroxaban"))
    advance(flow, {"anticoagulant_told_to_stop:rivaroxaban": "no"})
    assert flow.step == ask("anticoagulant_last_dose:rivaroxaban")
    advance(flow, {"anticoagulant_last_dose:rivaroxaban": "days_5"})

    assert flow.step == REVIEW
    assert flow.answers["anticoagulant_told_to_stop:rivaroxaban"] == "no"
    assert flow.answers["anticoagulant_last_dose:rivaroxaban"] == "days_5"
    assert flow.answers["anticoagulant_last_dose:aspirin"] == "today"


def test_an_item_step_that_is_not_asked_cannot_be_edited() -> None:
    flow = make_flow()
    walk(flow, TWO_DRUGS)

    assert not flow.edit(ask("anticoagulant_last_dose:warfarin"))
    assert flow.step == REVIEW


def test_progress_counts_each_per_drug_screen() -> None:
    flow = make_flow()
    walk(flow, TWO_DRUGS, stop_at=ask("anticoagulant_told_to_stop:rivaroxaban"))
    first = flow.progress()
    walk_to(flow, TWO_DRUGS, "anticoagulant_last_dose:rivaroxaban")

    assert first is not None and flow.progress() == (first[0] + 1, first[1])
    walk(flow, TWO_DRUGS)
    assert flow.progress() == (first[1], first[1])  # the review: every screen counted came


def test_backing_out_of_a_change_after_emptying_a_typed_name_keeps_the_name() -> None:
    flow = make_flow()
    answers = {
        **NO_TO_ALL,
        "anticoagulants": "yes",
        "anticoagulant_drugs": frozenset({"other"}),
        "anticoagulant_other_name": Typed("Sintrom Mitis"),
    }
    walk(flow, answers)
    assert flow.edit(ask("anticoagulants"))
    advance(flow, {"anticoagulants": "yes"})
    advance(flow, {"anticoagulant_drugs": frozenset({"other"})})
    assert flow.step == ask("anticoagulant_other_name")
    flow.type_answer("")

    assert flow.back()  # Back cancels the change

    assert flow.step == REVIEW
    assert flow.answers["anticoagulant_other_name"] == Typed("Sintrom Mitis")


def test_a_slow_save_tells_the_patient_their_answers_are_kept() -> None:
    clock = FakeClock()
    flow = make_flow(clock=clock)
    walk(flow, NO_TO_ALL)
    declaration = flow.submit()
    assert declaration is not None and not flow.saving_slowly()

    clock.advance(2)
    assert not flow.saving_slowly()
    clock.advance(1)  # another program holds the database: "please wait"
    assert flow.saving_slowly()
    assert flow.finish(declaration.session_id, Outcome.NOT_PRINTED, "K7F-3QX")
    assert not flow.saving_slowly()
