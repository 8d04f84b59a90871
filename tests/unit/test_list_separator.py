"""Answers listed together are kept apart by the language's own comma: Arabic's is "،"
(U+060C), never a Latin "," between Arabic words. The review rows, the slip and the
all-"no" line all join through the language (language.toml list_separator)."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.patient.clinical import ClinicalSummary
from kiosk.patient.review import review_items
from kiosk.printing.slip import SlipRenderer
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration
from tests.helpers.journey import NO_TO_ALL, FakeClock, make_flow, walk
from tests.unit.test_review import WORDS

QUESTIONNAIRE = load_questionnaire(resource_path("questionnaire.toml"))
CONTENT = load_content(resource_path("locales"), ("ar", "fr", "en", "nl", "de"), QUESTIONNAIRE)
ARABIC = CONTENT.language("ar")
REACTIONS = {
    **NO_TO_ALL,
    "allergy": "yes",
    "allergy_to": frozenset({"latex", "iodinated_contrast"}),
    "allergy_reaction:latex": frozenset({"collapse", "rash"}),
}


def latin_comma_between_right_to_left_words(value: str) -> bool:
    """A "," whose nearest letters on both sides are right-to-left ones."""

    def direction(chars: str) -> str | None:
        for char in chars:
            if unicodedata.bidirectional(char) in ("R", "AL", "L"):
                return "L" if unicodedata.bidirectional(char) == "L" else "R"
        return None

    return any(
        char == "," and direction(value[:at][::-1]) == direction(value[at + 1 :]) == "R"
        for at, char in enumerate(value)
    )


def test_each_language_has_its_separator() -> None:
    assert ARABIC.list_separator == "\u060c "
    for code in ("fr", "en", "nl", "de"):
        assert CONTENT.language(code).list_separator == ", "


def test_arabic_review_rows_join_answers_with_the_arabic_comma() -> None:
    flow = make_flow(clock=FakeClock())
    walk(flow, REACTIONS)

    rows = review_items(flow, ARABIC, WORDS)
    texts = [text for row in rows for text in (row.label, row.value, *row.details)]

    reaction = ARABIC.question("allergy_reaction").options
    joined = f"{reaction['rash']}\u060c {reaction['collapse']}"
    assert any(joined in text for text in texts), texts
    assert not [text for text in texts if latin_comma_between_right_to_left_words(text)]


def test_an_arabic_slip_joins_answers_with_the_arabic_comma() -> None:
    declaration = make_declaration(
        language="ar",
        answers={**ALL_NO_ANSWERS, "pregnancy": "not_applicable", "thyroid": "not_applicable"},
    )
    clinical = ClinicalSummary(QUESTIONNAIRE, ARABIC)
    all_no = clinical.all_no(declaration)
    assert all_no is not None
    assert not latin_comma_between_right_to_left_words(all_no)
    assert "\u060c " in all_no

    several = make_declaration(language="ar", extra_answers=dict(REACTIONS))
    lines = [line.value for line in clinical.lines(several)]
    assert not [value for value in lines if latin_comma_between_right_to_left_words(value)]
    assert any("\u060c " in value for value in lines)


def test_a_french_review_keeps_the_latin_comma() -> None:
    flow = make_flow(clock=FakeClock())
    walk(flow, REACTIONS)
    french = CONTENT.language("fr")
    rows = {row.name: row for row in review_items(flow, french, WORDS)}
    reaction = french.question("allergy_reaction")
    assert rows["allergy_reaction:latex"].value == (
        f"{reaction.title}: {reaction.options['rash']}, {reaction.options['collapse']}"
    )


def test_the_pdf_of_an_arabic_slip_has_no_latin_comma_between_arabic_words() -> None:
    renderer = SlipRenderer(
        QUESTIONNAIRE, ARABIC, "H", "R", "receipt80", resource_path("fonts"), lambda c: c
    )
    declaration = make_declaration(language="ar", extra_answers=dict(REACTIONS))
    pdf = renderer.render(declaration, "K7F-3QX").data
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "\u060c" in printed
