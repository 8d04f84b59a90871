"""The navigation bar under every patient screen: back, skip the explanations, next,
and confirm on the review. Which of them shows is the flow's to say."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.patient.flow import Screen
from ui.texts import Words
from ui.theme import Theme
from ui.widgets.basics import set_button_text, wrap_button


class Navigation(QWidget):
    back = Signal()
    skip = Signal()
    next = Signal()
    submit = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setProperty("role", "navigation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.mm(6), theme.mm(4), theme.mm(6), theme.mm(6))
        row.setSpacing(theme.mm(5))
        # Wrapping buttons: "Erklärungen überspringen" in larger text takes two lines.
        self._back = wrap_button("back", theme)
        self._skip = wrap_button("skip", theme)
        self._next = wrap_button("next", theme)
        self._submit = wrap_button("submit", theme)
        for primary in (self._next, self._submit):
            primary.setProperty("role", "primary")
        self._back.clicked.connect(lambda: self.back.emit())
        self._skip.clicked.connect(lambda: self.skip.emit())
        self._next.clicked.connect(lambda: self.next.emit())
        self._submit.clicked.connect(lambda: self.submit.emit())
        row.addWidget(self._back, 2)
        row.addWidget(self._skip, 3)
        row.addWidget(self._next, 3)
        row.addWidget(self._submit, 3)

    def show_for(self, words: Words, screen: Screen, can_go_back: bool, can_go_next: bool) -> None:
        self.setAccessibleName(words.text("navigation"))
        # No-break spaces: the arrow never sits alone on a line of its own.
        set_button_text(self._back, f"‹\u00a0\u00a0{words.text('back')}", words.text("back"))
        set_button_text(self._skip, words.text("skip"))
        next_text = words.text("start" if screen is Screen.WELCOME else "next")
        set_button_text(self._next, f"{next_text}\u00a0\u00a0›", next_text)
        set_button_text(self._submit, words.text("submit"))
        self._back.setVisible(can_go_back)
        self._skip.setVisible(screen is Screen.PAGE)
        self._next.setVisible(screen not in (Screen.REVIEW, Screen.SUBMITTING, Screen.DONE))
        self._next.setEnabled(can_go_next)
        self._submit.setVisible(screen is Screen.REVIEW)
