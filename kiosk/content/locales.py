"""Everything a patient and reception read, per language, apart from the screen texts.

A language is a folder `resources/locales/<code>/` with `language.toml`, `slip.toml`,
`questionnaire.toml` and `pages/*.md`. Loading checks that every enabled language has
every text, and names the file and the entry that is missing. The words of the screens
themselves (buttons, messages) are Qt translations in `i18n/` (see `ui/texts.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from kiosk.content import plurals
from kiosk.content.keyboards import Keyboard, completed, read_keyboard
from kiosk.content.pages import Bullets, Page, Paragraph, load_pages, parse_page
from kiosk.content.question_texts import (
    QuestionText,
    load_question_texts,
    read_content_toml,
    strings,
)
from kiosk.content.questionnaire import Answer, Question, Questionnaire, Typed, chosen_options
from kiosk.content.translator_review import read_review
from kiosk.errors import ContentError

# Pages and keyboards are read by their own modules; their types are used from here too.
__all__ = [
    "Bullets",
    "Content",
    "Keyboard",
    "Language",
    "Page",
    "Paragraph",
    "QuestionText",
    "load_content",
    "parse_page",
]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, for the language buttons
    rtl: bool
    reviewed: bool
    qt_locale: str  # QLocale name: numbers and dates
    date_format: str  # QLocale pattern for a date in words
    keyboard: Keyboard
    slip: Mapping[str, str]
    language_names: Mapping[str, str]
    questions: Mapping[str, QuestionText]
    pages: tuple[Page, ...]
    # The slip's counted texts: one form per plural category of the language
    # (kiosk/content/plurals.py), {"one": "1 réponse …", "other": "{count} réponses …"}.
    slip_counted: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Between the answers of a list ("Aspirine, Xarelto"); Arabic's comma is "، ".
    list_separator: str = ", "
    # Read aloud: espeak-ng's voice ("fr-be"), and the word said for a minus sign before a
    # number ("-2", the floor) where the voice drops the sign ("moins"); "" where it says it.
    voice: str = ""
    minus: str = ""
    # Who reviewed the language's texts, and when (reviewed = true needs both).
    reviewed_by: str = ""
    reviewed_on: date | None = None

    def slip_text(self, key: str, **values: object) -> str:
        return self.slip[key].format(**values) if values else self.slip[key]

    def slip_count(self, key: str, n: int, **values: object) -> str:
        """A counted text of the slip in the form the number `n` takes in this language
        ("1 réponse", "2 réponses"); `values` fill its braces, `n` among them."""
        return self.slip_counted[key][plurals.category(self.qt_locale, n)].format(**values)

    def question(self, question_id: str) -> QuestionText:
        return self.questions[question_id]

    def option(self, question_id: str, option_id: str) -> str:
        return self.questions[question_id].options[option_id]

    def option_label(self, question: Question, option: str) -> str:
        """An answer as the patient reads it: the names on the box first, the substance
        beside them ("Xarelto (Rivaroxaban)")."""
        words = self.questions[question.id].options[option]
        brands = question.brands.get(option)
        return f"{self.isolated(', '.join(brands))} ({words})" if brands else words

    def isolated(self, value: str) -> str:
        """A value put into this language's text: in a right-to-left language, inside
        Unicode isolates (FSI ... PDI), so "Xarelto, Eliquis" or a typed "Aspirine 500"
        keeps its own order and does not pull the Arabic parentheses around it."""
        return f"\u2068{value}\u2069" if self.rtl and value else value

    def item_label(self, question: Question, option: str) -> str:
        """A chosen answer as the heading of the questions asked about it."""
        return self.questions[question.id].items.get(option) or self.option_label(question, option)

    def slip_option(self, question: Question, option: str) -> str:
        """An answer as staff read it: the clinical words, the substance first, the names
        on the box after it ("Rivaroxaban (Xarelto)")."""
        texts = self.questions[question.id]
        words = texts.slip_options.get(option) or texts.options[option]
        brands = question.brands.get(option)
        return f"{words} ({', '.join(brands)})" if brands else words

    def answer_text(self, question: Question, answer: Answer, *, for_slip: bool = False) -> str:
        """An answer in this language (the patient's words, or the slip's clinical words);
        several answers in the questionnaire's order, between the language's commas; a
        typed one as typed. (The names on one box are Latin, kept apart by a Latin comma.)"""
        if isinstance(answer, Typed):
            typed = f"{answer.text} {question.unit}" if question.unit else answer.text
            return typed if for_slip else self.isolated(typed)  # "23 kg", not "kg 23"
        label = self.slip_option if for_slip else self.option_label
        chosen = chosen_options(answer)
        return self.list_separator.join(
            label(question, option) for option in question.options if option in chosen
        )

    def slip_title(self, question_id: str) -> str:
        texts = self.questions[question_id]
        return texts.slip_title or texts.title


@dataclass(frozen=True)
class Content:
    languages: Mapping[str, Language]  # offered (kiosk.languages), in the configured order
    # Every language shipped in locales/, offered or not, by its name in itself: a
    # declaration outlives the configuration it was made under.
    own_names: Mapping[str, str] = field(default_factory=dict)

    def language(self, code: str) -> Language:
        return self.languages[code]

    def language_name(self, code: str, reader: Language) -> str:
        """The one lookup of a language's name (slip, `show`, review pack): as `reader`
        calls it (its slip.toml [language_names]); else its name in itself while its
        folder is shipped, offered today or not; else the code. Never a KeyError: a
        declaration made in a language since removed from kiosk.languages is still
        shown and reprinted."""
        return (
            reader.language_names.get(code)
            or _cldr_language_name(code, reader.qt_locale)
            or self.own_names.get(code)
            or (self.languages[code].name if code in self.languages else code)
        )


def _cldr_language_name(code: str, reader_locale: str) -> str:
    """The language `code` named in the reader's language by the
    Unicode CLDR ("Turc", "Turks"): a language added as files is named on every other
    language's slip without editing their files. "" when CLDR does not know it."""
    try:
        names = Locale.parse(reader_locale).languages
    except (UnknownLocaleError, ValueError):
        return ""
    name = str(names.get(code, ""))
    return name[:1].upper() + name[1:]


