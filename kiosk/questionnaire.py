"""The questionnaire: which questions exist, their answers, flags and follow-ups.

The structure is read from `questionnaire.toml`, a file the hospital can edit. Loading
validates it and fails with a message naming the file and the entry, so a typo stops
the kiosk at start-up instead of confusing a patient later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

DONT_KNOW = "dont_know"
# "Who is this for": any answer but "self" makes the questions speak of the patient.
FOR_WHOM = "for_whom"
SELF = "self"
_ID = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


class Group(Enum):
    ABOUT = "about"  # asked before the patient's name (who the declaration is for)
    DECLARATION = "declaration"  # the six conditions of the patient page
    PRACTICAL = "practical"  # fasting, going home


class Kind(Enum):
    SINGLE = "single"
    MULTI = "multi"


@dataclass(frozen=True)
class Question:
    id: str
    group: Group
    kind: Kind
    options: tuple[str, ...]
    flags: frozenset[str]
    exclusive: frozenset[str]
    required: bool
    pictogram: Path | None  # an SVG file in pictograms/ beside the questionnaire
    when: frozenset[str]  # parent answers that make this follow-up appear (empty at top)
    parent: str | None
    followups: tuple[Question, ...]

    def is_flag(self, answer: str | frozenset[str]) -> bool:
        """True when reception must not miss this answer."""
        values = {answer} if isinstance(answer, str) else answer
        return bool(values & self.flags)

    def applies_after(self, parent_answer: str | frozenset[str] | None) -> bool:
        """True when this follow-up is asked, given its parent's answer."""
        if parent_answer is None:
            return False
        values = {parent_answer} if isinstance(parent_answer, str) else parent_answer
        return bool(values & self.when)


@dataclass(frozen=True)
class Questionnaire:
    version: str
    questions: tuple[Question, ...]  # top level, in the order asked
    source: Path

    def walk(self) -> Iterator[Question]:
        """Every question and follow-up, depth first, in the order they are asked."""

        def visit(questions: tuple[Question, ...]) -> Iterator[Question]:
            for question in questions:
                yield question
                yield from visit(question.followups)

        return visit(self.questions)

    def by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.walk()}

    def in_group(self, group: Group) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.group is group)


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate the questionnaire file."""
    data = read_toml(path, ContentError, "questionnaire")
    return _Parser(path).questionnaire(data)


class _Parser:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: set[str] = set()

    def fail(self, where: str, message: str) -> ContentError:
        return ContentError(f"{self.path}: {where}: {message}")

    def questionnaire(self, data: Mapping[str, Any]) -> Questionnaire:
        unknown = set(data) - {"version", "question"}
        if unknown:
            raise self.fail("top level", f"unknown key(s) {sorted(unknown)}")
        version = data.get("version")
        if not isinstance(version, str) or not version:
            raise self.fail("version", 'expected a non-empty string such as "2026-11-27.1"')
        entries = data.get("question")
        if not isinstance(entries, list) or not entries:
            raise self.fail("question", "expected at least one [[question]] table")
        questions = tuple(
            self.question(entry, f"question #{n}", None) for n, entry in enumerate(entries, start=1)
        )
        return Questionnaire(version=version, questions=questions, source=self.path)

    def question(self, entry: Any, where: str, parent: Question | None) -> Question:
        if not isinstance(entry, dict):
            raise self.fail(where, "expected a table")
        allowed = {
            "id",
            "group",
            "kind",
            "options",
            "flags",
            "exclusive",
            "required",
            "pictogram",
            "when",
            "followup",
        }
        qid = entry.get("id")
        if not isinstance(qid, str) or not _ID.match(qid):
            raise self.fail(where, f"id {qid!r}: expected lowercase letters, digits and _")
        where = f"question {qid!r}"
        unknown = set(entry) - allowed
        if unknown:
            raise self.fail(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
        if qid in self.seen:
            raise self.fail(where, "this id is used twice; ids must be unique")
        self.seen.add(qid)

        group = self.enum(entry, "group", Group, where, parent.group if parent else None)
        kind = self.enum(entry, "kind", Kind, where, None)
        options = self.ids(entry, "options", where)
        if len(options) < 2:
            raise self.fail(where, "options: expected at least two answers")
        if len(set(options)) != len(options):
            raise self.fail(where, f"options: an answer appears twice in {list(options)}")
        if DONT_KNOW not in options and group is not Group.ABOUT:
            raise self.fail(where, 'options: "dont_know" must be offered on every question')
        for key in ("flags", "exclusive"):
            stray = set(self.ids(entry, key, where)) - set(options)
            if stray:
                raise self.fail(where, f"{key}: {sorted(stray)} not among options {list(options)}")
        exclusive = frozenset(self.ids(entry, "exclusive", where))
        if exclusive and kind is not Kind.MULTI:
            raise self.fail(where, 'exclusive: only a "multi" question has exclusive answers')

        when = frozenset(self.ids(entry, "when", where))
        if parent is None and when:
            raise self.fail(where, "when: only a follow-up has a `when`")
        if parent is not None:
            if not when:
                raise self.fail(where, f"when: expected answers of {parent.id!r} that ask it")
            unknown_answers = when - set(parent.options)
            if unknown_answers:
                raise self.fail(
                    where,
                    f"when: {sorted(unknown_answers)} are not answers of "
                    f"{parent.id!r} ({list(parent.options)})",
                )

        required = entry.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(where, f"required: expected true or false, got {required!r}")
        if parent is not None and required:
            raise self.fail(where, "required: a follow-up is never required")
        pictogram = entry.get("pictogram")
        if pictogram is not None and (not isinstance(pictogram, str) or not _ID.match(pictogram)):
            raise self.fail(where, f"pictogram {pictogram!r}: expected a file name without .svg")
        picture = self.path.parent / "pictograms" / f"{pictogram}.svg" if pictogram else None
        if picture is not None and not picture.is_file():
            raise self.fail(where, f"pictogram {pictogram!r}: {picture} does not exist")

        shell = Question(
            id=qid,
            group=group,
            kind=kind,
            options=options,
            flags=frozenset(self.ids(entry, "flags", where)),
            exclusive=exclusive,
            required=required,
            pictogram=picture,
            when=when,
            parent=parent.id if parent else None,
            followups=(),
        )
        raw_followups = entry.get("followup", [])
        if not isinstance(raw_followups, list):
            raise self.fail(where, "followup: expected [[question.followup]] tables")
        followups = tuple(
            self.question(item, f"follow-up #{n} of {qid!r}", shell)
            for n, item in enumerate(raw_followups, start=1)
        )
        return replace(shell, followups=followups)

    def enum(
        self, entry: Mapping[str, Any], key: str, enum: type[Enum], where: str, default: Any
    ) -> Any:
        value = entry.get(key)
        if value is None and default is not None:
            return default
        try:
            return enum(value)
        except ValueError:
            expected = " or ".join(f'"{member.value}"' for member in enum)
            raise self.fail(where, f"{key} {value!r}: expected {expected}") from None

    def ids(self, entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) and _ID.match(item) for item in value
        ):
            raise self.fail(where, f"{key}: expected a list of ids, got {value!r}")
        return tuple(value)
