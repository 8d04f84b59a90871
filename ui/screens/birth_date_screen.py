"""The date of birth, typed on a big keypad: day, month, year."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.patient.presenter import BirthDateView
from ui.theme import Theme
from ui.widgets.basics import is_landscape, text_label
from ui.widgets.date_entry import BirthDateEntry


class BirthDateScreen(QWidget):
    digits_changed = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-birth_date")
        # Portrait: the question above the keypad. Landscape: question left, keypad right
        # (in larger text, a landscape screen is not tall enough for both).
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 2)
        self._prompt = text_label("title")
        self._prompt.setObjectName("title")
        self._hint = text_label("hint")
        self._hint.setObjectName("hint")
        self._problem = text_label("problem")
        self._problem.setObjectName("problem")
        self._entry = BirthDateEntry(theme)
        self._entry.digits_changed.connect(self.digits_changed)
        ask = QVBoxLayout()
        ask.setSpacing(theme.gap * 2)
        ask.addWidget(self._prompt)
        ask.addWidget(self._hint)
        ask.addStretch(1)
        self._layout.addLayout(ask, 1)
        answer = QVBoxLayout()
        answer.setSpacing(theme.gap * 2)
        answer.addStretch(1)
        # The message sits right above the keypad, where the patient is looking.
        self._problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        answer.addWidget(self._problem)
        answer.addWidget(self._entry, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addLayout(answer, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = is_landscape(event.size())
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self._entry.set_theme(theme)

    def show_birth_date(self, view: BirthDateView) -> None:
        self._prompt.setText(view.prompt)
        self._hint.setText(view.hint)
        self._entry.set_texts(view.day, view.month, view.year, view.erase)
        if self._entry.digits() != view.digits:
            self._entry.set_digits(view.digits)
        self._problem.setText(view.problem or "")
        self._problem.setVisible(view.problem is not None)

    def spoken_value(self) -> str:
        """The date typed so far, as a screen reader says it ("Day 01, Month 02, ...")."""
        return self._entry.spoken_value()

    def reset(self) -> None:
        """Forget what the last patient typed."""
        self._entry.set_digits("")
        self._problem.clear()
