"""Welcome: a greeting and one big button per language, in that language's own name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content.locales import Language
from kiosk.patient.presenter import languages_line
from ui.theme import Theme
from ui.widgets.basics import Pictogram, text_label
from ui.widgets.language_grid import LanguageGrid


class WelcomeScreen(QWidget):
    language_chosen = Signal(str)

    def __init__(
        self,
        theme: Theme,
        languages: Sequence[Language],
        choose_language: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen-welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(8), theme.mm(8), theme.mm(4))
        layout.setSpacing(theme.gap * 2)
        pictogram = Pictogram(theme.pictogram_size, self)
        pictogram.show_pictogram("info")
        layout.addWidget(pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        self._title = text_label("title")
        self._title.setObjectName("title")
        self._text = text_label()
        self._text.setObjectName("text")
        for label in (self._title, self._text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        # "Choose your language" in every language offered: whoever stands here can read one.
        choose = text_label()
        choose.setObjectName("choose-language")
        choose.setText(languages_line(choose_language))
        choose.setProperty("spoken", "")  # read aloud: each language button says it instead
        choose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(choose)
        self._grid = LanguageGrid(theme, languages, choose_language, self)
        self._grid.language_chosen.connect(self.language_chosen)
        layout.addWidget(self._grid)

    def reading_order(self) -> list[QWidget]:
        """Title, text, then each language in its button's order."""
        return [self._title, self._text, *self._grid.buttons.values()]

    def show_language(self, code: str, title: str, text: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        self._grid.show_chosen(code)
