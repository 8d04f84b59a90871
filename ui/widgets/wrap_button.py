"""A push button whose text wraps onto more lines instead of being clipped.

Long answers ("Iodine contrast dye (scanner, X-ray)") and the longest languages must
never be cut off: the button grows in height with the lines it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap; a word longer than a line is split between characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
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
            line = ""
            for char in word:
                if line and metrics.horizontalAdvance(line + char) > width:
                    lines.append(line)
                    line = ""
                line += char
        lines.append(line)
    return lines


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
        self._heights: dict[tuple[str, int, bool], int] = {}
        self._wrapped: dict[tuple[str, int, bool], list[str]] = {}
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
        key = (self._label, width, self.isChecked())
        if key not in self._wrapped:
            extra = max(self._side_padding, self._around_text(0).width())
            self._wrapped[key] = wrap_text(self._label, self._metrics(), max(1, width - extra))
        return self._wrapped[key]

    def _rewrap(self, width: int) -> None:
        text = "\n".join(self._lines(width)).replace("&", "&&")
        if text != self.text():
            self.setText(text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (self._label, width, self.isChecked())
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
