"""A language's questionnaire texts (`resources/locales/<code>/questionnaire.toml`): each
question's title, wording, help and answers as the patient reads them, and the staff's
wordings for the slip; and the reading of content tables shared by the loaders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.questionnaire import Questionnaire
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml


@dataclass(frozen=True)
class QuestionText:
    title: str  # short label: review screen and slip
    text: str  # the question as asked
    help: str | None
    options: Mapping[str, str]
    # Staff wording where the patient's first person reads wrong on the slip
    # ("Myself" -> "The patient"); each falls back to the patient's wording.
    slip_title: str | None = None
    slip_options: Mapping[str, str] = field(default_factory=dict)
    # The question and help when the form is filled in for someone else ("Is the patient
    # pregnant?" rather than "Are you pregnant?"); each falls back to text and help.
    text_other: str | None = None
    help_other: str | None = None
    # How a chosen answer is named above the questions asked about it, where its own
    # label reads wrong there ("I don't know which" -> "The medicine whose name you do
    # not know"); each falls back to the answer's label.
    items: Mapping[str, str] = field(default_factory=dict)

    def asked(self, for_someone_else: bool) -> tuple[str, str | None]:
        """(question, help) as shown to the person at the screen."""
        if for_someone_else:
            return self.text_other or self.text, self.help_other or self.help
        return self.text, self.help


def read_content_toml(path: Path) -> dict[str, Any]:
    return read_toml(path, ContentError, "content file")


def strings(path: Path, table: Any, name: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ContentError(f"{path}: [{name}]: table missing")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{path}: [{name}] {key}: expected a non-empty text")
    return dict(table)


def load_question_texts(path: Path, questionnaire: Questionnaire) -> dict[str, QuestionText]:
    data = read_content_toml(path)
    shared = strings(path, data.get("options", {}), "options")
    # The common answers in the third person, for staff ("Ne sait pas").
    shared_slip = strings(path, data.get("slip_options", {}), "slip_options")
    tables = data.get("questions")
    if not isinstance(tables, dict):
        raise ContentError(f"{path}: [questions.<id>] tables missing")
    known = questionnaire.by_id()
    stray = set(tables) - set(known)
    if stray:
        raise ContentError(
            f"{path}: [questions.{sorted(stray)[0]}]: no such question in "
            f"{questionnaire.source.name}"
        )
    texts: dict[str, QuestionText] = {}
    for qid, question in known.items():
        where = f"{path}: [questions.{qid}]"
        table = tables.get(qid)
        if not isinstance(table, dict):
            raise ContentError(f"{where}: missing (every question needs a title and a text)")
        for key in ("title", "text"):
            if not isinstance(table.get(key), str) or not table[key].strip():
                raise ContentError(f"{where}: {key}: missing or empty")
        own = strings(path, table.get("options", {}), f"questions.{qid}.options")
        options = {}
        for option in question.options:
            text = own.get(option, shared.get(option))
            if text is None:
                raise ContentError(
                    f"{where}: answer {option!r} has no text (add it under "
                    f"[questions.{qid}.options] or [options])"
                )
            options[option] = text
        help_text = table.get("help")
        slip_title = table.get("slip_title")
        own_slip = strings(path, table.get("slip_options", {}), f"questions.{qid}.slip_options")
        items = strings(path, table.get("items", {}), f"questions.{qid}.items")
        for name, table_keys in (("slip_options", own_slip), ("items", items)):
            unknown = set(table_keys) - set(question.options)
            if unknown:
                raise ContentError(f"{where}.{name}: {sorted(unknown)} are not answers of {qid!r}")
        texts[qid] = QuestionText(
            title=table["title"],
            text=table["text"],
            help=help_text if isinstance(help_text, str) else None,
            options=options,
            slip_title=slip_title if isinstance(slip_title, str) else None,
            slip_options={
                **{
                    option: shared_slip[option]
                    for option in question.options
                    if option in shared_slip
                },
                **own_slip,
            },
            text_other=_optional_text(path, table, qid, "text_other"),
            help_other=_optional_text(path, table, qid, "help_other"),
            items=items,
        )
    return texts


def _optional_text(path: Path, table: Mapping[str, Any], qid: str, key: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{path}: [questions.{qid}] {key}: expected a non-empty text")
    return value
