"""A declaration as the radiology nurse and the radiologist read it, in the staff language.

The slip, staff mode's view of it, `show` and `export` all say what this module says, so
they never disagree: clinical terms rather than the patient's words ("Insuffisance
rénale", "Ne sait pas"), one line per drug and per allergen with that item's own answers
("Rivaroxaban (Xarelto) — Arrêt demandé: Non — Dernière prise: jeudi 03/12/2026"), what
the patient typed marked as typed, and every "yesterday" or "2 to 6 hours ago" turned into
dates and times counted from the moment the declaration was made, in the kiosk's time zone
(so they still mean something the next morning, across midnight and the DST changes).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from kiosk.content.locales import Language
from kiosk.content.questionnaire import (
    Ago,
    Group,
    Question,
    Questionnaire,
    Typed,
    chosen_options,
    item_key,
)
from kiosk.patient.declaration import Answer, Declaration

DATE, TIME = "%d/%m/%Y", "%H:%M"


@dataclass(frozen=True)
class Line:
    """One line for staff: "label: value", and for a drug or an allergen its own answers."""

    label: str  # the clinical title, or the item (drug, allergen) the line is about
    value: str  # the answer in clinical words; empty on an item's line
    details: tuple[tuple[str, str], ...] = ()  # an item's own answers: (title, answer)
    depth: int = 0  # 0 the question, 1 its follow-ups or items, 2 theirs
    flagged: bool = False  # reception must not miss it
    attention: bool = False  # the line that says why its block is boxed
    typed: bool = False  # holds words the patient typed

    def said(self) -> str:
        """The answer: the value, or an item's own answers one after the other."""
        return self.value or " — ".join(f"{title}: {answer}" for title, answer in self.details)

    def plain(self) -> str:
        if self.value:
            return f"{self.label}: {self.value}"
        return f"{self.label} — {self.said()}" if self.details else self.label


@dataclass(frozen=True)
class Block:
    """A question of the patient page with everything its answer led to."""

    question: Question
    lines: tuple[Line, ...]

    @property
    def flagged(self) -> bool:
        return any(line.flagged for line in self.lines)


