"""What a patient sees when the kiosk cannot work at all (its database cannot be opened):
"out of order, please go to the reception desk", in every language offered. Nothing can
be typed. The kiosk tries the database again every minute and, once it opens, exits so
that systemd starts it afresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.basics import Pictogram, text_label

RETRY_MS = 60_000


class OutOfOrderWindow(QWidget):
    def __init__(
        self,
        theme: Theme,
        messages: Sequence[tuple[str, bool]],  # (text, right to left) per language
        retry: Callable[[], bool],
        on_repaired: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setObjectName("out-of-order")
        self.setStyleSheet(theme.stylesheet())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(10), theme.mm(10), theme.mm(10), theme.mm(10))
        layout.setSpacing(theme.gap * 2)
        layout.addStretch(1)
        pictogram = Pictogram(theme.pictogram_size, self)
        pictogram.show_pictogram("info")
        layout.addWidget(pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        for text, rtl in messages:
            label = text_label("title")
            label.setObjectName("out-of-order-message")
            label.setText(text)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            layout.addWidget(label)
        layout.addStretch(1)
        self._retry, self._on_repaired = retry, on_repaired
        self.locked_down = False  # kiosk mode: closing is refused, as on the kiosk itself
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.try_again)
        self._timer.start(RETRY_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked_down:
            event.ignore()
            return
        super().closeEvent(event)

    def try_again(self) -> None:
        if self._retry():
            self._timer.stop()
            self._on_repaired()
