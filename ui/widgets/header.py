"""The strip at the top of every patient screen: the department and the progress
through the form.

The language is changed from the bottom of every screen (`languages-open` in the
accessibility bar opens the chooser), within a seated person's reach: ten languages
would crowd a row up here, out of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.patient.presenter import HeaderView
from ui.theme import Theme
from ui.widgets.basics import text_label


class Header(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setProperty("role", "header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(theme.mm(8), theme.mm(2), theme.mm(8), theme.mm(2))
        rows.setSpacing(theme.mm(1.5))
        row = QHBoxLayout()
        self.department = text_label("small")
        self.department.setObjectName("department")
        self._progress_text = text_label("small")
        self._progress_text.setObjectName("progress-text")
        self._progress_text.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self._progress = QProgressBar()
        self._progress.setObjectName("progress")
        self._progress.setTextVisible(False)
        self._progress.setFixedWidth(theme.mm(45))
        row.addWidget(self.department, 1)
        row.addWidget(self._progress_text)
        row.addWidget(self._progress)
        rows.addLayout(row)

    def show_header(self, view: HeaderView) -> None:
        """`view.progress`: its words, the step and the number of steps; None when the
        screen is not part of the form."""
        progress = view.progress
        self.department.setText(view.department)
        self.setAccessibleName(view.department)
        self._progress_text.setText(progress[0] if progress else "")
        self._progress_text.setVisible(progress is not None)  # no empty label for a reader
        self._progress.setVisible(progress is not None)
        if progress:
            text, current, total = progress
            # QProgressBar repaints itself at once on setValue (about 1 ms a step): let
            # it be painted with the rest of the screen instead.
            self._progress.setUpdatesEnabled(False)
            self._progress.setRange(0, total)
            self._progress.setValue(current)
            self._progress.setUpdatesEnabled(True)
            self._progress.setAccessibleName(text)
