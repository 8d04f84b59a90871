"""The PIN pad that opens staff mode: whose PIN (Reception or IT), ten digits, erase, OK,
cancel. The digits typed are never shown, only one dot each; nothing typed outlives the
screen. Wrong PINs count against the role chosen (kiosk/staff/access.py): a patient playing with
the pad closes reception's PIN, never IT's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.staff.access import PIN_LENGTHS, Role
from ui.texts import Words
from ui.theme import Theme
from ui.widgets.basics import button, set_button_text, set_selected, text_label


class PinScreen(QWidget):
    entered = Signal(str)
    cancelled = Signal()
    role_chosen = Signal(object)  # the Role now chosen

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-pin")
        self._pin = ""
        self._locked = False  # too many wrong PINs: the keys wait
        self._busy = False  # a PIN is being checked: no second one meanwhile
        self._role = Role.STAFF
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(8), theme.mm(8), theme.mm(8))
        layout.setSpacing(theme.gap * 2)
        self._title = text_label("title")
        self._text = text_label()
        self._dots = text_label("title")
        self._dots.setObjectName("pin-dots")
        self._message = text_label("problem")
        self._message.setObjectName("pin-message")
        for label in (self._title, self._text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        roles = QHBoxLayout()
        self._roles: dict[Role, QPushButton] = {}
        for role in Role:
            choice = button(f"pin-role-{role.value}")
            choice.clicked.connect(lambda _=False, r=role: self._choose(r))
            choice.setMinimumHeight(theme.mm(18))
            roles.addWidget(choice)
            self._roles[role] = choice
        layout.addLayout(roles)
        for label in (self._dots, self._message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(theme.gap)
        self._keys: list[QPushButton] = []
        for digit in "1234567890":
            key = button(f"pin-digit-{digit}")
            key.setText(digit)
            key.setAccessibleName(digit)
            key.clicked.connect(lambda _=False, d=digit: self._type(d))
            # 1 2 3 / 4 5 6 / 7 8 9 / erase 0 OK, as on a phone
            line, column = (3, 1) if digit == "0" else divmod(int(digit) - 1, 3)
            grid.addWidget(key, line, column)
            self._keys.append(key)
        self._erase = button("pin-erase")
        self._erase.clicked.connect(self._erase_one)
        grid.addWidget(self._erase, 3, 0)
        self._ok = button("pin-ok", "primary")
        self._ok.clicked.connect(self._submit)
        grid.addWidget(self._ok, 3, 2)
        self._keys += [self._erase, self._ok]
        for key in self._keys:  # every key the same size, big enough for a fingertip
            key.setFixedSize(theme.mm(40), theme.mm(22))
        pad = QWidget()
        pad.setLayout(grid)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self._cancel = button("pin-cancel")
        self._cancel.clicked.connect(self.cancelled)
        row.addWidget(self._cancel)
        layout.addLayout(row)

    def show_pad(self, words: Words) -> None:
        self._title.setText(words.text("pin_title"))
        self._text.setText(words.text("pin_text"))
        set_button_text(self._erase, words.text("key_backspace"))
        set_button_text(self._ok, words.text("pin_ok"))
        set_button_text(self._cancel, words.text("pin_cancel"))
        for role, choice in self._roles.items():
            set_button_text(choice, words.text(f"staff_role_{role.value}"))
        self._show_roles()
        self._show_dots()

    @property
    def role(self) -> Role:
        """The role chosen: whose PIN is typed, which a wrong one counts against."""
        return self._role

    def _choose(self, role: Role) -> None:
        if self._busy:
            self._show_roles()  # a PIN is being checked as the role chosen before
            return
        self._role = role
        self._show_roles()
        self.role_chosen.emit(role)

    def _show_roles(self) -> None:
        for role, choice in self._roles.items():
            set_selected(choice, role is self._role)

    def show_message(self, text: str | None, locked: bool = False) -> None:
        self._message.setText(text or "")
        self._message.setVisible(bool(text))
        self._locked = locked
        self._enable_keys()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While a PIN is checked (off the GUI thread), the keys wait for its answer."""
        self._busy = busy
        self._enable_keys()

    def _enable_keys(self) -> None:
        for key in self._keys:
            key.setEnabled(not self._locked and not self._busy)
        self._show_dots()  # OK only with enough digits

    def reset(self) -> None:
        self._pin = ""
        self._busy = False
        self._role = Role.STAFF
        self._show_roles()
        self._show_dots()
        self.show_message(None)

    def _type(self, digit: str) -> None:
        if len(self._pin) < PIN_LENGTHS.stop - 1:
            self._pin += digit
        self._show_dots()

    def _erase_one(self) -> None:
        self._pin = self._pin[:-1]
        self._show_dots()

    def _submit(self) -> None:
        if self._busy or self._locked or len(self._pin) < PIN_LENGTHS.start:
            return  # a stray signal while the keys wait changes nothing
        pin, self._pin = self._pin, ""
        self._show_dots()
        self.entered.emit(pin)

    def _show_dots(self) -> None:
        self._dots.setText("●" * len(self._pin) if self._pin else "–")
        ready = len(self._pin) >= PIN_LENGTHS.start
        self._ok.setEnabled(ready and not self._locked and not self._busy)
