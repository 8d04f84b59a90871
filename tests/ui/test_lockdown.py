"""Kiosk mode: a patient with a keyboard or a window manager's close button stays put."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.patient.flow import Screen
from tests.helpers.kiosk_app import running_kiosk

Mod = Qt.KeyboardModifier
SHORTCUTS = [
    (Qt.Key.Key_F4, Mod.AltModifier),
    (Qt.Key.Key_Escape, Mod.NoModifier),
    (Qt.Key.Key_Q, Mod.ControlModifier),
    (Qt.Key.Key_W, Mod.ControlModifier),
    (Qt.Key.Key_Tab, Mod.AltModifier),
    (Qt.Key.Key_F4, Mod.ControlModifier),
]


class KeySpy(QObject):
    """Sees the key events that reach a widget (after the application's filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() is QEvent.Type.KeyPress:
            self.keys.append(event.key())
        return False


def press(target: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> list[int]:
    """Send the key to `target` as the window system would; the keys that reached it."""
    spy = KeySpy()
    target.installEventFilter(spy)
    try:
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    finally:
        target.removeEventFilter(spy)
    return spy.keys


@pytest.mark.parametrize(("key", "modifiers"), SHORTCUTS)
def test_escape_shortcuts_never_reach_the_kiosk_in_kiosk_mode(
    qtbot: QtBot, tmp_path: Path, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    with running_kiosk(qtbot, tmp_path / "data", "display.kiosk_mode=true") as app:
        app.tap("next")  # on an explanation page: nothing may leave it

        assert press(app.window, key, modifiers) == []

        assert app.window.isVisible() and app.screen() is Screen.PAGE
        assert press(app.window, Qt.Key.Key_A, Mod.NoModifier) == [Qt.Key.Key_A]  # others do


def test_without_kiosk_mode_the_same_keys_arrive(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        assert press(app.window, Qt.Key.Key_Escape, Mod.NoModifier) == [Qt.Key.Key_Escape]


def test_close_requests_are_refused_until_it_leaves(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data", "display.kiosk_mode=true") as app:
        assert not app.window.close()  # what Alt+F4 or a window manager would ask
        event = QCloseEvent()
        QApplication.sendEvent(app.window, event)
        assert not event.isAccepted() and app.window.isVisible()

        app.window.allow_close()  # IT's "exit to desktop"
        assert app.window.close()


def test_kiosk_mode_is_frameless_with_no_cursor(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data", "display.kiosk_mode=true") as app:
        assert app.window.windowFlags() & Qt.WindowType.FramelessWindowHint
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() is Qt.CursorShape.BlankCursor
        app.window.allow_close()


def test_without_kiosk_mode_a_newcomer_can_close_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        assert not app.window.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert app.window.close()