@dataclass(frozen=True)
class Record:
    """A declaration's words as staff read them when it was made: every line, the age,
    the all-"no" line and the count of what must not be missed. Kept with the declaration
    (the `made_as` column) so that it is shown and reprinted as made, whatever the
    questionnaire files say later."""

    blocks: tuple[tuple[Group, tuple[Line, ...]], ...]  # each question of the page, in order
    earlier: tuple[Line, ...]  # answers the questionnaire no longer asked when made
    age: str
    all_no: str | None
    flag_count: int

    def section(self, group: Group) -> list[tuple[Line, ...]]:
        return [lines for in_group, lines in self.blocks if in_group is group]

    def lines(self) -> list[Line]:
        return [*(line for _, lines in self.blocks for line in lines), *self.earlier]

    def to_json(self) -> str:
        return json.dumps(
            {
                "blocks": [
                    [group.value, [asdict(line) for line in lines]] for group, lines in self.blocks
                ],
                "earlier": [asdict(line) for line in self.earlier],
                "age": self.age,
                "all_no": self.all_no,
                "flag_count": self.flag_count,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Record:
        data = json.loads(text)

        def line(fields: dict[str, Any]) -> Line:
            return Line(
                fields["label"],
                fields["value"],
                tuple((title, said) for title, said in fields["details"]),
                depth=fields["depth"],
                flagged=fields["flagged"],
                attention=fields["attention"],
                typed=fields["typed"],
            )

        return cls(
            blocks=tuple(
                (Group(group), tuple(line(fields) for fields in lines))
                for group, lines in data["blocks"]
            ),
            earlier=tuple(line(fields) for fields in data["earlier"]),
            age=data["age"],
            all_no=data["all_no"],
            flag_count=data["flag_count"],
        )


class ClinicalSummary:
    def __init__(
        self, questionnaire: Questionnaire, staff: Language, zone: tzinfo | None = None
    ) -> None:
        self.questionnaire, self.staff = questionnaire, staff
        self.zone = zone  # None: the kiosk PC's own time zone

    # ---- the declaration, block by block -------------------------------------------------

    def blocks(self, declaration: Declaration, group: Group | None = None) -> list[Block]:
        return [
            Block(question, tuple(self._lines(declaration, question, None, 0, False)))
            for question in self.questionnaire.questions
            if (group is None or question.group is group) and question.id in declaration.answers
        ]

    def lines(self, declaration: Declaration) -> list[Line]:
        return self.record(declaration).lines()

    def record(self, declaration: Declaration) -> Record:
        """The declaration's words: as made when they were kept with it (a stored one),
        else from the questionnaire and the staff language as they are now."""
        if declaration.made_as is not None:
            return Record.from_json(declaration.made_as)
        return Record(
            blocks=tuple((block.question.group, block.lines) for block in self.blocks(declaration)),
            earlier=tuple(self.not_asked_now(declaration)),
            age=self.age(declaration.birth_date, declaration.submitted_at),
            all_no=self.all_no(declaration),
            flag_count=len(declaration.flagged(self.questionnaire)),
        )

    def not_asked_now(self, declaration: Declaration) -> list[Line]:
        """Answers the questionnaire as it is now does not ask (a declaration made with an
        earlier version): in clinical words where their question and answers still exist
        ("Dernière prise: jeudi 03/12/2026", flagged as it would be), else as stored, by
        their ids; never hidden."""
        asked = {asked.key for asked in self.questionnaire.asked(declaration.answers)}
        lines = []
        for key, answer in declaration.answers.items():
            if key in asked:
                continue
            question = self.questionnaire.question(key)
            if question is not None and chosen_options(answer) <= set(question.options):
                flagged = question.is_flag(answer)
                said = self.answer(question, answer, declaration.submitted_at)
                lines.append(Line(self.staff.slip_title(question.id), said, flagged=flagged))
            else:
                shown = ", ".join(sorted(chosen_options(answer))) or _typed_text(answer)
                lines.append(Line(key, shown))
        return lines

    def _lines(
        self,
        declaration: Declaration,
        question: Question,
        item: str | None,
        depth: int,
        parent_flagged: bool,
    ) -> list[Line]:
        answers = declaration.answers
        answer = answers.get(item_key(question.id, item))
        flagged = answer is not None and question.is_flag(answer)
        per_item = [followup for followup in question.followups if followup.each]
        lines = []
        if not (per_item and answer is not None):
            lines.append(
                Line(
                    self.staff.slip_title(question.id),
                    self.answer(question, answer, declaration.submitted_at),
                    depth=depth,
                    flagged=flagged,
                    attention=flagged and not parent_flagged,
                    typed=isinstance(answer, Typed),
                )
            )
        for followup in question.followups:
            folded = followup.names and bool(per_item)  # the name is on its item's line
            if not followup.each and not folded and followup.applies_after(answer):
                lines += self._lines(
                    declaration, followup, item, depth + 1, parent_flagged or flagged
                )
        for option in question.options if per_item else ():
            asking = [followup for followup in per_item if option in followup.items(answer)]
            if option in chosen_options(answer):
                lines.append(
                    self._item_line(
                        declaration, question, option, asking, depth, parent_flagged or flagged
                    )
                )
        return lines

    def _item_line(
        self,
        declaration: Declaration,
        parent: Question,
        item: str,
        followups: list[Question],
        depth: int,
        parent_flagged: bool,
    ) -> Line:
        """One drug or allergen, with the answers asked about it."""
        answers = declaration.answers
        label = self.item_label(parent, item, answers)
        typed = parent.typed_name(item, answers) is not None
        details, flagged = [], parent.is_flag(item)
        for followup in followups:
            answer = answers.get(item_key(followup.id, item))
            details.append(
                (
                    self.staff.slip_title(followup.id),
                    self.answer(followup, answer, declaration.submitted_at),
                )
            )
            flagged = flagged or (answer is not None and followup.is_flag(answer))
        # Where the list of choices would be: one line per chosen item instead.
        return Line(
            label,
            "",
            tuple(details),
            depth=depth,
            flagged=flagged,
            attention=flagged and not parent_flagged,
            typed=typed,
        )

    def item_label(self, parent: Question, item: str, answers: Mapping[str, Answer]) -> str:
        """A drug or allergen in clinical words; "another" one by the name the patient
        typed, marked as typed."""
        typed = parent.typed_name(item, answers)
        if typed is not None:
            return f"{typed.text} ({self.staff.slip_text('typed')})"
        return self.staff.slip_option(parent, item)

    def answer(self, question: Question, answer: Answer | None, made_at: datetime) -> str:
        if answer is None:
            return self.staff.slip_text("not_answered")
        if isinstance(answer, Typed):
            typed = self.staff.answer_text(question, answer, for_slip=True)
            return f"{typed} ({self.staff.slip_text('typed')})"
        if isinstance(answer, str) and answer in question.ago:
            return self.when(question.ago[answer], made_at)
        return self.staff.answer_text(question, answer, for_slip=True)

    # ---- times and ages ------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def day(self, day: date) -> str:
        weekday = self.staff.slip_text("weekdays").split()[day.weekday()]
        return self.staff.slip_text("day", weekday=weekday, date=day.strftime(DATE))

    def when(self, ago: Ago, made_at: datetime) -> str:
        """An answer such as "yesterday" as the day or the window of time it means,
        counted back from `made_at` (aware)."""
        slip = self.staff.slip_text
        if ago.unit == "days":  # calendar days, where the patient lives
            today = self.local(made_at).date()
            latest = today - timedelta(days=ago.first)
            if ago.last is None:
                return slip("day_or_before", day=self.day(latest))
            if ago.last == ago.first:
                return self.day(latest)
            earliest = today - timedelta(days=ago.last)
            return slip("days_between", first=self.day(earliest), last=self.day(latest))
        # hours are durations: counted on the absolute time line, then shown locally,
        # so a night with a DST change still spans the hours it really had
        end = self.local(made_at - timedelta(hours=ago.first))
        if ago.last is None:
            return slip("hours_before", date=end.strftime(DATE), time=end.strftime(TIME))
        start = self.local(made_at - timedelta(hours=ago.last))
        if start.date() == end.date():
            return slip(
                "hours_same_day",
                date=end.strftime(DATE),
                start=start.strftime(TIME),
                end=end.strftime(TIME),
            )
        return slip(
            "hours_between",
            start=start.strftime(f"{DATE} {TIME}"),
            end=end.strftime(f"{DATE} {TIME}"),
        )

    def age(self, born: date, made_at: datetime) -> str:
        """The patient's age on the day of the declaration: months under two years."""
        today = self.local(made_at).date()
        months = (today.year - born.year) * 12 + today.month - born.month
        if today.day < born.day:
            months -= 1
        if months < 24:
            months = max(months, 0)
            return self.staff.slip_count("age_months", months, months=months)
        return self.staff.slip_count("age_years", months // 12, years=months // 12)

    def all_no(self, declaration: Declaration) -> str | None:
        """The plain line of a declaration where nothing of the six applies, counting only
        what applied ("NON aux 5 déclarations qui le concernent (sans objet: Grossesse)")."""
        counts = declaration.declarations_no(self.questionnaire)
        if counts is None:
            return None
        said_no, not_applicable = counts
        if not not_applicable:
            return self.staff.slip_text("all_no")
        titles = [
            self.staff.slip_title(question.id)
            for question in self.questionnaire.in_group(Group.DECLARATION)
            if declaration.answers.get(question.id) == "not_applicable"
        ]
        return self.staff.slip_count(
            "all_no_applicable",
            said_no,
            count=said_no,
            not_applicable=self.staff.list_separator.join(titles),
        )


def _typed_text(answer: Answer) -> str:
    return answer.text if isinstance(answer, Typed) else ""
