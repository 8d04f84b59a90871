"""A long word on an answer button breaks between syllables with a hyphen (issue 18:
Dutch larger text showed "verdovingsmiddele" / "n", cut without a hyphen)."""

from __future__ import annotations

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

    lines = wrap_text("Lokale verdovingsmiddelen (verdovende prikken)", fm, width)

    joined = "".join(line.removesuffix("-") for line in lines if line != "Lokale")
    assert "verdovingsmiddelen" in joined.replace(" ", "")
    cut = [line for line in lines if line.endswith("-")]
    assert cut, lines
    for line in cut:  # each cut falls where a syllable ends
        word = line.split(" ")[-1].removesuffix("-")
        assert len(word) in syllable_breaks("verdovingsmiddelen"), (line, lines)
    assert all(fm.horizontalAdvance(line) <= width for line in lines)


def test_a_word_of_another_script_is_split_without_a_hyphen(qtbot) -> None:
    fm = metrics(qtbot)
    word = "حساسيةحساسيةحساسية"
    width = fm.horizontalAdvance(word[:6])

    lines = wrap_text(word, fm, width)

    assert len(lines) > 1 and "".join(lines) == word  # nothing added to the letters
