"""The accessibility bar at the very bottom of every patient screen, within a seated
person's reach: the language (`languages-open`, which opens the chooser), larger text,
high contrast, read aloud.

Each button is a toggle a screen reader announces as checked or not. The bar asks; the
flow keeps the choices (they end with the session) and the window applies them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.resources import resource_path
from ui.texts import Words
from ui.theme import Theme
from ui.widgets.basics import button, set_button_text, set_selected, wrap_button
from ui.widgets.wrap_button import WrapButton

CHOICES = ("larger_text", "high_contrast", "read_aloud")


ON = "✓"


def marked(text: str, on: bool) -> str:
    return f"{ON}  {text}" if on else text


def bar_height(theme: Theme) -> int:
    """One height for the bar's buttons in every language: two lines of Latin letters or
    one of Arabic, whichever is taller, with the padding and the chosen (thick) border.
    A bar as tall in French as in Arabic keeps the screen above it where it was when the
    language changes (the button just tapped stays under the finger)."""
    font = QFont()
    font.setPixelSize(theme.bar_px)
    metrics = QFontMetrics(font)
    arabic = metrics.boundingRect("أبجد إختر لغتك").height()
    text = max(2 * metrics.lineSpacing(), arabic)
    return max(theme.target, text + 2 * theme.mm(1) + 2 * theme.mm(1.6))


class AccessBar(QWidget):
    toggled = Signal(str, bool)  # a choice of CHOICES, and whether the patient wants it on
    languages_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access-bar")
        self.setProperty("role", "navigation")  # the bars' own background
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.mm(6), 0, theme.mm(6), theme.mm(4))
        row.setSpacing(theme.mm(5))
        self.buttons: dict[str, WrapButton] = {}
        self._shown: tuple[object, ...] | None = None
        height = bar_height(theme)
        # The language in use, by its own name beside a globe: whoever cannot read it
        # still knows the globe. Not on the welcome screen (its own buttons are there).
        self.languages = button("languages-open", "access")
        self.languages.setIcon(QIcon(str(resource_path("pictograms", "languages.svg"))))
        self.languages.setIconSize(QSize(theme.mm(8), theme.mm(8)))
        self.languages.setMinimumHeight(height)
        self.languages.setMinimumWidth(theme.mm(32))  # a target worth its purpose
        self.languages.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.languages.clicked.connect(self.languages_requested)
        row.addWidget(self.languages)
        for choice in CHOICES:
            # Wrapping: "Sprachausgabe nicht verfügbar" needs two lines beside the globe.
            widget = wrap_button(f"access-{choice.replace('_', '-')}", theme, self, height)
            widget.setProperty("role", "access")
            widget.clicked.connect(
                lambda _=False, choice=choice: self.toggled.emit(
                    choice, not self.buttons[choice].property("on")
                )
            )
            row.addWidget(widget, 1)
            self.buttons[choice] = widget

    def show_choices(
        self,
        words: Words,
        chosen: dict[str, bool],
        speech_available: bool,
        languages_shown: bool = True,
    ) -> None:
        shown = (words.language.code, tuple(chosen.items()), speech_available, languages_shown)
        if shown == self._shown:
            return  # every tap shows the bar: only a change costs anything
        self._shown = shown
        self.languages.setVisible(languages_shown)
        name = words.language.name
        # A gap after the globe (the style sets the icon against the text)
        set_button_text(self.languages, f" {name}", f"{words.text('choose_language')}: {name}")
        self.languages.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if words.language.rtl else Qt.LayoutDirection.LeftToRight
        )
        for choice, widget in self.buttons.items():
            on = chosen[choice]
            widget.setProperty("on", on)
            set_selected(widget, on)
        self.setAccessibleName(words.text("accessibility"))
        # On: a check mark before the words, not the colour alone (the name stays the
        # words: a screen reader says "checked" itself).
        for choice in ("larger_text", "high_contrast"):
            said = words.text(choice)
            set_button_text(self.buttons[choice], marked(said, chosen[choice]), said)
        speech = self.buttons["read_aloud"]
        if speech_available:
            spoken = words.text("read_aloud")
            set_button_text(speech, marked(spoken, chosen["read_aloud"]), spoken)
            speech.setAccessibleDescription(words.text("read_aloud_help"))
        else:
            set_button_text(speech, words.text("speech_unavailable"))
            speech.setAccessibleDescription("")
        speech.setEnabled(speech_available)
