"""The translators' review pack as a translator reads it: a real PDF, read back with pypdf
with each text's place on the page, so that "side by side" is checked, not assumed."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kiosk.commands.translation_pack import COLUMN, MARGIN, WHERE, TranslationPackRenderer
from kiosk.commands.translation_pack_content import TranslationPack, build_translation_pack
from kiosk.commands.translation_pack_screens import screen_place
from kiosk.content import plurals
from kiosk.resources import I18N_DIR, RESOURCE_ROOT, SCREEN_SOURCES, resource_path

PRINTED_AT = datetime(2026, 12, 5, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))
SHIPPED = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))
Fragment = tuple[str, float, float]  # text, x, y of a piece of text drawn on a page

QUESTION = {
    "fr": "Prenez-vous des médicaments qui fluidifient le sang",
    "en": "Do you take blood thinners",
    "nl": "Neemt u bloedverdunners",
    "ar": "هل تتناول أدوية لتمييع الدم",
}


def build(code: str) -> TranslationPack:
    return build_translation_pack(
        RESOURCE_ROOT,
        I18N_DIR,
        SCREEN_SOURCES,
        code,
        printed_at=PRINTED_AT,
        hospital="Hôpital <Saint-Exemple>",
        department="Radiologie interventionnelle",
    )


@pytest.fixture(scope="module", params=["nl", "ar"])
def pages(request: pytest.FixtureRequest) -> tuple[str, list[list[Fragment]]]:
    """The language, and each page's pieces of text (letters NFKC: Arabic's shaped
    forms read back as its letters)."""
    pdf = TranslationPackRenderer(build(request.param), resource_path("fonts")).render()
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fragments: list[Fragment] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            value = " ".join(unicodedata.normalize("NFKC", text).split())
            if value:
                fragments.append((value, cm[4] + tm[4], cm[5] + tm[5]))  # noqa: B023

        page.extract_text(visitor_text=visit)
        found.append(fragments)
    return request.param, found


def row(pages: list[list[Fragment]], where: str) -> tuple[int, list[Fragment]]:
    """The page of the row whose "where used" cell starts with `where`, and the pieces
    on its first line, left to right."""
    for number, fragments in enumerate(pages):
        for value, _, y in fragments:
            if value.startswith(where):
                line = [piece for piece in fragments if abs(piece[2] - y) < 4]
                return number, sorted(line, key=lambda piece: piece[1])
    raise AssertionError(f"no row {where!r}")


ROW_STARTS = ("Question:", "Answer", "Glossary:", "Screen text", "Slip:", "Explanation page")


def cells(pages: list[list[Fragment]], where: str) -> list[str]:
    """The four cells of the row whose "where used" cell starts with `where`: each
    column's pieces down to the next row (it may go on to the next page: not here)."""
    number, line = row(pages, where)
    top = line[0][2]
    edges = [MARGIN, MARGIN + WHERE, MARGIN + WHERE + COLUMN, MARGIN + WHERE + 2 * COLUMN]
    below = [
        y
        for value, x, y in pages[number]
        if x < edges[1] and y < top - 4 and value.startswith(ROW_STARTS)
    ]
    bottom = max(below, default=0)
    found = []
    for left, right in zip(edges, [*edges[1:], 10_000], strict=True):
        pieces = [
            (y, x, value)
            for value, x, y in pages[number]
            if left - 1 <= x < right - 1 and bottom + 4 < y <= top + 4
        ]
        found.append(" ".join(value for _, _, value in sorted(pieces, key=lambda p: (-p[0], p[1]))))
    return found


def whole(pages: list[list[Fragment]], number: int) -> str:
    return " ".join(value for value, _, _ in pages[number])


def test_a_french_question_and_its_translations_are_on_one_row_in_order(
    pages: tuple[str, list[list[Fragment]]],
) -> None:
    code, found = pages
    _, line = row(found, "Question: anticoagulants, question")
    columns = {
        language: next(x for value, x, _ in line if value.startswith(QUESTION[language][:12]))
        for language in ("fr", "en", code)
    }
    assert columns["fr"] < columns["en"] < columns[code]  # where, French, English, the language

    where, french, english, mine = cells(found, "Question: anticoagulants, question")

    assert where == "Question: anticoagulants, question"
    assert french == (
        "Prenez-vous des médicaments qui fluidifient le sang (anticoagulants ou "
        "antiagrégants plaquettaires) ?"
    )
    assert english == "Do you take blood thinners (anticoagulants or antiplatelets)?"
    if code == "nl":
        assert mine == "Neemt u bloedverdunners (anticoagulantia of plaatjesremmers)?"
    else:  # its lines drawn right to left: each line's words read back from the right
        assert "أدوية" in mine and "الدموية" in mine and "(" in mine


