"""What the translators' review pack lists: every text of the kiosk in French (the
source the hospital wrote), English and one language, row by row, with where each text
is used. `python main.py translation-pack --language CODE`.

Read straight from the files a translator would otherwise open, Qt- and ReportLab-free:
the language's glossary first, then the screens' texts (the Qt catalogs
`i18n/kiosk_<code>.ts`, the English source, French from `kiosk_fr.ts`; each plural form of
a counted text on its own row), the questionnaire's wordings, the explanation pages
paragraph by paragraph, the slip's labels and the clinical pack's headings. Texts are
matched by their key, so a text one language lacks shows as an empty cell.
`kiosk/commands/translation_pack.py` lays this out as a PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.commands.translation_pack_screens import catalog, screen_texts
from kiosk.content import plurals
from kiosk.content.locales import Bullets, parse_page
from kiosk.content.translator_review import Review, read_review
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

SOURCE, ENGLISH = "fr", "en"
Key = tuple[str, ...]
EVERY = "every"  # a language whose counted texts have one form for every number


@dataclass(frozen=True)
class Row:
    where: str
    french: str
    english: str
    other: str  # the language reviewed


@dataclass(frozen=True)
class Section:
    title: str
    files: str  # where the reviewed language's texts are, for the translator's notes
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class TranslationPack:
    code: str
    name: str  # in the language itself
    rtl: bool
    review: Review
    printed_at: datetime
    hospital: str
    department: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class _Languages:
    """The three languages' folders and QLocale names (for their plural rules)."""

    folders: tuple[Path, Path, Path]  # French, English, the language reviewed
    locales: tuple[str, str, str]


def build_translation_pack(
    content_root: Path,
    i18n_dir: Path,
    screen_sources: Path,
    code: str,
    *,
    printed_at: datetime,
    hospital: str,
    department: str,
) -> TranslationPack:
    """The pack for `code`, a language folder of `content_root`/locales; ContentError
    names the file that cannot be read. `screen_sources` is ui/texts.py, read as text
    (never imported: no Qt here) for the key of each screen text."""
    locales = content_root / "locales"
    folders = (locales / SOURCE, locales / ENGLISH, locales / code)
    if not (locales / code / "language.toml").is_file():
        raise ContentError(f"{locales / code}: no language {code!r} there (no language.toml)")
    metas = [
        read_toml(folder / "language.toml", ContentError, "content file") for folder in folders
    ]
    qt_locales = tuple(str(meta.get("qt_locale", "")) for meta in metas)
    for folder, locale in zip(folders, qt_locales, strict=True):
        if not plurals.has_rule(locale):
            raise ContentError(f"{folder / 'language.toml'}: qt_locale: {locale!r} is unknown")
    three = _Languages(folders, (qt_locales[0], qt_locales[1], qt_locales[2]))
    mine = metas[2]
    sections = (
        _glossary(three, code),
        _screens(three, i18n_dir, screen_sources, code),
        _questionnaire(three, code),
        _pages(three, code),
        _slip(three, code),
        _keyed(three, "review_pack.toml", "Clinical review pack", code, "pack"),
    )
    return TranslationPack(
        code=code,
        name=str(mine.get("name", code)),
        rtl=mine.get("direction") == "rtl",
        review=read_review(folders[2] / "language.toml", mine),
        printed_at=printed_at,
        hospital=hospital,
        department=department,
        sections=sections,
    )


# ---- matching the three languages' texts by key -------------------------------------------


def _joined(texts: Sequence[Mapping[Key, str]], where: Callable[[Key], str]) -> list[Row]:
    """One row per key: French's order, then keys only the reviewed language or English has."""
    french, english, other = texts
    keys = list(french) + [key for key in other if key not in french]
    keys += [key for key in english if key not in french and key not in other]
    return [
        Row(where(key), french.get(key, ""), english.get(key, ""), other.get(key, ""))
        for key in keys
    ]


def _flat(table: Mapping[str, Any], prefix: Key = ()) -> dict[Key, str]:
    """A TOML table's texts by their dotted key; tables inside it flattened too."""
    texts: dict[Key, str] = {}
    for name, value in table.items():
        if isinstance(value, Mapping):
            texts.update(_flat(value, (*prefix, name)))
        elif isinstance(value, str):
            texts[(*prefix, name)] = value
    return texts


