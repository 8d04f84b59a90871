"""A name typed with the on-screen keyboard (one screen for the last name, one for the first)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.content.locales import Keyboard
from ui.privacy import keep_private
from ui.theme import Theme
from ui.widgets.basics import text_label
from ui.widgets.keyboard import OnScreenKeyboard


class NameScreen(QWidget):
    text_edited = Signal(str)

    def __init__(self, theme: Theme, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"screen-{field_name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        layout.setSpacing(theme.gap * 2)
        self._prompt = text_label("title")
        self._prompt.setObjectName("title")
        self._hint = text_label("hint")
        self._hint.setObjectName("hint")
        self.field = QLineEdit()
        self.field.setObjectName(f"field-{field_name}")
        keep_private(self.field)  # nothing typed reaches the PRIMARY selection
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textEdited.connect(self.text_edited)
        self._problem = text_label("problem")
        self._problem.setObjectName("problem")
        self._keyboard = OnScreenKeyboard(theme)
        self._keyboard.attach(self.field)
        self._layout: tuple[Keyboard, tuple[tuple[str, str], ...]] | None = None
        layout.addWidget(self._prompt)
        layout.addWidget(self._hint)
        layout.addWidget(self.field)
        layout.addWidget(self._problem)
        layout.addStretch(1)
        layout.addWidget(self._keyboard, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_name(
        self,
        prompt: str,
        hint: str,
        text: str,
        problem: str | None,
        keyboard: Keyboard,
        key_labels: Mapping[str, str],
    ) -> None:
        self._prompt.setText(prompt)
        self._hint.setText(hint)
        self.field.setAccessibleName(prompt)
        if self.field.text() != text:
            self.field.setText(text)
        self._problem.setText(problem or "")
        self._problem.setVisible(problem is not None)
        layout = (keyboard, tuple(sorted(key_labels.items())))
        if layout != self._layout:  # languages can share rows but not key names
            self._layout = layout
            self._keyboard.set_layout(keyboard, key_labels)
        self.field.setFocus()

    def reset(self) -> None:
        """Forget what the last patient typed."""
        self.field.setText("")  # unlike clear(), also empties the undo history
        self._keyboard.reset()
        self._problem.clear()
