"""The on-screen keyboard of a language (`keyboard`, `keyboard_other`, `keyboard_names` in
its language.toml): rows of letters, each once.

A language's file has the rows of its own keyboard (and accents). The letters another
offered language writes with that it lacks are added after them (`completed`): a Romanian
patient's name can be typed on the Turkish keyboard and the other way round, and a new
language brings its letters to every other keyboard without their files being edited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.errors import ContentError

ROW = 14  # letters in an added row at most: the longest rows of the shipped keyboards


@dataclass(frozen=True)
class Keyboard:
    """The on-screen keyboard's letters: rows of key positions, left to right, each letter
    once; optionally a second set of rows (another script) one key away, and the names of
    the two sets on that key ("ABC", "أبج"). The first set is what a name on an identity
    card is typed with. `language`: whose capitals the letters take (kiosk/content/casing.py:
    Turkish "i" -> "İ"); "" for the common ones."""

    rows: tuple[str, ...]
    other_rows: tuple[str, ...] = ()
    names: tuple[str, str] = ("", "")
    language: str = ""

    def with_row(self, row: str) -> Keyboard:
        """The same keyboard with a row above each set (the digits, for a medicine)."""
        other = (row, *self.other_rows) if self.other_rows else ()
        return Keyboard((row, *self.rows), other, self.names, self.language)


def _rows(path: Path, meta: dict[str, Any], key: str, seen: set[str]) -> tuple[str, ...]:
    rows = meta.get(key)
    if not isinstance(rows, list) or not rows or not all(isinstance(r, str) and r for r in rows):
        raise ContentError(f"{path}: {key}: expected a list of rows of letters")
    for row in rows:
        for letter in row:
            if not letter.isalpha():
                raise ContentError(f"{path}: {key}: {letter!r} is not a letter")
            if letter.lower() in seen:  # one key per letter: a key name says which
                raise ContentError(f"{path}: {key}: {letter!r} is on the keyboard twice")
            seen.add(letter.lower())
    return tuple(rows)


def read_keyboard(path: Path, meta: dict[str, Any], code: str) -> Keyboard:
    seen: set[str] = set()
    rows = _rows(path, meta, "keyboard", seen)
    if "keyboard_other" not in meta:
        return Keyboard(rows, language=code)
    other = _rows(path, meta, "keyboard_other", seen)
    names = meta.get("keyboard_names")
    if not (
        isinstance(names, list) and len(names) == 2 and all(isinstance(n, str) and n for n in names)
    ):
        raise ContentError(
            f'{path}: keyboard_names: expected the two sets\' names, e.g. ["ABC", "أبج"]'
        )
    return Keyboard(rows, other, (names[0], names[1]), code)


def _latin(letter: str) -> bool:
    return letter.isascii() or "\u00c0" <= letter <= "\u024f"


def completed(keyboards: Mapping[str, Keyboard]) -> dict[str, Keyboard]:
    """Each keyboard with the Latin letters of the others it lacks, in rows of at most
    ROW letters after its own (in the languages' order, each letter once)."""
    letters: dict[str, None] = {}
    for keyboard in keyboards.values():
        letters.update(dict.fromkeys(letter.lower() for row in keyboard.rows for letter in row))
    found = {}
    for code, keyboard in keyboards.items():
        have = {letter.lower() for row in (*keyboard.rows, *keyboard.other_rows) for letter in row}
        missing = [letter for letter in letters if _latin(letter) and letter not in have]
        rows = ["".join(missing[at : at + ROW]) for at in range(0, len(missing), ROW)]
        found[code] = replace(keyboard, rows=(*keyboard.rows, *rows)) if rows else keyboard
    return found
