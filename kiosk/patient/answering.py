"""What the patient gives, a part of the patient's flow (`AnswerIntents`, mixed into
kiosk/patient/flow.py's `Flow`, on the flow's own state): a tap on an answer, a typed
answer, the names and the date of birth as typed so far, their checks when Next is
tapped, the answers the declaration stores, and the forgetting of answers to questions no
longer asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from kiosk.content.questionnaire import Kind, Question, Typed, split_key
from kiosk.patient.declaration import (
    Answer,
    InvalidInput,
    Problem,
    accept_typed,
    clean_name,
    parse_birth_date,
)
from kiosk.patient.steps import Screen, Step


class AnswerIntents:
    """The flow's answering intents, on the flow's own state (declared here, set by
    `Flow`)."""

    answers: dict[str, Answer]
    names: dict[Screen, str]
    birth_digits: str
    problem: Problem | None
    _questions: dict[str, Question]
    _max_name_length: int
    _clock: Callable[[], datetime]

    @property
    def step(self) -> Step:
        raise NotImplementedError

    @property
    def question(self) -> Question | None:
        raise NotImplementedError

    def touch(self) -> None:
        raise NotImplementedError

    def steps(self) -> list[Step]:
        raise NotImplementedError

    def answer(self, key: str, option: str) -> None:
        """A tap on an answer of the question on screen (toggles on a "multi" question).

        `key` is the step's key: the question id, with ":<item>" on a per-item question."""
        self.touch()
        question = self.question
        if question is None or key != self.step.key or option not in question.options:
            return
        if question.typed:  # "I don't know" instead of typing: what was typed goes
            self.answers[key] = option
            self.problem = None
        elif question.kind is Kind.SINGLE:
            self.answers[key] = option
        else:
            previous = self.answers.get(key)
            chosen = set(previous) if isinstance(previous, frozenset) else set()
            if option in chosen:
                chosen.discard(option)
            elif option in question.exclusive:
                chosen = {option}
            else:
                chosen = (chosen - question.exclusive) | {option}
            if chosen:
                self.answers[key] = frozenset(chosen)
            else:
                self.answers.pop(key, None)
        self._forget_hidden_answers()

    def type_answer(self, text: str) -> None:
        """What is in the field of a typed question (a medicine's name, a weight), as
        typed so far. Empty: no answer (a follow-up is never required)."""
        self.touch()
        question = self.question
        if question is None or not question.typed:
            return
        key = self.step.key
        if text.strip():
            self.answers[key] = Typed(text)
        elif isinstance(self.answers.get(key), Typed):
            del self.answers[key]
        self.problem = None
        if question.kind is Kind.TEXT and len(" ".join(text.split())) > self._max_name_length:
            self.problem = Problem.NAME_TOO_LONG

    def type_name(self, text: str) -> None:
        """The text in the name field on screen, as typed so far."""
        self.touch()
        if self.step.screen in self.names:
            self.names[self.step.screen] = text
            # Said as soon as it happens, not only when the patient taps Next.
            too_long = len(" ".join(text.split())) > self._max_name_length
            self.problem = Problem.NAME_TOO_LONG if too_long else None

    def type_birth_date(self, digits: str) -> None:
        self.touch()
        if self.step.screen is Screen.BIRTH_DATE:
            self.birth_digits = digits
            self.problem = None

    def birth_date(self) -> date:
        return parse_birth_date(self.birth_digits, self._clock().date())

    def _validate_identity(self, screen: Screen) -> None:
        if screen is Screen.BIRTH_DATE:
            self.birth_date()
        else:
            self.names[screen] = clean_name(self.names[screen], self._max_name_length)

    def _validate_typed(self, question: Question, key: str) -> None:
        answer = self.answers.get(key)
        if isinstance(answer, Typed):
            self.answers[key] = accept_typed(question, answer, self._max_name_length)

    def _answers_to_submit(self) -> dict[str, Answer]:
        """The answers as stored. A typed answer that cannot be accepted (left half-typed
        by going back) is left out rather than stored wrong."""
        answers: dict[str, Answer] = {}
        for key, answer in self.answers.items():
            if isinstance(answer, Typed):
                try:
                    question = self._questions[split_key(key)[0]]
                    answer = accept_typed(question, answer, self._max_name_length)
                except InvalidInput:
                    continue
            answers[key] = answer
        return answers

    def _forget_hidden_answers(self) -> None:
        asked = {step.key for step in self.steps() if step.screen is Screen.QUESTION}
        for key in list(self.answers):
            if key not in asked:
                del self.answers[key]
