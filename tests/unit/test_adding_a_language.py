"""A language is files only (docs/adding-a-language.md): its plural forms, its name on the
other languages' slips and its voice come from its own folder and the Unicode CLDR, never
from a list in the code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.errors import ContentError
from kiosk.resources import resource_path

QUESTIONNAIRE = load_questionnaire(resource_path("questionnaire.toml"))


def copy_as(tmp_path: Path, code: str, qt_locale: str, voice: str) -> Path:
    """The English folder copied as language `code`, as step 1 of the guide says (in place
    of the shipped folder, if `code` is shipped: Turkish is)."""
    locales = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), locales)
    shutil.rmtree(locales / code, ignore_errors=True)
    shutil.copytree(locales / "en", locales / code)
    meta = locales / code / "language.toml"
    text = meta.read_text(encoding="utf-8")
    text = re.sub(r'^code = "en"', f'code = "{code}"', text, flags=re.M)
    text = re.sub(r'^qt_locale = "[^"]*"', f'qt_locale = "{qt_locale}"', text, flags=re.M)
    text = re.sub(r'^voice = "[^"]*"', f'voice = "{voice}"', text, flags=re.M)
    meta.write_text(text, encoding="utf-8")
    return locales


def give_romanian_forms(slip: Path) -> None:
    """Romanian counts "1 răspuns", "2 răspunsuri" (few), "20 de răspunsuri" (other)."""
    text = slip.read_text(encoding="utf-8")
    text = re.sub(r"\{ one = (\"[^\"]*\"), other = ", r"{ one = \1, few = \1, other = ", text)
    slip.write_text(text, encoding="utf-8")


def test_a_new_language_takes_its_plural_rule_from_its_locale(tmp_path: Path) -> None:
    locales = copy_as(tmp_path, "xx", "ro_RO", "ro")
    with pytest.raises(ContentError, match=r"slip.toml: \[slip\] \w+: the form 'few' is missing"):
        load_content(locales, ["fr", "xx"], QUESTIONNAIRE)
    give_romanian_forms(locales / "xx" / "slip.toml")
    language = load_content(locales, ["fr", "xx"], QUESTIONNAIRE).language("xx")
    assert [language.slip_count("age_years", n, years=n) for n in (1, 2, 19, 20, 101, 120)] == [
        "1 year",  # one
        "2 year",  # few (the copied English "one" text stands in for it here)
        "19 year",
        "20 years",  # other
        "101 year",  # few again: Romanian's rule, not English's
        "120 years",
    ]


def test_a_new_language_is_named_on_every_other_slip_without_editing_them(
    tmp_path: Path,
) -> None:
    locales = copy_as(tmp_path, "tr", "tr_TR", "tr")
    content = load_content(locales, ["fr", "nl", "de", "ar", "tr"], QUESTIONNAIRE)
    names = {
        code: content.language_name("tr", content.language(code)) for code in content.languages
    }
    assert names == {
        "fr": "Turc",
        "nl": "Turks",
        "de": "Türkisch",
        "ar": "التركية",
        "tr": "Türkçe",
    }
    assert content.language("tr").voice == "tr"


def test_a_locale_cldr_does_not_know_and_a_missing_voice_are_named(tmp_path: Path) -> None:
    locales = copy_as(tmp_path, "xx", "xx_YY", "xx")
    with pytest.raises(ContentError, match=r"qt_locale: 'xx_YY' is not a locale the Unicode CLDR"):
        load_content(locales, ["xx"], QUESTIONNAIRE)
    meta = locales / "xx" / "language.toml"
    text = meta.read_text(encoding="utf-8").replace('qt_locale = "xx_YY"', 'qt_locale = "en_GB"')
    meta.write_text(re.sub(r"^voice = .*$", "", text, flags=re.M), encoding="utf-8")
    with pytest.raises(ContentError, match=r"language.toml: voice: expected a non-empty text"):
        load_content(locales, ["xx"], QUESTIONNAIRE)


def test_a_new_language_brings_its_letters_to_every_keyboard(tmp_path: Path) -> None:
    """Esperanto's "ĉ" is on no shipped keyboard: a language that writes it adds it to
    every other language's keyboard (after their own rows), once, without editing them."""
    locales = copy_as(tmp_path, "eo", "eo", "eo")
    meta = locales / "eo" / "language.toml"
    text = meta.read_text(encoding="utf-8").replace('"zxcvbnm",', '"zxcvbnm",\n  "ĉ",', 1)
    meta.write_text(text, encoding="utf-8")
    content = load_content(locales, ["fr", "ar", "eo"], QUESTIONNAIRE)
    for code in ("fr", "ar"):
        keyboard = content.language(code).keyboard
        letters = [letter for row in keyboard.rows for letter in row]
        assert letters.count("ĉ") == 1, code
        assert "ĉ" not in "".join(keyboard.other_rows)  # the Latin set, not the Arabic one
    french_own = ("azertyuiop", "qsdfghjklm", "wxcvbn")
    assert content.language("fr").keyboard.rows[:3] == french_own  # its own rows first
