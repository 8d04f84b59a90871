"""The language chooser: every language as a big button, over the whole window, opened
by `languages-open` at the bottom of each patient screen (within a seated person's reach).

Ten languages would crowd a header; here each has a button as big as on the welcome
screen. Choosing one switches the screens, answers kept, and closes the chooser; "Back"
(`languages-close`) closes it with nothing changed. It is the window's, not the flow's:
it holds nothing of the patient's, and any reset of the session closes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.content.locales import Language
from kiosk.patient.presenter import unbroken
from ui.theme import Theme
from ui.widgets.basics import Pictogram, button, set_button_text, text_label
from ui.widgets.language_grid import LanguageGrid


class LanguageChooser(QWidget):
    language_chosen = Signal(str)  # a language code
    close_requested = Signal()

    def __init__(
        self,
        theme: Theme,
        languages: Sequence[Language],
        choose_language: Sequence[str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("language-chooser")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(8), theme.mm(8), theme.mm(6))
        layout.setSpacing(theme.gap * 2)
        pictogram = Pictogram(theme.mm(20), self)
        pictogram.show_pictogram("languages")
        layout.addWidget(pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        # "Choose your language" in every language offered: whoever stands here can read one.
        # One phrase a line: each reader finds theirs at the start of a line.
        self._title = text_label()
        self._title.setObjectName("chooser-title")
        self._title.setText(
            "\n".join(unbroken(phrase) for phrase in dict.fromkeys(choose_language))
        )
        self._title.setProperty("spoken", "")  # each language button says it instead
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._title)
        layout.addStretch(1)  # the buttons low, within a seated patient's reach
        self._grid = LanguageGrid(theme, languages, choose_language, self)
        self._grid.language_chosen.connect(self.language_chosen)
        layout.addWidget(self._grid)
        self._close = button("languages-close")
        self._close.clicked.connect(self.close_requested)
        layout.addWidget(self._close)
        self.hide()

    def reading_order(self) -> list[QWidget]:
        return [*self._grid.buttons.values(), self._close]

    def buttons(self) -> list[QPushButton]:
        return [*self._grid.buttons.values(), self._close]

    def open_over(self, code: str, back: str) -> None:
        """Shown over the whole window, the language in use checked; `back`: "Back" in it."""
        self._grid.show_chosen(code)
        set_button_text(self._close, back)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
