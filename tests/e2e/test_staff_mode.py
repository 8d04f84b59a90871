"""Reception on the kiosk: the hidden long press, the PIN pad, today's list, a slip, a
reprint, the lock. Driven by taps and by the flow's clock (test time, never sleeps)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.patient.flow import Screen
from kiosk.records.store import StoreError
from kiosk.staff.access import Role, hash_pin
from tests.helpers.cups import PrivateCups
from tests.helpers.journey import FakeClock
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk

STAFF_PIN, IT_PIN = "246813", "97531864"
W = TypeVar("W", bound=QWidget)


@contextmanager
def kiosk(qtbot: QtBot, tmp_path: Path, *overrides: str) -> Iterator[KioskUnderTest]:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", *overrides, clock=clock) as app:
        app.kiosk.store.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
        app.kiosk.store.staff.set_pin(Role.IT, hash_pin(IT_PIN))
        app.clock = clock  # type: ignore[attr-defined]
        yield app


def clock_of(app: KioskUnderTest) -> FakeClock:
    clock: FakeClock = app.clock  # type: ignore[attr-defined]
    return clock


def corner(app: KioskUnderTest) -> QWidget:
    return app.visible("department", QLabel)


def hold_corner(app: KioskUnderTest, seconds: float, *, release: bool = True) -> None:
    """Press the department's name, let `seconds` pass (in ticks), then let go."""
    pressed = corner(app)
    app.qtbot.mousePress(pressed, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # type: ignore[no-untyped-call]
    for _ in range(int(seconds)):
        clock_of(app).advance(1)
        app.window.tick()
    if release:
        app.qtbot.mouseRelease(pressed, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # type: ignore[no-untyped-call]


def type_pin(app: KioskUnderTest, pin: str) -> None:
    """Type the PIN and wait for its answer (checked off the GUI thread)."""
    for digit in pin:
        app.tap(f"pin-digit-{digit}")
    app.tap("pin-ok")
    staff = app.window.staff_mode
    assert staff is not None
    app.qtbot.waitUntil(lambda: not staff.pin_screen.busy)


def log_in(app: KioskUnderTest, pin: str = STAFF_PIN) -> None:
    hold_corner(app, 3)
    type_pin(app, pin)
    app.qtbot.waitUntil(lambda: named(app, "staff-printer", QWidget).isVisible())
    app.qtbot.waitUntil(lambda: bool(app.visible("staff-printer", QLabel).text()))


def named(app: KioskUnderTest, name: str, kind: type[W]) -> W:
    """The widget called `name`, shown or not."""
    found = app.window.findChild(kind, name)
    assert found is not None, name
    return found


def choose(app: KioskUnderTest, reference: str) -> None:
    """Tap a row and wait for its slip to be drawn."""
    app.wait_visible(f"staff-row-{reference}", QAbstractButton)
    app.tap(f"staff-row-{reference}")
    slip = named(app, "staff-slip", QLabel)
    app.qtbot.waitUntil(lambda: slip.pixmap() is not None and not slip.pixmap().isNull())


def sip_deleted(widget: QWidget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)


def audit(app: KioskUnderTest) -> list[tuple[object, ...]]:
    return app.rows("SELECT role, action, reference FROM audit ORDER BY id")


def test_a_short_press_does_nothing_and_a_long_one_opens_the_pin_pad(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        hold_corner(app, 2)
        assert app.screen() is Screen.WELCOME
        assert not named(app, "pin-ok", QWidget).isVisible()

        hold_corner(app, 3)

        assert app.visible("pin-ok", QWidget)
        assert not named(app, "next", QWidget).isVisible()  # patients' screens gone
        app.tap("pin-cancel")
        assert app.visible("next", QWidget) and app.screen() is Screen.WELCOME


def test_five_wrong_pins_lock_the_pad_with_a_countdown(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        hold_corner(app, 3)
        type_pin(app, "0000")
        assert (
            "Mauvais code" in app.visible("pin-message", QLabel).text()
            or app.visible("pin-message", QLabel).text()
        )
        for _ in range(4):
            type_pin(app, "0000")

        message = app.visible("pin-message", QLabel).text()
        assert "30" in message
        assert not app.visible("pin-digit-1", QWidget).isEnabled()
        assert [row[1] for row in audit(app)].count("wrong PIN") == 4
        assert ("unknown", "wrong PIN, locked", None) in audit(app)

        clock_of(app).advance(10)
        app.window.tick()
        assert "20" in app.visible("pin-message", QLabel).text()
        clock_of(app).advance(21)
        app.window.tick()
        assert app.visible("pin-digit-1", QWidget).isEnabled()
        type_pin(app, STAFF_PIN)
        qtbot.waitUntil(lambda: named(app, "staff-lock", QWidget).isVisible())


def test_reception_sees_the_declaration_just_made_and_reprints_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("en")
        app.tap("restart")

        log_in(app)

        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert reference in row.text() and "⚠" in row.text()  # answers to check
        assert "Bossche" not in app.shown_text()  # initials only: no name over a shoulder
        app.tap(f"staff-row-{reference}")
        slip = app.visible("staff-slip", QLabel)
        qtbot.waitUntil(lambda: slip.pixmap() is not None and not slip.pixmap().isNull())
        assert slip.pixmap().height() > slip.pixmap().width()  # a receipt, drawn
        attempts_before = len(app.rows("SELECT id FROM print_attempts"))

        app.tap("staff-reprint")
        message = app.visible("staff-message", QLabel)
        qtbot.waitUntil(lambda: reference in message.text())

        assert len(app.rows("SELECT id FROM print_attempts")) == attempts_before + 1
        assert len(app.slips()) == 2
        assert ("staff", "view", reference) in audit(app)
        assert ("staff", "reprint", reference) in audit(app)


def test_the_filters_show_flagged_and_unprinted(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("fr")
        app.tap("restart")
        log_in(app)

        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert "PDF" in row.text()  # the folder backend: a file for reception, no paper

        app.tap("staff-filter-flagged")
        qtbot.waitUntil(lambda: sip_deleted(row) or not row.isVisible())  # list rebuilt
        assert app.wait_visible(f"staff-row-{reference}", QWidget)
        app.tap("staff-filter-unprinted")  # it was delivered (as a file): not listed
        assert app.wait_visible("staff-empty", QLabel).text()


def test_staff_mode_locks_itself_and_leaves_nothing_behind(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path, "staff.idle_seconds=60") as app:
        reference = app.submit_a_declaration("en")
        app.tap("restart")
        log_in(app)
        app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        app.tap(f"staff-row-{reference}")
        qtbot.waitUntil(lambda: reference in app.shown_text())

        clock_of(app).advance(59)
        app.window.tick()
        assert app.visible("staff-lock", QWidget)
        clock_of(app).advance(1)
        app.window.tick()

        assert app.screen() is Screen.WELCOME and app.visible("next", QWidget)
        assert reference not in app.all_text()
        assert named(app, "staff-slip", QLabel).pixmap().isNull()
        qtbot.waitUntil(lambda: ("staff", "auto-lock", None) in audit(app))


def test_a_patient_mid_journey_is_wiped_when_staff_log_in(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        app.tap("language-nl")
        app.tap("next")
        session = app.flow.session_id

        log_in(app)
        app.tap("staff-lock")

        assert app.flow.session_id != session
        assert app.screen() is Screen.WELCOME and app.flow.language == "fr"


def test_only_it_may_leave_for_the_desktop(qtbot: QtBot, tmp_path: Path) -> None:
    with kiosk(qtbot, tmp_path) as app:
        log_in(app, STAFF_PIN)
        assert not named(app, "staff-exit", QWidget).isVisible()
        app.tap("staff-lock")

        log_in(app, IT_PIN)
        assert app.window.staff_mode is not None
        with qtbot.waitSignal(app.window.staff_mode.exit_requested, timeout=1000):
            app.tap("staff-exit")
        assert ("it", "exit to desktop", None) in audit(app)


def test_without_a_printer_the_screen_says_so_and_a_test_page_is_a_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        log_in(app)
        assert "PDF" in app.visible("staff-printer", QLabel).text()

        app.tap("staff-test-print")
        qtbot.waitUntil(lambda: bool(app.visible("staff-message", QLabel).text()))

        [page] = app.slips()
        assert page.name.endswith("-TEST.pdf")
        assert ("staff", "test print", None) in audit(app)


@pytest.mark.usefixtures("cups")
def test_a_reprint_reaches_the_real_print_queue(
    qtbot: QtBot, tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer" / "out.pdf"
    cups.add_pdf_queue("reception", printed)
    cups.patch_environ(monkeypatch)
    with kiosk(qtbot, tmp_path, "printer.backend=cups", "printer.queue=reception") as app:
        reference = app.submit_a_declaration("en")
        cups.wait_until_idle("reception")
        app.tap("restart")
        log_in(app)
        assert "reception" in app.visible("staff-printer", QLabel).text()
        jobs_before = len(cups.jobs("reception"))

        choose(app, reference)
        app.tap("staff-reprint")
        qtbot.waitUntil(lambda: reference in app.visible("staff-message", QLabel).text())

        jobs = cups.wait_until_idle("reception")
        assert len(jobs) == jobs_before + 1
        assert app.rows(
            "SELECT backend, queue, printed FROM print_attempts ORDER BY id DESC LIMIT 1"
        ) == [("cups", "reception", 1)]

        cups.disable("reception", "Out of paper")
        app.tap("staff-refresh")
        qtbot.waitUntil(lambda: "Out of paper" in app.visible("staff-printer", QLabel).text())

        # A reprint while the printer is stopped: reception sees it failed, and why.
        app.tap("staff-reprint")
        qtbot.waitUntil(lambda: reference in app.visible("staff-errors", QLabel).text())
        assert "Out of paper" in app.visible("staff-message", QLabel).text()


def test_cancelling_the_pin_pad_gives_the_patient_their_answers_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        app.tap("language-nl")
        app.tap("next")
        session = app.flow.session_id

        hold_corner(app, 3)
        assert not named(app, "pin-ok", QAbstractButton).isEnabled()  # no digits yet
        for digit in "0000":
            app.tap(f"pin-digit-{digit}")
        app.tap("pin-ok")
        assert not named(app, "pin-ok", QAbstractButton).isEnabled()  # wrong: digits gone
        app.tap("pin-cancel")

        assert app.flow.session_id == session and app.flow.language == "nl"
        assert app.screen() is Screen.PAGE


def test_the_lock_holds_even_when_the_audit_cannot_be_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        reference = app.submit_a_declaration("en")
        app.tap("restart")
        log_in(app)
        choose(app, reference)
        staff = app.window.staff_mode
        assert staff is not None
        staff.staff_screen.set_busy(True)  # as during a reprint

        def broken(*_: object, **__: object) -> None:
            raise StoreError("database is locked")

        monkeypatch.setattr(app.kiosk.store.audit, "add", broken)
        app.tap("staff-lock")

        assert app.screen() is Screen.WELCOME and reference not in app.all_text()
        monkeypatch.undo()
        log_in(app)
        assert named(app, "staff-refresh", QAbstractButton).isEnabled()


def test_slips_waiting_for_the_printer_are_said_and_printed_all_at_once(
    qtbot: QtBot, tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue("reception", tmp_path / "printer" / "out.pdf")
    cups.patch_environ(monkeypatch)
    with kiosk(qtbot, tmp_path, "printer.backend=cups", "printer.queue=reception") as app:
        cups.stop()  # CUPS is down while two patients declare
        first = app.submit_a_declaration("en")
        app.tap("restart")
        second = app.submit_a_declaration("en")
        app.tap("restart")
        assert app.kiosk.store.prints.unprinted() == [first, second]
        cups.start()
        log_in(app)

        staff = app.window.staff_mode
        assert staff is not None
        words = staff._words()  # the staff language's words
        waiting = words.text("staff_fault_unprinted", count=words.number(2))
        assert waiting in app.visible("staff-faults", QLabel).text()
        app.tap("staff-print-unprinted")
        message = app.visible("staff-message", QLabel)
        sent = words.text("staff_unprinted_sent", count=words.number(2))
        qtbot.waitUntil(lambda: message.text() == sent)

        assert [job.state for job in cups.wait_until_idle("reception")] == ["completed"] * 2
        assert app.kiosk.store.prints.unprinted() == []
        faults = named(app, "staff-faults", QLabel)  # the list is refreshed: nothing waits
        qtbot.waitUntil(lambda: waiting not in faults.text())
        assert ("staff", "reprint unprinted", None) in audit(app)


def test_the_long_press_opens_the_pin_pad_when_due_not_at_the_next_tick(
    qtbot, tmp_path: Path
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        app.window._ticker.stop()  # no one-second tick: only the press's own timer
        pressed = corner(app)
        app.qtbot.mousePress(pressed, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # type: ignore[no-untyped-call]
        clock_of(app).advance(3)

        staff = app.window.staff_mode
        assert staff is not None and staff.mode == "off"
        qtbot.waitUntil(lambda: staff.mode == "pin", timeout=5000)
