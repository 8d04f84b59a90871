"""The languages as big buttons, each in its own name and script (no flags: a language is
not a country), in a grid that keeps its places in every language: choosing Arabic must
not mirror it and move the button just tapped from under the finger (issue 18).

Two columns on a portrait screen; on a landscape one as many as halve the rows (five for
ten languages), so that ten never push the rest of the screen off it. The welcome screen
and the language chooser (ui/widgets/language_chooser.py) both show it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.content.locales import Language
from ui.theme import Theme
from ui.widgets.basics import button, set_button_text, set_selected

CHOSEN = "✓"


def columns_for(count: int, landscape: bool, fitting: int) -> int:
    """Two columns standing; lying, as few as keep two rows (at most five), unless the
    names need wider buttons than that leaves (`fitting`: how many fit side by side)."""
    if not landscape:
        return 2
    return max(2, min(5, -(-count // 2), fitting))


class LanguageGrid(QWidget):
    language_chosen = Signal(str)  # a language code

    def __init__(
        self,
        theme: Theme,
        languages: Sequence[Language],
        choose_language: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        """`choose_language`: "Choose your language" in each of `languages`, said before a
        button's name when it is read aloud, in that language's voice."""
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.gap)
        self._languages = tuple(languages)
        self.buttons: dict[str, QPushButton] = {}
        for language, choose in zip(languages, choose_language, strict=True):
            widget = button(f"language-{language.code}")
            widget.setProperty("role", "language")  # chosen, no taller (ui/theme.py)
            set_button_text(widget, language.name)
            # Read aloud in its own language: "Kies uw taal: Nederlands" in a Dutch voice.
            widget.setProperty("spoken", f"{choose}: {language.name}")
            widget.setProperty("speech_language", language.code)
            widget.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
            )
            widget.clicked.connect(
                lambda _=False, code=language.code: self.language_chosen.emit(code)
            )
            self.buttons[language.code] = widget
        self._columns = 0
        self._place(2)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self.buttons.values():
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self.buttons.values()):
            self._grid.addWidget(widget, index // columns, index % columns)

    def _widest(self) -> int:
        """The width the widest name needs, chosen (a check before it, in bold)."""
        widest = 0
        for language in self._languages:
            widget = self.buttons[language.code]
            font = QFont(widget.font())
            font.setBold(True)
            text = f"{CHOSEN}  {language.name}"
            padding = widget.sizeHint().width() - widget.fontMetrics().horizontalAdvance(
                widget.text()
            )
            widest = max(widest, QFontMetrics(font).horizontalAdvance(text) + padding)
        return widest

    def resizeEvent(self, event: QResizeEvent) -> None:
        window = self.window().size()
        spacing = self._grid.horizontalSpacing()
        fitting = (event.size().width() + spacing) // max(1, self._widest() + spacing)
        self._place(columns_for(len(self._languages), window.width() > window.height(), fitting))
        super().resizeEvent(event)

    def show_chosen(self, code: str | None) -> None:
        """The language in use marked by a check before its name, not by colour alone;
        its accessible name stays the name (a screen reader says "checked" itself)."""
        for language in self._languages:
            widget = self.buttons[language.code]
            chosen = language.code == code
            set_button_text(
                widget, f"{CHOSEN}  {language.name}" if chosen else language.name, language.name
            )
            set_selected(widget, chosen)
