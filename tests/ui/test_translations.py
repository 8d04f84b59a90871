"""The screens' words: Qt catalogs that are complete, up to date, and loaded per language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.content.locales import Content
from kiosk.errors import ContentError
from kiosk.resources import I18N_DIR, resource_path
from tests.helpers.journey import bundled_questionnaire
from ui.texts import CONTEXT, COUNTS, FSI, PDI, SOURCE_LANGUAGE, SOURCES, Translations, catalog_path

ROOT = I18N_DIR.parent
TOOLS = Path(sys.executable).parent
SHIPPED = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))
TRANSLATED = tuple(code for code in SHIPPED if code != SOURCE_LANGUAGE)
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Qt's plural forms per language (the .ts file's language): Arabic 0, 1, 2, 3-10, 11-99,
# 100 and over; Romanian 1, 2-19, 20 and over; Turkish one ("3 saniye": a noun after a
# number stays singular).
FORMS = {"ar": 6, "ro": 3, "tr": 1}


@pytest.fixture(scope="module")
def content() -> Content:
    from kiosk.content.locales import load_content

    return load_content(resource_path("locales"), SHIPPED, bundled_questionnaire())


@pytest.fixture(scope="module")
def translations(content: Content) -> Translations:
    return Translations(I18N_DIR, content.languages.values())


def messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        message.findtext("source", ""): message
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


def translations_of(message: ET.Element) -> list[str]:
    """The text of a message's translation: one per plural form for a counted text."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_shipped_language_has_a_catalog() -> None:
    """The source language too: English says "1 second" and "2 seconds" through it."""
    assert TRANSLATED  # the folder was read
    for code in SHIPPED:
        assert (I18N_DIR / f"kiosk_{code}.ts").is_file(), code
        assert catalog_path(I18N_DIR, code).is_file(), code


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_screen_text_is_translated_with_its_placeholders(code: str) -> None:
    found = messages(I18N_DIR / f"kiosk_{code}.ts")
    missing = sorted(key for key, source in SOURCES.items() if source not in found)
    assert not missing, f"kiosk_{code}.ts lacks {missing}: run scripts/update_translations.sh"
    for key, source in SOURCES.items():
        translation = found[source].find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"kiosk_{code}.ts: {key!r} is not translated yet ({translation.get('type')})"
            if translation is not None
            else key
        )
        texts = translations_of(found[source])
        assert len(texts) == (FORMS.get(code, 2) if key in COUNTS else 1), (
            f"kiosk_{code}.ts: {key!r} has {len(texts)} forms"
        )
        for text in texts:
            assert text.strip(), f"kiosk_{code}.ts: {key!r} is empty"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                f"kiosk_{code}.ts: {key!r} must keep the {{placeholders}} of {source!r}"
            )
        if key in COUNTS:  # Arabic says 1 and 2 in words ("ثانيتين"), not in digits
            assert "%n" in texts[-1], f"kiosk_{code}.ts: {key!r} lost its %n"


def test_every_counted_text_is_a_numerus_message_with_its_english_forms() -> None:
    """The English catalog holds the counted texts and nothing else (lupdate -pluralonly)."""
    found = messages(I18N_DIR / "kiosk_en.ts")
    counted = {SOURCES[key] for key in COUNTS}

    assert set(found) == counted
    for source, message in found.items():
        assert "%n" in source
        assert message.get("numerus") == "yes", source
        forms = translations_of(message)
        assert len(forms) == FORMS.get("en", 2) and all("%n" in form for form in forms), source
        assert forms[1] == source  # the plural is the source as written in ui/texts.py
    # and no other text counts something with a {placeholder} and no plural forms
    for key, source in SOURCES.items():
        assert key in COUNTS or not re.search(r"\{(count|seconds|max)\}", source), key


def test_the_catalogs_hold_every_text_of_the_code_and_no_other(tmp_path: Path) -> None:
    """Running lupdate on the sources changes nothing: no text was added or dropped unseen."""
    copies = []
    for ts in sorted(I18N_DIR.glob("kiosk_*.ts")):
        shutil.copy(ts, tmp_path / ts.name)
        copies.append(tmp_path / ts.name)
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    english = tmp_path / "kiosk_en.ts"  # as scripts/update_translations.sh runs it
    options = ["-locations", "none", "-no-obsolete"]
    only_plurals = ["-pluralonly", "-source-language", "en_GB", "-target-language", "en_GB"]
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, *options, "-ts", *set(copies) - {english}],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, *options, *only_plurals, "-ts", english],
        check=True,
        capture_output=True,
    )
    for copy in copies:
        assert copy.read_text(encoding="utf-8") == (I18N_DIR / copy.name).read_text(
            encoding="utf-8"
        ), f"i18n/{copy.name} is stale: run scripts/update_translations.sh"