def test_right_to_left_text_is_shaped_and_right_aligned_in_its_column(
    pages: tuple[str, list[list[Fragment]]],
) -> None:
    code, found = pages
    _, line = row(found, "Question: anticoagulants, short title")
    title = {"nl": "Bloedverdunners", "ar": "أدوية تمييع الدم"}[code]
    english_x = next(x for value, x, _ in line if value == "Blood thinners")
    mine_x = next(x for value, x, _ in line if value == title)
    column = mine_x - english_x  # English starts its column; the language's is as wide
    if code == "ar":
        assert column > 1.5 * (english_x - line[1][1])  # pushed to the right of its column
    else:
        assert column == pytest.approx(english_x - line[1][1], abs=1)  # from the left


def test_the_glossary_comes_first_with_each_notion_and_term(
    pages: tuple[str, list[list[Fragment]]],
) -> None:
    code, found = pages
    first = whole(found, 0)
    assert "Glossary: the fixed terms" in first
    assert first.index("Glossary: the fixed terms") < whole(found, 0).find("Screens") or (
        "Screens" not in first
    )
    _, line = row(found, "Glossary: blood_thinners")
    term = {"nl": "bloedverdunners", "ar": "أدوية تمييع الدم"}[code]
    texts = [value for value, _, _ in line]
    assert texts[1:] == ["médicaments qui fluidifient le sang", "blood thinners", term]


def test_the_last_page_is_the_sign_off_with_how_to_record_the_review(
    pages: tuple[str, list[list[Fragment]]],
) -> None:
    code, found = pages
    last = whole(found, len(found) - 1)
    for words in ("Sign-off by the translator", "Reviewer's name", "Date", "Signature"):
        assert words in last
    assert f'python main.py language-reviewed --language {code} --by "<name>"' in last
    assert f"resources/locales/{code}/language.toml" in last
    assert f"page {len(found)} of {len(found)}" in last


def test_the_header_says_the_language_is_not_reviewed_and_escapes_the_hospital(
    pages: tuple[str, list[list[Fragment]]],
) -> None:
    _, found = pages
    first = whole(found, 0)
    assert "Hôpital <Saint-Exemple>" in first  # printed as typed, not read as markup
    assert "NO: not reviewed yet" in first


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_has_every_section_and_its_question_row(code: str) -> None:
    pack = build(code)

    titles = [section.title for section in pack.sections]
    assert titles[:2] == ["Glossary: the fixed terms", "Screens"]
    question = next(
        entry
        for section in pack.sections
        for entry in section.rows
        if entry.where == "Question: anticoagulants, question"
    )
    assert question.french.startswith(QUESTION["fr"]) and question.english.startswith(
        QUESTION["en"]
    )
    assert question.other
    pages = next(section for section in pack.sections if section.title == "Explanation pages")
    assert all(entry.french and entry.other for entry in pages.rows), code


def test_each_plural_form_of_a_counted_text_has_its_row() -> None:
    rows = [
        entry
        for section in build("ar").sections
        for entry in section.rows
        if entry.where.startswith(screen_place("idle_text"))
    ]

    assert [entry.where.split("counted: form ")[1].split()[0] for entry in rows] == [
        "zero",
        "one",
        "two",
        "few",
        "many",
        "other",
    ]
    assert "%n seconde " in rows[1].french and "%n second " in rows[1].english
    assert "%n secondes" in rows[2].french and "%n seconds" in rows[2].english


def test_a_screen_text_says_where_it_is_shown() -> None:
    assert screen_place("staff_reprint") == "Screen text (staff mode): staff_reprint"
    assert screen_place("key_space") == "Screen text (on-screen keyboard): key_space"
    assert screen_place("read_aloud") == "Screen text (accessibility bar): read_aloud"


def test_a_counted_wording_of_the_clinical_pack_has_a_row_per_form() -> None:
    """Romanian's three forms beside the French and English ones the same number takes;
    Arabic, which has no review_pack.toml yet, an empty row for each of its six."""
    for code, forms in (("ro", ["one", "few", "other"]), ("ar", list(plurals.ORDER))):
        rows = [
            entry
            for section in build(code).sections
            for entry in section.rows
            if entry.where.startswith("Clinical review pack: ago_day, counted: ")
        ]
        assert [entry.where.split("counted: form ")[1].split()[0] for entry in rows] == forms
        if code == "ro":
            assert [entry.other.split("{n} ")[1].split()[0] for entry in rows] == [
                "zi",
                "zile",
                "de",
            ]
            assert "{n} jour " in rows[0].french and "{n} days " in rows[2].english
        else:
            assert not any(entry.other for entry in rows)
