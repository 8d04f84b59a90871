"""Issue 16 on the kiosk: the PIN pad never checks a PIN on the GUI thread, locks even
when the database cannot be written, locks per role, and says a failed disk instead of
crashing."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.records.store import StoreError
from kiosk.staff.access import PinHash, Role
from tests.e2e.test_staff_mode import (
    IT_PIN,
    STAFF_PIN,
    clock_of,
    hold_corner,
    kiosk,
    named,
    type_pin,
)


def test_no_pin_is_checked_and_no_database_read_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kiosk(qtbot, tmp_path) as app:
        threads: list[str] = []
        store = app.kiosk.store.staff
        real_pin, real_failures = store.pin, store.pin_failures

        def pin(role: Role) -> PinHash | None:
            threads.append(threading.current_thread().name)
            return real_pin(role)

        def pin_failures() -> object:
            threads.append(threading.current_thread().name)
            return real_failures()

        monkeypatch.setattr(store, "pin", pin)
        monkeypatch.setattr(store, "pin_failures", pin_failures)

        hold_corner(app, 3)
        type_pin(app, "0000")
        type_pin(app, STAFF_PIN)
        qtbot.waitUntil(lambda: named(app, "staff-lock", QWidget).isVisible())

        assert threads and threading.main_thread().name not in threads


def test_wrong_pins_lock_the_pad_when_the_database_cannot_be_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kiosk(qtbot, tmp_path) as app:

        def broken(*_: object, **__: object) -> None:
            raise StoreError("attempt to write a readonly database")

        monkeypatch.setattr(app.kiosk.store.staff, "set_pin_failures", broken)
        monkeypatch.setattr(app.kiosk.store.audit, "add", broken)
        hold_corner(app, 3)
        for _ in range(5):
            type_pin(app, "0000")

        assert "30" in app.visible("pin-message", QLabel).text()
        assert not app.visible("pin-digit-1", QWidget).isEnabled()
        clock_of(app).advance(31)
        app.window.tick()
        assert app.visible("pin-digit-1", QWidget).isEnabled()


def test_a_failed_disk_is_said_on_the_pin_pad_never_raised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kiosk(qtbot, tmp_path) as app:

        def failed(*_: object, **__: object) -> None:
            raise sqlite3.DatabaseError("disk I/O error")

        for name in ("pin", "pin_failures"):
            monkeypatch.setattr(app.kiosk.store.staff, name, failed)
        hold_corner(app, 3)
        qtbot.waitUntil(lambda: "disk I/O error" in app.visible("pin-message", QLabel).text())
        type_pin(app, STAFF_PIN)

        assert "disk I/O error" in app.visible("pin-message", QLabel).text()
        assert app.visible("pin-digit-1", QWidget).isEnabled()  # try again once fixed
        app.tap("pin-cancel")
        assert app.visible("next", QWidget)


def test_a_patient_locking_reception_leaves_it_a_way_in(qtbot: QtBot, tmp_path: Path) -> None:
    """Five wrong PINs close Reception (chosen when the pad opens); the pad says IT's PIN
    still works, choosing IT brings the keys back, and IT signing in reopens Reception."""
    with kiosk(qtbot, tmp_path) as app:
        hold_corner(app, 3)
        assert named(app, "pin-role-staff", QAbstractButton).isChecked()
        for _ in range(5):
            type_pin(app, "0000")
        message = app.visible("pin-message", QLabel).text()
        assert "30" in message and "IT" in message
        assert not app.visible("pin-digit-1", QWidget).isEnabled()

        app.tap("pin-role-it")

        assert named(app, "pin-role-it", QAbstractButton).isChecked()
        assert not named(app, "pin-role-staff", QAbstractButton).isChecked()
        assert app.visible("pin-digit-1", QWidget).isEnabled()
        assert not named(app, "pin-message", QLabel).isVisible()
        app.tap("pin-role-staff")  # back to Reception: still closed
        assert not app.visible("pin-digit-1", QWidget).isEnabled()
        app.tap("pin-role-it")
        type_pin(app, IT_PIN)
        qtbot.waitUntil(lambda: named(app, "staff-exit", QWidget).isVisible())
        app.tap("staff-lock")

        hold_corner(app, 3)  # the pad opens on Reception again, and its lock is gone
        qtbot.waitUntil(lambda: named(app, "pin-role-staff", QAbstractButton).isChecked())
        assert app.visible("pin-digit-1", QWidget).isEnabled()
        type_pin(app, STAFF_PIN)
        qtbot.waitUntil(lambda: named(app, "staff-lock", QWidget).isVisible())
        assert not named(app, "staff-exit", QWidget).isVisible()
