"""Read aloud: the screen spoken in the patient's language, and a first touch that speaks
a button instead of pressing it.

With read aloud on, touching a button once says what it is ("Yes", "Next"); touching
the same button again presses it, as screen-reader users expect from touch
exploration. Touching another button says that one instead. The accessibility bar's own
buttons act at once, so speech can always be switched off with one touch. Assistive
technology that presses a button through its accessibility interface (AT-SPI) is not
touched by any of this: it sends no mouse event.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.services.speech import Speech

_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
AVAILABILITY_SECONDS = 60.0  # a headset plugged in is noticed within a minute
ROW_PX = 12  # middles this close: one row


def speech_of(widget: QWidget, language: str, chosen: str) -> tuple[str, str] | None:
    """What a label or button says, and in which language: its accessible name, unless
    it carries its own `spoken` text or `speech_language` (the welcome screen's language
    buttons speak in their own language); a chosen answer says so."""
    if isinstance(widget, QAbstractButton):
        text = widget.accessibleName() or widget.text()
        if widget.isCheckable() and widget.isChecked():
            text = f"{text}, {chosen}"
    elif isinstance(widget, QLabel):
        text = widget.accessibleName() or widget.text()
    elif isinstance(widget, QLineEdit):  # the name typed so far
        text = widget.text()
    else:
        return None
    spoken = widget.property("spoken")
    if isinstance(spoken, str):
        text = spoken
    if not text.strip():
        return None
    own = widget.property("speech_language")
    return text.strip(), own if isinstance(own, str) and own else language


def spoken_texts(roots: Iterable[QWidget], language: str, chosen: str) -> list[tuple[str, str]]:
    """What a screen says, top to bottom and in reading order: its titles, texts and
    buttons. The keys of the on-screen keyboards are left out: thirty letters read out
    help nobody."""
    spoken: list[tuple[str, str]] = []
    for root in roots:
        if not root.isVisible():
            continue
        order = getattr(root, "reading_order", None)
        widgets = order() if callable(order) else _by_position(root)
        for widget in widgets:
            if not widget.isVisible() or widget.objectName().startswith("key-"):
                continue
            said = speech_of(widget, language, chosen)
            if said is not None:
                spoken.append(said)
    return spoken


def _by_position(root: QWidget) -> list[QWidget]:
    """Top to bottom, then in the reading direction. Widgets whose middles are within a
    few pixels of the row's first are one row (a chosen button is drawn a little
    taller, so its top is higher than its neighbour's)."""
    right_to_left = root.layoutDirection() is Qt.LayoutDirection.RightToLeft
    placed: list[tuple[int, int, QWidget]] = []
    for widget in root.findChildren(QWidget):
        where = widget.mapTo(root, QPoint(0, 0))
        x = -where.x() - widget.width() if right_to_left else where.x()
        placed.append((where.y() + widget.height() // 2, x, widget))
    placed.sort(key=lambda item: item[0])
    rows: list[list[tuple[int, int, QWidget]]] = []
    for item in placed:
        if rows and item[0] - rows[-1][0][0] <= ROW_PX:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [widget for row in rows for _, _, widget in sorted(row, key=lambda item: item[1])]


class ReadAloud(QObject):
    """Owns the speech engine for the window: what is being said, and the armed button."""

    def __init__(self, speech: Speech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech = speech
        self.active = False
        self._armed: QAbstractButton | None = None
        self._swallow_release: QAbstractButton | None = None
        self.confirmed: QAbstractButton | None = None  # pressed by a second touch
        self._available: dict[str, tuple[bool, float]] = {}

    def available(self, language: str) -> bool:
        """Asked on every tap: the answer (which looks for a program, a voice and an
        audio device on disk) is kept for a minute per language."""
        now = time.monotonic()
        known = self._available.get(language)
        if known is None or now - known[1] > AVAILABILITY_SECONDS:
            known = (self._speech.available(language), now)
            self._available[language] = known
        return known[0]

    def say(self, parts: list[tuple[str, str]]) -> None:
        if self.active:
            self._speech.say(parts)

    def stop(self) -> None:
        """Silence, and forget the armed button (the screen changed, or the session)."""
        self._speech.stop()
        self._armed = None
        self.confirmed = None

    def intercept(
        self,
        watched: QObject,
        event: QEvent,
        within: QWidget,
        exempt: QWidget,
        language: str,
        chosen: str,
    ) -> bool:
        """True when a touch must not reach `watched`: the first touch on a button."""
        if not self.active or not isinstance(watched, QAbstractButton):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and watched is self._swallow_release:
            self._swallow_release = None
            return True
        if kind not in _PRESS or not watched.isEnabled():
            return False
        if not within.isAncestorOf(watched) or exempt.isAncestorOf(watched):
            return False
        self.confirmed = None  # a new touch: an earlier confirmation is no longer news
        if not watched.isVisible():  # the touch itself hid it ("I need more time")
            self._swallow_release = watched
            return True
        if watched is self._armed:
            self._armed = None
            self.confirmed = watched
            return False
        self._armed = watched
        self._swallow_release = watched
        self.confirmed = None
        said = speech_of(watched, language, chosen)
        if said is not None:
            self._speech.say([said])
        return True
