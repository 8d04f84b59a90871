"""A long word on an answer button breaks between syllables with a hyphen (issue 18:
Dutch larger text showed "verdovingsmiddele" / "n", cut without a hyphen), where the
language's own hyphenation patterns allow it (issue 19: LibreOffice's, through pyphen,
instead of a hand-made syllable rule)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QFont, QFontMetrics

from ui.hyphenation import syllable_breaks
from ui.widgets.wrap_button import wrap_text


def metrics(qtbot) -> QFontMetrics:  # the application exists once qtbot does
    font = QFont("DejaVu Sans")
    font.setPixelSize(40)
    return QFontMetrics(font)


def test_a_long_dutch_word_breaks_between_syllables_with_a_hyphen(qtbot) -> None:
    fm = metrics(qtbot)
    width = fm.horizontalAdvance("verdovingsmidd")  # the word does not fit one line

    lines = wrap_text("Lokale verdovingsmiddelen (verdovende prikken)", fm, width, "nl_BE")

    joined = "".join(line.removesuffix("-") for line in lines if line != "Lokale")
    assert "verdovingsmiddelen" in joined.replace(" ", "")
    cut = [line for line in lines if line.endswith("-")]
    assert cut, lines
    for line in cut:  # each cut falls where a syllable ends
        word = line.split(" ")[-1].removesuffix("-")
        assert len(word) in syllable_breaks("verdovingsmiddelen", "nl_BE"), (line, lines)
    assert all(fm.horizontalAdvance(line) <= width for line in lines)


def test_a_word_of_another_script_is_split_without_a_hyphen(qtbot) -> None:
    fm = metrics(qtbot)
    word = "حساسيةحساسيةحساسية"
    width = fm.horizontalAdvance(word[:6])

    lines = wrap_text(word, fm, width, "ar_MA")

    assert len(lines) > 1 and "".join(lines) == word  # nothing added to the letters


# A long word of each language, and where its patterns break it (hyphen minima of 3).
BREAKS = {
    "fr_BE": ("anticoagulants", "anti-coa-gu-lants"),
    "nl_BE": ("verdovingsmiddelen", "ver-do-vings-mid-de-len"),
    "de_BE": ("Thrombozytenaggregationshemmer", "Throm-bo-zy-ten-ag-gre-ga-ti-ons-hem-mer"),
    "en_GB": ("anticoagulants", "anti-co-agu-lants"),
    "es_ES": ("antiagregantes", "anti-agre-gan-tes"),
    "it_IT": ("antiaggreganti", "anti-ag-gre-ganti"),
    "pt_PT": ("anticoagulantes", "anti-co-a-gu-lan-tes"),
    "ro_RO": ("anticoagulante", "anti-co-a-gu-lante"),
    "tr_TR": ("böbrekyetmezliği", "böb-rek-yet-mez-liği"),
}


def hyphenated(word: str, locale: str) -> str:
    cuts = [0, *syllable_breaks(word, locale), len(word)]
    return "-".join(word[a:b] for a, b in pairwise(cuts))


def test_each_language_breaks_its_words_by_its_own_patterns() -> None:
    found = {locale: hyphenated(word, locale) for locale, (word, _) in BREAKS.items()}
    assert found == {locale: expected for locale, (_, expected) in BREAKS.items()}


def test_turkish_capitals_break_as_their_lower_case_and_arabic_does_not_break() -> None:
    capitals = syllable_breaks("İSTANBULLULAŞTIRAMADIKLARIMIZDAN", "tr_TR")
    assert capitals == syllable_breaks("istanbullulaştıramadıklarımızdan", "tr_TR") != []
    assert syllable_breaks("الاستشفائية", "ar_MA") == []
