"""Everything a patient and reception read, per language, apart from the screen texts.

A language is a folder `resources/locales/<code>/` with `language.toml`, `slip.toml`,
`questionnaire.toml` and `pages/*.md`. Loading checks that every enabled language has
every text, and names the file and the entry that is missing. The words of the screens
themselves (buttons, messages) are Qt translations in `i18n/` (see `ui/texts.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from kiosk.content import plurals
from kiosk.content.questionnaire import Answer, Question, Questionnaire, Typed, chosen_options
from kiosk.content.translator_review import read_review
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    title: str
    blocks: tuple[Paragraph | Bullets, ...]
    source: Path

    def plain_text(self) -> str:
        lines = [self.title]
        for block in self.blocks:
            lines.extend(block.items if isinstance(block, Bullets) else [block.text])
        return "\n".join(lines)


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
            name = _read_toml(folder / "language.toml").get("name")
        except ContentError:
            continue
        if isinstance(name, str) and name.strip():
            names[folder.name] = name
    return names


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(path, ContentError, "content file")


def _strings(path: Path, table: Any, name: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ContentError(f"{path}: [{name}]: table missing")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{path}: [{name}] {key}: expected a non-empty text")
    return dict(table)


def _load_language(folder: Path, code: str, questionnaire: Questionnaire) -> Language:
    if not folder.is_dir():
        raise ContentError(f"{folder}: language {code!r} is enabled but has no folder")
    meta_path = folder / "language.toml"
    meta = _read_toml(meta_path)
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
    keyboard = _keyboard(meta_path, meta, code)
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
    slip_data = _read_toml(slip_path)
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
        slip=_strings(slip_path, plain, "slip"),
        language_names=_strings(slip_path, slip_data.get("language_names", {}), "language_names"),
        questions=_load_question_texts(folder / "questionnaire.toml", questionnaire),
        pages=_load_pages(folder / "pages"),
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


def _keyboard(path: Path, meta: dict[str, Any], code: str) -> Keyboard:
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


def _load_question_texts(path: Path, questionnaire: Questionnaire) -> dict[str, QuestionText]:
    data = _read_toml(path)
    shared = _strings(path, data.get("options", {}), "options")
    # The common answers in the third person, for staff ("Ne sait pas").
    shared_slip = _strings(path, data.get("slip_options", {}), "slip_options")
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
        own = _strings(path, table.get("options", {}), f"questions.{qid}.options")
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
        own_slip = _strings(path, table.get("slip_options", {}), f"questions.{qid}.slip_options")
        items = _strings(path, table.get("items", {}), f"questions.{qid}.items")
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


def _load_pages(folder: Path) -> tuple[Page, ...]:
    files = sorted(folder.glob("*.md"))
    if not files:
        raise ContentError(f"{folder}: no explanation page (*.md)")
    pages = []
    for path in files:
        try:
            pages.append(parse_page(path.read_text(encoding="utf-8"), path))
        except UnicodeDecodeError as failure:
            raise ContentError(
                f"{path}: not UTF-8 text (byte {failure.start}): save it as UTF-8"
            ) from None
    return tuple(pages)


def parse_page(markdown: str, source: Path) -> Page:
    """Parse the small Markdown subset of a page: `# Title`, paragraphs, `- ` bullets."""
    lines = markdown.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        raise ContentError(f'{source}: line 1: expected "# Title"')
    blocks: list[Paragraph | Bullets] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()
        if bullets:
            blocks.append(Bullets(tuple(bullets)))
            bullets.clear()

    for line in (raw.strip() for raw in lines[1:]):
        if not line:
            flush()
        elif line.startswith("- "):
            if paragraph:
                flush()
            bullets.append(line[2:].strip())
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    if not blocks:
        raise ContentError(f"{source}: the page has a title but no text")
    return Page(title=lines[0][2:].strip(), blocks=tuple(blocks), source=source)


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
