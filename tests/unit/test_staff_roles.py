"""Issue 16: one wrong-PIN lock per role. A patient typing wrong PINs on the pad (which
opens with Reception chosen) closes reception's PIN, never IT's; a login of the other
role, or IT's command line, clears it; an old database's single lock is kept for both."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.commands import admin as commands
from kiosk.records.schema import MIGRATIONS
from kiosk.records.store import DeclarationStore
from kiosk.staff.access import FIRST_LOCK, LONGEST_LOCK, Role, StaffAccess, hash_pin

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
STAFF_PIN, IT_PIN = "2468", "97531864"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DeclarationStore]:
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3", clock=lambda: NOON)
    opened.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
    opened.staff.set_pin(Role.IT, hash_pin(IT_PIN))
    yield opened
    opened.close()


def close(access: StaffAccess, role: Role = Role.STAFF, now: datetime = NOON) -> datetime:
    """Five wrong PINs typed with `role` chosen; the end of the lock they close."""
    attempts = [access.try_pin("0000", now, role) for _ in range(5)]
    until = attempts[-1].locked_until
    assert until == now + FIRST_LOCK
    return until


def test_a_patients_wrong_pins_close_reception_and_leave_it_open(
    store: DeclarationStore,
) -> None:
    access = StaffAccess(store.staff)
    close(access)  # the pad opens with Reception chosen: where a patient's taps count

    assert access.locked_until(Role.STAFF, NOON) == NOON + FIRST_LOCK
    assert access.locked_until(Role.IT, NOON) is None
    assert access.try_pin(STAFF_PIN, NOON).role is None  # reception waits ...
    assert access.try_pin(IT_PIN, NOON, Role.IT).role is Role.IT  # ... IT does not


def test_it_signing_in_clears_receptions_lock(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    close(access)

    assert access.try_pin(IT_PIN, NOON, Role.IT).role is Role.IT

    assert access.locked_until(Role.STAFF, NOON) is None
    assert access.try_pin(STAFF_PIN, NOON).role is Role.STAFF
    assert store.staff.pin_failures() == {Role.STAFF: (0, None), Role.IT: (0, None)}


def test_its_pin_works_whichever_role_is_chosen(store: DeclarationStore) -> None:
    """The PIN decides the role (set-pin refuses one PIN for two roles): IT typing without
    choosing IT first still gets in, and reception's lock does not stop it."""
    access = StaffAccess(store.staff)
    close(access, Role.IT)
    assert access.locked_until(Role.IT, NOON) is not None

    assert access.try_pin(STAFF_PIN, NOON, Role.STAFF).role is Role.STAFF  # clears IT's
    assert access.locked_until(Role.IT, NOON) is None
    assert access.try_pin(IT_PIN, NOON, Role.STAFF).role is Role.IT


def test_a_closed_roles_pin_is_not_tried_and_wrong_pins_count_where_chosen(
    store: DeclarationStore,
) -> None:
    access = StaffAccess(store.staff)
    close(access)

    # Reception's PIN typed with IT chosen: not checked (its role is closed), and counted
    # against IT: a guesser cannot go on trying reception's PIN under IT's button.
    for _ in range(4):
        assert access.try_pin(STAFF_PIN, NOON, Role.IT).role is None
    assert access.try_pin(STAFF_PIN, NOON, Role.IT).locked_until == NOON + FIRST_LOCK

    both = NOON + timedelta(seconds=10)
    assert access.try_pin(IT_PIN, both, Role.IT).role is None
    assert access.try_pin(STAFF_PIN, both).role is None
    wrong = [e for e in store.audit.entries() if e.action.startswith("wrong PIN")]
    assert {entry.detail for entry in wrong} == {"role staff", "role it"}


def test_each_role_is_closed_five_minutes_at_most(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    now = NOON
    for _ in range(30):
        for role in Role:
            attempt = access.try_pin("0000", now, role)
            if attempt.locked_until is not None:
                assert attempt.locked_until - now <= LONGEST_LOCK
        now += timedelta(seconds=20)
    later = now + LONGEST_LOCK + timedelta(seconds=1)
    assert access.try_pin(STAFF_PIN, later).role is Role.STAFF


def test_the_locks_survive_a_restart_each_for_its_role(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    first = DeclarationStore(path, clock=lambda: NOON)
    first.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
    close(StaffAccess(first.staff), Role.IT)
    first.close()

    again = DeclarationStore(path, clock=lambda: NOON)
    try:
        state = StaffAccess(again.staff).pad_state(NOON + timedelta(seconds=5))
        assert state.locked_until == {Role.STAFF: None, Role.IT: NOON + FIRST_LOCK}
    finally:
        again.close()


def test_unlock_staff_clears_one_role_or_both(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    close(access, Role.STAFF)
    close(access, Role.IT)
    out = io.StringIO()

    assert commands.unlock_staff(store, out, Role.IT) == commands.ExitCode.OK

    assert "unlocked for the it role" in out.getvalue()
    assert access.pad_state(NOON).locked_until == {Role.STAFF: NOON + FIRST_LOCK, Role.IT: None}
    out = io.StringIO()
    assert commands.unlock_staff(store, out) == commands.ExitCode.OK
    assert "unlocked for both roles" in out.getvalue() and "staff" in out.getvalue()
    assert access.pad_state(NOON).locked_until == {Role.STAFF: None, Role.IT: None}
    details = [e.detail for e in store.audit.entries() if e.action == "PIN pad unlocked"]
    assert details == ["command line: staff and it", "command line: it"]


def test_an_old_databases_lock_closes_both_roles_after_the_upgrade(tmp_path: Path) -> None:
    """A kiosk upgraded while its (schema 4) pad was locked: the lock is not lost."""
    path = tmp_path / "kiosk.sqlite3"
    db = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:4], start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    until = NOON + timedelta(minutes=2)
    db.execute("UPDATE pin_lock SET failures = 6, locked_until = ?", (until.isoformat(),))
    db.commit()
    db.close()

    store = DeclarationStore(path, clock=lambda: NOON)
    try:
        assert store.staff.pin_failures() == {Role.STAFF: (6, until), Role.IT: (6, until)}
        assert StaffAccess(store.staff).pad_state(NOON).locked_until == {
            Role.STAFF: until,
            Role.IT: until,
        }
    finally:
        store.close()
