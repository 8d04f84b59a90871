"""One explanation page of the hospital's patient page: a title and a few paragraphs.

A page longer than the screen (larger text, a landscape screen) is shown in parts, never
with a scroll bar: "Next" shows the rest before going on (`turn`), and the title says
which part this is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.locales import Bullets, Page
from ui.theme import Theme
from ui.widgets.basics import Pictogram, clear_layout, text_label
from ui.widgets.parts import InParts


def split(heights: list[int], room: int, spacing: int) -> list[int]:
    """How many blocks each part holds: as many as fit under the title, and never a last
    part of a single block when the part before could give it one (an orphan bullet on a
    screen of its own reads as a page of its own)."""
    counts = [0]
    used = 0
    for height in heights:
        if counts[-1] and used + spacing + height > room:
            counts.append(0)
            used = 0
        used += height + (spacing if counts[-1] else 0)
        counts[-1] += 1
    if len(counts) > 1 and counts[-1] == 1 and counts[-2] > 2:
        moved, last = heights[-2], heights[-1]
        if moved + spacing + last <= room:
            counts[-2] -= 1
            counts[-1] += 1
    return counts


class BulletRow(QWidget):
    """A bullet and its text, the text's wrapped lines under its first (a hanging indent)."""

    def __init__(self, theme: Theme, label: QLabel) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.mm(4), 0, 0, 0)
        row.setSpacing(theme.mm(2))
        bullet = text_label()
        bullet.setText("•")
        bullet.setProperty("spoken", "")  # for the eye only: read aloud says the text
        bullet.setAccessibleName("")
        bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        self.label = label


class PageScreen(InParts, QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-page")
        self._theme = theme
        self._page: Page | None = None
        self._labels: list[QWidget] = []  # a paragraph's label, or a bullet's row
        self._parts: list[list[QWidget]] = []
        self._part = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 2)
        top = QHBoxLayout()
        top.setSpacing(theme.gap * 2)
        self._pictogram = Pictogram(theme.mm(18), self)
        self._pictogram.show_pictogram("info")
        self._title = text_label("title")
        self._title.setObjectName("title")
        top.addWidget(self._pictogram)
        top.addWidget(self._title, 1)
        self._layout.addLayout(top)
        self._blocks = QVBoxLayout()
        self._blocks.setSpacing(theme.gap * 2)
        self._layout.addLayout(self._blocks)
        self._layout.addStretch(1)

    def show_page(self, page: Page) -> None:
        """Show `page` from its first part (the same page again: the part shown stays)."""
        if page is self._page:
            return
        self._page, self._part = page, 0
        clear_layout(self._blocks)
        self._labels = []
        for block in page.blocks:
            for text in block.items if isinstance(block, Bullets) else (block.text,):
                label = text_label()
                label.setObjectName("text")
                shown: QWidget = (
                    BulletRow(self._theme, label) if isinstance(block, Bullets) else label
                )
                self._blocks.addWidget(shown)  # in the window first: it decides the wrapping
                label.setText(text)
                self._labels.append(shown)
        self._divide()

    def refit(self) -> None:
        """The text size changed (the patient's choice): divide the page again."""
        if self._page is not None:
            self._divide()

    def _divide(self) -> None:
        """Split the paragraphs into parts that each fit under the title."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        spacing = self._blocks.spacing()
        title_width = width - self._pictogram.width() - self._layout.spacing()
        self._title.ensurePolished()
        title = max(self._pictogram.height(), self._title.heightForWidth(title_width))
        room = self.height() - margins.top() - margins.bottom() - title - self._layout.spacing()
        heights = []
        for block in self._labels:
            block.ensurePolished()  # a new label has the stylesheet's font only once polished
            if isinstance(block, BulletRow):
                block.label.ensurePolished()
            heights.append(block.heightForWidth(width))
        parts: list[list[QWidget]] = []
        start = 0
        for count in split(heights, room, spacing):
            parts.append(self._labels[start : start + count])
            start += count
        self._parts = parts or [[]]
        self._part = min(self._part, len(parts) - 1)
        self._show_part()

    def _show_part(self) -> None:
        if self._page is None:
            return
        shown, count = self.part()
        self._title.setText(
            self._page.title if count == 1 else f"{self._page.title} ({shown}/{count})"
        )
        for index, part in enumerate(self._parts):
            for label in part:
                label.setVisible(index == self._part)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._page is not None:
            self._divide()
