"""Whether a qualified translator has reviewed a language, who and when: the keys
`reviewed`, `reviewed_by` and `reviewed_on` of `resources/locales/<code>/language.toml`.

Read by the loader (kiosk/content/locales.py) and `languages` (kiosk/content/languages.py);
written by `python main.py language-reviewed`, which edits the file in place (its comments
and the rest of its lines kept) and replaces it whole.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.errors import ContentError
from kiosk.files import write_atomically

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TABLE = re.compile(r"\s*\[")  # the first [table] ends the file's top-level keys
# a key's value on its line: a quoted text (which may hold a #), or anything up to a comment
_VALUE = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[^#]*?'
LONGEST_NAME = 120


@dataclass(frozen=True)
class Review:
    reviewed: bool
    by: str = ""  # the translator's name, as they sign
    on: date | None = None

    def describe(self) -> str:
        """ "by A. Peeters on 2026-12-05", or "" when not reviewed."""
        if not self.reviewed:
            return ""
        return f"by {self.by} on {self.on.isoformat() if self.on else '?'}"


def parse_day(value: Any) -> date | None:
    """A TOML date (2026-12-05) or the text "2026-12-05"; None for anything else."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def read_review(path: Path, meta: dict[str, Any]) -> Review:
    """The review state of a language.toml's tables, or ContentError naming the key and
    the file: `reviewed = true` needs who (`reviewed_by`) and when (`reviewed_on`)."""
    reviewed = meta.get("reviewed")
    if not isinstance(reviewed, bool):
        raise ContentError(f"{path}: reviewed: expected true or false")
    by = meta.get("reviewed_by")
    if by is not None and (not isinstance(by, str) or not by.strip()):
        raise ContentError(
            f'{path}: reviewed_by: expected the translator\'s name, e.g. "A. Peeters"'
        )
    on_value = meta.get("reviewed_on")
    on = parse_day(on_value)
    if on_value is not None and on is None:
        raise ContentError(
            f'{path}: reviewed_on: expected a date, 2026-12-05 or "2026-12-05", got {on_value!r}'
        )
    if reviewed and by is None:
        raise ContentError(
            f"{path}: reviewed_by: missing (reviewed = true names the translator): "
            "record a review with `python main.py language-reviewed`"
        )
    if reviewed and on is None:
        raise ContentError(
            f"{path}: reviewed_on: missing (reviewed = true says when): record a review "
            "with `python main.py language-reviewed`"
        )
    return Review(reviewed, (by or "").strip(), on)


def check_name(name: str) -> str:
    """The translator's name as given on the command line, or ValueError saying why not."""
    printable = name.isprintable()  # no line break, tab or control character
    name = " ".join(name.split())
    if not name:
        raise ValueError('--by: expected the translator\'s name, e.g. --by "A. Peeters"')
    if len(name) > LONGEST_NAME or not printable:
        raise ValueError(f"--by: expected a name of at most {LONGEST_NAME} printable characters")
    return name


def record_review(path: Path, by: str, on: date) -> Review:
    """Set `reviewed = true`, `reviewed_by` and `reviewed_on` in the language.toml at
    `path`, keeping every other line (comments too) and the file's permissions; the new
    file is read back before it replaces the old one. ContentError when it cannot be."""
    try:
        original = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ContentError(f"{path}: no such file (is the language shipped?)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"{path}: cannot be read: {error}") from None
    newline = "\r\n" if "\r\n" in original else "\n"
    lines = original.splitlines()
    values = {
        "reviewed": "true",
        "reviewed_by": json.dumps(by, ensure_ascii=False),  # a valid TOML basic string
        "reviewed_on": on.isoformat(),  # a TOML local date
    }
    top = next((at for at, line in enumerate(lines) if _TABLE.match(line)), len(lines))
    for key, value in values.items():
        pattern = re.compile(rf"(\s*{key}\s*=\s*)({_VALUE})(\s*#.*)?$")
        found = [at for at in range(top) if pattern.match(lines[at])]
        if found:
            at = found[0]
            match = pattern.match(lines[at])
            assert match is not None
            comment = match.group(3) or ""
            if comment:  # the comment stays in its column
                comment = " " * max(0, len(match.group(2)) - len(value)) + comment
            lines[at] = f"{match.group(1)}{value}{comment}"
        else:
            anchor = _last_review_line(lines, top)
            lines.insert(anchor + 1, f"{key} = {value}")
            top += 1
    updated = newline.join(lines) + (newline if original.endswith(("\n", "\r")) else "")
    try:
        review = read_review(path, tomllib.loads(updated.removeprefix("\ufeff")))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(
            f"{path}: not changed, the edit would not be valid TOML: {error}"
        ) from None
    if (review.by, review.on) != (by, on):
        raise ContentError(f"{path}: not changed, the keys could not be set in place")
    mode = os.stat(path).st_mode & 0o777
    try:
        write_atomically(path, updated.encode("utf-8"), mode=mode)
    except OSError as error:
        raise ContentError(f"{path}: cannot be written: {error.strerror}") from None
    return review


def _last_review_line(lines: list[str], top: int) -> int:
    """Where the new keys go: after the last `reviewed...` line, else at the end of the
    top-level keys."""
    keys = [at for at in range(top) if re.match(r"\s*reviewed(_by|_on)?\s*=", lines[at])]
    if keys:
        return keys[-1]
    at = top - 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    return at
