"""Pieces the slip is drawn with: a QR code as one filled path, and text made safe for
ReportLab's markup and put in drawing order for right-to-left scripts."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord
from reportlab.platypus.flowables import Flowable

from kiosk.printing.slip_styles import BOLD


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A QR code drawn as one filled path.

    ReportLab's QrCodeWidget draws each run of dark modules as a validated shape object,
    which was half of a receipt's render time; the modules here are the same encoder's.
    """

    QUIET_ZONE = 4  # modules of white around the code, as the standard asks

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(value)
        code.make()
        self.value = value
        self.modules: list[list[bool]] = code.modules
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        module = self.size / (count + 2 * self.QUIET_ZONE)
        path = self.canv.beginPath()
        for row, dark in enumerate(self.modules):
            top = self.size - (row + self.QUIET_ZONE + 1) * module
            column = 0
            while column < count:
                if not dark[column]:
                    column += 1
                    continue
                start = column
                while column < count and dark[column]:
                    column += 1
                left = (start + self.QUIET_ZONE) * module
                path.rect(left, top, (column - start) * module, module)
        self.canv.drawPath(path, stroke=0, fill=1)


# The Unicode bidi controls the screens' Arabic texts carry (isolates around "-2" or
# "GLP-1", the odd mark): DejaVu has no glyph for them and ReportLab does no Unicode
# bidi, so they would be drawn as boxes; the slip orders its words itself (below).
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def plain(value: str) -> str:
    """A text without its bidi controls."""
    return value.translate(BIDI_CONTROLS)


def text(value: str) -> str:
    """Any text, made safe to put inside Paragraph markup."""
    return escape(unicodedata.normalize("NFC", plain(value)))


def is_right_to_left(value: str) -> bool:
    """Written in a right-to-left script (Arabic, Hebrew...) and in no left-to-right one."""
    directions = {unicodedata.bidirectional(char) for char in value}
    return bool(directions & {"R", "AL"}) and "L" not in directions


def visual_order(value: str) -> str:
    """The words of a right-to-left text in the order they are drawn on a left-to-right
    line. ReportLab shapes each word (joined letters, drawn right to left) but lays the
    words of a line out left to right; ReportLab's own bidi needs `rlbidi`, which is not
    on PyPI. A left-to-right or mixed text is returned as it is."""
    return " ".join(reversed(value.split(" "))) if is_right_to_left(value) else value


def has_right_to_left(value: str) -> bool:
    """Any letter of a right-to-left script."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in value)


def starts_right_to_left(value: str) -> bool:
    """The first letter with a direction is right-to-left: the text reads from the right."""
    for char in value:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _direction(word: str) -> str | None:
    """ "R" for a word with right-to-left letters, "L" for one with left-to-right letters
    only, None for digits and punctuation (which go with their neighbours)."""
    if has_right_to_left(word):
        return "R"
    return "L" if any(unicodedata.bidirectional(char) == "L" for char in word) else None


def _runs_reversed(words: list[str], direction: str) -> list[int]:
    """The positions of `words` with each run of `direction` words (with the digits and
    punctuation inside it) reversed."""
    drawn: list[int] = []
    start = 0
    while start < len(words):
        if _direction(words[start]) != direction:
            drawn.append(start)
            start += 1
            continue
        end = cursor = start + 1
        while cursor < len(words) and _direction(words[cursor]) in (direction, None):
            cursor += 1
            if _direction(words[cursor - 1]) == direction:
                end = cursor
        drawn += reversed(range(start, end))
        start = end
    return drawn


def drawing_positions(words: list[str], right_to_left: bool) -> list[int]:
    """The positions of one line's words in the order they are drawn from the left: in a
    line that reads from the left, each run of right-to-left words reversed; in one that
    reads from the right, the whole line reversed but each run of left-to-right words (a
    brand name, "(Xarelto)") kept in its order. A word-level Unicode bidi, enough for
    whole words: digits and signs go with their neighbours, and numbers between
    right-to-left words are read from the right like them ("27/11/2026 07:42")."""
    if right_to_left:
        return list(reversed(_runs_reversed(words, "L")))
    return _runs_reversed(words, "R")


def drawing_order(words: list[str], right_to_left: bool) -> list[str]:
    """One line's words in the order they are drawn from the left (drawing_positions)."""
    return [words[at] for at in drawing_positions(words, right_to_left)]


def break_lines(
    words: list[str], width: Callable[[str], float], room: float, first_line_taken: float = 0
) -> list[list[str]]:
    """Words broken into lines no wider than `room` (less `first_line_taken` on the
    first) as `width` measures them, in reading order: for a right-to-left text, which
    ReportLab cannot break itself since each line's words must be put in drawing order."""
    lines: list[list[str]] = [[]]
    for word in words:
        available = room - (first_line_taken if len(lines) == 1 else 0)
        if lines[-1] and width(" ".join([*lines[-1], word])) > available:
            lines.append([word])
        else:
            lines[-1].append(word)
    return lines


def shaped_width(value: str, font: str, size: float) -> float:
    """The width of a text once its letters are joined (HarfBuzz, as ReportLab draws it
    with `shaping`): Arabic letters joined are narrower than apart."""
    value = plain(value)
    word = [stringWidth(value, font, size), (ABag(fontName=font, fontSize=size), value)]
    return float(shapeFragWord(word)[0])


_MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "«": "»", "»": "«"}


def mirrored_brackets(word: str) -> str:
    """A word with no letters ("(68", "12)") as drawn in a line read from the right: its
    brackets on the other side, mirrored ("(68 سنة)" is drawn "(سنة 68)"). HarfBuzz does
    this itself for a word with right-to-left letters."""
    if _direction(word) is not None:
        return word
    lead = len(word) - len(word.lstrip("([«"))
    trail = len(word) - len(word.rstrip(")]»"))
    core = word[lead : len(word) - trail]
    before = "".join(_MIRRORED[char] for char in reversed(word[len(word) - trail :]))
    after = "".join(_MIRRORED[char] for char in reversed(word[:lead]))
    return before + core + after


def broken_for_the_right(
    pieces: list[tuple[str, str]], room: float, font: str, size: float
) -> list[list[tuple[str, str]]]:
    """`pieces` (text, how it is printed: "" plain, "b" bold, "mark" the attention word)
    as lines of words no wider than `room`, for a paragraph read from the right: words
    measured shaped, as HarfBuzz will join them; the attention word stays whole."""
    words: list[tuple[str, str]] = []
    for value, kind in pieces:
        if kind == "mark":
            words.append((plain(value), kind))
        else:
            words += [(word, kind) for word in plain(value).split()]

    def width(word: tuple[str, str]) -> float:
        value, kind = word
        shown_font = BOLD if kind else font
        return shaped_width(f"\u00a0{value}\u00a0" if kind == "mark" else value, shown_font, size)

    space = shaped_width(" ", font, size)
    lines: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for word in words:
        needed = width(word) + (space if lines[-1] else 0)
        if lines[-1] and used + needed > room:
            lines.append([word])
            used = width(word)
        else:
            lines[-1].append(word)
            used += needed
    return lines
