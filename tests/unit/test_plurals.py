"""A counted text on the slip is a plural ("1 réponse", "2 réponses"), never "réponse(s)":
each counted text of the content files has one form per plural category of its language,
chosen by a rule outside Qt (the slip, `show` and `export` are not drawn by Qt)."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.content import plurals
from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.errors import ContentError
from kiosk.printing.slip import SlipRenderer
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration

# "réponse(s)", "antwoord(en)", "Monat(e)": a word with its plural ending in parentheses
BRACKETED_PLURAL = re.compile(r"\w\((s|e|en|n|er|es|nen)\)", re.IGNORECASE)


def test_plural_rules() -> None:
    assert [plurals.category("fr", n) for n in (0, 1, 2, 10)] == ["one", "one", "other", "other"]
    for code in ("en", "nl", "de"):
        assert [plurals.category(code, n) for n in (0, 1, 2)] == ["other", "one", "other"]
    arabic = {n: plurals.category("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)}
    assert arabic == {
        0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
        100: "other", 102: "other", 103: "few", 111: "many",
    }  # fmt: skip
    assert plurals.categories("ar") == ("zero", "one", "two", "few", "many", "other")


def test_no_content_file_writes_a_plural_in_parentheses() -> None:
    found = [
        f"{path.relative_to(resource_path('locales'))}:{number}: {line.strip()}"
        for path in sorted(resource_path("locales").glob("*/*.toml"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not line.lstrip().startswith("#") and BRACKETED_PLURAL.search(line)
    ]
    assert not found, "give these their plural forms:\n" + "\n".join(found)


def slip_text(code: str, declaration_answers: Mapping[str, object], born: date) -> str:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    staff = load_content(resource_path("locales"), [code], questionnaire).language(code)
    renderer = SlipRenderer(
        questionnaire, staff, "H", "R", "receipt80", resource_path("fonts"), lambda c: c
    )
    declaration = make_declaration(answers=declaration_answers, birth_date=born)
    pdf = renderer.render(declaration, "K7F-3QX").data
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(printed.split())


MADE = datetime(2026, 11, 27, 13, 42, tzinfo=UTC)
ONE_FLAG = {**ALL_NO_ANSWERS, "pregnancy": "no", "allergy": "dont_know"}
TWO_FLAGS = {**ONE_FLAG, "thyroid": "dont_know"}


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("fr", "1 réponse à vérifier", "2 réponses à vérifier"),
        ("nl", "1 antwoord na te kijken", "2 antwoorden na te kijken"),
        ("de", "1 Antwort mit", "2 Antworten mit"),
        ("en", "1 answer to check", "2 answers to check"),
    ],
)
def test_the_slip_counts_answers_in_the_language(code: str, one: str, two: str) -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    assert len(make_declaration(answers=ONE_FLAG).flagged(questionnaire)) == 1
    assert len(make_declaration(answers=TWO_FLAGS).flagged(questionnaire)) == 2
    printed_one = slip_text(code, ONE_FLAG, date(1958, 4, 3))
    printed_two = slip_text(code, TWO_FLAGS, date(1958, 4, 3))
    assert one in printed_one and two in printed_two
    assert "(s)" not in printed_one + printed_two and "(en)" not in printed_one + printed_two


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [("nl", "(1 maand)", "(2 maanden)"), ("de", "(1 Monat)", "(2 Monate)")],
)
def test_the_slip_counts_months_of_age_in_the_language(code: str, one: str, two: str) -> None:
    made = MADE.date()
    one_month = date(made.year, made.month - 1, made.day)
    two_months = date(made.year, made.month - 2, made.day)
    assert one in slip_text(code, ONE_FLAG, one_month)
    assert two in slip_text(code, ONE_FLAG, two_months)


def test_arabic_counts_in_its_six_forms() -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    arabic = load_content(resource_path("locales"), ["ar"], questionnaire).language("ar")
    said = {n: arabic.slip_count("age_months", n, months=n) for n in (1, 2, 3, 11)}
    assert said == {1: "شهر واحد", 2: "شهران", 3: "3 أشهر", 11: "11 شهرًا"}


def test_a_missing_plural_form_names_the_file_and_the_key(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), locales)
    path = locales / "ar" / "slip.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('two = "شهران", ', "", 1), encoding="utf-8")
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))

    with pytest.raises(ContentError) as raised:
        load_content(locales, ["ar", "fr"], questionnaire)

    message = str(raised.value)
    assert "ar/slip.toml" in message and "age_months" in message and "'two'" in message


def test_a_text_counted_in_one_language_only_is_named(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), locales)
    path = locales / "nl" / "slip.toml"
    text = path.read_text(encoding="utf-8")
    counted = 'age_months = { one = "{months} maand", other = "{months} maanden" }'
    assert counted in text
    path.write_text(text.replace(counted, 'age_months = "{months} maand(en)"'), encoding="utf-8")
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))

    with pytest.raises(ContentError) as raised:
        load_content(locales, ["fr", "nl"], questionnaire)

    assert "nl/slip.toml" in str(raised.value) and "age_months" in str(raised.value)
