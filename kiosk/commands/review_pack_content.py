"""What the clinical sign-off pack says: every question of the questionnaire in the order
asked, in one language, with the patient's words, the slip's clinical words, the flags
and every rule (when a follow-up is asked, what a typed answer accepts, the dates an
answer such as "yesterday" is printed as), and the slip's fixed wordings.

No ReportLab here: `kiosk/commands/review_pack.py` lays this out as a PDF, `as_text` as plain text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.commands.review_pack_words import PackWords, pack_words
from kiosk.content.locales import Language
from kiosk.content.questionnaire import FOR_WHOM, SELF, Ago, Kind, Question, Questionnaire
from kiosk.errors import ContentError
from kiosk.patient.clinical import ClinicalSummary

DATE_TIME = "%d/%m/%Y %H:%M"
EXAMPLE_TIME = (10, 40)  # the hour an "ago" example is declared at (clinical notes' example)


@dataclass(frozen=True)
class OptionRow:
    option: str  # the answer's id
    patient: str  # as the patient reads it (names on the box first)
    staff: str  # as the slip prints it (the substance first)
    flag: bool  # printed bold and boxed with ATTENTION on the slip
    notes: tuple[str, ...]  # exclusive; the dates an "ago" answer is printed as


@dataclass(frozen=True)
class Entry:
    """One question or follow-up."""

    number: str  # "2", "2.1", "2.1.3": the place in the order asked
    depth: int  # 0 a question, 1 its follow-up, 2 a follow-up's
    question_id: str
    title: str  # the slip's clinical title
    facts: str  # group, kind, required
    rules: tuple[str, ...]  # when it is asked, what a typed answer accepts
    wording: tuple[tuple[str, str], ...]  # (what, the patient's words)
    options: tuple[OptionRow, ...]


@dataclass(frozen=True)
class ReviewPack:
    words: PackWords
    language: Language
    version: str
    hospital: str
    department: str
    header: tuple[tuple[str, str], ...]  # (label, value)
    attention: str  # the slip's word for an answer not to miss
    entries: tuple[Entry, ...]
    slip_source: str
    slip_wordings: tuple[tuple[str, str, str], ...]  # (key, when printed, text)


def build_pack(
    questionnaire: Questionnaire,
    language: Language,
    *,
    hospital: str,
    department: str,
    printed_at: datetime,
    language_name: str,
) -> ReviewPack:
    """The pack in `language`; `printed_at` (aware) dates it and its "ago" examples."""
    root = questionnaire.source.parent
    words = pack_words(root / "locales", language.code)
    files = [
        questionnaire.source,
        root / "locales" / language.code / "questionnaire.toml",
        root / "locales" / language.code / "slip.toml",
    ]
    header = (
        (words.hospital, hospital),
        (words.department, department),
        (words.questionnaire_file, str(questionnaire.source)),
        (words.version, questionnaire.version),
        (words.printed_on, printed_at.strftime(DATE_TIME)),
        (words.language, f"{language_name} ({language.code})"),
        (
            "",
            words.reviewed.format(
                state=words.reviewed_yes if language.reviewed else words.reviewed_no
            ),
        ),
        (words.fingerprints, "\n".join(_fingerprint(path, root) for path in files)),
    )
    try:
        return ReviewPack(
            words=words,
            language=language,
            version=questionnaire.version,
            hospital=hospital,
            department=department,
            header=header,
            attention=language.slip_text("attention"),
            entries=tuple(_Entries(questionnaire, language, words, printed_at).all()),
            slip_source=f"locales/{language.code}/slip.toml",
            slip_wordings=_slip_wordings(language, words),
        )
    except KeyError as missing:  # a slip wording the slip itself would also miss
        raise ContentError(
            f"locales/{language.code}/slip.toml: [slip] {missing.args[0]}: missing"
        ) from None


def _fingerprint(path: Path, root: Path) -> str:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError as error:
        raise ContentError(f"{path}: cannot be read: {error.strerror}") from None
    return f"{digest}  {path.relative_to(root)}"


class _Entries:
    def __init__(
        self,
        questionnaire: Questionnaire,
        language: Language,
        words: PackWords,
        printed_at: datetime,
    ) -> None:
        self.language, self.words = language, words
        self.questions, self.by_id = questionnaire.questions, questionnaire.by_id()
        # The kiosk's own time zone, as the slip: `printed_at`'s may be a fixed offset,
        # which would be an hour off for an example across a change of the clocks.
        self.clinical = ClinicalSummary(questionnaire, language, None)
        hour, minute = EXAMPLE_TIME
        local = printed_at.astimezone()
        self.example_at = local.replace(hour=hour, minute=minute, second=0, microsecond=0)

    def all(self) -> Iterator[Entry]:
        return self.numbered(self.questions, "", 0)

    def numbered(self, questions: Sequence[Question], prefix: str, depth: int) -> Iterator[Entry]:
        for n, question in enumerate(questions, start=1):
            number = f"{prefix}{n}"
            yield self.entry(question, number, depth)
            # as asked: the plain follow-ups, then those asked for each chosen item
            followups = sorted(question.followups, key=lambda followup: followup.each)
            yield from self.numbered(followups, f"{number}.", depth + 1)

    def entry(self, question: Question, number: str, depth: int) -> Entry:
        words, texts = self.words, self.language.question(question.id)
        facts = " · ".join(
            [
                words.groups[question.group.value],
                words.kinds[question.kind.value],
                words.required if question.required else words.optional,
            ]
        )
        wording = [(words.review_title, texts.title), (words.text, texts.text)]
        for label, value in (
            (words.text_other, texts.text_other),
            (words.help, texts.help),
            (words.help_other, texts.help_other),
        ):
            if value:
                wording.append((label, value))
        return Entry(
            number=number,
            depth=depth,
            question_id=question.id,
            title=self.language.slip_title(question.id),
            facts=facts,
            rules=tuple(self.rules(question)),
            wording=tuple(wording),
            options=tuple(self.option_row(question, option) for option in question.options),
        )

    def rules(self, question: Question) -> Iterator[str]:
        words = self.words
        if question.parent is not None:
            parent = self.by_id[question.parent]
            options = self.listed([self.quoted(parent, o) for o in question.when_order])
            rule = words.asked_each if question.each else words.asked_when
            yield rule.format(parent=self.language.slip_title(parent.id), options=options)
        if question.kind is Kind.TEXT:
            yield words.typed_text
        if question.kind is Kind.NUMBER and question.range is not None:
            low, high = question.range
            yield words.typed_number.format(unit=question.unit, low=low, high=high)
        if question.ago:
            yield words.examples.format(moment=self.example_at.strftime(DATE_TIME))
        if question.id == FOR_WHOM and SELF in question.options:
            yield words.for_whom.format(self=self.language.option(question.id, SELF))

    def option_row(self, question: Question, option: str) -> OptionRow:
        notes, staff = [], self.language.slip_option(question, option)
        if option in question.exclusive:
            notes.append(self.words.exclusive)
        ago = question.ago.get(option)
        if ago is not None:  # the slip prints a date or a window of times, never "yesterday"
            staff = ago_words(self.words, ago)
            printed = self.clinical.when(ago, self.example_at)
            notes.append(self.words.example.format(printed=printed))
        return OptionRow(
            option=option,
            patient=self.language.option_label(question, option),
            staff=staff,
            flag=option in question.flags,
            notes=tuple(notes),
        )

    def quoted(self, question: Question, option: str) -> str:
        """An answer as the button the patient pressed, quoted (for a rule)."""
        return self.words.quote.format(self.language.option(question.id, option))

    def listed(self, items: Sequence[str]) -> str:
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.words.or_} {items[-1]}"


def ago_words(words: PackWords, ago: Ago) -> str:
    """The dates or times an `ago` answer stands for, in words; a counted wording in the
    form of the number its noun follows ("de 2 à 3 jours": 3; "des 6 heures": 6)."""
    first, last = ago.first, ago.last
    if ago.unit == "days":
        if last is None:
            return words.count("ago_days_open", first, first=first)
        if last != first:
            return words.count("ago_days", last, first=first, last=last)
        if first < 2:
            return words.ago_day1 if first else words.ago_day0
        return words.count("ago_day", first, n=first)
    if last is None:
        return words.count("ago_hours_open", first, first=first)
    if first == 0:
        return words.count("ago_hours_now", last, last=last)
    return words.count("ago_hours", last, first=first, last=last)


class _Sample(dict[str, str]):
    """Fills a slip wording's {placeholders}: N for a number, … for words."""

    def __missing__(self, key: str) -> str:
        return "N" if key in ("count", "years", "months") else "…"


