"""The questionnaire: which questions exist, their answers, flags and follow-ups.

The structure is read from `questionnaire.toml`, a file the hospital can edit, by
`kiosk/content/questionnaire_file.py`; this module is what the rest of the kiosk works with.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

DONT_KNOW = "dont_know"
# "Who is this for": any answer but "self" makes the questions speak of the patient.
FOR_WHOM = "for_whom"
SELF = "self"
# A question asked once per chosen answer of its parent has one key per item:
# "anticoagulant_last_dose:rivaroxaban". Ids never contain ":".
ITEM_SEPARATOR = ":"


@dataclass(frozen=True)
class Typed:
    """What the patient typed (a medicine's name, a weight): not one of the offered
    answers, and shown to staff as typed by the patient."""

    text: str


Answer = str | frozenset[str] | Typed  # an option id, a set of them ("multi"), or typed


def chosen_options(answer: Answer | None) -> frozenset[str]:
    """The option ids an answer holds (none for a typed one)."""
    if answer is None or isinstance(answer, Typed):
        return frozenset()
    return frozenset({answer}) if isinstance(answer, str) else answer


def item_key(question_id: str, item: str | None) -> str:
    return question_id if item is None else f"{question_id}{ITEM_SEPARATOR}{item}"


def split_key(key: str) -> tuple[str, str | None]:
    """("anticoagulant_last_dose", "rivaroxaban") from "anticoagulant_last_dose:rivaroxaban"."""
    question_id, _, item = key.partition(ITEM_SEPARATOR)
    return question_id, item or None


@dataclass(frozen=True)
class Ago:
    """When an answer such as "yesterday" or "2 to 6 hours ago" places an event, counted
    back from the moment the declaration was made: `first` to `last` whole days before
    its day (calendar days, in the kiosk's time zone), or hours before its time. `last`
    None: `first` or more."""

    unit: str  # "days" or "hours"
    first: int
    last: int | None


class Group(Enum):
    ABOUT = "about"  # asked before the patient's name (who the declaration is for)
    DECLARATION = "declaration"  # the six conditions of the patient page
    PRACTICAL = "practical"  # fasting, going home


class Kind(Enum):
    SINGLE = "single"
    MULTI = "multi"
    TEXT = "text"  # typed on the on-screen keyboard (validated like a name)
    NUMBER = "number"  # typed on the keypad: a whole number in `range`, in `unit`


TYPED_KINDS = frozenset({Kind.TEXT, Kind.NUMBER})


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
    # Asked once for each chosen answer of the parent that is in `when` (each drug, each
    # allergen), each screen naming that answer.
    each: bool = False
    # The names on the box in Belgium, per option (shown beside the substance).
    brands: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # Answers that place an event in time ("yesterday"), printed for staff as dates.
    ago: Mapping[str, Ago] = field(default_factory=lambda: MappingProxyType({}))
    when_order: tuple[str, ...] = ()  # `when` in the parent's order of options
    names: bool = False  # TEXT: the typed name of the parent's answers in `when`
    unit: str | None = None  # NUMBER: "kg"
    range: tuple[int, int] | None = None  # NUMBER: the accepted whole numbers

    def is_flag(self, answer: Answer) -> bool:
        """True when reception must not miss this answer."""
        return bool(chosen_options(answer) & self.flags)

    def applies_after(self, parent_answer: Answer | None) -> bool:
        """True when this (plain) follow-up is asked, given its parent's answer."""
        return bool(chosen_options(parent_answer) & self.when)

    def items(self, answer: Answer | None) -> list[str]:
        """The chosen answers that ask this per-item follow-up, in the parent's order
        (`when` keeps that order)."""
        chosen = chosen_options(answer)
        return [option for option in self.when_order if option in chosen]

    def naming(self, item: str) -> Question | None:
        """The typed follow-up that names this answer when it is "another" one (the
        name of another medicine: `names = true` in the file), if there is one."""
        for followup in self.followups:
            if followup.names and item in followup.when:
                return followup
        return None

    def typed_name(self, item: str, answers: Mapping[str, Answer]) -> Typed | None:
        """The name the patient typed for this chosen answer ("another medicine"), if any."""
        named_by = self.naming(item)
        typed = answers.get(named_by.id) if named_by is not None else None
        return typed if isinstance(typed, Typed) and typed.text.strip() else None

    @property
    def typed(self) -> bool:
        return self.kind in TYPED_KINDS


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

    def question(self, key: str) -> Question | None:
        """The question an answer's key belongs to (its item left aside)."""
        return self._index.get(split_key(key)[0])

    @cached_property
    def _index(self) -> Mapping[str, Question]:
        """by_id(), built once: question() is asked for every answer of every row."""
        return MappingProxyType(self.by_id())

    def asked(self, answers: Mapping[str, Answer], group: Group | None = None) -> Iterator[Asked]:
        """What the answers make asked (of one group, or all), in the order asked."""
        for question in self.questions:
            if group is None or question.group is group:
                yield from asked_after(question, answers)


@dataclass(frozen=True)
class Asked:
    """One screen of questions: a question, for one item when it is asked per item."""

    question: Question
    item: str | None = None

    @property
    def key(self) -> str:
        """Where its answer is kept: the question id, with the item for a per-item one."""
        return item_key(self.question.id, self.item)


def asked_after(
    question: Question, answers: Mapping[str, Answer], item: str | None = None
) -> Iterator[Asked]:
    """The question, then the follow-ups its answer asks: plain ones first, then for each
    chosen item (in the order of the answers) all of that item's follow-ups."""
    yield Asked(question, item)
    answer = answers.get(item_key(question.id, item))
    for followup in question.followups:
        if not followup.each and followup.applies_after(answer):
            yield from asked_after(followup, answers, item)
    for option in question.options:
        for followup in question.followups:
            if followup.each and option in followup.items(answer):
                yield from asked_after(followup, answers, option)
