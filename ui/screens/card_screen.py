"""The identity card: "insert your identity card", with a picture of a card going into
the reader, what is read, and "type my name instead" one tap away (objectName
`type-instead`). While a card is read, and when it gave no name, the reason in kind
words (`status`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.patient.presenter import CardView
from ui.theme import Theme
from ui.widgets.basics import Pictogram, button, set_button_text, text_label


class CardScreen(QWidget):
    type_instead_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        layout.setSpacing(theme.gap * 2)
        self._title = text_label("title")
        self._title.setObjectName("title")
        self._text = text_label()
        self._text.setObjectName("text")
        self._pictogram = Pictogram(theme.pictogram_size * 2, self)
        self._pictogram.setObjectName("card-picture")
        self._pictogram.show_pictogram("card_reader")
        self._status = text_label("problem")
        self._status.setObjectName("status")
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addStretch(1)
        layout.addWidget(self._pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self._status)
        # Low on the screen, where every hand reaches it.
        self._type_instead = button("type-instead")
        self._type_instead.clicked.connect(self.type_instead_requested)
        layout.addWidget(self._type_instead)

    def show_card(self, view: CardView) -> None:
        self._title.setText(view.title)
        self._text.setText(view.text)
        self._status.setText(view.status or "")
        self._status.setVisible(view.status is not None)
        # A message, not a problem, while the card is read.
        self._status.setProperty("role", "hint" if view.reading else "problem")
        self._status.style().polish(self._status)
        set_button_text(self._type_instead, view.type_instead)

    def reset(self) -> None:
        self._status.clear()
        self._status.hide()
