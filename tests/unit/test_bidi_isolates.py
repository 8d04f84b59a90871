"""Numbers, phone numbers, the floor, references and Latin words inside an Arabic text
are wrapped in Unicode isolates, so the Unicode bidi algorithm keeps their own order:
"-2" is not drawn "2-", "(Route 610)" keeps its parentheses. Here: every Arabic text the
kiosk ships (content and screen catalog), what is said of them, and how the slip draws
them."""

from __future__ import annotations

import io
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.content.locales import load_content
from kiosk.content.questionnaire import Typed
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.printing.slip import SlipRenderer
from kiosk.printing.slip_parts import text
from kiosk.resources import I18N_DIR, resource_path
from kiosk.services.speech import as_said
from tests.helpers.declarations import make_declaration

OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
PDI = "\u2069"
LEFT_TO_RIGHT = ("L", "EN", "AN")  # Latin letters, digits
SIGNS = ("ES", "ET", "CS")  # "-" "+" "." "/" ":" with the digits they go with
RIGHT_TO_LEFT_CODES = ("ar",)


def unisolated(value: str) -> list[str]:
    """The left-to-right runs ("-2", "Route 610", "GLP-1") of a right-to-left text that
    are outside every isolate; a `{placeholder}` or `%n` is filled in isolated at run time."""
    value = value.replace("%n", " ")
    while "{" in value and "}" in value[value.index("{") :]:
        start = value.index("{")
        value = value[:start] + " " + value[value.index("}", start) + 1 :]
    if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in value):
        return []
    found: list[str] = []
    run, depth = "", 0
    for char in value + "\n":
        if char in OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        kind = unicodedata.bidirectional(char)
        if depth == 0 and (kind in LEFT_TO_RIGHT or kind in SIGNS or (run and kind == "WS")):
            run += char
            continue
        while run and unicodedata.bidirectional(run[-1]) in (*SIGNS, "WS"):
            run = run[:-1]  # "-2،": the Arabic comma goes with the Arabic text
        if any(unicodedata.bidirectional(c) in LEFT_TO_RIGHT for c in run):
            found.append(run.lstrip(":.,،/ "))
        run = ""
    return found


def strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


def shipped_texts(code: str) -> Iterator[tuple[str, str]]:
    """Every text of a language: its content files, its pages, its screen catalog."""
    folder = resource_path("locales") / code
    for path in sorted(folder.rglob("*.toml")):
        if path.name != "language.toml":  # names and settings, not texts
            yield from strings(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    for path in sorted(folder.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{number}", line
    for message in ET.parse(I18N_DIR / f"kiosk_{code}.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform")) or [translation]
        for form in forms:
            yield f"kiosk_{code}.ts: {message.findtext('source')}", form.text or ""


def test_the_scan_finds_what_it_must() -> None:
    assert unisolated("الطابق -2، المسار 610 (Route 610)") == ["-2", "610", "Route 610"]
    assert unisolated("الهاتف: \u200e+32 2 764 29 00") == ["\u200e+32 2 764 29 00"]
    assert unisolated("الطابق \u2066-2\u2069، المسار \u2066610\u2069") == []
    assert unisolated("مرجعك: {reference}، بعد %n ثوانٍ") == []
    assert unisolated("Floor -2") == []  # not a right-to-left text


@pytest.mark.parametrize("code", RIGHT_TO_LEFT_CODES)
def test_every_left_to_right_run_in_a_right_to_left_text_is_isolated(code: str) -> None:
    found = [
        f"{where}: {runs}" for where, value in shipped_texts(code) if (runs := unisolated(value))
    ]
    assert not found, "wrap these in LRI ... PDI (U+2066 ... U+2069):\n" + "\n".join(found)


@pytest.mark.parametrize("code", RIGHT_TO_LEFT_CODES)
def test_isolates_are_balanced(code: str) -> None:
    for where, value in shipped_texts(code):
        depth = 0
        for char in value:
            depth += char in OPENERS
            depth -= char == PDI
            assert depth >= 0, where
        assert depth == 0, where


def test_names_on_the_box_and_typed_answers_are_isolated_in_arabic() -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    content = load_content(resource_path("locales"), ["ar", "fr"], questionnaire)
    drugs = questionnaire.question("anticoagulant_drugs")
    weight = questionnaire.question("child_weight")
    assert drugs is not None and weight is not None
    arabic, french = content.language("ar"), content.language("fr")

    label = arabic.option_label(drugs, "rivaroxaban")
    assert label.startswith("\u2068Xarelto\u2069 (") and not unisolated(label)
    assert french.option_label(drugs, "rivaroxaban").startswith("Xarelto (")
    typed = arabic.answer_text(weight, Typed("12"))
    assert typed == f"\u206812 {weight.unit}\u2069" and not unisolated(typed)


def test_read_aloud_says_no_isolate_and_says_the_minus() -> None:
    said = as_said("الطابق \u2066-2\u2069، المسار \u2066610\u2069", "ناقص")
    assert said == "الطابق ناقص 2، المسار 610"
    assert as_said("Étage -2, route 610, K7F-3QX", "moins") == "Étage moins 2, route 610, K7F-3QX"
    assert as_said("floor -2") == "floor -2"  # the English voice says "minus" itself


def test_the_slip_draws_no_isolate(tmp_path: Path) -> None:
    """The slip in Arabic (staff language ar): DejaVu has no glyph for an isolate."""
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    arabic = load_content(resource_path("locales"), ["ar"], questionnaire).language("ar")
    renderer = SlipRenderer(
        questionnaire,
        arabic,
        "Hôpital",
        "Radiologie",
        "receipt80",
        resource_path("fonts"),
        lambda code: code,
    )
    declaration = make_declaration(
        language="ar",
        extra_answers={"diabetes": "yes", "diabetes_medicines": frozenset({"glp1"})},
    )
    pdf = renderer.render(declaration, "K7F-3QX").data
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    assert "GLP-1" in printed and "K7F-3QX" in printed
    assert not set(printed) & set(OPENERS + PDI + "\u200e")
    assert text("\u2066GLP-1\u2069 <b>") == "GLP-1 &lt;b&gt;"
