"""One explanation page of the hospital's patient page: a title and a few paragraphs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content import Bullets, Page
from ui.theme import Theme
from ui.widgets.basics import Pictogram, clear_layout, text_label


class PageScreen(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-page")
        self._theme = theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        layout.setSpacing(theme.gap * 2)
        top = QHBoxLayout()
        top.setSpacing(theme.gap * 2)
        self._pictogram = Pictogram(theme.mm(18))
        self._pictogram.show_pictogram("info")
        self._title = text_label("title")
        top.addWidget(self._pictogram)
        top.addWidget(self._title, 1)
        layout.addLayout(top)
        self._blocks = QVBoxLayout()
        self._blocks.setSpacing(theme.gap * 2)
        layout.addLayout(self._blocks)
        layout.addStretch(1)

    def show_page(self, page: Page) -> None:
        self._title.setText(page.title)
        clear_layout(self._blocks)
        for block in page.blocks:
            if isinstance(block, Bullets):
                for item in block.items:
                    label = text_label()
                    label.setText(f"•  {item}")
                    label.setIndent(self._theme.mm(4))
                    self._blocks.addWidget(label)
                    label.show()
            else:
                label = text_label()
                label.setText(block.text)
                self._blocks.addWidget(label)
                label.show()
