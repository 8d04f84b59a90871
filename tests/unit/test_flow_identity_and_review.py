"""The name and date of birth in the flow, and changing an answer from the review."""

from __future__ import annotations

import pytest

from kiosk.patient.declaration import InvalidInput, Problem, clean_name
from kiosk.patient.flow import REVIEW, WELCOME, Flow, Screen, Step
from tests.helpers.flow_steps import (
    BIRTH_DATE_STEP,
    FIRST_NAME_STEP,
    LAST_NAME_STEP,
    ask,
)
from tests.helpers.journey import (
    BIRTH_DIGITS,
    FakeClock,
    make_flow,
    walk,
)

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
    assert flow.step == ask("allergy_reaction:iodinated_contrast")  # the reaction to it
    assert flow.next()

    assert flow.step == REVIEW
    declaration = flow.submit()
    assert declaration is not None
    assert declaration.answers["allergy"] == "yes"
    assert declaration.answers["allergy_to"] == frozenset({"iodinated_contrast"})
    assert "allergy_reaction:iodinated_contrast" not in declaration.answers


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
    assert flow.next()  # nothing chosen on "allergic to": no reaction to ask about
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
