"""A push button whose text wraps onto more lines instead of being clipped.

Long answers ("Iodine contrast dye (scanner, X-ray)") and the longest languages must
never be cut off: the button grows in height with the lines it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from ui.hyphenation import syllable_breaks

ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
PDI = "\u2069"


def isolates_kept(lines: list[str]) -> list[str]:
    """Lines whose isolates are closed at each line's end and opened again on the next:
    each line is laid out by itself, and "أسبرين (acetylsalicylic acid)" broken inside
    its isolate would otherwise draw "acetylsalicylic)" and "(acid"."""
    kept: list[str] = []
    carried = ""
    for line in lines:
        opened = list(carried)
        for char in line:
            if char in ISOLATE_OPENERS:
                opened.append(char)
            elif char == PDI and opened:
                opened.pop()
        kept.append(carried + line + PDI * len(opened))
        carried = "".join(opened)
    return kept


def wrap_text(text: str, metrics: QFontMetrics, width: int, locale: str = "") -> list[str]:
    """Greedy word wrap; a word longer than a line is broken between syllables, with a
    hyphen ("verdovings-" / "middelen"), and between letters only where no syllable fits.
    Isolates (Arabic text around Latin names) are kept whole on every line."""
    if any(char in ISOLATE_OPENERS for char in text):
        return isolates_kept(_wrapped(text, metrics, width, locale))
    return _wrapped(text, metrics, width, locale)


BULLET = "•  "  # a detail line of a review row: its wrapped lines hang under its text


def _wrapped(text: str, metrics: QFontMetrics, width: int, locale: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.startswith(BULLET) and metrics.horizontalAdvance(paragraph) > width:
            # A hanging indent: the lines after the first start under the detail's text,
            # not under the bullet (no-break spaces as wide as the bullet and its gap).
            space = max(1, metrics.horizontalAdvance("\u00a0"))
            indent = "\u00a0" * -(-metrics.horizontalAdvance(BULLET) // space)
            room = max(1, width - metrics.horizontalAdvance(indent))
            first, *rest = _wrapped(paragraph[len(BULLET) :], metrics, room, locale)
            lines += [BULLET + first, *(indent + line for line in rest)]
            continue
        if metrics.horizontalAdvance(paragraph) <= width:
            lines.append(paragraph)  # most answers fit on one line: one measure, not one a word
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            *full, line = _split_word(word, metrics, width, locale)
            lines += full
        lines.append(line)
    return lines


def _split_word(word: str, metrics: QFontMetrics, width: int, locale: str) -> list[str]:
    """A word as lines of at most `width`: each cut at the last syllable break that fits
    with its hyphen, else between letters (with a hyphen in Latin letters, where a cut
    word must show that it goes on)."""
    pieces: list[str] = []
    rest = word
    while metrics.horizontalAdvance(rest) > width:
        fitting = [
            at
            for at in syllable_breaks(rest, locale)
            if metrics.horizontalAdvance(rest[:at] + "-") <= width
        ]
        if fitting:
            at, mark = fitting[-1], "-"
        else:
            mark = "-" if syllable_breaks(rest, locale) or _latin_letters(rest) else ""
            at = 1
            while at < len(rest) and metrics.horizontalAdvance(rest[: at + 1] + mark) <= width:
                at += 1
        pieces.append(rest[:at] + mark)
        rest = rest[at:]
    pieces.append(rest)
    return pieces


def _latin_letters(word: str) -> bool:
    return all(char.isascii() or "\u00c0" <= char <= "\u024f" for char in word)


_KEPT = 200  # at most this many sizes kept: a patient's labels are far fewer


class WrapButton(QPushButton):
    def __init__(self, min_height: int, side_padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        # Layouts ask the same questions many times a screen: the answers are kept for
        # this font and style (forgotten when either changes), by label, so that a button
        # reused from question to question ("Yes", "No") measures its words once, not on
        # every question. Keyed by width and checked too: a chosen answer's border is
        # thicker, so it has less room for its text, and checking a button sends no style
        # or font change. An empty label (a patient gone, a button put away) forgets all.
        self._heights: dict[tuple[str, int, bool, str], int] = {}
        self._wrapped: dict[tuple[str, int, bool, str], list[str]] = {}
        self._around: dict[tuple[int, bool], QSize] = {}  # the style's padding and border
        self._font_metrics: QFontMetrics | None = None
        self._minimum: dict[str, QSize] = {}
        self._min_height = min_height
        self._side_padding = side_padding
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._check_changed)

    def set_label(self, text: str) -> None:
        if text == self._label:
            return  # shown on every tap: no new layout for the same words
        if not text or max(len(self._heights), len(self._wrapped)) > _KEPT:
            self._forget_sizes()
        self._label = text
        self._rewrap(self.width())
        self.updateGeometry()

    def _check_changed(self) -> None:
        self._rewrap(self.width())  # the lines for the border this state draws
        self.updateGeometry()

    def label(self) -> str:
        return self._label

    def _forget_sizes(self) -> None:
        self._heights.clear()
        self._wrapped.clear()
        self._around.clear()
        self._minimum.clear()

    def _metrics(self) -> QFontMetrics:
        self.ensurePolished()  # the stylesheet decides the font size
        if self._font_metrics is None:
            font = QFont(self.font())
            font.setBold(True)  # the chosen answer is bold: wrap for the wider of the two
            self._font_metrics = QFontMetrics(font)
        return self._font_metrics

    def _around_text(self, text_height: int) -> QSize:
        """The button's size around a text block this high: padding, border and the
        stylesheet's min-height, as the style itself computes them."""
        key = (text_height, self.isChecked())
        if key not in self._around:
            option = QStyleOptionButton()
            self.initStyleOption(option)
            option.text = ""
            self._around[key] = self.style().sizeFromContents(
                QStyle.ContentsType.CT_PushButton, option, QSize(0, text_height), self
            )
        return self._around[key]

    def _lines(self, width: int) -> list[str]:
        if not self._label:
            return [""]  # an emptied button (a patient gone): nothing to measure
        key = (self._label, width, self.isChecked(), self.locale().name())
        if key not in self._wrapped:
            extra = max(self._side_padding, self._around_text(0).width())
            # Two pixels to spare: a line's advance in whole pixels can be short of
            # the width it is drawn in ("✓  High contrast", bold, in larger text).
            room = max(1, width - extra - 2)
            self._wrapped[key] = wrap_text(self._label, self._metrics(), room, key[3])
        return self._wrapped[key]

    def _rewrap(self, width: int) -> None:
        text = "\n".join(self._lines(width)).replace("&", "&&")
        if text != self.text():
            self.setText(text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (self._label, width, self.isChecked(), self.locale().name())
        if key not in self._heights:
            # Laid out as the style draws it: a line of Arabic (or any script the font
            # takes from a fallback font) can be taller than the font's line spacing.
            block = self._metrics().boundingRect(
                QRect(0, 0, max(1, width), 1 << 20),
                int(Qt.AlignmentFlag.AlignLeft),
                "\n".join(self._lines(width)),
            )
            self._heights[key] = max(self._min_height, self._around_text(block.height()).height())
        return self._heights[key]

    def sizeHint(self) -> QSize:
        metrics = self._metrics()
        width = metrics.horizontalAdvance(self._label) + 2 * self._side_padding
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if self._label not in self._minimum:
            metrics = self._metrics()
            longest_word = max(
                (metrics.horizontalAdvance(word) for word in self._label.split()), default=0
            )
            width = min(longest_word, 12 * metrics.averageCharWidth())
            self._minimum[self._label] = QSize(width + 2 * self._side_padding, self._min_height)
        return self._minimum[self._label]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_metrics = None
            self._forget_sizes()
            self._rewrap(self.width())  # the lines were broken for another font
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rewrap(event.size().width())
        super().resizeEvent(event)
