"""The on-screen keyboard for names: big keys, and capitals where a name needs them.

There is no physical keyboard at the kiosk. The keys never take the focus, so the
field keeps its cursor, and every key types through `QLineEdit.insert()` so the field
reports the change as the patient's own edit (`textEdited`).

A letter starting a word is a capital ("Marie-Hélène O'Brien"); Shift (`key-shift`,
checked when the next letter will be a capital) turns that around for one letter, so
"van den Berghe" can be typed too. Capitals are the keyboard language's
(kiosk/content/casing.py): in Turkish "i" gives "İ" and "ı" gives "I" ("İsmail", "Ilgaz");
elsewhere "i" gives "I", and so does the dotless "ı", whose key still shows "ı" so that no
two keys look the same. A language with a second script (Arabic) shows the Latin letters
first, the name as on the identity card, and its own letters one key away (`key-script`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import casing
from kiosk.content.locales import Keyboard
from ui.theme import Theme
from ui.widgets.basics import set_button_text, set_selected

# A name part starts after these: "Marie-Hélène O'Brien", "D’Angelo".
WORD_BREAKS = frozenset(" -'’")

# Long enough that a trembling finger resting on the key does not erase a second letter.
REPEAT_DELAY_MS = 600
REPEAT_INTERVAL_MS = 120

SPACE_UNITS = 5  # the space bar is as wide as five keys
BACKSPACE_UNITS = 3
SMALLEST_KEY_MM = 10.0  # absolute floor for a touch target (kiosk-ux.md)
KEY_GAP_MM = 2.5  # floor between two targets (kiosk-ux.md)


def _upper(letter: str, language: str) -> str:
    """The capital as `language` writes it ("i" -> "İ" in Turkish), unless it is not one
    letter ("ß" would become "SS")."""
    upper = casing.upper(letter, language)
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
        self._keyboard = Keyboard(())
        self._labels: Mapping[str, str] = {}
        self._other = False  # the second script's letters shown
        self._shifted = False  # Shift tapped: the next letter's case turned around
        self._shift_key: QPushButton | None = None
        # Rows are key positions, left to right, whatever the reading direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def set_layout(self, keyboard: Keyboard, labels: Mapping[str, str]) -> None:
        """One row of keys per string, then Shift, apostrophe, hyphen, space and erase
        (and the other script's key, when there is one). `labels` holds the texts for
        "space", "backspace", "apostrophe", "hyphen", "shift" and "script"."""
        self._remove_board()
        self._keyboard, self._labels = keyboard, labels
        self._other = False
        self._build()

    def _build(self) -> None:
        keyboard, labels = self._keyboard, self._labels
        gap = self._theme.mm(KEY_GAP_MM)
        board = QWidget(self)
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(gap)
        rows = keyboard.other_rows if self._other else keyboard.rows
        language = keyboard.language
        capitals = Counter(_upper(letter, language) for row in rows for letter in row)
        for row in rows:
            keys = []
            for letter in row:
                key = _Key(self._theme, 1, board)
                key.setObjectName(f"key-{_lower(letter)}")
                # A key shows its capital, unless another key's looks the same: outside
                # Turkish the dotless "ı" (capital "I", as "i"'s) shows itself.
                capital = _upper(letter, language)
                shown = capital if capitals[capital] == 1 or capital.lower() == letter else letter
                set_button_text(key, shown, letter)
                key.clicked.connect(partial(self._type_letter, letter))
                keys.append(key)
            board_layout.addLayout(self._row(keys))
        shift = _Key(self._theme, 1, board)
        shift.setObjectName("key-shift")
        set_button_text(shift, "⇧", labels["shift"])
        shift.clicked.connect(self._toggle_shift)
        self._shift_key = shift
        last: list[QPushButton] = [
            shift,
            self._symbol_key(board, "apostrophe", "'", labels["apostrophe"], 1),
            self._symbol_key(board, "hyphen", "-", labels["hyphen"], 1),
            self._symbol_key(board, "space", labels["space"], labels["space"], SPACE_UNITS),
        ]
        if keyboard.other_rows:
            script = _Key(self._theme, 2, board)
            script.setObjectName("key-script")
            set_button_text(script, keyboard.names[0 if self._other else 1], labels["script"])
            script.clicked.connect(self._switch_script)
            last.insert(0, script)
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
        self._show_shift()

    def reset(self) -> None:
        """A new patient: no Shift held, and the first script's letters again."""
        self._shifted = False
        if self._other:
            self._other = False
            self._rebuild()
        self._show_shift()

    def _switch_script(self) -> None:
        """The other script's letters, in place of these (after the click is over: the
        key that was clicked goes with the board)."""
        self._other = not self._other
        QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        self._remove_board()
        self._build()

    def attach(self, field: QLineEdit) -> None:
        """The line edit the keys type into."""
        if self._field is not None:
            self._field.destroyed.disconnect(self._forget_field)
        self._field = field
        field.destroyed.connect(self._forget_field)
        field.cursorPositionChanged.connect(self._show_shift)
        field.textChanged.connect(self._show_shift)
        self._show_shift()

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
        self._shift_key = None
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(board)
        board.hide()
        # Until Qt deletes them, a look-up by name must not find the keys that are going.
        for key in board.findChildren(QPushButton):
            key.setObjectName("")
        board.deleteLater()

    def capital_next(self) -> bool:
        """Whether the next letter typed will be a capital: at the start of a word, unless
        Shift turned that around (and the other way round inside a word)."""
        field = self._field
        if field is None:
            return False
        text = field.text()
        position = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        position = min(position, len(text))  # a cursor signal may come before the text's
        starts_word = position == 0 or text[position - 1] in WORD_BREAKS
        return starts_word != self._shifted

    def _type_letter(self, letter: str) -> None:
        field = self._field
        if field is None:
            return
        capital = self.capital_next()
        self._shifted = False  # Shift holds for one letter
        field.insert(_upper(letter, self._keyboard.language) if capital else _lower(letter))
        self._show_shift()

    def _toggle_shift(self) -> None:
        self._shifted = not self._shifted
        self._show_shift()

    def _show_shift(self) -> None:
        key = self._shift_key
        if key is not None:
            set_selected(key, self.capital_next())

    def _insert(self, text: str) -> None:
        if self._field is not None:
            self._field.insert(text)

    def _backspace(self) -> None:
        if self._field is not None:
            self._field.backspace()

    def _forget_field(self) -> None:
        self._field = None
