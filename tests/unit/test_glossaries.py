"""Each language names the kiosk's clinical notions (blood thinners, contrast medium,
anaesthesia, fasting...) with the words its glossary fixes, wherever the French source
names them: a nurse and a patient must meet one word for one thing, screen after screen.

`resources/locales/<code>/glossary.toml` has, per notion, `term` (the word to use) and
`match` (lower-case beginnings of words that find it, inflected or not). A text names a
notion when one of its `match` forms starts a word in it (Arabic: anywhere in a word, for
the article and prefixes written joined to it). Texts are paired by where they are: the
same key of the same content file, the same explanation page, the same screen text (by
its context and English source). A counted text is paired as a whole: when any French
form names a notion, every form of the translation (Arabic has six) must use the term.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping

import pytest

from kiosk.content.plurals import ORDER
from kiosk.resources import I18N_DIR, resource_path

LOCALES = resource_path("locales")
SOURCE = "fr"
SHIPPED = tuple(sorted(folder.name for folder in LOCALES.iterdir() if folder.is_dir()))
TRANSLATED = tuple(code for code in SHIPPED if code != SOURCE)
FILES = ("questionnaire.toml", "slip.toml", "review_pack.toml")
SUBSTRING_CODES = ("ar",)  # `match` forms found anywhere in a word

Glossary = Mapping[str, Mapping[str, object]]
Texts = Mapping[str, tuple[str, ...]]  # where -> the text (or a counted text's forms)


def glossary(code: str) -> dict[str, dict[str, object]]:
    with (LOCALES / code / "glossary.toml").open("rb") as file:
        return tomllib.load(file)


def fold(text: str) -> str:
    """Lower case, with one form per letter (NFC), the way `match` forms are written."""
    return unicodedata.normalize("NFC", text).casefold()


def names(text: str, forms: list[str], code: str) -> bool:
    text = fold(text)
    for form in forms:
        form = fold(form)
        if code in SUBSTRING_CODES or not form[:1].isalpha():
            if form in text:
                return True
        elif re.search(rf"(?<!\w){re.escape(form)}", text):
            return True
    return False


def flatten(value: object, where: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    if isinstance(value, str):
        yield where, (value,)
    elif isinstance(value, Mapping):
        if value and set(value) <= set(ORDER) and all(isinstance(v, str) for v in value.values()):
            yield where, tuple(value.values())  # a counted text: its plural forms
            return
        for key, item in value.items():
            yield from flatten(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from flatten(item, f"{where}[{index}]")


def catalog(code: str) -> ET.Element | None:
    path = I18N_DIR / f"kiosk_{code}.ts"
    return ET.parse(path).getroot() if path.is_file() else None


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield (
                f"screen: {context.findtext('name', '')}: {message.findtext('source', '')}",
                message,
            )


def screen_texts(code: str) -> dict[str, tuple[str, ...]]:
    """The screens' words in `code`, by context and English source, with their plural forms.
    The source language's own catalog (English) holds only the counted texts: its other
    screen texts are the sources themselves."""
    root = catalog(code)
    if root is None:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    if root.get("language") == root.get("sourcelanguage") and (source := catalog(SOURCE)):
        found = {where: (message.findtext("source", ""),) for where, message in messages(source)}
    for where, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        found[where] = forms or (translation.text or "",)
    return found


def texts(code: str) -> dict[str, tuple[str, ...]]:
    """Every text of language `code`, by where it is."""
    found: dict[str, tuple[str, ...]] = {}
    folder = LOCALES / code
    for name in FILES:
        if (folder / name).is_file():
            with (folder / name).open("rb") as file:
                found |= dict(flatten(tomllib.load(file), name))
    for page in sorted((folder / "pages").glob("*.md")):
        found[f"pages/{page.name}"] = (page.read_text(encoding="utf-8"),)
    found |= screen_texts(code)
    return found


def unnamed(
    source: Texts, translated: Texts, theirs: Glossary, ours: Glossary, code: str
) -> list[str]:
    """Where the French names a notion and the translation (a form of it) does not use the
    language's term."""
    missing = []
    for where, french in source.items():
        forms = translated.get(where, ())
        for notion, entry in theirs.items():
            if not any(names(text, list(entry["match"]), SOURCE) for text in french):  # type: ignore[call-overload]
                continue
            for index, text in enumerate(forms):
                if not names(text, list(ours[notion]["match"]), code):  # type: ignore[call-overload]
                    form = f" (form {index + 1} of {len(forms)})" if len(forms) > 1 else ""
                    missing.append(
                        f"{where}{form}: {notion} ({ours[notion]['term']}) not in {text!r}"
                    )
    return missing


