"""'Are you still there?': a countdown over the screen, with one big 'I need more time'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.basics import Pictogram, button, set_button_text, text_label


class IdleOverlay(QWidget):
    more_time = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-overlay")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.mm(15), theme.mm(15), theme.mm(15), theme.mm(15))
        outer.addStretch(1)
        card = QWidget()
        card.setObjectName("idle-card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(theme.mm(8), theme.mm(8), theme.mm(8), theme.mm(8))
        layout.setSpacing(theme.gap * 2)
        pictogram = Pictogram(theme.mm(20), card)
        pictogram.show_pictogram("info")
        self._title = text_label("title")
        self._text = text_label()
        self._title.setObjectName("idle-title")
        self._text.setObjectName("idle-countdown")
        for label in (self._title, self._text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._button = button("more-time", "primary")
        self._button.clicked.connect(self.more_time)
        layout.addWidget(pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addWidget(self._button)
        outer.addWidget(card)
        outer.addStretch(1)
        self.hide()

    def show_countdown(self, title: str, text: str, more_time: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        set_button_text(self._button, more_time)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Dim what is behind: the patient's answers stay there, but the question is this.
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))
        painter.end()
