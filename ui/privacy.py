"""What a patient types never outlives their session outside the screens: not in the
clipboard, not in the X PRIMARY selection (which the next patient could paste with a
middle click), and never put there by a field in the first place.

`forget_clipboards()` runs on every wipe of a session (ui/screens/stack.py
`forget_patient`); `keep_private(field)` makes a patient's line edit one that holds no
selection (a drag or a double tap only moves the cursor) and takes no middle-click paste.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QLineEdit

_BUTTONS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}
)


def forget_clipboards() -> None:
    """Empty the clipboard and the PRIMARY selection (where the platform has one)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:  # no GUI application (never in the kiosk)
        return
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class _NoSelection(QObject):
    """The event filter of a patient's field: mouse and touch place the cursor, nothing
    more (no drag or double-tap selection, no middle-click paste)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _BUTTONS and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.MiddleButton:
                return True  # X11's paste of the PRIMARY selection
            if kind == QEvent.Type.MouseButtonDblClick:
                return True  # would select a word
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            return event.buttons() != Qt.MouseButton.NoButton  # a drag would select
        return False

    def undo_selection(self) -> None:
        field = self.parent()
        if isinstance(field, QLineEdit) and field.hasSelectedText():
            field.deselect()


def keep_private(field: QLineEdit) -> None:
    """A patient's field: nothing it shows can be selected, so Qt never copies it to the
    PRIMARY selection (it does so on every selection made with the mouse or keys)."""
    guard = _NoSelection(field)  # lives and dies with the field
    field.installEventFilter(guard)
    field.setDragEnabled(False)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    # Whatever selects all the same (a key combination on a keyboard left plugged in):
    # undone at once, before a mouse release or a key could copy it.
    field.selectionChanged.connect(guard.undo_selection)
