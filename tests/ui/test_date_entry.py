"""The date of birth keypad: eight digits, day, month, year, as the patient sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.theme import Theme
from ui.widgets.date_entry import BirthDateEntry


@pytest.fixture
def entry(qtbot, theme: Theme) -> BirthDateEntry:
    widget = BirthDateEntry(theme)
    qtbot.addWidget(widget)
    widget.set_texts("Jour", "Mois", "Année", "Effacer")
    return widget


def key(entry: BirthDateEntry, name: str) -> QPushButton:
    button = entry.findChild(QPushButton, name)
    assert button is not None, f"no key {name!r}"
    return button


def tap(qtbot, entry: BirthDateEntry, keys: str) -> None:
    for name in keys:
        button = key(entry, "key-backspace" if name == "<" else f"key-{name}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def display(entry: BirthDateEntry) -> QWidget:
    field = entry.findChild(QWidget, "field-birth_date")
    assert field is not None
    return field


def box(entry: BirthDateEntry, name: str) -> QPushButton:
    found = display(entry).findChild(QPushButton, name)
    assert found is not None, f"no box {name!r}"
    return found


def shown(entry: BirthDateEntry) -> list[str]:
    """The words and digits on the display, as the patient reads them: the captions,
    then the boxes."""
    boxes = [box(entry, name) for name in ("birth-day", "birth-month", "birth-year")]
    captions = [b.findChild(QLabel, "caption") for b in boxes]
    values = [b.findChild(QLabel, "value") for b in boxes]
    return [label.text() for label in captions + values if label is not None]


def chosen(entry: BirthDateEntry) -> list[str]:
    """The boxes shown as chosen (checked, with the thick border)."""
    return [
        name for name in ("birth-day", "birth-month", "birth-year") if box(entry, name).isChecked()
    ]


def test_eight_digits_make_day_month_year(qtbot, entry):
    complete = qtbot.waitSignal(
        entry.digits_changed, timeout=1000, check_params_cb=lambda digits: digits == "15031948"
    )
    with complete:
        tap(qtbot, entry, "15031948")

    assert entry.digits() == "15031948"
    assert shown(entry) == ["Jour", "Mois", "Année", "15", "03", "1948"]


def test_each_digit_is_reported(qtbot, entry):
    reported: list[str] = []
    entry.digits_changed.connect(reported.append)

    tap(qtbot, entry, "150")

    assert reported == ["1", "15", "150"]


def test_digits_not_yet_typed_show_as_blanks(qtbot, entry):
    tap(qtbot, entry, "15031")

    assert shown(entry)[3:] == ["15", "03", "1___"]


def test_the_display_reads_the_date_typed_so_far(qtbot, entry):
    tap(qtbot, entry, "150319")

    assert display(entry).accessibleName() == "Jour 15, Mois 03, Année 19"
    assert box(entry, "birth-month").accessibleName() == "Mois 03"
    assert box(entry, "birth-year").accessibleName() == "Année 19"


def test_a_ninth_digit_is_ignored(qtbot, entry):
    tap(qtbot, entry, "15031948")

    with qtbot.assertNotEmitted(entry.digits_changed):
        tap(qtbot, entry, "7")

    assert entry.digits() == "15031948"
    assert shown(entry)[3:] == ["15", "03", "1948"]


def test_erase_removes_the_last_digit(qtbot, entry):
    tap(qtbot, entry, "1503")

    with qtbot.waitSignal(entry.digits_changed, timeout=1000) as changed:
        tap(qtbot, entry, "<")

    assert changed.args == ["150"]
    assert shown(entry)[3:] == ["15", "0_", "____"]


def test_erase_on_nothing_does_nothing(qtbot, entry):
    with qtbot.assertNotEmitted(entry.digits_changed):
        tap(qtbot, entry, "<")

    assert entry.digits() == ""
    assert shown(entry)[3:] == ["__", "__", "____"]


def test_a_value_typed_before_is_shown_again(entry):
    entry.set_digits("0107")

    assert entry.digits() == "0107"
    assert shown(entry)[3:] == ["01", "07", "____"]


@pytest.mark.parametrize("bad", ["123456789", "15/03", "١٥"])
def test_set_digits_refuses_what_is_not_up_to_8_digits(entry, bad):
    with pytest.raises(ValueError):
        entry.set_digits(bad)


def test_the_texts_follow_the_language(entry):
    entry.set_texts("Day", "Month", "Year", "Erase")

    assert shown(entry)[:3] == ["Day", "Month", "Year"]
    assert key(entry, "key-backspace").text() == "Erase"
    assert key(entry, "key-backspace").accessibleName() == "Erase"


# The offscreen platform says it cannot pass a window's minimum size on: not our concern.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_keypad_keys_are_large_and_leave_the_focus_alone(qtbot, entry, theme):
    entry.show()
    qtbot.waitExposed(entry)

    for name in [f"key-{digit}" for digit in range(10)] + ["key-backspace"]:
        button = key(entry, name)
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.height() >= theme.button_height, name
        assert button.width() >= theme.button_height, name
    assert key(entry, "key-backspace").width() == key(entry, "key-0").width()


# -- correcting one part (issue 18) ------------------------------------------------------


def test_the_box_being_filled_is_shown_as_chosen(qtbot, entry):
    assert chosen(entry) == ["birth-day"]
    tap(qtbot, entry, "15")
    assert chosen(entry) == ["birth-month"]
    tap(qtbot, entry, "031948")
    assert chosen(entry) == []  # complete: no box waits for a digit


def test_a_tapped_day_is_typed_again_without_touching_month_and_year(qtbot, entry):
    tap(qtbot, entry, "15031948")
    reported: list[str] = []
    entry.digits_changed.connect(reported.append)

    qtbot.mouseClick(box(entry, "birth-day"), Qt.MouseButton.LeftButton)
    assert chosen(entry) == ["birth-day"]
    tap(qtbot, entry, "25")

    assert entry.digits() == "25031948"  # three taps, not eight
    assert reported == ["2031948", "25031948"]
    assert shown(entry)[3:] == ["25", "03", "1948"]
    assert chosen(entry) == []


def test_a_tapped_month_is_replaced_then_the_date_goes_on_where_it_was(qtbot, entry):
    tap(qtbot, entry, "1503")

    qtbot.mouseClick(box(entry, "birth-month"), Qt.MouseButton.LeftButton)
    tap(qtbot, entry, "04")
    assert chosen(entry) == ["birth-year"]  # the next box still to fill
    tap(qtbot, entry, "1948")

    assert entry.digits() == "15041948"


def test_erase_works_inside_the_tapped_box(qtbot, entry):
    tap(qtbot, entry, "15031948")

    qtbot.mouseClick(box(entry, "birth-month"), Qt.MouseButton.LeftButton)
    tap(qtbot, entry, "<<<")  # the third erase has nothing left in the month: nothing

    assert shown(entry)[3:] == ["15", "__", "1948"]
    assert chosen(entry) == ["birth-month"]
    tap(qtbot, entry, "12")
    assert entry.digits() == "15121948"


def test_the_boxes_are_buttons_that_keep_the_focus_off_and_are_large(qtbot, entry, theme):
    entry.show()
    qtbot.waitExposed(entry)

    for name in ("birth-day", "birth-month", "birth-year"):
        part = box(entry, name)
        assert part.isCheckable() and part.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert part.height() >= theme.button_height, name
