"""Every answer on one screen; tapping one goes back to change it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.flow import Step
from kiosk.review import ReviewItem
from ui.theme import Theme
from ui.widgets.basics import clear_layout, set_button_text, text_label, wrap_button


class ReviewScreen(QWidget):
    edit_requested = Signal(object)  # the Step to go back to

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-review")
        self._theme = theme
        self._items: list[ReviewItem] = []
        self._change = ""
        self._columns = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(5), theme.mm(8), theme.mm(3))
        layout.setSpacing(theme.gap)
        self._title = text_label("title")
        self._text = text_label("hint")
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        self._grid = QGridLayout()
        self._grid.setSpacing(theme.mm(2.5))
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def show_review(self, title: str, text: str, items: Sequence[ReviewItem], change: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        self._items, self._change = list(items), change
        self._rebuild()

    def reset(self) -> None:
        """Forget the last patient's answers."""
        self._items = []
        self._rebuild()

    def _rebuild(self) -> None:
        clear_layout(self._grid)
        per_column = -(-len(self._items) // self._columns)
        for index, item in enumerate(self._items):
            widget = wrap_button(f"edit-{item.name}", self._theme, self, self._theme.mm(11))
            lines = [f"{item.label}: {item.value}", *(f"•  {line}" for line in item.details)]
            set_button_text(widget, "\n".join(lines), f"{self._change}: {'; '.join(lines)}")
            widget.setStyleSheet(
                f"text-align: left; font-size: {self._theme.small_px}px;"
                f"min-height: {self._theme.mm(11)}px;"
                f"padding: {self._theme.mm(1)}px {self._theme.mm(3)}px;"
            )
            widget.clicked.connect(lambda _=False, step=item.step: self._edit(step))
            self._grid.addWidget(widget, index % per_column, index // per_column)
            widget.show()  # now, not on the next event loop pass

    def _edit(self, step: Step) -> None:
        self.edit_requested.emit(step)

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = 2 if event.size().width() > event.size().height() else 1
        if columns != self._columns:
            self._columns = columns
            self._rebuild()
        super().resizeEvent(event)
