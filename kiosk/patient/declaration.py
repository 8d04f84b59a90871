"""A patient's declaration: identity and answers, validated, immutable once submitted."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from kiosk.content.questionnaire import Answer as Answer  # re-exported: declarations hold answers
from kiosk.content.questionnaire import Group, Kind, Question, Questionnaire
from kiosk.content.questionnaire import Typed as Typed

OLDEST_AGE_YEARS = 125
NAME_PUNCTUATION = frozenset(" '’-.")  # what a name may hold besides letters and marks
# Characters that are letters (or typed text) to Unicode but print as nothing: the
# Hangul fillers, the blank Braille cell, Khmer's inherent vowels. A name of them would
# be a blank line on the slip; they have no place in a name or a medicine's name.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")
# Accents stacked on one letter: Vietnamese needs two, Arabic a shadda and a vowel, no
# language more than three. More only make a short text look long ("Zalgo") and spill
# out of its line.
MAX_MARKS_PER_LETTER = 3


class Outcome(Enum):
    """What happened to a submitted declaration, as the patient is told."""

    PRINTED = "printed"  # saved, and the slip came out: take it to reception
    NOT_PRINTED = "not_printed"  # saved, but no slip: reception will print it
    NOT_SAVED = "not_saved"  # nothing stored: see reception


def _unprintable(text: str) -> bool:
    """A blank character, or more than MAX_MARKS_PER_LETTER marks in a row."""
    stacked = 0
    for char in text:
        if char in _INVISIBLE:
            return True
        stacked = stacked + 1 if unicodedata.category(char).startswith("M") else 0
        if stacked > MAX_MARKS_PER_LETTER:
            return True
    return False


class Problem(Enum):
    """Why a typed value was refused. The value is the key of the text shown."""

    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    NAME_INVALID = "name_invalid"
    DATE_INCOMPLETE = "birth_date_incomplete"
    DATE_IMPOSSIBLE = "birth_date_impossible"
    DATE_FUTURE = "birth_date_future"
    DATE_TOO_OLD = "birth_date_too_old"
    NUMBER_OUT_OF_RANGE = "number_out_of_range"
    TEXT_INVALID = "text_invalid"  # typed words (a medicine): digits and punctuation are fine


class InvalidInput(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def clean_name(text: str, max_length: int) -> str:
    """The name as stored: NFC, trimmed, inner spaces collapsed; letters and ' - . only.

    Letters of every script are accepted (accents, Arabic...). Digits, emoji, control
    characters and markup characters are refused rather than silently dropped, and so
    are letters that print as nothing and accents stacked more than three high.
    """
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise InvalidInput(Problem.NAME_EMPTY)
    if len(name) > max_length:
        raise InvalidInput(Problem.NAME_TOO_LONG)
    for char in name:
        category = unicodedata.category(char)
        if not (category.startswith("L") or category.startswith("M") or char in NAME_PUNCTUATION):
            raise InvalidInput(Problem.NAME_INVALID)
    if not any(unicodedata.category(char).startswith("L") for char in name):
        raise InvalidInput(Problem.NAME_INVALID)
    if _unprintable(name):
        raise InvalidInput(Problem.NAME_INVALID)
    return name


_TYPED_CATEGORIES = ("L", "M", "N", "P", "Zs", "Sm", "Sc", "Sk")


def clean_typed_text(text: str, max_length: int) -> str:
    """Words the patient typed about themselves (another medicine, another allergy) as
    stored: NFC, trimmed, inner spaces collapsed, length-limited like a name. Digits and
    punctuation are kept ("Asaflow 80", "D'Arcy <forte>": escaped wherever shown or
    printed); control characters, emoji and other pictures, characters that print as
    nothing and accents stacked more than three high are refused."""
    typed = " ".join(unicodedata.normalize("NFC", text).split())
    if not typed:
        raise InvalidInput(Problem.NAME_EMPTY)
    if len(typed) > max_length:
        raise InvalidInput(Problem.NAME_TOO_LONG)
    if not all(unicodedata.category(char).startswith(_TYPED_CATEGORIES) for char in typed):
        raise InvalidInput(Problem.TEXT_INVALID)
    if not any(unicodedata.category(char)[0] in "LN" for char in typed):
        raise InvalidInput(Problem.TEXT_INVALID)
    if _unprintable(typed):
        raise InvalidInput(Problem.TEXT_INVALID)
    return typed


def accept_typed(question: Question, typed: Typed, max_length: int) -> Typed:
    """A typed answer as kept: words (`clean_typed_text`), or a whole number within the
    question's range ("023" kept as "23")."""
    if question.kind is not Kind.NUMBER:
        return Typed(clean_typed_text(typed.text, max_length))
    low, high = question.range or (0, 0)
    digits = typed.text.strip()
    if not (digits.isascii() and digits.isdigit() and low <= int(digits) <= high):
        raise InvalidInput(Problem.NUMBER_OUT_OF_RANGE)
    return Typed(str(int(digits)))


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
    # A stored declaration's words as staff read them when it was made (JSON of
    # kiosk/patient/clinical.Record); None before it is saved, and for rows older than schema 4.
    made_as: str | None = None
    # "typed" (not verified) or "card" (read from the eID card: kiosk/patient/card.py)
    identity_source: str = "typed"
    # Only with identity.keep_national_number; never shown, never printed in full.
    national_number: str | None = field(default=None, repr=False)

    def flagged(self, questionnaire: Questionnaire) -> list[str]:
        """Keys of the answers reception must not miss, in asked order (a per-item
        answer's key names its item: "anticoagulant_last_dose:rivaroxaban")."""
        return [
            asked.key
            for asked in questionnaire.asked(self.answers)
            if asked.key in self.answers and asked.question.is_flag(self.answers[asked.key])
        ]

    def declarations_no(self, questionnaire: Questionnaire) -> tuple[int, int] | None:
        """When every one of the six declarations was answered "no" or "not applicable",
        (answered "no", not applicable), so the slip can say so plainly and count only
        what applied; None otherwise."""
        answers = [
            self.answers.get(question.id) for question in questionnaire.in_group(Group.DECLARATION)
        ]
        if not all(answer in ("no", "not_applicable") for answer in answers):
            return None
        return answers.count("no"), answers.count("not_applicable")

    def all_declarations_no(self, questionnaire: Questionnaire) -> bool:
        return self.declarations_no(questionnaire) is not None


