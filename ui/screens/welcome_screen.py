"""Welcome: a greeting and one big button per language, in that language's own name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content.locales import Language
from kiosk.patient.presenter import languages_line
from ui.theme import Theme
from ui.widgets.basics import Pictogram, button, set_button_text, set_selected, text_label


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
        # The grid keeps its places in every language: choosing Arabic must not mirror it
        # and move the button just tapped from under the finger (issue 18).
        buttons = QWidget(self)
        buttons.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.gap)
        self._buttons = {}
        self._languages = tuple(languages)
        for index, language in enumerate(languages):
            widget = button(f"language-{language.code}")
            widget.setProperty("role", "language")  # chosen, no taller (ui/theme.py)
            set_button_text(widget, language.name)
            # Read aloud in its own language: "Kies uw taal: Nederlands" in a Dutch voice.
            widget.setProperty("spoken", f"{choose_language[index]}: {language.name}")
            widget.setProperty("speech_language", language.code)
            widget.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
            )
            widget.clicked.connect(
                lambda _=False, code=language.code: self.language_chosen.emit(code)
            )
            grid.addWidget(widget, index // 2, index % 2)
            self._buttons[language.code] = widget
        layout.addWidget(buttons)

    def reading_order(self) -> list[QWidget]:
        """Title, text, then each language in its button's order."""
        return [self._title, self._text, *self._buttons.values()]

    def show_language(self, code: str, title: str, text: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        for language_code, widget in self._buttons.items():
            name = next(item.name for item in self._languages if item.code == language_code)
            chosen = language_code == code
            set_button_text(widget, f"✓  {name}" if chosen else name, name)
            set_selected(widget, chosen)
