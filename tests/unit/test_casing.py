"""Turkish capitals (kiosk/content/casing.py): the dotted "i" has the capital "İ" and the
dotless "ı" the capital "I" in Turkish; elsewhere "i" -> "I", and "ı" -> "I" too. Names
typed at the kiosk keep that in the staff list's initials and on the slip, and reception's
search treats the four i's as one letter."""

from __future__ import annotations

from kiosk.content.casing import upper
from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.records.declarations import folded, initials
from kiosk.resources import resource_path


def test_turkish_capitals_keep_the_dot_of_the_i_and_other_languages_do_not() -> None:
    assert upper("ismail", "tr") == "İSMAİL"
    assert upper("ılgaz", "tr") == "ILGAZ"
    assert upper("Yıldız", "tr") == "YILDIZ"
    assert upper("ismail", "fr") == "ISMAIL"
    assert upper("ılgaz", "fr") == "ILGAZ"  # the dotless ı has only one capital
    assert upper("ismail", "") == "ISMAIL"
    assert upper("straße", "de") == "STRASSE"  # the rest as str.upper()


def test_initials_take_the_capitals_of_the_language_the_name_was_typed_in() -> None:
    assert initials("ismail", "ılgaz", "tr") == "İ. I."
    assert initials("İsmail", "Ilgaz", "tr") == "İ. I."
    assert initials("ismail", "ılgaz", "fr") == "I. I."
    assert initials("İsmail", "Ilgaz", "fr") == "İ. I."  # typed with its dot: kept
    assert initials("Lefèvre", "anne") == "L. A."


def test_the_search_folds_the_four_i_into_one() -> None:
    assert folded("İsmail") == folded("ismail") == "ismail"
    assert folded("Ilgaz") == folded("ılgaz") == folded("ILGAZ") == "ilgaz"
    assert folded("Yıldız") == folded("YILDIZ") == "yildiz"
    assert folded("Kılıç") == "kilic"


def test_the_shipped_turkish_keyboard_capitalises_the_turkish_way() -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    content = load_content(resource_path("locales"), ["fr", "tr"], questionnaire)
    assert content.language("tr").keyboard.language == "tr"
    assert content.language("tr").keyboard.with_row("0123").language == "tr"
    assert content.language("fr").keyboard.language == "fr"
