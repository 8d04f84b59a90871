"""The on-screen keyboard for names: big keys, and capitals where a name needs them.

There is no physical keyboard at the kiosk. The keys never take the focus, so the
field keeps its cursor, and every key types through `QLineEdit.insert()` so the field
reports the change as the patient's own edit (`textEdited`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.theme import Theme
from ui.widgets.basics import set_button_text

# A name part starts after these: "Marie-Hélène O'Brien", "D’Angelo".
WORD_BREAKS = frozenset(" -'’")

# Long enough that a trembling finger resting on the key does not erase a second letter.
REPEAT_DELAY_MS = 600
REPEAT_INTERVAL_MS = 120

SPACE_UNITS = 5  # the space bar is as wide as five keys
BACKSPACE_UNITS = 3
SMALLEST_KEY_MM = 10.0  # absolute floor for a touch target (kiosk-ux.md)
KEY_GAP_MM = 2.5  # floor between two targets (kiosk-ux.md)


def _upper(letter: str) -> str:
    """The capital, unless it is not one letter ("ß" would become "SS")."""
    upper = letter.upper()
    return upper if len(upper) == 1 else letter


def _lower(letter: str) -> str:
    lower = letter.lower()
    return lower if len(lower) == 1 else letter


class _Key(QPushButton):
    """A key `units` keys wide, square when one unit wide. It may get narrower when a
    row does not fit, never below the 10 mm floor."""

    def __init__(self, theme: Theme, units: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._units = units
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("role", "key")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _width_for(self, side: int) -> int:
        gap = self._theme.mm(KEY_GAP_MM)
        width = self._units * side + (self._units - 1) * gap
        if self._units > 1:  # a word on the key: it must never be clipped
            text = self.fontMetrics().horizontalAdvance(self.text())
            width = max(width, text + 2 * self._theme.mm(3))
        return width

    def sizeHint(self) -> QSize:
        # QPushButton's own hint is at least ~80 px wide for any text: ignore its width.
        side = max(self._theme.key_size, super().sizeHint().height())
        return QSize(self._width_for(side), side)

    def minimumSizeHint(self) -> QSize:
        side = max(self._theme.key_size, super().sizeHint().height())
        return QSize(self._width_for(self._theme.mm(SMALLEST_KEY_MM)), side)


class OnScreenKeyboard(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._field: QLineEdit | None = None
        self._board: QWidget | None = None
        # Rows are key positions, left to right, whatever the reading direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def set_layout(self, rows: Sequence[str], labels: Mapping[str, str]) -> None:
        """One row of keys per string, then apostrophe, hyphen, space and erase.
        `labels` holds the texts for "space", "backspace", "apostrophe", "hyphen"."""
        self._remove_board()
        gap = self._theme.mm(KEY_GAP_MM)
        board = QWidget(self)
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(gap)
        for row in rows:
            keys = []
            for letter in row:
                key = _Key(self._theme, 1, board)
                key.setObjectName(f"key-{_lower(letter)}")
                set_button_text(key, _upper(letter), letter)
                key.clicked.connect(partial(self._type_letter, letter))
                keys.append(key)
            board_layout.addLayout(self._row(keys))
        last = [
            self._symbol_key(board, "apostrophe", "'", labels["apostrophe"], 1),
            self._symbol_key(board, "hyphen", "-", labels["hyphen"], 1),
            self._symbol_key(board, "space", labels["space"], labels["space"], SPACE_UNITS),
        ]
        backspace = _Key(self._theme, BACKSPACE_UNITS, board)
        backspace.setObjectName("key-backspace")
        set_button_text(backspace, labels["backspace"])
        backspace.setAutoRepeat(True)
        backspace.setAutoRepeatDelay(REPEAT_DELAY_MS)
        backspace.setAutoRepeatInterval(REPEAT_INTERVAL_MS)
        backspace.clicked.connect(self._backspace)
        last.append(backspace)
        board_layout.addLayout(self._row(last))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(board)
        self._board = board

    def attach(self, field: QLineEdit) -> None:
        """The line edit the keys type into."""
        if self._field is not None:
            self._field.destroyed.disconnect(self._forget_field)
        self._field = field
        field.destroyed.connect(self._forget_field)

    def _row(self, keys: Sequence[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self._theme.mm(KEY_GAP_MM))
        row.addStretch(1)
        for key in keys:
            row.addWidget(key)
        row.addStretch(1)
        return row

    def _symbol_key(
        self, board: QWidget, name: str, text: str, accessible: str, units: int
    ) -> _Key:
        key = _Key(self._theme, units, board)
        key.setObjectName(f"key-{name}")
        set_button_text(key, text, accessible)
        character = " " if name == "space" else text
        key.clicked.connect(partial(self._insert, character))
        return key

    def _remove_board(self) -> None:
        board = self._board
        if board is None:
            return
        self._board = None
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(board)
        board.hide()
        # Until Qt deletes them, a look-up by name must not find the keys that are going.
        for key in board.findChildren(QPushButton):
            key.setObjectName("")
        board.deleteLater()

    def _type_letter(self, letter: str) -> None:
        field = self._field
        if field is None:
            return
        position = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        starts_word = position == 0 or field.text()[position - 1] in WORD_BREAKS
        field.insert(_upper(letter) if starts_word else _lower(letter))

    def _insert(self, text: str) -> None:
        if self._field is not None:
            self._field.insert(text)

    def _backspace(self) -> None:
        if self._field is not None:
            self._field.backspace()

    def _forget_field(self) -> None:
        self._field = None