AnswerJson = str | list[str] | dict[str, str]


def answer_to_json(answer: Answer) -> AnswerJson:
    """An option id, a sorted list of them, or {"typed": text}."""
    if isinstance(answer, Typed):
        return {"typed": answer.text}
    return answer if isinstance(answer, str) else sorted(answer)


def answer_from_json(value: AnswerJson) -> Answer:
    if isinstance(value, dict):
        return Typed(str(value["typed"]))
    return value if isinstance(value, str) else frozenset(value)


def declaration_to_json(declaration: Declaration) -> str:
    """A declaration not yet in the database (see SubmissionService's pending folder)."""
    return json.dumps(
        {
            "session_id": declaration.session_id,
            "language": declaration.language,
            "last_name": declaration.last_name,
            "first_name": declaration.first_name,
            "birth_date": declaration.birth_date.isoformat(),
            "answers": {key: answer_to_json(answer) for key, answer in declaration.answers.items()},
            "questionnaire_version": declaration.questionnaire_version,
            "submitted_at": declaration.submitted_at.isoformat(),
            "made_as": declaration.made_as,
            "identity_source": declaration.identity_source,
            "national_number": declaration.national_number,
        },
        ensure_ascii=False,
    )


def declaration_from_json(text: str) -> Declaration:
    data = json.loads(text)
    return Declaration(
        session_id=data["session_id"],
        language=data["language"],
        last_name=data["last_name"],
        first_name=data["first_name"],
        birth_date=date.fromisoformat(data["birth_date"]),
        answers={key: answer_from_json(value) for key, value in data["answers"].items()},
        questionnaire_version=data["questionnaire_version"],
        submitted_at=datetime.fromisoformat(data["submitted_at"]),
        made_as=data["made_as"],
        identity_source=data.get("identity_source", "typed"),
        national_number=data.get("national_number"),
    )
