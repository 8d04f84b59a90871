"""A slip printed with Arabic as the staff language (kiosk.staff_language = "ar"): every
Arabic text is shaped (its letters joined) and read from the right, its words in order;
numbers, the reference and Latin names keep their own order. ReportLab lays words out
left to right and has no Unicode bidi: the slip gives it each line in drawing order."""

from __future__ import annotations

import io
import itertools
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.assembly import slip_renderer
from kiosk.config import load_config
from kiosk.content.locales import Language, load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.printing.slip_parts import drawing_order, mirrored_brackets
from kiosk.resources import resource_path
from tests.helpers.declarations import make_declaration

# Arabic letters that join the letter after them: two of them side by side, as base
# letters in the text read back, were drawn apart (a shaped word reads back as its
# presentation forms, U+FB50-U+FEFF).
JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئ")
ARABIC_LETTER = range(0x0621, 0x064B)


def unjoined(printed: str) -> list[str]:
    return [
        word
        for word in printed.split()
        if any(a in JOINING and ord(b) in ARABIC_LETTER for a, b in itertools.pairwise(word))
    ]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Language]:
    data = tmp_path_factory.mktemp("data")
    config = load_config(
        overrides=['kiosk.staff_language="ar"', f'kiosk.data_dir="{data}"'], environ={}
    )
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    content = load_content(resource_path("locales"), config.kiosk.languages, questionnaire)
    declaration = make_declaration(
        language="fr",
        last_name="الحسني",
        first_name="فاطمة",
        extra_answers={
            "diabetes": "yes",
            "diabetes_medicines": frozenset({"glp1", "metformin"}),
        },
    )
    pdf = slip_renderer(config, questionnaire, content)().render(declaration, "K7F-3QX").data
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text, content.language("ar")


def test_every_arabic_word_is_shaped(printed: tuple[str, Language]) -> None:
    text, _ = printed
    assert not unjoined(text), unjoined(text)


def test_arabic_texts_read_in_their_order(printed: tuple[str, Language]) -> None:
    text, arabic = printed
    read = " ".join(unicodedata.normalize("NFKC", text).split())
    for key in ("title", "declarations", "other_answers", "reference", "unverified"):
        wanted = " ".join(arabic.slip_text(key).split())
        assert wanted in read, (key, wanted)
    assert f"{arabic.slip_text('attention')} {arabic.slip_title('diabetes')}" in read


def test_numbers_and_latin_words_keep_their_order(printed: tuple[str, Language]) -> None:
    text, _ = printed
    for kept in ("K7F-3QX", "03/04/1958", "27/11/2026", "GLP-1", "Glucophage", "13:42"):
        assert kept in text, kept


def test_a_line_read_from_the_right_is_drawn_in_reverse_but_latin_and_numbers_kept() -> None:
    words = ["قبل", "27/11/2026", "الساعة", "07:42", "(Xarelto,", "Eliquis)", "نعم"]
    assert drawing_order(words, True) == [
        "نعم", "(Xarelto,", "Eliquis)", "07:42", "الساعة", "27/11/2026", "قبل",
    ]  # fmt: skip
    assert [mirrored_brackets(word) for word in ("(68", "12)", "27/11/2026")] == [
        "68)", "(12", "27/11/2026",
    ]  # fmt: skip


@pytest.mark.parametrize(("staff", "reference_side"), [("ar", "right"), ("fr", "left")])
def test_the_reference_is_read_first_and_the_qr_code_follows_it(
    tmp_path: Path, staff: str, reference_side: str
) -> None:
    """An Arabic slip is read from the right: the reference there, its QR code on the
    left (it kept the left-to-right order, the code first for a reader from the right)."""
    config = load_config(
        overrides=[f'kiosk.staff_language="{staff}"', f'kiosk.data_dir="{tmp_path}"'], environ={}
    )
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    content = load_content(resource_path("locales"), config.kiosk.languages, questionnaire)
    pdf = slip_renderer(config, questionnaire, content)().render(make_declaration(), "K7F-3QX")
    page = PdfReader(io.BytesIO(pdf.data)).pages[0]
    found: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if "K7F" in text:
            found.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    page.extract_text(visitor_text=seen)
    width = float(page.mediabox.width)
    assert found, "the reference is printed"
    if reference_side == "right":  # after the code's column, at the right
        assert found[0] > 0.25 * width
    else:  # at the left margin, the code in the right column
        assert found[0] < 0.1 * width
