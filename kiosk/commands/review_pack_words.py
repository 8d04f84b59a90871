"""The clinical sign-off pack's own words (headings, rules in words), per language.

They are content like every other text: `resources/locales/<code>/review_pack.toml`.
The questions, answers and slip wordings the pack lists come from the other content
files; these are only the words around them. A language without the file gets the
English one (its content is still shown in its own language).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml


@dataclass(frozen=True)
class PackWords:
    title: str
    intro: str
    hospital: str
    department: str
    questionnaire_file: str
    version: str
    fingerprints: str
    printed_on: str
    language: str
    reviewed: str  # {state}
    reviewed_yes: str
    reviewed_no: str
    questions: str
    groups: Mapping[str, str]  # Group values
    kinds: Mapping[str, str]  # Kind values
    required: str
    optional: str
    review_title: str
    text: str
    text_other: str
    help: str
    help_other: str
    on_the_slip: str
    answer: str
    patient_reads: str
    slip_prints: str
    notes: str
    flag_legend: str  # {attention}
    exclusive: str
    or_: str  # between the last two of a list of answers
    quote: str  # {} an answer, quoted
    asked_when: str  # {parent} {options}
    asked_each: str  # {parent} {options}
    for_whom: str  # {self}
    typed_text: str
    typed_number: str  # {unit} {low} {high}
    # what an `ago` answer prints instead of "yesterday"
    ago_day0: str
    ago_day1: str
    ago_day: str  # {n}
    ago_days: str  # {first} {last}
    ago_days_open: str  # {first}
    ago_hours_now: str  # {last}
    ago_hours: str  # {first} {last}
    ago_hours_open: str  # {first}
    examples: str  # {moment}
    example: str  # {printed}
    slip_heading: str
    slip_intro: str  # {file}
    slip_keys: Mapping[str, str]  # slip.toml key: when it is printed
    sign_off: str
    sign_off_text: str
    name: str
    role: str
    date: str
    signature: str
    page: str  # {version} {language} {page} {pages}


FALLBACK = "en"
_TABLES = frozenset({"groups", "kinds", "slip_keys"})  # the fields that are tables of texts


def pack_words(locales: Path, code: str) -> PackWords:
    """The pack's words in `code`, or in English when that language has none; checked
    against English, so a missing key or a changed {placeholder} names the file."""
    english = _load(locales / FALLBACK / "review_pack.toml")
    path = locales / code / "review_pack.toml"
    if code == FALLBACK or not path.is_file():
        return english
    words = _load(path)
    for field in fields(PackWords):
        mine, theirs = getattr(words, field.name), getattr(english, field.name)
        if _placeholders(mine) != _placeholders(theirs):
            raise ContentError(
                f"{path}: [pack] {field.name}: its {{placeholders}} differ from en's"
            )
        if field.name in _TABLES and set(mine) != set(theirs):
            raise ContentError(f"{path}: [pack.{field.name}]: expected the keys {sorted(theirs)}")
    return words


def _load(path: Path) -> PackWords:
    table = read_toml(path, ContentError, "content file").get("pack")
    if not isinstance(table, dict):
        raise ContentError(f"{path}: [pack]: table missing")
    names = {field.name for field in fields(PackWords)}
    unknown = set(table) - names
    if unknown:
        raise ContentError(f"{path}: [pack] {sorted(unknown)[0]}: unknown key")
    values: dict[str, Any] = {}
    for name in sorted(names):
        value = table.get(name)
        texts = value.values() if name in _TABLES and isinstance(value, dict) else [value]
        if (name in _TABLES) != isinstance(value, dict) or not all(
            isinstance(text, str) and text.strip() for text in texts
        ):
            kind = "a table of texts" if name in _TABLES else "a non-empty text"
            raise ContentError(f"{path}: [pack] {name}: expected {kind}")
        values[name] = MappingProxyType(value) if isinstance(value, dict) else value
    return PackWords(**values)


def _placeholders(value: str | Mapping[str, str]) -> set[str]:
    texts = value.values() if isinstance(value, Mapping) else [value]
    return {
        name or "{}"
        for text in texts
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }
