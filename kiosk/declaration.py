"""A patient's declaration: identity and answers, validated, immutable once submitted."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kiosk.questionnaire import Group, Questionnaire

Answer = str | frozenset[str]  # one option id, or a set of them for a "multi" question

OLDEST_AGE_YEARS = 125
_NAME_PUNCTUATION = set(" '’-.")


class Problem(Enum):
    """Why a typed value was refused. The value is the key of the text shown."""

    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    NAME_INVALID = "name_invalid"
    DATE_INCOMPLETE = "birth_date_incomplete"
    DATE_IMPOSSIBLE = "birth_date_impossible"
    DATE_FUTURE = "birth_date_future"
    DATE_TOO_OLD = "birth_date_too_old"


class InvalidInput(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def clean_name(text: str, max_length: int) -> str:
    """The name as stored: NFC, trimmed, inner spaces collapsed; letters and ' - . only.

    Letters of every script are accepted (accents, Arabic...). Digits, emoji, control
    characters and markup characters are refused rather than silently dropped.
    """
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise InvalidInput(Problem.NAME_EMPTY)
    if len(name) > max_length:
        raise InvalidInput(Problem.NAME_TOO_LONG)
    for char in name:
        category = unicodedata.category(char)
        if not (category.startswith("L") or category.startswith("M") or char in _NAME_PUNCTUATION):
            raise InvalidInput(Problem.NAME_INVALID)
    if not any(unicodedata.category(char).startswith("L") for char in name):
        raise InvalidInput(Problem.NAME_INVALID)
    return name


def parse_birth_date(digits: str, today: date) -> date:
    """A date of birth typed as DDMMYYYY on the keypad."""
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        raise InvalidInput(Problem.DATE_INCOMPLETE)
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    try:
        born = date(year, month, day)
    except ValueError:
        raise InvalidInput(Problem.DATE_IMPOSSIBLE) from None
    if born > today:
        raise InvalidInput(Problem.DATE_FUTURE)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > OLDEST_AGE_YEARS:
        raise InvalidInput(Problem.DATE_TOO_OLD)
    return born


@dataclass(frozen=True)
class Declaration:
    """What one patient declared in one session, as submitted."""

    session_id: str
    language: str
    last_name: str
    first_name: str
    birth_date: date
    answers: Mapping[str, Answer]  # only questions that were asked and answered
    questionnaire_version: str
    submitted_at: datetime  # UTC

    def flagged(self, questionnaire: Questionnaire) -> list[str]:
        """Ids of the questions whose answer reception must not miss, in asked order."""
        return [
            question.id
            for question in questionnaire.walk()
            if question.id in self.answers and question.is_flag(self.answers[question.id])
        ]

    def all_declarations_no(self, questionnaire: Questionnaire) -> bool:
        """True when every one of the six declarations was answered "no" (or "not
        applicable"), so the slip can say so plainly."""
        return all(
            self.answers.get(question.id) in ("no", "not_applicable")
            for question in questionnaire.in_group(Group.DECLARATION)
        )


def answer_to_json(answer: Answer) -> str | list[str]:
    return answer if isinstance(answer, str) else sorted(answer)


def answer_from_json(value: str | list[str]) -> Answer:
    return value if isinstance(value, str) else frozenset(value)
