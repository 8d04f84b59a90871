"""Break opportunities in long words, so that larger text never cuts one off.

German and Dutch join words into long compounds ("Thrombozytenaggregationshemmer");
in larger text a title column holds fewer than twenty letters. Qt's line breaking
honours the soft hyphen (U+00AD): it breaks there only when it must, and then shows a
hyphen. This places soft hyphens between syllables by a plain rule (a consonant before
a vowel starts a syllable, and so do "tr", "pl" and the like after another consonant;
"ch", "ck", "ph", "sch", "th" stay together), in words of
Latin letters that are long enough to need it. Other scripts are left as they are.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"  # a break that shows nothing: for text the patient typed
LONG_WORD = 12  # letters: shorter words fit any line the kiosk draws
VOWELS = frozenset("aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûü")
KEPT_TOGETHER = ("sch", "ch", "ck", "ph", "th")
STOPS = frozenset("bcdfgkpt")  # with r or l after them they start a syllable: "tr", "pl"
MIN_PART = 3  # letters on each side of a break
_WORD = re.compile(r"[^\W\d_]+")


def _latin(word: str) -> bool:
    return all("a" <= c <= "z" or c in VOWELS or "\u00c0" <= c <= "\u024f" for c in word.lower())


def _breaks(word: str) -> list[int]:
    lower = word.lower()
    vowel = [c in VOWELS for c in lower]
    breaks = []
    index = 1
    while index < len(word):
        if vowel[index] or not vowel[index - 1]:
            index += 1
            continue
        # A run of consonants after a vowel: the last one (or a pair kept together)
        # starts the next syllable, if a vowel follows.
        end = index
        while end < len(word) and not vowel[end]:
            end += 1
        if end == len(word):
            break
        start = end - 1
        cluster = lower[index:end]
        if len(cluster) >= 3 and cluster[-1] in "rl" and cluster[-2] in STOPS:
            start = end - 2
        for together in KEPT_TOGETHER:
            if cluster.endswith(together):
                start = end - len(together)
                break
        if MIN_PART <= start <= len(word) - MIN_PART:
            breaks.append(start)
        index = end
    return breaks


def syllable_breaks(word: str) -> list[int]:
    """Where a word of Latin letters may break with a hyphen (none in other scripts)."""
    return _breaks(word) if _latin(word) else []


def hyphenate(text: str) -> str:
    """`text` with soft hyphens in its long words (it reads the same, unless broken)."""
    if SOFT_HYPHEN in text:
        return text  # the content already marks where its words may break

    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < LONG_WORD or not _latin(word):
            return word
        pieces, last = [], 0
        for at in _breaks(word):
            pieces.append(word[last:at])
            last = at
        pieces.append(word[last:])
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(soften, text)


def breakable(text: str) -> str:
    """`text` exactly as written, with invisible break opportunities (zero-width spaces)
    in its long words: between syllables, and at least every LONG_WORD characters. For
    what a patient typed (another medicine's name): a line break adds no hyphen to it."""

    def open_up(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < LONG_WORD:
            return word
        pieces, last = [], 0
        for at in [*(_breaks(word) if _latin(word) else []), len(word)]:
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
