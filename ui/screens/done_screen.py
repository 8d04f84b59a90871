"""Saving, then thank you: what to do with the slip, and where reception is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.basics import Pictogram, button, set_button_text, text_label


class DoneScreen(QWidget):
    restart_requested = Signal()
    more_time_requested = Signal()  # keep the screen (the reference) a little longer

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-done")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(6))
        layout.setSpacing(theme.gap * 2)
        self._pictogram = Pictogram(theme.pictogram_size, self)
        self._pictogram.show_pictogram("reception")
        self._title = text_label("title")
        self._title.setObjectName("title")
        self._message = text_label()
        self._message.setObjectName("message")
        self._reference = text_label("title")
        self._reference.setObjectName("reference")
        self._directions = text_label()
        self._directions.setObjectName("directions")
        # The identity card still in the reader: said where the patient looks last.
        self._card_reminder = text_label("problem")
        self._card_reminder.setObjectName("card-reminder")
        self._card_reminder.hide()
        for widget in (
            self._title,
            self._message,
            self._reference,
            self._directions,
            self._card_reminder,
        ):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._title)
        layout.addWidget(self._message)
        layout.addWidget(self._reference)
        layout.addWidget(self._directions)
        layout.addStretch(1)
        layout.addWidget(self._card_reminder)
        # The time left, and a way to keep the screen longer (to copy the reference):
        # low on the screen, where the hand is.
        self._countdown = text_label("hint")
        self._countdown.setObjectName("done-countdown")
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._countdown)
        self._more_time = button("done-more-time")
        self._more_time.clicked.connect(self.more_time_requested)
        layout.addWidget(self._more_time)
        self._restart = button("restart", "primary")
        self._restart.clicked.connect(self.restart_requested)
        layout.addWidget(self._restart)

    def show_saving(self, text: str) -> None:
        self._title.setText(text)
        for widget in (
            self._message,
            self._reference,
            self._directions,
            self._restart,
            self._pictogram,
            self._countdown,
            self._more_time,
            self._card_reminder,
        ):
            widget.hide()

    def show_outcome(
        self,
        title: str,
        message: str,
        reference: str | None,
        directions: str,
        restart: str,
        countdown: str = "",
        more_time: str | None = None,
        card_reminder: str | None = None,
    ) -> None:
        self._title.setText(title)
        self._message.setText(message)
        # The reference lets reception find the declaration when no slip came out.
        self._reference.setText(reference or "")
        self._reference.setVisible(reference is not None)
        self._directions.setText(directions)
        set_button_text(self._restart, restart)
        for widget in (self._message, self._directions, self._restart, self._pictogram):
            widget.show()
        self._countdown.setText(countdown)
        self._countdown.setVisible(bool(countdown))
        if more_time is not None:
            set_button_text(self._more_time, more_time)
        self._more_time.setVisible(more_time is not None)
        self._card_reminder.setText(card_reminder or "")
        self._card_reminder.setVisible(card_reminder is not None)

    def reset(self) -> None:
        """Forget the last patient's outcome and reference."""
        for label in (self._title, self._message, self._reference, self._countdown):
            label.clear()
        self._reference.hide()
