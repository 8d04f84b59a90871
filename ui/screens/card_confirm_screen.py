"""What the identity card said, to be confirmed: "Is this you?" (or, filling in for
someone, "Is this the person you are filling in for?"), the last name, first names and
date of birth read, then yes (`card-confirm`) and no, type instead (`card-reject`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.patient.presenter import CardConfirmView
from ui.theme import Theme
from ui.widgets.basics import button, is_landscape, set_button_text, text_label


class CardConfirmScreen(QWidget):
    confirmed = Signal()
    rejected = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-card_confirm")
        # Portrait: what the card said above the two answers. Landscape: beside them (in
        # larger text, a landscape screen is not tall enough for both).
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 4)
        layout = QVBoxLayout()
        layout.setSpacing(theme.gap * 2)
        self._layout.addLayout(layout, 1)
        self._title = text_label("title")
        self._title.setObjectName("title")
        layout.addWidget(self._title)
        self._rows = []
        for name in ("last_name", "first_name", "birth_date"):
            label = text_label("hint")
            label.setObjectName(f"card-{name}-label")
            value = text_label("title", as_typed=True)
            value.setObjectName(f"card-{name}")
            layout.addWidget(label)
            layout.addWidget(value)
            self._rows.append((label, value))
        layout.addStretch(1)
        answers = QVBoxLayout()
        answers.setSpacing(theme.gap * 2)
        answers.addStretch(1)
        self._yes = button("card-confirm", "primary")
        self._yes.clicked.connect(self.confirmed)
        self._no = button("card-reject")
        self._no.clicked.connect(self.rejected)
        answers.addWidget(self._yes)
        answers.addWidget(self._no)
        self._layout.addLayout(answers)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = is_landscape(event.size())
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def show_confirm(self, view: CardConfirmView) -> None:
        self._title.setText(view.title)
        # A name in Latin letters is a left-to-right paragraph: Qt would align it left
        # under its right-aligned caption in Arabic. It starts on the screen's reading side.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for (label, value), (said, shown) in zip(self._rows, view.rows, strict=True):
            label.setText(said)
            value.setText(shown)
            value.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        set_button_text(self._yes, view.yes)
        set_button_text(self._no, view.no)

    def reset(self) -> None:
        """Nothing of a card stays on screen for the next patient."""
        for _label, value in self._rows:
            value.clear()
