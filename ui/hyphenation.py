"""Break opportunities in long words, so that larger text never cuts one off.

German and Dutch join words into long compounds ("Thrombozytenaggregationshemmer");
in larger text a title column holds fewer than twenty letters. Qt's line breaking
honours the soft hyphen (U+00AD): it breaks there only when it must, and then shows a
hyphen. The soft hyphens go where the language's own hyphenation patterns allow them
("ver-do-vings-mid-de-len"): LibreOffice's dictionaries as pyphen ships them, or one in
resources/hyphenation (Turkish). A language without patterns (Arabic does not hyphenate)
keeps its words whole. The language is the widget's QLocale name ("nl_BE").
"""

from __future__ import annotations

import re
from functools import cache

import pyphen

from kiosk.resources import resource_path

SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"  # a break that shows nothing: for text the patient typed
LONG_WORD = 12  # letters: shorter words fit any line the kiosk draws
MIN_PART = 3  # letters on each side of a break: no "-en" alone on a line
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _patterns(locale: str) -> pyphen.Pyphen | None:
    """The hyphenation patterns of a QLocale name ("nl_BE" -> Dutch), or None."""
    shipped = resource_path("hyphenation", f"hyph_{locale}.dic")
    if shipped.is_file():
        return pyphen.Pyphen(filename=str(shipped), left=MIN_PART, right=MIN_PART)
    found = pyphen.language_fallback(locale)
    if found is None:
        return None
    return pyphen.Pyphen(lang=found, left=MIN_PART, right=MIN_PART)


def _lower(word: str, locale: str) -> str:
    """Lower case letter for letter (the patterns are lower case): Turkish "İ" is "i"
    and "I" is "ı"; elsewhere "İ" is "i" too, never "i" plus a combining dot."""
    if locale.startswith(("tr", "az")):
        word = word.replace("I", "ı")
    return "".join("i" if char == "İ" else char.lower() for char in word)


def syllable_breaks(word: str, locale: str) -> list[int]:
    """Where `word` may break with a hyphen in the language of `locale`."""
    patterns = _patterns(locale)
    if patterns is None or len(word) < 2 * MIN_PART:
        return []
    lower = _lower(word, locale)
    if len(lower) != len(word):
        return []
    return [at for at in patterns.positions(lower) if MIN_PART <= at <= len(word) - MIN_PART]


def hyphenate(text: str, locale: str) -> str:
    """`text` with soft hyphens in its long words (it reads the same, unless broken)."""
    if SOFT_HYPHEN in text:
        return text  # the content already marks where its words may break

    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < LONG_WORD:
            return word
        pieces, last = [], 0
        for at in syllable_breaks(word, locale):
            pieces.append(word[last:at])
            last = at
        pieces.append(word[last:])
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(soften, text)


def breakable(text: str, locale: str) -> str:
    """`text` exactly as written, with invisible break opportunities (zero-width spaces)
    in its long words: between syllables, and at least every LONG_WORD characters. For
    what a patient typed (another medicine's name): a line break adds no hyphen to it."""

    def open_up(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < LONG_WORD:
            return word
        pieces, last = [], 0
        for at in [*syllable_breaks(word, locale), len(word)]:
            while at - last > LONG_WORD:
                pieces.append(word[last : last + LONG_WORD])
                last += LONG_WORD
            pieces.append(word[last:at])
            last = at
        return ZERO_WIDTH_SPACE.join(piece for piece in pieces if piece)

    return _WORD.sub(open_up, text)


def plain(text: str) -> str:
    """The text without its soft hyphens: what a screen reader announces."""
    return text.replace(SOFT_HYPHEN, "")
