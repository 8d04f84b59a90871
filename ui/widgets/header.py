"""The strip at the top of every patient screen: the department, the progress through
the form, and the row of language switches.

The language can be changed on every screen, answers kept; on the welcome screen its
own big buttons do it, so the row is hidden there (and once the form is submitted):
one visible `language-<code>` at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.locales import Language
from kiosk.patient.presenter import HeaderView
from ui.theme import Theme
from ui.widgets.basics import button, set_button_text, set_selected, text_label


class Header(QWidget):
    language_chosen = Signal(str)  # a language code

    def __init__(
        self,
        theme: Theme,
        languages: Sequence[Language],
        choose_language: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        """`choose_language`: "Choose your language" in each of `languages`, said before
        a switch's name when it is read aloud."""
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
        self._languages_row = QWidget()
        self._languages_row.setObjectName("languages")
        self._languages_row.setProperty("role", "header")  # the header's own background
        self._languages_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        switches = QHBoxLayout(self._languages_row)
        switches.setContentsMargins(0, 0, 0, 0)
        switches.setSpacing(theme.mm(2.5))
        switches.addStretch(1)
        self._switches: dict[str, QPushButton] = {}
        for language, choose in zip(languages, choose_language, strict=True):
            # "switch": smaller, and not bold when chosen (the width stays the text's)
            switch = button(f"language-{language.code}", "switch")
            set_button_text(switch, language.name)
            # Preferred height: every switch as tall as the tallest (an Arabic name can be)
            switch.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            switch.setProperty("spoken", f"{choose}: {language.name}")
            switch.setProperty("speech_language", language.code)
            switch.clicked.connect(
                lambda _=False, code=language.code: self.language_chosen.emit(code)
            )
            switches.addWidget(switch)
            self._switches[language.code] = switch
        rows.addWidget(self._languages_row)

    def show_header(self, view: HeaderView) -> None:
        """`view.progress`: its words, the step and the number of steps; None when the
        screen is not part of the form."""
        progress = view.progress
        self.department.setText(view.department)
        self.setAccessibleName(view.department)
        self._languages_row.setAccessibleName(view.choose_language)
        self._languages_row.setVisible(view.languages_shown)
        for code, switch in self._switches.items():
            set_selected(switch, code == view.language)
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
