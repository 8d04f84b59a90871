"""Issue 16: the PIN pad's lock when the database fails or a patient plays with it, the
pepper, longer PINs, and IT clearing the lock from the command line."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.commands import admin as commands
from kiosk.commands.cli import parse_arguments
from kiosk.doctor import checks as doctor
from kiosk.records.store import DeclarationStore, StoreError
from kiosk.staff.access import (
    LONGEST_LOCK,
    PinError,
    Role,
    StaffAccess,
    check_pin_format,
    hash_pin,
    pin_matches,
)

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
STAFF_PIN, IT_PIN = "2468", "97531864"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DeclarationStore]:
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3", clock=lambda: NOON)
    opened.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
    opened.staff.set_pin(Role.IT, hash_pin(IT_PIN))
    yield opened
    opened.close()


def unwritable(store: DeclarationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only or full database: every write fails, reads work."""

    def broken(*_: object, **__: object) -> None:
        raise StoreError("attempt to write a readonly database")

    monkeypatch.setattr(store.staff, "set_pin_failures", broken)
    monkeypatch.setattr(store.audit, "add", broken)


def test_wrong_pins_lock_the_pad_even_when_the_database_cannot_be_written(
    store: DeclarationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable(store, monkeypatch)
    access = StaffAccess(store.staff)

    attempts = [access.try_pin("0000", NOON + timedelta(seconds=n)) for n in range(5)]

    assert attempts[-1].locked_until is not None
    assert access.locked_until(Role.STAFF, NOON + timedelta(seconds=5)) is not None
    # Even the right PIN waits: a guesser gets nothing from a broken disk.
    assert access.try_pin(STAFF_PIN, NOON + timedelta(seconds=6)).role is None


def test_a_patient_closes_the_pad_for_five_minutes_at_most(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    now = NOON
    for _ in range(40):
        attempt = access.try_pin("0000", now)
        if attempt.locked_until is not None:
            assert attempt.locked_until - now <= timedelta(minutes=5)
            now = attempt.locked_until + timedelta(seconds=1)

    assert access.try_pin(STAFF_PIN, now + LONGEST_LOCK).role is Role.STAFF


def test_wrong_pins_are_forgotten_after_an_hour_without_one(store: DeclarationStore) -> None:
    """No lock that builds up over days: yesterday's wrong PINs do not count today."""
    access = StaffAccess(store.staff)
    now = NOON
    for _ in range(9):
        attempt = access.try_pin("0000", now)
        now = (attempt.locked_until or now) + timedelta(seconds=1)

    tomorrow = NOON + timedelta(days=1)
    assert StaffAccess(store.staff).try_pin("0000", tomorrow).locked_until is None


def test_a_wall_clock_set_wrong_cannot_stretch_the_lock(store: DeclarationStore) -> None:
    # A lock written while the clock said a date ten days ahead (or a clock set back).
    store.staff.set_pin_failures({Role.STAFF: (9, NOON + timedelta(days=10))})
    access = StaffAccess(store.staff)

    assert access.try_pin(STAFF_PIN, NOON).role is None  # the lock holds ...
    after = NOON + LONGEST_LOCK + timedelta(seconds=1)
    assert access.try_pin(STAFF_PIN, after).role is Role.STAFF  # ... 5 minutes at most


def test_it_opens_a_locked_pad_from_the_command_line(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)  # the running kiosk's
    for _ in range(8):
        access.try_pin("0000", NOON)
    assert access.try_pin(STAFF_PIN, NOON).role is None
    out = io.StringIO()

    assert commands.unlock_staff(store, out) == commands.ExitCode.OK

    assert "unlocked" in out.getvalue()
    assert access.try_pin(STAFF_PIN, NOON).role is Role.STAFF  # the kiosk sees it
    assert ("it", "PIN pad unlocked") in [(e.role, e.action) for e in store.audit.entries()]
    assert parse_arguments(["unlock-staff"]).command == "unlock-staff"


def test_set_pin_opens_a_locked_pad_too(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    for _ in range(5):
        access.try_pin("0000", NOON)

    assert commands.set_pin(store, Role.STAFF, "135791", io.StringIO()) == commands.ExitCode.OK

    assert access.try_pin("135791", NOON).role is Role.STAFF


def test_a_failed_disk_is_said_never_raised(
    store: DeclarationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = StaffAccess(store.staff)  # the kiosk's, which has read the hashes once
    assert access.try_pin(STAFF_PIN, NOON).role is Role.STAFF
    fresh = StaffAccess(store.staff)  # one that never read them
    monkeypatch.setattr(store, "_db", _FailingConnection())

    attempt = fresh.try_pin(STAFF_PIN, NOON)
    assert attempt.role is None and attempt.fault is not None and "disk I/O" in attempt.fault
    state = fresh.pad_state(NOON)
    assert state.configured is None and state.fault is not None
    # Staff still get in, to the staff screen where the failed disk is shown.
    assert access.try_pin(STAFF_PIN, NOON).role is Role.STAFF


class _FailingConnection:
    """A connection on a disk that fails every read and write."""

    def execute(self, *_: object) -> object:
        raise sqlite3.DatabaseError("disk I/O error")

    @property
    def in_transaction(self) -> bool:
        return False


def test_the_store_raises_its_own_error_for_a_failed_disk(
    store: DeclarationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "_db", _FailingConnection())

    with pytest.raises(StoreError, match="disk I/O error"):
        store.staff.pin(Role.STAFF)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.staff.pin_failures()


# -- longer PINs ---------------------------------------------------------------------------


def test_it_needs_six_digits_reception_four_and_twelve_are_accepted() -> None:
    with pytest.raises(PinError, match="it role's PIN is 6 to 12 digits"):
        check_pin_format("12345", Role.IT)
    assert check_pin_format("123456", Role.IT) == "123456"
    assert check_pin_format("1234", Role.STAFF) == "1234"
    assert check_pin_format("123456789012", Role.STAFF) == "123456789012"


def test_set_pin_refuses_a_short_it_pin(store: DeclarationStore) -> None:
    err = io.StringIO()

    assert commands.set_pin(store, Role.IT, "12345", err) == commands.ExitCode.USAGE

    assert "6 to 12 digits" in err.getvalue()
    assert store.staff.pin(Role.IT) is not None and pin_matches(IT_PIN, store.staff.pin(Role.IT))  # type: ignore[arg-type]


def test_a_twelve_digit_pin_opens_staff_mode(store: DeclarationStore) -> None:
    assert commands.set_pin(store, Role.IT, "975318642097", io.StringIO()) == 0

    assert StaffAccess(store.staff).try_pin("975318642097", NOON).role is Role.IT


# -- the pepper ----------------------------------------------------------------------------


@pytest.fixture
def pepper(tmp_path: Path) -> Path:
    path = tmp_path / "etc" / "pin-pepper"
    path.parent.mkdir()
    path.write_text("q3Zr8m1v0XxL6pTf2Yb9KcWd4Hs7Ne5A\n")
    path.chmod(0o640)
    return path


def test_a_pepper_outside_the_database_is_mixed_into_the_hash(
    store: DeclarationStore, pepper: Path
) -> None:
    assert commands.set_pin(store, Role.STAFF, "482913", io.StringIO(), str(pepper)) == 0
    stored = store.staff.pin(Role.STAFF)
    assert stored is not None

    # The database alone is not enough to try a PIN.
    assert not pin_matches("482913", stored)
    assert StaffAccess(store.staff).try_pin("482913", NOON).role is None
    assert StaffAccess(store.staff, str(pepper)).try_pin("482913", NOON).role is Role.STAFF


def test_an_unreadable_pepper_refuses_every_pin_without_counting_it(
    store: DeclarationStore, pepper: Path, tmp_path: Path
) -> None:
    commands.set_pin(store, Role.STAFF, "482913", io.StringIO(), str(pepper))
    access = StaffAccess(store.staff, str(tmp_path / "missing"))

    for _ in range(6):
        attempt = access.try_pin("482913", NOON)
        assert attempt.role is None and attempt.fault is not None
        assert "staff.pepper_file" in attempt.fault and attempt.locked_until is None
    assert store.staff.pin_failures()[Role.STAFF][0] == 0


def test_check_config_and_doctor_name_an_unreadable_pepper(tmp_path: Path, pepper: Path) -> None:
    missing = str(tmp_path / "missing")
    out, err = io.StringIO(), io.StringIO()

    code = commands.check_config([], out, False, commands.pepper_problems(missing), err)

    assert code == commands.ExitCode.USAGE and "staff.pepper_file" in err.getvalue()
    assert commands.pepper_problems("") == [] and commands.pepper_problems(str(pepper)) == []
    [finding] = doctor.pepper_findings(missing)
    assert finding.level == "problem" and missing in finding.message
    assert doctor.pepper_findings(str(pepper))[0].level == "ok"
    pepper.chmod(0o644)
    assert doctor.pepper_findings(str(pepper))[0].level == "warning"
    short = tmp_path / "short"
    short.write_text("abc")
    assert doctor.pepper_findings(str(short))[0].level == "problem"
