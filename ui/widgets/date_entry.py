"""A date of birth typed on a phone-style keypad: day, month, year, digit by digit.

No calendar to scroll back eighty years, no drop-down lists: the patient types eight
digits and sees each one land in its box. Each box (`birth-day`, `birth-month`,
`birth-year`) is a button: a tap chooses it, the next digits replace it, and erase
works inside it, so a wrong day is mended with three taps, not by erasing the year and
the month first. The widget only collects digits; whether they make a date is the
domain's question, asked on Next.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.theme import Theme
from ui.widgets.basics import set_button_text

DIGITS = "0123456789"
MAX_DIGITS = 8  # DDMMYYYY
PARTS = ((0, 2), (2, 4), (4, 8))  # day, month, year: slices of the digits
PART_NAMES = ("birth-day", "birth-month", "birth-year")
WIDTHS = tuple(end - start for start, end in PARTS)
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


class _PartBox(QPushButton):
    """One part of the date (day, month or year): its caption above its digits. A tap
    chooses it; the part chosen has a thick border and a tinted background (not colour
    alone) and is checked for assistive technology."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.value = QLabel(self)
        self.value.setObjectName("value")
        self._styled_for: tuple[Theme, bool] | None = None
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def show_part(self, theme: Theme, caption: str, shown: str, chosen: bool) -> None:
        mm, colours = theme.mm, theme.palette
        thick, thin = mm(1.6), mm(0.5)
        width = thick if chosen else thin
        # A thinner border gets more padding: the boxes keep their size as the choice
        # moves on, so nothing on the screen jumps.
        pad_v, pad_h = mm(1.5) + thick - width, mm(3) + thick - width
        self.setChecked(chosen)
        self.caption.setText(caption)
        self.value.setText(shown)
        self.setAccessibleName(f"{caption} {shown.replace(PLACEHOLDER, '')}".strip())
        if self._styled_for == (theme, chosen):
            return  # a new style sheet costs a polish: only when the look changes
        self._styled_for = (theme, chosen)
        self.setStyleSheet(
            f"QPushButton {{ border: {width}px solid "
            f"{colours.primary if chosen else colours.border};"
            f" border-radius: {mm(1)}px;"
            f" background: {colours.surface if chosen else colours.background};"
            f" padding: 0; min-height: {theme.button_height}px; }}"
            f" QPushButton:pressed {{ background: {colours.pressed}; }}"
            f" QLabel {{ background: transparent; }}"
            f" QLabel#caption {{ font-size: {theme.small_px}px;"
            f" color: {colours.text if chosen else colours.muted_text};"
            f" font-weight: {'bold' if chosen else 'normal'}; }}"
            f" QLabel#value {{ font-family: monospace; font-size: {theme.title_px}px;"
            f" font-weight: bold; color: {colours.text}; letter-spacing: {mm(1.5)}px; }}"
        )
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(pad_h, pad_v, pad_h, pad_v)
        self.updateGeometry()


class BirthDateEntry(QWidget):
    """Three boxes, day, month and year (`birth-day`, `birth-month`, `birth-year`), in
    `field-birth_date`, and the keypad. Digits fill the box chosen, then the next box
    still to fill; a tap on a box chooses it, and the next digit starts it again; erase
    takes the last digit of the box chosen (of the one before, when it is empty)."""

    digits_changed = Signal(str)  # 0 to 8 digits, DDMMYYYY; typed or erased by the patient

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._parts = ["", "", ""]
        self._chosen: int | None = 0  # the box the next digit goes to; None: all full
        self._replace = False  # the box was tapped: the next digit starts it again
        self._captions = ("", "", "")

        self._display = QWidget(self)
        self._display.setObjectName("field-birth_date")
        # Day, month, year in that order, whatever the language's direction.
        self._display.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._display.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        boxes = QHBoxLayout(self._display)
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.setSpacing(theme.mm(3))
        self._boxes = [_PartBox(name, self._display) for name in PART_NAMES]
        for index, box in enumerate(self._boxes):
            box.clicked.connect(lambda _=False, i=index: self.choose_part(i))
            boxes.addWidget(box)

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
        return "".join(self._parts)

    def set_digits(self, digits: str) -> None:
        """Show a value already typed (the patient came back to this screen). Like a
        programmatic change of a QLineEdit's text, it does not count as typing: no
        `digits_changed`."""
        if len(digits) > MAX_DIGITS or any(c not in DIGITS for c in digits):
            raise ValueError(f"expected up to {MAX_DIGITS} digits 0-9, got {digits!r}")
        self._parts = [digits[start:end] for start, end in PARTS]
        self._chosen = self._first_to_fill(0)
        self._replace = False
        self._refresh()

    def chosen_part(self) -> int | None:
        """0, 1, 2: the day, month or year box the next digit goes to; None: all full."""
        return self._chosen

    def choose_part(self, index: int) -> None:
        """A tap on a box: the next digits replace it."""
        self._chosen = index
        self._replace = True
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        """The patient chose larger text or high contrast: the boxes are drawn anew."""
        self._theme = theme
        self._refresh()

    def set_texts(self, day: str, month: str, year: str, erase: str) -> None:
        self._captions = (day, month, year)
        self._keypad.set_erase_text(erase)
        self._refresh()

    def _first_to_fill(self, start: int) -> int | None:
        """The first box from `start` on (then from the first) that is not full."""
        order = [*range(start, len(PARTS)), *range(start)]
        return next((i for i in order if len(self._parts[i]) < WIDTHS[i]), None)

    def _type(self, digit: str) -> None:
        chosen = self._chosen
        if chosen is None:
            return  # the date is complete: a digit too many is ignored
        if self._replace:
            self._parts[chosen] = ""
            self._replace = False
        self._parts[chosen] += digit
        if len(self._parts[chosen]) >= WIDTHS[chosen]:
            self._chosen = self._first_to_fill(chosen)
        self._changed()

    def _erase_digit(self) -> None:
        self._replace = False
        chosen = len(PARTS) - 1 if self._chosen is None else self._chosen
        # An empty box: erase goes on in the box before it, as it did while typing.
        while not self._parts[chosen] and chosen > 0 and not self._later_parts_typed(chosen):
            chosen -= 1
        if not self._parts[chosen]:
            self._chosen = chosen
            self._refresh()
            return
        self._parts[chosen] = self._parts[chosen][:-1]
        self._chosen = chosen
        self._changed()

    def _later_parts_typed(self, index: int) -> bool:
        # Going back into the box before only makes sense while typing in order: in a
        # box tapped to correct it, erase stays in that box.
        return any(self._parts[index + 1 :])

    def _changed(self) -> None:
        self._refresh()
        self.digits_changed.emit(self.digits())

    def spoken_value(self) -> str:
        return self._display.accessibleName()

    def _refresh(self) -> None:
        for index, box in enumerate(self._boxes):
            part = self._parts[index]
            shown = part + PLACEHOLDER * (WIDTHS[index] - len(part))
            box.show_part(self._theme, self._captions[index], shown, index == self._chosen)
        spoken = ", ".join(
            f"{caption} {part}".strip()
            for caption, part in zip(self._captions, self._parts, strict=True)
        )
        self._display.setAccessibleName(spoken)
