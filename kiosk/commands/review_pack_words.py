"""The clinical sign-off pack's own words (headings, rules in words), per language.

They are content like every other text: `resources/locales/<code>/review_pack.toml`.
The questions, answers and slip wordings the pack lists come from the other content
files; these are only the words around them. A language without the file gets the
English one (its content is still shown in its own language).

A wording with a count in it ("la date 3 jours avant la déclaration") is a table of its
language's plural forms, as the slip's counted texts are (`kiosk/content/plurals.py`):
`{ one = "… {n} jour …", other = "… {n} jours …" }`, exactly the forms the CLDR rule of
the language's `qt_locale` (its language.toml) has; `PackWords.count` picks one.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.content import plurals
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

Forms = Mapping[str, str]  # a counted wording: its plural forms ("one", "few", "other")


@dataclass(frozen=True)
class PackWords:
    qt_locale: str  # the language.toml's: its plural rule picks the forms of a counted wording
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
    # what an `ago` answer prints instead of "yesterday"; a counted one takes the form of
    # the number named after "by", the one its noun follows ("de 2 à 3 jours": last)
    ago_day0: str
    ago_day1: str
    ago_day: Forms  # {n}, by n
    ago_days: Forms  # {first} {last}, by last
    ago_days_open: Forms  # {first}, by first
    ago_hours_now: Forms  # {last}, by last
    ago_hours: Forms  # {first} {last}, by last
    ago_hours_open: Forms  # {first}, by first
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

    def count(self, key: str, number: int, /, **values: object) -> str:
        """The counted wording `key` in the form `number` takes in this language
        ("1 heure", "2 heures"); `values` fill its braces."""
        forms: Forms = getattr(self, key)
        return forms[plurals.category(self.qt_locale, number)].format(**values)


FALLBACK = "en"
_TABLES = frozenset({"groups", "kinds", "slip_keys"})  # the fields that are tables of texts
# the counted wordings: tables of plural forms
_COUNTED = frozenset(
    {"ago_day", "ago_days", "ago_days_open", "ago_hours_now", "ago_hours", "ago_hours_open"}
)
_NOT_WORDS = frozenset({"qt_locale"})  # read from language.toml, not review_pack.toml


def pack_words(locales: Path, code: str) -> PackWords:
    """The pack's words in `code`, or in English when that language has none; checked
    against English, so a missing key, a missing or stray plural form or a changed
    {placeholder} names the file."""
    english = _load(locales / FALLBACK)
    path = locales / code / "review_pack.toml"
    if code == FALLBACK or not path.is_file():
        return english
    words = _load(locales / code)
    for field in fields(PackWords):
        if field.name in _NOT_WORDS:
            continue
        mine, theirs = getattr(words, field.name), getattr(english, field.name)
        if field.name in _COUNTED:
            _check_forms(path, field.name, mine, theirs)
        elif _placeholders(mine) != _placeholders(theirs):
            raise ContentError(
                f"{path}: [pack] {field.name}: its {{placeholders}} differ from en's"
            )
        if field.name in _TABLES and set(mine) != set(theirs):
            raise ContentError(f"{path}: [pack.{field.name}]: expected the keys {sorted(theirs)}")
    return words


def _check_forms(path: Path, key: str, mine: Forms, theirs: Forms) -> None:
    """Like the slip's counted texts: the "other" form has English's {placeholders}, and
    no form has one it lacks (a "one" form may leave the number out)."""
    full = _placeholders(theirs["other"])
    if _placeholders(mine["other"]) != full:
        raise ContentError(f"{path}: [pack] {key}: its {{placeholders}} differ from en's")
    for form, text in mine.items():
        if not _placeholders(text) <= full:
            raise ContentError(
                f'{path}: [pack] {key}.{form}: a {{placeholder}} its "other" form has not'
            )


def _load(folder: Path) -> PackWords:
    path = folder / "review_pack.toml"
    table = read_toml(path, ContentError, "content file").get("pack")
    if not isinstance(table, dict):
        raise ContentError(f"{path}: [pack]: table missing")
    names = {field.name for field in fields(PackWords)} - _NOT_WORDS
    unknown = set(table) - names
    if unknown:
        raise ContentError(f"{path}: [pack] {sorted(unknown)[0]}: unknown key")
    qt_locale = _qt_locale(folder / "language.toml")
    values: dict[str, Any] = {"qt_locale": qt_locale}
    for name in sorted(names):
        value = table.get(name)
        if name in _COUNTED and isinstance(value, dict):
            _check_categories(path, name, value, qt_locale)
        is_table = name in _TABLES or name in _COUNTED
        texts = value.values() if is_table and isinstance(value, dict) else [value]
        if is_table != isinstance(value, dict) or not all(
            isinstance(text, str) and text.strip() for text in texts
        ):
            kind = (
                "a table of texts"
                if name in _TABLES
                else f"a table of plural forms ({', '.join(plurals.categories(qt_locale))})"
                if name in _COUNTED
                else "a non-empty text"
            )
            raise ContentError(f"{path}: [pack] {name}: expected {kind}")
        values[name] = MappingProxyType(value) if isinstance(value, dict) else value
    return PackWords(**values)


def _qt_locale(path: Path) -> str:
    """The language.toml's qt_locale, whose CLDR plural rule the counted wordings follow."""
    locale = read_toml(path, ContentError, "content file").get("qt_locale")
    if not isinstance(locale, str) or not plurals.has_rule(locale):
        raise ContentError(
            f"{path}: qt_locale: {locale!r} is not a locale the Unicode CLDR knows "
            "(the pack's counted wordings follow its plural rule)"
        )
    return locale


def _check_categories(path: Path, key: str, forms: Mapping[str, Any], locale: str) -> None:
    """Exactly the plural forms of `locale`, each a text, as the slip's counted texts
    (`kiosk/content/locales.py` `_counted`)."""
    wanted = plurals.categories(locale)
    where = f"{path}: [pack] {key}"
    for form in wanted:
        if not isinstance(forms.get(form), str) or not forms[form].strip():
            raise ContentError(
                f"{where}: the form {form!r} is missing (a counted text in "
                f"{locale!r} has the forms {', '.join(wanted)})"
            )
    stray = sorted(set(forms) - set(wanted))
    if stray:
        raise ContentError(
            f"{where}: {stray[0]!r} is not a plural form of {locale!r} "
            f"(expected {', '.join(wanted)})"
        )


def _placeholders(value: str | Mapping[str, str]) -> set[str]:
    texts = value.values() if isinstance(value, Mapping) else [value]
    return {
        name or "{}"
        for text in texts
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }
