"""The navigation bar under every patient screen: back, skip the explanations, next,
and confirm on the review. Which of them shows, and their words, is the view's to say
(kiosk/patient/presenter.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.patient.presenter import NavigationView
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

    def show_for(self, view: NavigationView) -> None:
        self.setAccessibleName(view.name)
        for button, text, spoken in (
            (self._back, view.back, view.back_spoken),
            (self._skip, view.skip, None),
            (self._next, view.next, view.next_spoken),
            (self._submit, view.submit, None),
        ):
            if text is not None:
                set_button_text(button, text, spoken or None)
            button.setVisible(text is not None)
        self._next.setEnabled(view.next_enabled)
        # A review in parts: Confirm waits until its last part was shown.
        self._submit.setEnabled(view.submit_enabled)
