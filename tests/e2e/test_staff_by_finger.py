"""Staff mode by finger (issue 18), on the whole kiosk: every scroll area follows a drag,
the reprint says what really happened, the portrait layout gives the slip the room, the
search on its own keys, a child's declaration marked, and the long press's progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QProgressBar,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.e2e.test_staff_mode import choose, clock_of, corner, hold_corner, kiosk, log_in, named
from tests.helpers.kiosk_app import KioskUnderTest
from ui.widgets.touch_scroll import scrolls_by_finger


def scroll_areas(app: KioskUnderTest) -> list[QAbstractScrollArea]:
    return app.window.findChildren(QAbstractScrollArea)


def slip_area(app: KioskUnderTest) -> QScrollArea:
    viewport = named(app, "staff-slip", QLabel).parentWidget()
    assert viewport is not None
    area = viewport.parentWidget()
    assert isinstance(area, QScrollArea)
    return area


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 12) -> None:
    """A finger put down, moved and lifted, as the mouse events Qt makes of a touch."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        QTest.qWait(15)
        point = start + (end - start) * step / steps
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


# Synthetic mouse events (QTest) reach the gesture manager without a window-system
# target for the hot spot: Qt warns once, then scrolls all the same.
@pytest.mark.qt_log_ignore("QGestureManager::deliverEvents: could not find the target")
def test_every_scroll_area_scrolls_by_finger_and_a_drag_scrolls_the_slip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("fr")
        app.tap("restart")
        log_in(app)
        choose(app, reference)

        areas = scroll_areas(app)
        assert areas and all(scrolls_by_finger(area) for area in areas), [
            area.objectName() for area in areas if not scrolls_by_finger(area)
        ]
        area = slip_area(app)
        bar = area.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # the receipt is longer than its box
        assert bar.value() == 0 and bar.width() >= 30  # a bar a finger can take
        viewport = area.viewport()
        middle = viewport.rect().center()

        drag(viewport, middle + QPoint(0, 150), middle - QPoint(0, 150))

        qtbot.waitUntil(lambda: bar.value() > 100)


def test_a_reprint_to_the_pdf_folder_says_a_file_was_written(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("fr")
        app.tap("restart")
        log_in(app)
        choose(app, reference)
        staff = app.window.staff_mode
        assert staff is not None
        words = staff._words()
        sent = words.text("staff_reprinted", reference=reference)

        app.tap("staff-reprint")

        message = app.visible("staff-message", QLabel)
        qtbot.waitUntil(lambda: reference in message.text())
        assert message.text() != sent
        assert "PDF" in message.text() and str(app.kiosk.config.slip_folder) in message.text()


def test_portrait_gives_the_slip_the_room_and_the_title_one_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("fr")
        app.tap("restart")
        log_in(app)
        choose(app, reference)

        rows = named(app, "staff-list", QScrollArea)
        row = app.visible(f"staff-row-{reference}", QAbstractButton)
        # One row: shown whole, and no large empty box under it.
        assert row.height() <= rows.viewport().height() < 3 * row.height()
        assert slip_area(app).height() > 2 * rows.height()
        title = app.visible("staff-title", QLabel)
        assert title.height() < 2 * title.fontMetrics().lineSpacing()


def test_the_search_on_its_own_keys_finds_by_last_name_and_reference(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("fr")  # Van den Bossche-Lefèvre, for a child
        app.tap("restart")
        log_in(app)
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert "V. M." in row.text() and "(enfant)" in row.text()
        assert not named(app, "staff-keyboard", QWidget).isVisible()

        field = app.visible("staff-search", QWidget)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        assert app.visible("staff-keyboard", QWidget)
        for key in "pe":
            app.tap(f"key-{key}")
        qtbot.waitUntil(lambda: bool(app.window.findChildren(QLabel, "staff-empty")))
        assert app.wait_visible("staff-empty", QLabel).text()

        for _ in "pe":
            app.tap("key-backspace")
        for key in "van":
            app.tap(f"key-{key}")
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert "Bossche" not in app.shown_text() and "V. M." in row.text()

        app.tap("staff-search-clear")
        assert not named(app, "staff-keyboard", QWidget).isVisible()
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        for key in reference.lower():
            app.tap("key-hyphen" if key == "-" else f"key-{key}")
        app.window.wait_for_background()  # the searches' work, audit lines included
        app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        searches = [r for r in app.rows("SELECT action, detail FROM audit") if r[0] == "search"]
        # "pe" erased to nothing, "van", the reference: three searches, never the letters.
        assert searches == [("search", None)] * 3


def test_the_long_press_shows_discreet_progress_after_a_second(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:

        def progress() -> QProgressBar | None:
            bars = [
                bar
                for bar in app.window.findChildren(QProgressBar, "staff-press-progress")
                if bar.isVisible()
            ]
            return bars[0] if bars else None

        hold_corner(app, 0, release=False)
        app.window.tick()
        assert progress() is None  # a tap shows nothing

        clock_of(app).advance(1)
        app.window.tick()
        bar = progress()
        assert bar is not None and 0 < bar.value() < 100
        shown = bar.mapTo(app.window, QPoint(0, 0))
        department = corner(app).mapTo(app.window, QPoint(0, 0))
        assert abs(shown.y() - department.y()) < bar.height() + corner(app).height() + 10

        QTest.mouseRelease(corner(app), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert progress() is None  # let go: gone
        assert named(app, "pin-ok", QWidget).isVisible() is False


@pytest.mark.parametrize(
    ("staff_language", "first_row"),
    [("fr", "azertyuiop"), ("de", "qwertzuiopü"), ("tr", "qwertyuıopğü"), ("ar", "abcdefghijklm")],
)
def test_the_search_keys_are_the_staff_languages_keyboard(
    qtbot: QtBot, tmp_path: Path, staff_language: str, first_row: str
) -> None:
    """The search's keys were AZERTY whatever the staff language: a German receptionist
    looked for "z" where "y" was. Arabic staff search names by their Latin letters."""
    with kiosk(qtbot, tmp_path, f'kiosk.staff_language="{staff_language}"') as app:
        log_in(app)
        field = app.visible("staff-search", QWidget)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        keys = named(app, "staff-keyboard", QWidget)
        digit = app.visible("key-1", QAbstractButton)
        letters = [app.visible(f"key-{letter}", QAbstractButton) for letter in first_row]
        tops = {key.mapTo(keys, QPoint(0, 0)).y() for key in letters}
        assert len(tops) == 1, "the language's first row is one row of keys"
        assert tops.pop() > digit.mapTo(keys, QPoint(0, 0)).y()  # under the digits
        xs = [key.mapTo(keys, QPoint(0, 0)).x() for key in letters]
        assert xs == sorted(xs), "in the keyboard's order, left to right"


def test_the_filter_shown_is_marked_by_a_check_not_colour_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        log_in(app)
        app.tap("staff-filter-flagged")
        flagged = app.visible("staff-filter-flagged", QAbstractButton)
        qtbot.waitUntil(lambda: flagged.text().startswith("✓"))  # the list, once read
        shown_all = app.visible("staff-filter-all", QAbstractButton)
        assert flagged.isChecked() and flagged.text().startswith("✓")
        assert not shown_all.text().startswith("✓")
        assert "✓" not in flagged.accessibleName()  # a screen reader says "checked" itself