def _read(three: _Languages, name: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    def one(folder: Path) -> dict[str, Any]:
        path = folder / name
        return read_toml(path, ContentError, "content file") if path.is_file() else {}

    french, english, other = (one(folder) for folder in three.folders)
    return french, english, other


def _counted_rows(where: str, forms: tuple[Mapping[str, str], ...], three: _Languages) -> list[Row]:
    """A counted text: one row per form of the reviewed language, beside the French and
    English forms the same number takes."""
    french, english, other = forms
    rows = []
    for category, value in other.items():
        count = _example(three.locales[2], category)
        rows.append(
            Row(
                f"{where}, counted: {_form_name(three.locales[2], category)}",
                _form(french, three.locales[0], count),
                _form(english, three.locales[1], count),
                value,
            )
        )
    return rows


def _form(forms: Mapping[str, str], locale: str, count: int) -> str:
    if not forms:
        return ""
    if EVERY in forms:
        return forms[EVERY]
    return forms.get(plurals.category(locale, count)) or forms.get("other") or ""


def _counts(locale: str, category: str) -> list[int]:
    return [n for n in plurals.COUNTS if plurals.category(locale, n) == category]


def _example(locale: str, category: str) -> int:
    if category == EVERY:
        return 2
    counts = _counts(locale, category)  # 2 rather than 0, which French counts as one
    return next((n for n in counts if n >= 2), counts[0] if counts else 2)


def _form_name(locale: str, category: str) -> str:
    """ "form one (1)", "form few (3, 4, 5…)", "one form for every number"."""
    if category == EVERY:
        return "one form for every number"
    counts = _counts(locale, category)
    shown = ", ".join(str(n) for n in counts[:3]) + ("…" if len(counts) > 3 else "")
    return f"form {category} ({shown})"


def _qt_forms(forms: list[str], locale: str) -> dict[str, str]:
    """A Qt numerus message's forms by CLDR category (the same rules, the same order)."""
    categories = plurals.categories(locale)
    if len(forms) == len(categories):
        return dict(zip(categories, forms, strict=True))
    if len(forms) == 1:
        return {EVERY: forms[0]}
    return {f"{number + 1} of {len(forms)}": form for number, form in enumerate(forms)}


# ---- the sections --------------------------------------------------------------------------


def _glossary(three: _Languages, code: str) -> Section:
    tables = _read(three, "glossary.toml")
    terms: list[dict[Key, str]] = [
        {
            (notion,): str(entry.get("term", ""))
            for notion, entry in table.items()
            if isinstance(entry, dict)
        }
        for table in tables
    ]
    rows = _joined(terms, lambda key: f"Glossary: {key[0]}")
    return Section("Glossary: the fixed terms", f"locales/{code}/glossary.toml", tuple(rows))


def _screens(three: _Languages, i18n_dir: Path, sources: Path, code: str) -> Section:
    english = catalog(i18n_dir / f"kiosk_{ENGLISH}.ts")  # only the counted texts
    rows: list[Row] = []
    for where, source, french, other in screen_texts(i18n_dir, sources, code):
        mine = (english.get(source) or [source]) if code == ENGLISH else other
        if len(french) > 1 or len(mine) > 1 or source in english:
            forms = (
                _qt_forms(french, three.locales[0]),
                _qt_forms(english.get(source, [source]), three.locales[1]),
                _qt_forms(mine, three.locales[2]),
            )
            rows += _counted_rows(where, forms, three)
        else:
            rows.append(Row(where, french[0], source, mine[0]))
    return Section("Screens", f"i18n/kiosk_{code}.ts (Qt Linguist or any text editor)", tuple(rows))


QUESTION_PARTS = {
    "title": "short title (review screen, slip)",
    "text": "question",
    "help": "help under the question",
    "text_other": "question, filled in for someone else",
    "help_other": "help, filled in for someone else",
    "slip_title": "title on the slip (clinical words)",
}


def _question_place(key: Key) -> str:
    if key[0] == "options":
        return f"Answer shared by many questions: {key[1]}"
    if key[0] == "slip_options":
        return f"Answer shared by many questions, on the slip: {key[1]}"
    if key[0] == "questions" and len(key) == 3:
        return f"Question: {key[1]}, {QUESTION_PARTS.get(key[2], key[2])}"
    if key[0] == "questions" and len(key) == 4:
        part = {
            "options": "option",
            "slip_options": "option on the slip",
            "items": "heading of the questions on option",
        }.get(key[2], key[2])
        return f"Question: {key[1]}, {part} {key[3]}"
    return "Questionnaire: " + ".".join(key)


def _questionnaire(three: _Languages, code: str) -> Section:
    tables = tuple(_flat(table) for table in _read(three, "questionnaire.toml"))
    rows = _joined((tables[0], tables[1], tables[2]), _question_place)
    return Section(
        "Questions, answers, help and the slip's clinical words",
        f"locales/{code}/questionnaire.toml",
        tuple(rows),
    )


def _page_texts(folder: Path) -> dict[Key, str]:
    texts: dict[Key, str] = {}
    for path in sorted((folder / "pages").glob("*.md")):
        try:
            page = parse_page(path.read_text(encoding="utf-8"), path)
        except (OSError, UnicodeDecodeError) as error:
            raise ContentError(f"{path}: cannot be read: {error}") from None
        texts[(path.name, "title")] = page.title
        for number, block in enumerate(page.blocks, start=1):
            if isinstance(block, Bullets):
                for item, value in enumerate(block.items, start=1):
                    texts[(path.name, f"paragraph {number}, list item {item}")] = value
            else:
                texts[(path.name, f"paragraph {number}")] = block.text
    return texts


def _is_counted(value: object) -> bool:
    """A table of plural forms: { one = "…", other = "…" }."""
    return (
        isinstance(value, Mapping)
        and bool(value)
        and set(value) <= set(plurals.ORDER)
        and all(isinstance(text, str) for text in value.values())
    )


def _pages(three: _Languages, code: str) -> Section:
    french, english, other = (_page_texts(folder) for folder in three.folders)
    rows = _joined((french, english, other), lambda key: f"Explanation page {key[0]}, {key[1]}")
    return Section("Explanation pages", f"locales/{code}/pages/*.md", tuple(rows))


def _slip(three: _Languages, code: str) -> Section:
    tables = _read(three, "slip.toml")
    when = _read(three, "review_pack.toml")[1].get("pack", {}).get("slip_keys", {})
    slips = tuple(table.get("slip", {}) for table in tables)
    rows: list[Row] = []
    keys = list(slips[0]) + [key for key in slips[2] if key not in slips[0]]
    for key in keys:
        where = f"Slip: {key}" + (f" ({when[key]})" if isinstance(when.get(key), str) else "")
        values = [slip.get(key, "") for slip in slips]
        if any(isinstance(value, dict) for value in values):
            forms = tuple(value if isinstance(value, dict) else {} for value in values)
            rows += _counted_rows(where, forms, three)
        else:
            rows.append(Row(where, *(str(value) for value in values)))
    names: list[dict[Key, str]] = [
        {(name,): str(value) for name, value in table.get("language_names", {}).items()}
        for table in tables
    ]
    rows += _joined(names, lambda key: f"Slip: the language {key[0]}")
    metas: list[dict[Key, str]] = [
        {("name",): str(meta.get("name", ""))} for meta in _read(three, "language.toml")
    ]
    rows += _joined(metas, lambda key: "Language button: its name in itself")
    return Section("The slip", f"locales/{code}/slip.toml, language.toml", tuple(rows))


def _keyed(three: _Languages, name: str, title: str, code: str, table: str) -> Section:
    """A file's texts by key, in French's order; a counted one ({ one = "…", other = "…" })
    one row per form of the reviewed language (all of them, empty, when it has none yet)."""
    datas = tuple(data.get(table, {}) for data in _read(three, name))
    rows: list[Row] = []
    for key in dict.fromkeys([*datas[0], *datas[2], *datas[1]]):
        values = [data.get(key) for data in datas]
        if any(_is_counted(value) for value in values):
            forms = tuple(value if _is_counted(value) else {} for value in values)
            mine = forms[2] or dict.fromkeys(plurals.categories(three.locales[2]), "")
            rows += _counted_rows(f"{title}: {key}", (forms[0], forms[1], mine), three)
            continue
        tables = [_flat({key: value}) if value is not None else {} for value in values]
        rows += _joined(tables, lambda place: f"{title}: {'.'.join(place)}")
    files = f"locales/{code}/{name}"
    if not (three.folders[2] / name).is_file():
        files += " (not there yet: the pack is printed with the English headings)"
    return Section(f"{title} headings", files, tuple(rows))