def load_content(locales_dir: Path, codes: Sequence[str], questionnaire: Questionnaire) -> Content:
    """Load and cross-check the languages `codes`, in that order."""
    if not codes:
        raise ContentError(f"{locales_dir}: no language is enabled")
    languages = {code: _load_language(locales_dir / code, code, questionnaire) for code in codes}
    _check_same_keys(languages)
    keyboards = completed({code: language.keyboard for code, language in languages.items()})
    languages = {
        code: replace(language, keyboard=keyboards[code]) for code, language in languages.items()
    }
    own_names = _shipped_names(locales_dir)
    own_names.update({code: language.name for code, language in languages.items()})
    return Content(languages=languages, own_names=own_names)


def _shipped_names(locales_dir: Path) -> dict[str, str]:
    """The name in itself of every language folder shipped, from its language.toml. A
    folder that is not offered is not checked: one whose file is unreadable is named
    by its code (`python main.py languages` reports the file)."""
    names = {}
    for folder in sorted(path for path in locales_dir.iterdir() if path.is_dir()):
        try:
            name = read_content_toml(folder / "language.toml").get("name")
        except ContentError:
            continue
        if isinstance(name, str) and name.strip():
            names[folder.name] = name
    return names


def _load_language(folder: Path, code: str, questionnaire: Questionnaire) -> Language:
    if not folder.is_dir():
        raise ContentError(f"{folder}: language {code!r} is enabled but has no folder")
    meta_path = folder / "language.toml"
    meta = read_content_toml(meta_path)
    if meta.get("code") != code:
        raise ContentError(f"{meta_path}: code: expected {code!r}, got {meta.get('code')!r}")
    for key in ("name", "qt_locale", "date_format", "voice"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise ContentError(f"{meta_path}: {key}: expected a non-empty text")
    if meta.get("direction") not in ("ltr", "rtl"):
        raise ContentError(
            f'{meta_path}: direction: expected "ltr" or "rtl", got {meta.get("direction")!r}'
        )
    review = read_review(meta_path, meta)
    keyboard = read_keyboard(meta_path, meta, code)
    separator = meta.get("list_separator", ", ")
    if not isinstance(separator, str) or not separator.strip():
        raise ContentError(f'{meta_path}: list_separator: expected a text, e.g. ", "')
    minus = meta.get("minus", "")
    if not isinstance(minus, str):
        raise ContentError(f'{meta_path}: minus: expected the word for a minus sign, e.g. "moins"')
    if not plurals.has_rule(meta["qt_locale"]):
        raise ContentError(
            f"{meta_path}: qt_locale: {meta['qt_locale']!r} is not a locale the Unicode CLDR "
            'knows (its plural rule is needed), e.g. "tr_TR"'
        )

    slip_path = folder / "slip.toml"
    slip_data = read_content_toml(slip_path)
    slip_table = slip_data.get("slip")
    if not isinstance(slip_table, dict):
        raise ContentError(f"{slip_path}: [slip]: table missing")
    plain = {key: value for key, value in slip_table.items() if not isinstance(value, dict)}
    return Language(
        code=code,
        name=meta["name"],
        rtl=meta["direction"] == "rtl",
        reviewed=review.reviewed,
        reviewed_by=review.by,
        reviewed_on=review.on,
        qt_locale=meta["qt_locale"],
        date_format=meta["date_format"],
        keyboard=keyboard,
        slip=strings(slip_path, plain, "slip"),
        language_names=strings(slip_path, slip_data.get("language_names", {}), "language_names"),
        questions=load_question_texts(folder / "questionnaire.toml", questionnaire),
        pages=load_pages(folder / "pages"),
        slip_counted=_counted(slip_path, slip_table, meta["qt_locale"]),
        list_separator=separator,
        voice=meta["voice"],
        minus=minus,
    )


def _counted(path: Path, table: Mapping[str, Any], code: str) -> dict[str, dict[str, str]]:
    """The counted texts of [slip]: each a table with exactly the forms of the language."""
    wanted = plurals.categories(code)
    counted = {}
    for key, forms in table.items():
        if not isinstance(forms, dict):
            continue
        where = f"{path}: [slip] {key}"
        for form in wanted:
            if not isinstance(forms.get(form), str) or not forms[form].strip():
                raise ContentError(
                    f"{where}: the form {form!r} is missing (a counted text in "
                    f"{code!r} has the forms {', '.join(wanted)})"
                )
        stray = sorted(set(forms) - set(wanted))
        if stray:
            raise ContentError(
                f"{where}: {stray[0]!r} is not a plural form of {code!r} "
                f"(expected {', '.join(wanted)})"
            )
        counted[key] = dict(forms)
    return counted


def _check_same_keys(languages: Mapping[str, Language]) -> None:
    """Every language must have every key any other language has, and the same pages.
    ([language_names] may differ: a name a language's file lacks comes from CLDR.)"""
    first = next(iter(languages.values()))
    for language in languages.values():
        for table in ("slip",):
            mine: Mapping[str, str] = getattr(language, table)
            for other in languages.values():
                theirs: Mapping[str, str] = getattr(other, table)
                missing = set(theirs) - set(mine)
                if table == "slip" and missing & set(language.slip_counted):
                    raise ContentError(
                        f"locales/{other.code}/slip.toml: [slip] "
                        f"{sorted(missing & set(language.slip_counted))[0]}: a plain text, "
                        f"counted in {language.code}: give it its plural forms"
                    )
                if missing:
                    raise ContentError(
                        f"locales/{language.code}/slip.toml: [{table}] "
                        f"{sorted(missing)[0]}: missing (present in "
                        f"{other.code})"
                    )
                for key in set(mine) & set(theirs):
                    if set(_PLACEHOLDER.findall(mine[key])) != set(
                        _PLACEHOLDER.findall(theirs[key])
                    ):
                        raise ContentError(
                            f"locales/{language.code}/slip.toml: [{table}] {key}: its "
                            f"{{placeholders}} differ from {other.code}'s"
                        )
        _check_counted(language, languages)
        names = [page.source.name for page in language.pages]
        expected = [page.source.name for page in first.pages]
        if names != expected:
            raise ContentError(
                f"locales/{language.code}/pages: pages {names} differ from "
                f"{first.code}'s {expected}"
            )


def _check_counted(language: Language, languages: Mapping[str, Language]) -> None:
    """A counted text is counted in every language, with the same {placeholders}: its
    "other" form has them all, and no form has one the "other" form lacks ("1 réponse"
    may leave the number out)."""
    where = f"locales/{language.code}/slip.toml: [slip]"
    for other in languages.values():
        missing = set(other.slip_counted) - set(language.slip_counted)
        if missing:
            raise ContentError(
                f"{where} {sorted(missing)[0]}: missing, or not counted (counted in "
                f"{other.code}: give it its plural forms)"
            )
    for key, forms in language.slip_counted.items():
        full = set(_PLACEHOLDER.findall(forms["other"]))
        for form, value in forms.items():
            if not set(_PLACEHOLDER.findall(value)) <= full:
                raise ContentError(
                    f'{where} {key}.{form}: a {{placeholder}} its "other" form has not'
                )
        for other in languages.values():
            if set(_PLACEHOLDER.findall(other.slip_counted[key]["other"])) != full:
                raise ContentError(
                    f"{where} {key}: its {{placeholders}} differ from {other.code}'s"
                )