@pytest.mark.parametrize("code", SHIPPED)
def test_each_compiled_catalog_matches_its_source(tmp_path: Path, code: str) -> None:
    compiled = tmp_path / f"kiosk_{code}.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", "-silent", I18N_DIR / f"kiosk_{code}.ts", "-qm", compiled],
        check=True,
    )
    assert compiled.read_bytes() == catalog_path(I18N_DIR, code).read_bytes(), (
        f"i18n/kiosk_{code}.qm is stale: run scripts/update_translations.sh"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_loaded_catalog_speaks_the_language(translations: Translations, code: str) -> None:
    words = translations.words(code)
    expected = messages(I18N_DIR / f"kiosk_{code}.ts")[SOURCES["next"]].findtext("translation")

    assert words.text("next") == expected
    assert words.text("next") != SOURCES["next"]
    assert words.text("name_too_long", max=words.number(50)).count("50") == 1


def test_english_is_the_source_language(translations: Translations) -> None:
    assert translations.words("en").text("next") == "Next"
    assert "3" in translations.words("en").text("progress", current=3, total=13)


# For 0, 1, 2, 3, 11 and 100: the idle countdown in each language's plural form.
SAID = {
    "en": ["0 seconds", "1 second ", "2 seconds", "3 seconds", "11 seconds", "100 seconds"],
    "fr": ["0 seconde ", "1 seconde ", "2 secondes", "3 secondes", "11 secondes", "100 secondes"],
    "nl": ["0 seconden", "1 seconde ", "2 seconden", "3 seconden", "11 seconden", "100 seconden"],
    "de": ["0 Sekunden", "1 Sekunde ", "2 Sekunden", "3 Sekunden", "11 Sekunden", "100 Sekunden"],
    "ar": [
        f"بعد {FSI}0{PDI} ثانية،",
        "بعد ثانية واحدة،",
        "بعد ثانيتين،",  # the dual
        f"بعد {FSI}3{PDI} ثوانٍ،",  # 3 to 10: the plural
        f"بعد {FSI}11{PDI} ثانية،",  # 11 to 99: the singular
        f"بعد {FSI}100{PDI} ثانية،",
    ],
}


@pytest.mark.parametrize("code", sorted(SAID))
def test_a_count_takes_its_language_s_plural_form(translations: Translations, code: str) -> None:
    words = translations.words(code)
    for count, expected in zip((0, 1, 2, 3, 11, 100), SAID[code], strict=True):
        # as the idle countdown passes it (number() first) and as a plain count
        said = words.text("idle_text", seconds=words.number(count))
        assert expected in said, (count, said)
        assert words.text("idle_text", seconds=count) == said


@pytest.mark.parametrize("code", SHIPPED)
def test_no_counted_text_says_one_in_the_plural(translations: Translations, code: str) -> None:
    """No "1 seconds", "1 secondes", "1 letters": every counted text has a singular."""
    words = translations.words(code)
    for key in COUNTS:
        one = words.text(key, **{COUNTS[key]: 1}, reason="x")
        two = words.text(key, **{COUNTS[key]: 2}, reason="x")
        if code in ("en", "fr", "nl") and key != "staff_to_check":
            assert one.replace("1", "2") != two, (key, one)
        assert "(s)" not in one + two and "(en)" not in one + two, (key, one)


def test_one_translator_per_language_at_the_same_time(translations: Translations) -> None:
    """The welcome screen shows "Choose your language" in every language at once."""
    said = {code: translations.words(code).text("choose_language") for code in SHIPPED}

    assert said["fr"] == "Choisissez votre langue"
    assert said["en"] == "Choose your language"
    assert len(set(said.values())) == len(SHIPPED)


def test_numbers_and_dates_follow_the_language(translations: Translations) -> None:
    born = date(1948, 3, 5)

    assert translations.words("fr").date(born) == "5 mars 1948"
    assert translations.words("nl").date(born) == "5 maart 1948"
    assert translations.words("de").date(born) == "5. März 1948"
    assert translations.words("en").date(born) == "5 March 1948"
    # Western digits in Arabic, as on the hospital's signs (ar_MA, not ar_EG's ٠١٢).
    assert translations.words("ar").number(12) == "12"
    assert "1948" in translations.words("ar").date(born)
    assert translations.words("fr").birth_date("05031948") == "5 mars 1948"


def test_qt_own_words_follow_the_patient(qapp: object, translations: Translations) -> None:
    translations.install_qt("fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        translations.install_qt("de")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        translations.uninstall_qt()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Abbrechen"


def test_a_missing_catalog_is_named_with_what_to_do(tmp_path: Path, content: Content) -> None:
    for code in SHIPPED:
        if code != "nl":
            shutil.copy(catalog_path(I18N_DIR, code), tmp_path)

    with pytest.raises(ContentError) as error:
        Translations(tmp_path, content.languages.values())

    assert str(tmp_path / "kiosk_nl.qm") in str(error.value)
    assert "update_translations.sh" in str(error.value)


def test_values_in_an_arabic_text_are_isolated(translations: Translations) -> None:
    """A reference, a number or the floor keep their own order inside an Arabic sentence."""
    arabic, french = translations.words("ar"), translations.words("fr")

    assert f"{FSI}K7F-3QX{PDI}" in arabic.text("done_reference", reference="K7F-3QX")
    assert f"{FSI}13{PDI}" in arabic.text("progress", current=arabic.number(3), total=13)
    assert "\u2066-2\u2069" in arabic.text("done_directions")
    assert french.text("done_reference", reference="K7F-3QX").endswith(" K7F-3QX")
