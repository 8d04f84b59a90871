"""Walk the patient's journey through a `Flow`, without any screen.

    clock = FakeClock()
    flow = make_flow(clock=clock)
    visited = walk(flow, answers={**NO_TO_ALL, "allergy": "yes"})  # stops on the review
    declaration = complete_journey(flow)                           # submit + finish

`advance` taps what a patient would tap on one screen: "next" on the welcome screen and
the pages, the answers given in `answers` (toggling a "multi" question to exactly the
set given), the name and birth date keys, then "next"; `walk` repeats it. Both fail
loudly when the flow refuses to go on, so a test never loops silently.

`answers` are keyed like the flow's: a question asked once per chosen drug or allergen
takes its answer for one item by its key ("anticoagulant_last_dose:rivaroxaban") or,
by its question id alone, for every item. A typed question takes `Typed(text)` (typed
on the keys) or "dont_know".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.content.questionnaire import Kind, Questionnaire, Typed, chosen_options, split_key
from kiosk.patient.declaration import Answer, Declaration, Outcome
from kiosk.patient.flow import REVIEW, Flow, Screen, Step
from tests.helpers.declarations import ALL_NO_ANSWERS
from tests.helpers.domain import content, questionnaire

LAST_NAME = "Lefèvre"
FIRST_NAME = "Marie-Hélène"
BIRTH_DIGITS = "03041958"  # 3 April 1958, typed DDMMYYYY on the keypad

# The journey of a patient with nothing to declare: no follow-up is ever shown.
NO_TO_ALL = ALL_NO_ANSWERS

_MAX_STEPS = 500  # far more than any journey: a guard against a flow that never ends


@dataclass
class FakeClock:
    """A clock the test moves by hand (the flow's `clock`)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 27, 13, 42, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


bundled_questionnaire = questionnaire
bundled_content = content


def make_flow(
    questionnaire: Questionnaire | None = None,
    *,
    clock: FakeClock | None = None,
    page_count: int | None = None,
    default_language: str = "fr",
    max_name_length: int = 50,
    done_return_seconds: int = 20,
    card_reader: bool = False,
) -> Flow:
    """A flow as main.py builds it from the default config, on a fake clock; by default
    with as many pages as the bundled language has."""
    if page_count is None:
        page_count = len(bundled_content().language(default_language).pages)
    return Flow(
        questionnaire or bundled_questionnaire(),
        page_count=page_count,
        default_language=default_language,
        max_name_length=max_name_length,
        done_return_seconds=done_return_seconds,
        clock=clock or FakeClock(),
        languages=tuple(bundled_content().languages),
        card_reader=card_reader,
    )


def planned_answer(answers: Mapping[str, Answer], key: str) -> Answer | None:
    """The answer planned for a step's key: by key, else by its question id."""
    return answers.get(key, answers.get(split_key(key)[0]))


def tap_answer(flow: Flow, answer: Answer) -> None:
    """Tap the answer(s) of the question on screen so that exactly `answer` is chosen
    (or type it, on a typed question)."""
    question = flow.question
    key = flow.step.key
    assert question is not None, f"no question on screen at {flow.step}"
    if question.typed:
        if isinstance(answer, Typed):
            flow.type_answer(answer.text)
        else:
            assert isinstance(answer, str), f"{key} is typed, got {answer!r}"
            flow.answer(key, answer)
    elif question.kind is Kind.SINGLE:
        assert isinstance(answer, str), f"{key} takes one answer, got {answer!r}"
        flow.answer(key, answer)
    else:
        assert not isinstance(answer, Typed), f"{key} takes answers, not {answer!r}"
        wanted = {answer} if isinstance(answer, str) else set(answer)
        chosen = set(chosen_options(flow.answers.get(key)))
        for option in question.options:  # untap first, so an exclusive answer is never lost
            if option in chosen - wanted:
                flow.answer(key, option)
        for option in question.options:
            if option in wanted - chosen:
                flow.answer(key, option)
    chosen_now = flow.answers.get(key)
    expected = answer if isinstance(answer, str | Typed) else frozenset(answer)
    assert chosen_now == expected, f"{key}: gave {expected!r}, flow has {chosen_now!r}"


def advance(
    flow: Flow,
    answers: Mapping[str, Answer] = NO_TO_ALL,
    *,
    last_name: str = LAST_NAME,
    first_name: str = FIRST_NAME,
    birth_digits: str = BIRTH_DIGITS,
    read_pages: bool = False,
) -> None:
    """Do what the patient does on the current screen, then go to the next one.

    A question without an entry in `answers` is left unanswered (the patient taps "next"
    straight away). On a page, the patient taps "next" with `read_pages`, otherwise "skip
    the explanations".
    """
    screen = flow.step.screen
    if screen is Screen.PAGE and not read_pages:
        assert flow.skip_pages(), f"cannot skip the pages at {flow.step}"
        return
    answer = planned_answer(answers, flow.step.key) if screen is Screen.QUESTION else None
    if answer is not None:
        tap_answer(flow, answer)
    elif screen is Screen.LAST_NAME:
        flow.type_name(last_name)
    elif screen is Screen.FIRST_NAME:
        flow.type_name(first_name)
    elif screen is Screen.BIRTH_DATE:
        flow.type_birth_date(birth_digits)
    elif screen in (Screen.REVIEW, Screen.SUBMITTING, Screen.DONE):
        raise AssertionError(f"nothing comes after {flow.step} by tapping next")
    assert flow.next(), f"'next' refused at {flow.step} (problem: {flow.problem})"


def walk(
    flow: Flow,
    answers: Mapping[str, Answer] = NO_TO_ALL,
    *,
    last_name: str = LAST_NAME,
    first_name: str = FIRST_NAME,
    birth_digits: str = BIRTH_DIGITS,
    read_pages: bool = False,
    stop_at: Step = REVIEW,
) -> list[Step]:
    """`advance` from the current screen until `stop_at` (not acting on it); the steps
    visited, the first and the last included."""
    visited = [flow.step]
    for _ in range(_MAX_STEPS):
        if flow.step == stop_at:
            return visited
        if flow.step == REVIEW:
            raise AssertionError(f"reached the review before {stop_at}")
        advance(
            flow,
            answers,
            last_name=last_name,
            first_name=first_name,
            birth_digits=birth_digits,
            read_pages=read_pages,
        )
        visited.append(flow.step)
    raise AssertionError(f"no {stop_at} after {_MAX_STEPS} steps")


def complete_journey(
    flow: Flow,
    answers: Mapping[str, Answer] = NO_TO_ALL,
    *,
    last_name: str = LAST_NAME,
    first_name: str = FIRST_NAME,
    birth_digits: str = BIRTH_DIGITS,
    outcome: Outcome = Outcome.PRINTED,
) -> Declaration:
    """Walk to the review, confirm, and report `outcome`: the flow ends on DONE."""
    walk(flow, answers, last_name=last_name, first_name=first_name, birth_digits=birth_digits)
    declaration = flow.submit()
    assert declaration is not None, "the review screen did not hand out a declaration"
    assert flow.finish(declaration.session_id, outcome)
    return declaration