@pytest.mark.parametrize("code", SHIPPED)
def test_every_language_has_a_glossary_of_the_same_notions(code: str) -> None:
    assert (LOCALES / code / "glossary.toml").is_file(), f"{code}: glossary.toml is missing"
    notions = glossary(code)
    assert set(notions) == set(glossary(SOURCE)), f"{code}: not the notions of fr"
    for notion, entry in notions.items():
        assert isinstance(entry.get("term"), str) and entry["term"], f"{code}: {notion}.term"
        match = entry.get("match")
        assert isinstance(match, list) and match and all(isinstance(m, str) and m for m in match)
        assert all(m == fold(m) for m in match), f"{code}: {notion}: write `match` in lower case"
        assert names(str(entry["term"]), list(match), code), (
            f"{code}: {notion}: its own term {entry['term']!r} is not found by {match}"
        )


def test_the_french_texts_name_every_notion_of_the_glossary() -> None:
    """A notion no French text names would be checked nowhere: its `match` forms are wrong."""
    french = [text for forms in source_texts().values() for text in forms]
    for notion, entry in glossary(SOURCE).items():
        assert any(names(text, list(entry["match"]), SOURCE) for text in french), notion  # type: ignore[call-overload]


def source_texts() -> dict[str, tuple[str, ...]]:
    return texts(SOURCE)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_texts_are_paired_with_the_french_by_place(code: str) -> None:
    """Content keys, pages and screen texts all meet their French text: a pairing that found
    nothing would let every translation pass."""
    paired = set(source_texts()) & set(texts(code))
    for kind in ("questionnaire.toml.", "slip.toml.", "pages/", "screen: "):
        assert any(where.startswith(kind) for where in paired), f"{code}: no {kind} text paired"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_notion_is_named_with_the_glossary_term_wherever_french_names_it(code: str) -> None:
    missing = unnamed(source_texts(), texts(code), glossary(SOURCE), glossary(code), code)
    assert not missing, f"{len(missing)} texts do not use the glossary's term:\n" + "\n".join(
        missing
    )


def test_a_text_that_drops_the_term_is_found() -> None:
    """The check itself: a translation saying "medicine" where French says anticoagulant."""
    assert names("Prenez-vous des anticoagulants ?", ["anticoagul"], "fr")
    assert not names("Do you take blood medicine?", ["anticoagul"], "en")
    assert names("Nehmen Sie Antikoagulanzien?", ["antikoagul"], "de")
    assert names("هل تتناول مضادات التخثر؟", ["التخثر"], "ar")
    assert names("Gebeten, nüchtern zu bleiben", ["nüchtern"], "de")
    assert names("À JEUN", ["à jeun"], "fr")
    assert not names("preinstalled", ["rein"], "fr")  # a form starts a word


def test_every_form_of_a_counted_text_must_use_the_term() -> None:
    """Counted texts have as many forms as their language's plurals: French two, Arabic six."""
    theirs = {"contrast": {"term": "produit de contraste", "match": ["contraste"]}}
    ours = {"contrast": {"term": "مادة التباين", "match": ["تباين"]}}
    source = {"slip.toml.count": ("{n} produit de contraste", "{n} produits de contraste")}
    forms = (
        "لا مادة تباين",
        "مادة تباين",
        "مادتا تباين",
        "{n} مواد",
        "{n} مادة تباين",
        "{n} مادة تباين",
    )
    assert unnamed(source, {"slip.toml.count": forms}, theirs, ours, "ar") == [
        "slip.toml.count (form 4 of 6): contrast (مادة التباين) not in '{n} مواد'"
    ]
    assert dict(flatten({"n": {"one": "a", "other": "b"}}, "slip")) == {"slip.n": ("a", "b")}


def test_the_english_screens_are_their_sources() -> None:
    """English is the catalogs' source language: its screens say the source text."""
    english = screen_texts("en")
    french = screen_texts(SOURCE)
    assert set(french) <= set(english)
    assert english["screen: Kiosk: High contrast"] == ("High contrast",)
