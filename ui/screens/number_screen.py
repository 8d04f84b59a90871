"""A number typed on the keypad (a child's weight), its unit beside the digits, or
"I don't know". Whether it is within range is the flow's question, asked on Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.patient.presenter import TypedQuestion
from ui.screens.question_screen import CHECK
from ui.theme import Theme
from ui.widgets.basics import (
    is_landscape,
    question_texts,
    set_button_text,
    set_selected,
    text_label,
    wrap_button,
)
from ui.widgets.date_entry import Keypad

FIELD_MM = 45  # room for four big digits


class NumberScreen(QWidget):
    digits_changed = Signal(str)  # the digits typed so far, typed or erased by the patient
    answered = Signal(str, str)  # the answer's key, "dont_know"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-number")
        self._key = ""
        self._digits = ""
        self._max_digits = 4
        self._empty = ""  # what the field says when nothing is typed
        # Portrait: the question above the keypad. Landscape: question left, keypad right.
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 2)
        self._prompt, self._help, self._hint = question_texts()
        ask = QVBoxLayout()
        ask.setSpacing(theme.gap * 2)
        for label in (self._prompt, self._help, self._hint):
            ask.addWidget(label)
        ask.addStretch(1)
        self._layout.addLayout(ask, 1)

        self.field = QLabel()
        self.field.setObjectName("field")
        self.field.setProperty("role", "field")
        self.field.setTextFormat(Qt.TextFormat.PlainText)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumWidth(theme.mm(FIELD_MM))
        self.field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._unit = QLabel()
        self._unit.setObjectName("unit")
        self._unit.setProperty("role", "title")
        self._unit.setTextFormat(Qt.TextFormat.PlainText)
        self._unit.setProperty("spoken", "")  # the field says its unit
        # Digits and unit read left to right in every language, as on the scales.
        value = QWidget()
        value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        value_row = QHBoxLayout(value)
        value_row.setContentsMargins(0, 0, 0, 0)
        value_row.setSpacing(theme.gap * 2)
        value_row.addWidget(self.field)
        value_row.addWidget(self._unit)
        self._problem = text_label("problem")
        self._problem.setObjectName("problem")
        self._problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._keypad = Keypad(theme)
        self._keypad.typed.connect(self._type)
        self._keypad.erased.connect(self._erase)
        self._dont_know = wrap_button("answer", theme)
        self._dont_know.clicked.connect(lambda: self.answered.emit(self._key, "dont_know"))
        answer = QVBoxLayout()
        answer.setSpacing(theme.gap * 2)
        answer.addStretch(1)
        answer.addWidget(value, 0, Qt.AlignmentFlag.AlignHCenter)
        answer.addWidget(self._problem)  # right above the keypad, where the patient looks
        answer.addWidget(self._keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        answer.addWidget(self._dont_know)
        self._layout.addLayout(answer, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = is_landscape(event.size())
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def show_number(
        self,
        shown: TypedQuestion,
        digits: str,
        dont_know_chosen: bool,
        unit: str,
        highest: int,
        erase: str,
        empty: str,
    ) -> None:
        self._key = shown.key
        self._max_digits = len(str(highest))
        self._empty = empty
        self.field.setObjectName(f"field-{shown.question_id}")
        self._dont_know.setObjectName(f"answer-{shown.question_id}-dont_know")
        self._prompt.setText(shown.asked)
        self._help.setText(shown.help or "")
        self._help.setVisible(bool(shown.help))
        self._hint.setText(shown.hint)
        self._unit.setText(unit)
        self._keypad.set_erase_text(erase)
        label = shown.dont_know
        set_button_text(self._dont_know, f"{CHECK}  {label}" if dont_know_chosen else label, label)
        set_selected(self._dont_know, dont_know_chosen)
        self._problem.setText(shown.problem or "")
        self._problem.setVisible(shown.problem is not None)
        self._digits = digits if digits.isascii() and digits.isdigit() else ""
        self._refresh()

    def spoken_value(self) -> str:
        """The number typed so far with its unit ("23 kg"), as read aloud."""
        return self.field.accessibleName()

    def _type(self, digit: str) -> None:
        if len(self._digits) >= self._max_digits:
            return
        self._digits += digit
        self._refresh()
        self.digits_changed.emit(self._digits)

    def _erase(self) -> None:
        if not self._digits:
            return
        self._digits = self._digits[:-1]
        self._refresh()
        self.digits_changed.emit(self._digits)

    def _refresh(self) -> None:
        self.field.setText(self._digits)
        unit = self._unit.text()
        self.field.setAccessibleName(f"{self._digits} {unit}" if self._digits else self._empty)

    def reading_order(self) -> list[QWidget]:
        return [self._prompt, self._help, self._hint, self.field, self._problem, self._dont_know]

    def reset(self) -> None:
        """Forget what the last patient typed."""
        self._digits = ""
        self._refresh()
        self._problem.clear()
        set_button_text(self._dont_know, "")
        set_selected(self._dont_know, False)
