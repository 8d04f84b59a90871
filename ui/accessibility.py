"""The patient's accessibility choices on screen, as one small controller of the window.

Larger text and high contrast restyle the window (the theme's stylesheet, long words that
may break, the screens that divide their contents measured again). Read aloud says each
new screen, part of a screen or the idle warning once it is laid out, and confirms aloud
a second touch that chose an answer (ui/read_aloud.py does the speaking and the touches).
Where the patient is comes from the patient view (kiosk/patient/presenter.py), plus the
part of a long screen shown, which only the screen knows.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kiosk.patient.flow import Assistance
from kiosk.patient.presenter import PatientView, Shown
from ui.read_aloud import ReadAloud, speech_of, spoken_texts
from ui.screens.stack import PatientScreens
from ui.texts import Words
from ui.theme import Theme
from ui.widgets.access_bar import AccessBar
from ui.widgets.basics import BREAK_LONG_WORDS, TextLabel
from ui.widgets.idle_overlay import IdleOverlay
from ui.widgets.language_chooser import LanguageChooser


class AccessibilityShown:
    def __init__(
        self,
        window: QWidget,
        theme: Theme,
        read_aloud: ReadAloud,
        screens: PatientScreens,
        navigation: QWidget,
        idle_overlay: IdleOverlay,
        access_bar: AccessBar,
        chooser: LanguageChooser,
    ) -> None:
        self._window, self._theme = window, theme  # the theme as built, before any choice
        self.read_aloud = read_aloud
        self._screens, self._navigation = screens, navigation
        self._idle_overlay, self._access_bar = idle_overlay, access_bar
        self._chooser = chooser
        self._shown = Assistance()
        self._spoken_for: tuple[object, ...] | None = None
        self._view: PatientView | None = None
        self._words: Words | None = None

    def say_again(self) -> None:
        """The next showing is said in full (read aloud switched on, back from staff mode)."""
        self._spoken_for = None

    def show(self, view: PatientView, words: Words, chosen: Assistance) -> None:
        """The patient's choices as they are now, after the view was drawn."""
        self._view, self._words = view, words
        shown = self._shown
        if (chosen.larger_text, chosen.high_contrast) != (shown.larger_text, shown.high_contrast):
            theme = self._theme.with_choices(
                larger_text=chosen.larger_text, high_contrast=chosen.high_contrast
            )
            self._window.setStyleSheet(theme.stylesheet())
            self._window.setProperty(BREAK_LONG_WORDS, chosen.larger_text)
            for label in self._window.findChildren(TextLabel):
                label.rewrap()
            self._screens.refit(theme)
        self._shown = chosen
        read_aloud = self.read_aloud
        language = view.language
        self._access_bar.show_choices(
            words, asdict(chosen), read_aloud.available(language), view.header.languages_shown
        )
        reading = chosen.read_aloud and read_aloud.available(language)
        if read_aloud.active and not reading:
            read_aloud.stop()
        was_reading, read_aloud.active = read_aloud.active, reading
        if not reading:
            self._spoken_for = None
            return
        self.speak_if_moved(help_first=not was_reading)

    def speak_if_moved(self, help_first: bool = False) -> None:
        """Read aloud: a new screen (or part, or the idle warning) is said once it is
        laid out; a second touch that chose an answer is confirmed aloud."""
        view, words = self._view, self._words
        if view is None or words is None:
            return
        screens = self._screens
        where = (
            *view.place,
            screens.page.part() if view.shown is Shown.PAGE else None,
            screens.question.part() if view.shown is Shown.QUESTION else None,
            screens.review.page() if view.shown is Shown.REVIEW else None,
            self._idle_overlay.isVisible(),
            self._chooser.isVisible(),
        )
        read_aloud = self.read_aloud
        if where != self._spoken_for:
            read_aloud.stop()  # the screen changed: what was being said is over
            self._spoken_for = where
            # Once the new screen is laid out: reading order follows the positions.
            QTimer.singleShot(0, lambda: self.speak_screen(help_first))
        elif read_aloud.confirmed is not None:
            pressed, read_aloud.confirmed = read_aloud.confirmed, None
            said = speech_of(pressed, view.language, words.text("answer_chosen"))
            if pressed.isVisible() and said is not None:
                read_aloud.say([said])  # "Yes, chosen": the second touch did it

    def speak_screen(self, with_help: bool = False) -> None:
        """Say the screen shown (the idle warning when it is up), in the patient's language."""
        view, words = self._view, self._words
        if not self.read_aloud.active or view is None or words is None:
            return
        language = view.language
        parts = [(words.text("read_aloud_help"), language)] if with_help else []
        roots: list[QWidget] = (
            [self._idle_overlay]
            if self._idle_overlay.isVisible()
            else [self._chooser]
            if self._chooser.isVisible()
            else [self._screens.widget_for(view.shown), self._navigation]
        )
        parts += spoken_texts(roots, language, words.text("answer_chosen"))
        self.read_aloud.say(parts)
