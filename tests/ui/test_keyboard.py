"""The on-screen keyboard: what a patient types is what lands in the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from kiosk.content.locales import Keyboard
from ui.theme import Theme
from ui.widgets.keyboard import OnScreenKeyboard

FRENCH = Keyboard(("azertyuiop", "qsdfghjklm", "wxcvbn", "éèêëçàâîïôûüñß"))
ENGLISH = Keyboard(("qwertyuiop", "asdfghjkl", "zxcvbnm", "éèêëçàâîïôûüñß"))
LABELS = {
    "space": "Espace",
    "backspace": "Effacer",
    "apostrophe": "Apostrophe",
    "hyphen": "Trait d’union",
    "shift": "Majuscule",
    "script": "Autres lettres",
}
SPECIAL_KEYS = {" ": "key-space", "-": "key-hyphen", "'": "key-apostrophe"}
# The offscreen platform says it cannot pass a window's minimum size on: not our concern.
offscreen_show = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def field(qtbot) -> QLineEdit:
    line_edit = QLineEdit()
    qtbot.addWidget(line_edit)
    return line_edit


@pytest.fixture
def keyboard(qtbot, theme: Theme, field: QLineEdit) -> OnScreenKeyboard:
    widget = OnScreenKeyboard(theme)
    qtbot.addWidget(widget)
    widget.set_layout(FRENCH, LABELS)
    widget.attach(field)
    return widget


def key(keyboard: OnScreenKeyboard, name: str) -> QPushButton:
    button = keyboard.findChild(QPushButton, name)
    assert button is not None, f"no key {name!r}"
    return button


def tap(qtbot, keyboard: OnScreenKeyboard, text: str) -> None:
    for character in text:
        button = key(keyboard, SPECIAL_KEYS.get(character, f"key-{character}"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def all_keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    return keyboard.findChildren(QPushButton)


def test_a_name_gets_its_capitals_where_a_name_needs_them(qtbot, keyboard, field):
    tap(qtbot, keyboard, "marie-hélène o'brien")

    assert field.text() == "Marie-Hélène O'Brien"


def test_typing_is_reported_as_the_patients_own_edit(qtbot, keyboard, field):
    with qtbot.waitSignal(field.textEdited, timeout=1000) as edited:
        tap(qtbot, keyboard, "d")

    assert edited.args == ["D"]


def test_a_letter_goes_where_the_cursor_is(qtbot, keyboard, field):
    field.setText("Dupnt")
    field.setCursorPosition(3)

    tap(qtbot, keyboard, "o")

    assert field.text() == "Dupont"


def test_sharp_s_stays_one_letter_even_at_the_start_of_a_word(qtbot, keyboard, field):
    tap(qtbot, keyboard, "ßß")

    assert field.text() == "ßß"
    assert key(keyboard, "key-ß").text() == "ß"


def test_erase_removes_the_letter_before_the_cursor(qtbot, keyboard, field):
    tap(qtbot, keyboard, "anna")

    qtbot.mouseClick(key(keyboard, "key-backspace"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key(keyboard, "key-backspace"), Qt.MouseButton.LeftButton)
    tap(qtbot, keyboard, "ne")

    assert field.text() == "Anne"


def test_erase_repeats_while_it_is_held(keyboard):
    assert key(keyboard, "key-backspace").autoRepeat()


def test_every_key_of_the_french_rows_is_there_and_shows_its_capital(keyboard):
    for row in FRENCH.rows:
        for letter in row:
            button = key(keyboard, f"key-{letter}")
            assert button.text() == (letter if letter == "ß" else letter.upper())
            assert button.accessibleName() == letter


def test_the_last_row_keys_say_what_they_do(keyboard):
    assert key(keyboard, "key-space").text() == "Espace"
    assert key(keyboard, "key-backspace").text() == "Effacer"
    assert key(keyboard, "key-apostrophe").text() == "'"
    assert key(keyboard, "key-hyphen").text() == "-"
    for name, label in LABELS.items():
        if name != "script":  # only on a keyboard with a second script
            assert key(keyboard, f"key-{name}").accessibleName() == label


def test_keys_are_touch_keys_that_leave_the_focus_in_the_field(keyboard):
    buttons = all_keys(keyboard)

    assert len(buttons) == sum(map(len, FRENCH.rows)) + 5  # and shift
    for button in buttons:
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.property("role") == "key"


@offscreen_show
@pytest.mark.parametrize("styled", [False, True], ids=["plain", "kiosk-stylesheet"])
def test_keyboard_fits_a_portrait_kiosk_with_keys_of_at_least_10_mm(qtbot, theme, styled):
    window = QWidget()
    qtbot.addWidget(window)
    if styled:
        window.setStyleSheet(theme.stylesheet())
    layout = QVBoxLayout(window)
    keyboard = OnScreenKeyboard(theme)
    keyboard.set_layout(FRENCH, LABELS)
    layout.addWidget(keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitExposed(window)

    assert keyboard.sizeHint().width() <= 0.95 * 1080
    assert keyboard.minimumSizeHint().width() <= 0.95 * 1080
    for button in all_keys(keyboard):
        assert button.width() >= theme.mm(10), button.objectName()
        assert button.height() >= theme.key_size, button.objectName()
        assert keyboard.rect().contains(button.geometry()), button.objectName()
    assert key(keyboard, "key-é").width() == key(keyboard, "key-é").height()  # square


@offscreen_show
def test_keys_shrink_but_not_below_10_mm_when_space_is_short(qtbot, theme):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    keyboard = OnScreenKeyboard(theme)
    keyboard.set_layout(FRENCH, LABELS)
    layout.addWidget(keyboard)
    window.resize(theme.mm(180), 600)
    window.show()
    qtbot.waitExposed(window)

    widths = [key(keyboard, f"key-{letter}").width() for letter in FRENCH.rows[3]]
    assert min(widths) >= theme.mm(10)
    assert min(widths) < theme.key_size


def test_a_new_layout_leaves_no_old_key_behind(qtbot, keyboard, field):
    old_q = key(keyboard, "key-q")

    keyboard.set_layout(ENGLISH, LABELS)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert not Shiboken.isValid(old_q)
    names = [button.objectName() for button in all_keys(keyboard)]
    assert len(names) == len(set(names)) == sum(map(len, ENGLISH.rows)) + 5
    assert "key-m" in names
    tap(qtbot, keyboard, "qwerty")
    assert field.text() == "Qwerty"


def test_shift_types_a_small_letter_where_a_capital_would_come(qtbot, keyboard, field):
    """ "van den Berghe": the particles small, the family name capital."""
    shift = key(keyboard, "key-shift")
    assert shift.isChecked()  # the next letter starts the name: a capital

    for word in ("van", "den"):
        qtbot.mouseClick(shift, Qt.MouseButton.LeftButton)
        assert not shift.isChecked()
        tap(qtbot, keyboard, word + " ")
    tap(qtbot, keyboard, "berghe")

    assert field.text() == "van den Berghe"
    qtbot.mouseClick(shift, Qt.MouseButton.LeftButton)  # inside a word: one capital
    tap(qtbot, keyboard, "xy")
    assert field.text() == "van den BergheXy"


def test_each_letter_has_one_key_and_the_dotless_i_keeps_its_own_form(qtbot, theme, field):
    turkish = Keyboard(("qwertyuıop", "asdfghjkli", "zxcvbnm"))
    widget = OnScreenKeyboard(theme)
    qtbot.addWidget(widget)
    widget.set_layout(turkish, LABELS)
    widget.attach(field)

    labels = [button.text() for button in all_keys(widget) if len(button.text()) == 1]
    assert len(labels) == len(set(labels)), labels  # no two keys that look the same
    assert key(widget, "key-ı").text() == "ı" and key(widget, "key-i").text() == "I"
    tap(qtbot, widget, "yıldız")
    assert field.text() == "Yıldız"


TURKISH = Keyboard(("qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"), language="tr")
FRENCH_WITH_DOTLESS_I = Keyboard((*FRENCH.rows, "äöåæøœáíóúşğıł"), language="fr")


def keyboard_for(qtbot, theme: Theme, field: QLineEdit, layout: Keyboard) -> OnScreenKeyboard:
    widget = OnScreenKeyboard(theme)
    qtbot.addWidget(widget)
    widget.set_layout(layout, LABELS)
    widget.attach(field)
    return widget


def test_in_turkish_the_dotted_i_capitalises_to_a_dotted_capital(qtbot, theme, field):
    """ "ismail" is "İsmail" and "ılgaz" "Ilgaz": Turkish capitals, not str.upper()'s."""
    widget = keyboard_for(qtbot, theme, field, TURKISH)

    assert key(widget, "key-i").text() == "İ" and key(widget, "key-ı").text() == "I"
    labels = [button.text() for button in all_keys(widget) if len(button.text()) == 1]
    assert len(labels) == len(set(labels)), labels
    tap(qtbot, widget, "ismail ılgaz")
    assert field.text() == "İsmail Ilgaz"

    field.clear()
    qtbot.mouseClick(key(widget, "key-shift"), Qt.MouseButton.LeftButton)
    tap(qtbot, widget, "iı")  # Shift: small at the start, then the word goes on small
    qtbot.mouseClick(key(widget, "key-shift"), Qt.MouseButton.LeftButton)
    tap(qtbot, widget, "i")  # Shift inside a word: one capital, the Turkish one
    assert field.text() == "iıİ"


