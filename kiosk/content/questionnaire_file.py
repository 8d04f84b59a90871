"""Reading `questionnaire.toml`: every entry validated, and a fault named by the file and
the entry, so a typo stops the kiosk at start-up instead of confusing a patient later."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.content.questionnaire import (
    DONT_KNOW,
    TYPED_KINDS,
    Ago,
    Group,
    Kind,
    Question,
    Questionnaire,
)
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

_ID = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
_BRAND = re.compile(r"^[^\x00-\x1f<>&]{1,40}$")
_AGO = re.compile(r"^(\d{1,3})([dh])(?:-(?:(\d{1,3})\2)?)?$")


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
            "each",
            "brands",
            "ago",
            "unit",
            "range",
            "names",
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
        if kind in TYPED_KINDS:
            if options != (DONT_KNOW,):
                raise self.fail(
                    where, f'options: a "{kind.value}" question offers only ["dont_know"]'
                )
        elif len(options) < 2:
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

        each = entry.get("each", False)
        if not isinstance(each, bool):
            raise self.fail(where, f"each: expected true or false, got {each!r}")
        when = frozenset(self.ids(entry, "when", where))
        if parent is None and (when or each):
            raise self.fail(where, "when, each: only a follow-up has them")
        when_order: tuple[str, ...] = ()
        names = entry.get("names", False)
        if not isinstance(names, bool):
            raise self.fail(where, f"names: expected true or false, got {names!r}")
        if each and kind in TYPED_KINDS:
            raise self.fail(where, f'each: a "{kind.value}" question is not asked per item')
        if names and (kind is not Kind.TEXT or parent is None or parent.kind is not Kind.MULTI):
            raise self.fail(
                where, 'names: only a "text" follow-up of a "multi" question names its answers'
            )
        if parent is not None:
            if each and parent.kind is not Kind.MULTI:
                raise self.fail(
                    where, f'each: asked per chosen answer, so {parent.id!r} must be "multi"'
                )
            if not when:
                raise self.fail(where, f"when: expected answers of {parent.id!r} that ask it")
            unknown_answers = when - set(parent.options)
            if unknown_answers:
                raise self.fail(
                    where,
                    f"when: {sorted(unknown_answers)} are not answers of "
                    f"{parent.id!r} ({list(parent.options)})",
                )
            when_order = tuple(option for option in parent.options if option in when)

        unit, number_range = self.number_settings(entry, kind, where)
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
            each=each,
            brands=self.brands(entry, options, where),
            ago=self.ago(entry, kind, options, where),
            when_order=when_order,
            names=names,
            unit=unit,
            range=number_range,
        )
        raw_followups = entry.get("followup", [])
        if not isinstance(raw_followups, list):
            raise self.fail(where, "followup: expected [[question.followup]] tables")
        if raw_followups and (each or kind in TYPED_KINDS):
            raise self.fail(
                where, "followup: a per-item or typed question has no follow-ups of its own"
            )
        followups = tuple(
            self.question(item, f"follow-up #{n} of {qid!r}", shell)
            for n, item in enumerate(raw_followups, start=1)
        )
        return replace(shell, followups=followups)

    def number_settings(
        self, entry: Mapping[str, Any], kind: Kind, where: str
    ) -> tuple[str | None, tuple[int, int] | None]:
        unit, bounds = entry.get("unit"), entry.get("range")
        if kind is not Kind.NUMBER:
            if unit is not None or bounds is not None:
                raise self.fail(where, 'unit, range: only a "number" question has them')
            return None, None
        if not isinstance(unit, str) or not 0 < len(unit) <= 8:
            raise self.fail(where, f'unit {unit!r}: expected a short unit such as "kg"')
        if (
            not isinstance(bounds, list)
            or len(bounds) != 2
            or not all(type(bound) is int for bound in bounds)
            or not 0 <= bounds[0] < bounds[1] <= 9999
        ):
            raise self.fail(
                where, f"range {bounds!r}: expected [lowest, highest], whole numbers 0 to 9999"
            )
        return unit, (bounds[0], bounds[1])

    def brands(
        self, entry: Mapping[str, Any], options: tuple[str, ...], where: str
    ) -> Mapping[str, tuple[str, ...]]:
        table = entry.get("brands", {})
        if not isinstance(table, dict):
            raise self.fail(where, "brands: expected a table of answer = [names on the box]")
        found: dict[str, tuple[str, ...]] = {}
        for option, names in table.items():
            if option not in options or option == DONT_KNOW:
                raise self.fail(
                    where, f"brands: {option!r} is not among the answers that name something"
                )
            if (
                not isinstance(names, list)
                or not names
                or not all(isinstance(name, str) and _BRAND.match(name.strip()) for name in names)
            ):
                raise self.fail(
                    where,
                    f"brands.{option}: expected a list of names (1 to 40 characters, "
                    f"no < > &), got {names!r}",
                )
            found[option] = tuple(name.strip() for name in names)
        return MappingProxyType(found)

    def ago(
        self, entry: Mapping[str, Any], kind: Kind, options: tuple[str, ...], where: str
    ) -> Mapping[str, Ago]:
        table = entry.get("ago", {})
        if not isinstance(table, dict):
            raise self.fail(where, 'ago: expected a table of answer = "2d-3d" / "0h-2h"')
        if table and kind is not Kind.SINGLE:
            raise self.fail(where, 'ago: only a "single" question places an answer in time')
        found: dict[str, Ago] = {}
        for option, value in table.items():
            if option not in options or option == DONT_KNOW:
                raise self.fail(where, f"ago: {option!r} is not among the answers placed in time")
            match = _AGO.match(value) if isinstance(value, str) else None
            if match is None:
                raise self.fail(
                    where,
                    f'ago.{option} {value!r}: expected "1d" (that day), "2d-3d" (from 2 to 3 '
                    f'days before), "8d-" (8 days before or earlier), or hours: "2h-6h", "6h-"',
                )
            first = int(match[1])
            if match[3] is not None:
                last: int | None = int(match[3])
            elif value.endswith("-"):
                last = None
            else:
                last = first
            if last is not None and last < first:
                raise self.fail(where, f"ago.{option} {value!r}: the range runs backwards")
            if match[2] == "h" and last == first:
                raise self.fail(where, f'ago.{option} {value!r}: hours need a range ("0h-2h")')
            found[option] = Ago("days" if match[2] == "d" else "hours", first, last)
        return MappingProxyType(found)

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
