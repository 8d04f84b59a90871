"""Kiosk mode: the window cannot be closed or escaped from by a patient.

Frameless and full screen, the mouse cursor hidden, close requests refused, and the
keyboard shortcuts that close or leave a window swallowed before Qt acts on them (a
keyboard may be plugged in by a curious visitor). Shortcuts the window system keeps for
itself (Ctrl+Alt+Del, a compositor's own) never reach the program: the deploy guide's
cage session has none. Only IT's "exit to desktop" in staff mode lets the window close.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

Mod = Qt.KeyboardModifier
# (key, modifiers that must be held): Alt+F4, Escape, Ctrl+Q, Ctrl+W, Alt+Tab, and the
# browser-like Ctrl+F4 and Alt+Escape.
BLOCKED: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...] = (
    (Qt.Key.Key_F4, Mod.AltModifier),
    (Qt.Key.Key_F4, Mod.ControlModifier),
    (Qt.Key.Key_Escape, Mod.NoModifier),
    (Qt.Key.Key_Escape, Mod.AltModifier),
    (Qt.Key.Key_Q, Mod.ControlModifier),
    (Qt.Key.Key_W, Mod.ControlModifier),
    (Qt.Key.Key_Tab, Mod.AltModifier),
    (Qt.Key.Key_Backtab, Mod.AltModifier),
)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease)


def is_blocked(event: QKeyEvent) -> bool:
    held = event.modifiers() & ~Mod.KeypadModifier & ~Mod.ShiftModifier
    return any(event.key() == key and (held & modifiers) == modifiers for key, modifiers in BLOCKED)


class Lockdown(QObject):
    """Installed on the application: swallows the escape shortcuts for every widget."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.setWindowFlags(
            window.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self._window) or not self._window.isVisible():
            return False  # a closed kiosk window locks nothing down
        if event.type() in KEY_EVENTS and isinstance(event, QKeyEvent) and is_blocked(event):
            event.accept()
            return True  # consumed: Qt never sees the shortcut
        return False

    def release(self) -> None:
        """The window closes (IT left for the desktop): keys and cursor are free again."""
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