def test_in_french_the_i_capitalises_as_always_and_the_dotless_i_to_i(qtbot, theme, field):
    widget = keyboard_for(qtbot, theme, field, FRENCH_WITH_DOTLESS_I)

    # Both capitals are "I": the dotless key shows its own form, so no two keys look alike.
    assert key(widget, "key-i").text() == "I" and key(widget, "key-ı").text() == "ı"
    tap(qtbot, widget, "ismail ılgaz")
    assert field.text() == "Ismail Ilgaz"


def test_a_second_script_is_one_key_away_and_the_first_comes_back(qtbot, theme, field):
    arabic = Keyboard(("abc", "xyz"), ("ضصث", "شسي"), ("ABC", "أبج"))
    widget = OnScreenKeyboard(theme)
    qtbot.addWidget(widget)
    widget.set_layout(arabic, LABELS)
    widget.attach(field)
    assert key(widget, "key-a").isVisible() or widget.findChild(QPushButton, "key-ض") is None

    qtbot.mouseClick(key(widget, "key-script"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.findChild(QPushButton, "key-ض") is not None)
    tap(qtbot, widget, "ضص")
    assert field.text() == "ضص"
    assert key(widget, "key-script").text() == "ABC"

    widget.reset()  # the next patient starts on the Latin letters
    assert widget.findChild(QPushButton, "key-a") is not None
    assert widget.findChild(QPushButton, "key-ض") is None
