"""One explanation page of the hospital's patient page: a title and a few paragraphs.

A page longer than the screen (larger text, a landscape screen) is shown in parts, never
with a scroll bar: "Next" shows the rest before going on (`turn`), and the title says
which part this is.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.locales import Bullets, Page
from ui.theme import Theme
from ui.widgets.basics import Pictogram, clear_layout, text_label
from ui.widgets.parts import InParts


class PageScreen(InParts, QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-page")
        self._theme = theme
        self._page: Page | None = None
        self._labels: list[QLabel] = []
        self._parts: list[list[QLabel]] = []
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
                self._blocks.addWidget(label)  # in the window first: it decides the wrapping
                if isinstance(block, Bullets):
                    label.setText(f"•  {text}")
                    label.setAccessibleName(text)  # the bullet is for the eye
                    label.setIndent(self._theme.mm(4))
                else:
                    label.setText(text)
                self._labels.append(label)
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
        parts: list[list[QLabel]] = [[]]
        used = 0
        for label in self._labels:
            label.ensurePolished()  # a new label has the stylesheet's font only once polished
            height = label.heightForWidth(width)
            if parts[-1] and used + spacing + height > room:
                parts.append([])
                used = 0
            used += height + (spacing if len(parts[-1]) else 0)
            parts[-1].append(label)
        self._parts = parts
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
