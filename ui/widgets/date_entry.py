"""A date of birth typed on a phone-style keypad: day, month, year, digit by digit.

No calendar to scroll back eighty years, no drop-down lists: the patient types eight
digits and sees each one land in its box. The widget only collects digits; whether
they make a date is the domain's question, asked on Next.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.basics import set_button_text

DIGITS = "0123456789"
MAX_DIGITS = 8  # DDMMYYYY
PARTS = ((0, 2), (2, 4), (4, 8))  # day, month, year: slices of the digits
PLACEHOLDER = "_"
KEYPAD = ("123", "456", "789")
KEY_GAP_MM = 3.0


class _PadKey(QPushButton):
    """A keypad key: 30 mm wide, or as wide as the widest key's label ("Effacer"),
    so that the three columns stay even."""

    def __init__(self, theme: Theme, pad: list[_PadKey], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._pad = pad
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _natural_width(self) -> int:
        return super().sizeHint().width()

    def sizeHint(self) -> QSize:
        width = max([self._theme.mm(30)] + [key._natural_width() for key in self._pad])
        return QSize(width, max(self._theme.button_height, super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Keypad(QWidget):
    """Phone-style digit keys (`key-0` ... `key-9`) and an erase key (`key-backspace`):
    the date of birth and typed numbers (a child's weight) share it."""

    typed = Signal(str)  # a digit
    erased = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._keys: list[_PadKey] = []
        # Phone keypads keep 1 2 3 on the left in every language.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.mm(KEY_GAP_MM))
        for row, keys in enumerate(KEYPAD):
            for column, digit in enumerate(keys):
                grid.addWidget(self._digit_key(digit), row, column)
        self._erase = self._key("key-backspace")
        self._erase.clicked.connect(self.erased)
        grid.addWidget(self._erase, len(KEYPAD), 0)
        grid.addWidget(self._digit_key("0"), len(KEYPAD), 1)

    def set_erase_text(self, erase: str) -> None:
        set_button_text(self._erase, erase)
        for key in self._keys:  # every key as wide as the widest label
            key.updateGeometry()

    def _digit_key(self, digit: str) -> QPushButton:
        key = self._key(f"key-{digit}")
        set_button_text(key, digit)
        key.clicked.connect(lambda _=False, d=digit: self.typed.emit(d))
        return key

    def _key(self, name: str) -> QPushButton:
        key = _PadKey(self._theme, self._keys, self)
        key.setObjectName(name)
        self._keys.append(key)
        return key


class BirthDateEntry(QWidget):
    digits_changed = Signal(str)  # 0 to 8 digits, DDMMYYYY; typed or erased by the patient

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._digits = ""
        self._captions = ("", "", "")

        self._display = QLabel(self)
        self._display.setObjectName("field-birth_date")
        self._display.setProperty("role", "field")
        self._display.setTextFormat(Qt.TextFormat.RichText)
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        keypad = self._keypad = Keypad(theme, self)
        keypad.typed.connect(self._type)
        keypad.erased.connect(self._erase_digit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.gap * 2)
        layout.addWidget(self._display, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._refresh()

    def digits(self) -> str:
        return self._digits

    def set_digits(self, digits: str) -> None:
        """Show a value already typed (the patient came back to this screen). Like a
        programmatic change of a QLineEdit's text, it does not count as typing: no
        `digits_changed`."""
        if len(digits) > MAX_DIGITS or any(c not in DIGITS for c in digits):
            raise ValueError(f"expected up to {MAX_DIGITS} digits 0-9, got {digits!r}")
        self._digits = digits
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        """The patient chose larger text or high contrast: the boxes are drawn anew."""
        self._theme = theme
        self._refresh()

    def set_texts(self, day: str, month: str, year: str, erase: str) -> None:
        self._captions = (day, month, year)
        self._keypad.set_erase_text(erase)
        self._refresh()

    def _type(self, digit: str) -> None:
        if len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        self._refresh()
        self.digits_changed.emit(self._digits)

    def _erase_digit(self) -> None:
        if not self._digits:
            return
        self._digits = self._digits[:-1]
        self._refresh()
        self.digits_changed.emit(self._digits)

    def _parts(self) -> list[str]:
        return [self._digits[start:end] for start, end in PARTS]

    def spoken_value(self) -> str:
        return self._display.accessibleName()

    def _refresh(self) -> None:
        self._display.setText(self._html())
        spoken = ", ".join(
            f"{caption} {part}".strip()
            for caption, part in zip(self._captions, self._parts(), strict=True)
        )
        self._display.setAccessibleName(spoken)

    def _html(self) -> str:
        """Three boxes under their captions; the one being filled has a thick blue
        border and a tinted background, so it does not rely on colour alone."""
        mm, colours = self._theme.mm, self._theme.palette
        thick, thin, spacing = mm(1.6), mm(0.5), mm(1.5)
        filling = len(self._digits)
        captions = []
        boxes = []
        for (start, end), caption, part in zip(PARTS, self._captions, self._parts(), strict=True):
            current = start <= filling < end
            weight = "bold" if current else "normal"
            captions.append(
                f'<td align="center" style="font-size:{self._theme.small_px}px;'
                f' color:{colours.text if current else colours.muted_text}; font-weight:{weight};">'
                f"{escape(caption)}</td>"
            )
            # A thinner border gets more padding: the boxes keep their size as the
            # highlight moves on, so nothing on the screen jumps.
            width = thick if current else thin
            colour = colours.primary if current else colours.border
            background = colours.surface if current else "transparent"
            vertical, horizontal = mm(1.5) + thick - width, mm(3) + thick - width
            shown = part + PLACEHOLDER * (end - start - len(part))
            boxes.append(
                f'<td align="center" style="border:{width}px solid {colour};'
                f" background-color:{background}; font-family:monospace;"
                f" font-size:{self._theme.title_px}px; font-weight:bold;"
                # letter-spacing also follows the last digit: pad the left to centre them
                f" letter-spacing:{spacing}px; padding:{vertical}px {horizontal}px"
                f' {vertical}px {horizontal + spacing}px;">{shown}</td>'
            )
        return (
            f'<table cellspacing="{mm(3)}" cellpadding="0">'
            f"<tr>{''.join(captions)}</tr><tr>{''.join(boxes)}</tr></table>"
        )
