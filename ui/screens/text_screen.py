"""A typed answer: the name of a medicine or of an allergen the list did not have, typed
on the on-screen keyboard of the patient's language (as a name is), or "I don't know".

What is typed is the patient's own text: the field shows it as typed, never as markup.
Whether it can be accepted is the flow's question, asked on Next (`problem`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.content.locales import Keyboard
from kiosk.patient.presenter import TypedQuestion
from ui.privacy import keep_private
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
from ui.widgets.keyboard import OnScreenKeyboard

DIGITS = "1234567890"  # the row above the letters, as on a phone's keyboard

ASK_GAP = 3  # the room between the question (title, help, hint) and the field


class TextScreen(QWidget):
    text_edited = Signal(str)
    answered = Signal(str, str)  # the answer's key, "dont_know"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-text")
        self._key = ""
        # Portrait: the question and the field above the keyboard. Landscape: the question
        # and the field beside the keyboard (with larger text, a landscape screen is not
        # tall enough for both).
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 2)
        ask = self._ask = QVBoxLayout()
        ask.setSpacing(theme.gap * 2)
        self._prompt, self._help, self._hint = question_texts()
        self.field = QLineEdit()
        self.field.setObjectName("field")
        keep_private(self.field)  # nothing typed reaches the PRIMARY selection
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textEdited.connect(self.text_edited)
        self._dont_know = wrap_button("answer", theme)
        self._dont_know.clicked.connect(lambda: self.answered.emit(self._key, "dont_know"))
        self._problem = text_label("problem")
        self._problem.setObjectName("problem")
        self._keyboard = OnScreenKeyboard(theme)
        self._keyboard.attach(self.field)
        self._keys_for: tuple[Keyboard, tuple[tuple[str, str], ...]] | None = None
        ask.addWidget(self._prompt)
        ask.addWidget(self._help)
        ask.addWidget(self._hint)
        ask.addStretch(0)  # landscape: the field comes down beside the keys
        # The field as wide as the screen (or column) allows, the message about what was
        # typed right under it, then "I don't know".
        ask.addWidget(self.field)
        ask.addWidget(self._problem)
        ask.addWidget(self._dont_know)
        ask.addStretch(1)  # portrait: the keyboard goes down, within reach
        self._layout.addLayout(ask, 1)
        keys = QVBoxLayout()
        keys.addStretch(1)
        keys.addWidget(self._keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addLayout(keys)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = is_landscape(event.size())
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        self._ask.setStretch(ASK_GAP, 1 if landscape else 0)
        self._ask.setStretch(self._ask.count() - 1, 0 if landscape else 1)
        super().resizeEvent(event)

    def show_text(
        self,
        shown: TypedQuestion,
        text: str,
        dont_know_chosen: bool,
        keyboard: Keyboard,
        key_labels: Mapping[str, str],
    ) -> None:
        self._key = shown.key
        self.field.setObjectName(f"field-{shown.question_id}")
        self._dont_know.setObjectName(f"answer-{shown.question_id}-dont_know")
        self._prompt.setText(shown.asked)
        self._help.setText(shown.help or "")
        self._help.setVisible(bool(shown.help))
        self._hint.setText(shown.hint)
        self.field.setAccessibleName(shown.asked)
        if self.field.text() != text:
            self.field.setText(text)
        label = shown.dont_know
        set_button_text(self._dont_know, f"{CHECK}  {label}" if dont_know_chosen else label, label)
        set_selected(self._dont_know, dont_know_chosen)
        self._problem.setText(shown.problem or "")
        self._problem.setVisible(shown.problem is not None)
        # A medicine's name may hold a strength ("Asaflow 80"): digits above the letters.
        keyboard = keyboard.with_row(DIGITS)
        keys_for = (keyboard, tuple(sorted(key_labels.items())))
        if keys_for != self._keys_for:  # languages can share rows but not key names
            self._keys_for = keys_for
            self._keyboard.set_layout(keyboard, key_labels)
        self.field.setFocus()

    def reading_order(self) -> list[QWidget]:
        return [self._prompt, self._help, self._hint, self.field, self._problem, self._dont_know]

    def reset(self) -> None:
        """Forget what the last patient typed."""
        self.field.setText("")  # unlike clear(), also empties the undo history
        self._keyboard.reset()
        self._problem.clear()
        set_button_text(self._dont_know, "")
        set_selected(self._dont_know, False)