def _slip_wordings(language: Language, words: PackWords) -> tuple[tuple[str, str, str], ...]:
    """Each fixed wording; a counted one in each of its plural forms ("flag_summary
    (one)", "flag_summary (other)"), since the clinicians sign every form printed."""
    wordings = []
    for key, when in words.slip_keys.items():
        if key in language.slip:
            wordings.append((key, when, language.slip[key].format_map(_Sample())))
        for form, value in language.slip_counted.get(key, {}).items():
            wordings.append((f"{key} ({form})", when, value.format_map(_Sample())))
    return tuple(wordings)


def as_text(pack: ReviewPack) -> str:
    """The pack as plain text, for a terminal or a diff between two versions."""
    words = pack.words
    lines = [pack.hospital, pack.department, "", words.title, ""]
    for label, value in pack.header:
        value = value.replace("\n", "\n    ")
        lines.append(f"{label}: {value}" if label else value)
    lines += ["", words.flag_legend.format(attention=pack.attention), "", words.questions]
    for entry in pack.entries:
        indent = "    " * entry.depth
        lines += ["", f"{indent}{entry.number}  {entry.title}  [{entry.question_id}]"]
        lines.append(f"{indent}    {entry.facts}")
        lines += [f"{indent}    -> {rule}" for rule in entry.rules]
        lines += [f"{indent}    {label}: {value}" for label, value in entry.wording]
        columns = (words.answer, words.patient_reads, words.slip_prints, words.notes)
        lines.append(f"{indent}    {' | '.join(columns)}")
        for row in entry.options:
            mark = f"{pack.attention} " if row.flag else ""
            cells = [row.option, row.patient, f"{mark}{row.staff}", "; ".join(row.notes)]
            lines.append(
                f"{indent}    {'!!' if row.flag else '  '} {' | '.join(cells).rstrip(' |')}"
            )
    lines += ["", words.slip_heading, words.slip_intro.format(file=pack.slip_source)]
    lines += [f"    {key} ({when}): {value}" for key, when, value in pack.slip_wordings]
    lines += ["", words.sign_off, words.sign_off_text, ""]
    lines += [f"{label}: ______________________" for label in (words.name, words.role, words.date)]
    lines.append(f"{words.signature}:")
    return "\n".join(lines) + "\n"
