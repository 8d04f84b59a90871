"""Staff PINs, the lockout after wrong PINs, the audit trail, the staff list and purge."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.commands.admin import day_bounds
from kiosk.job_state import JobState
from kiosk.records.store import DeclarationStore
from kiosk.staff.access import (
    FIRST_LOCK,
    LONGEST_LOCK,
    PinError,
    Role,
    StaffAccess,
    check_pin_format,
    hash_pin,
    lock_after,
    pin_matches,
)
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[DeclarationStore]:
    opened = DeclarationStore(path, clock=lambda: NOON)
    yield opened
    opened.close()


def test_a_pin_is_stored_as_a_salted_hash_never_as_digits(
    store: DeclarationStore, path: Path
) -> None:
    store.staff.set_pin(Role.STAFF, hash_pin("482913"))

    raw = path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    assert b"482913" not in raw
    stored = store.staff.pin(Role.STAFF)
    assert stored is not None and len(stored.salt) == 16
    assert pin_matches("482913", stored) and not pin_matches("482914", stored)
    # The same PIN twice gives two different hashes: the salt is random.
    assert hash_pin("482913").digest != hash_pin("482913").digest


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "１２３４", "", "12 34"])
def test_a_pin_is_four_to_twelve_digits(pin: str) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        check_pin_format(pin)


def test_the_right_pin_opens_its_role_and_is_audited(store: DeclarationStore) -> None:
    store.staff.set_pin(Role.STAFF, hash_pin("1111"))
    store.staff.set_pin(Role.IT, hash_pin("99999999"))
    access = StaffAccess(store.staff)

    assert access.try_pin("1111", NOON).role is Role.STAFF
    assert access.try_pin("99999999", NOON).role is Role.IT
    actions = [(entry.role, entry.action) for entry in store.audit.entries()]
    assert ("staff", "login") in actions and ("it", "login") in actions


def test_five_wrong_pins_lock_entry_and_the_wait_grows(store: DeclarationStore) -> None:
    store.staff.set_pin(Role.STAFF, hash_pin("1111"))
    access = StaffAccess(store.staff)

    for _ in range(4):
        assert access.try_pin("0000", NOON).role is None
        assert access.locked_until(Role.STAFF, NOON) is None
    fifth = access.try_pin("0000", NOON)
    assert fifth.role is None and fifth.locked_until == NOON + FIRST_LOCK
    # Even the right PIN is refused while locked.
    assert access.try_pin("1111", NOON + timedelta(seconds=10)).role is None
    later = NOON + FIRST_LOCK + timedelta(seconds=1)
    sixth = access.try_pin("0000", later)
    assert sixth.locked_until == later + 2 * FIRST_LOCK
    # The right PIN after the wait opens, and the count starts again.
    after = later + 2 * FIRST_LOCK + timedelta(seconds=1)
    assert access.try_pin("1111", after).role is Role.STAFF
    assert store.staff.pin_failures() == {Role.STAFF: (0, None), Role.IT: (0, None)}
    wrong = [entry for entry in store.audit.entries() if entry.action.startswith("wrong PIN")]
    assert len(wrong) == 6


def test_the_lock_survives_a_restart(path: Path) -> None:
    first = DeclarationStore(path)
    first.staff.set_pin(Role.STAFF, hash_pin("1111"))
    for _ in range(5):
        StaffAccess(first.staff).try_pin("0000", NOON)
    first.close()

    again = DeclarationStore(path)
    try:
        state = StaffAccess(again.staff).pad_state(NOON + timedelta(seconds=5))
        assert state.locked_until[Role.STAFF] is not None
    finally:
        again.close()


def test_the_lock_never_exceeds_five_minutes() -> None:
    assert lock_after(4) is None
    assert lock_after(5) == FIRST_LOCK
    assert lock_after(7) == 4 * FIRST_LOCK
    assert lock_after(500) == LONGEST_LOCK == timedelta(minutes=5)


def test_no_pin_set_means_staff_mode_is_not_configured(store: DeclarationStore) -> None:
    access = StaffAccess(store.staff)
    assert not access.configured()
    assert access.try_pin("0000", NOON).role is None


def test_the_staff_list_shows_a_day_newest_first_with_initials(
    store: DeclarationStore,
) -> None:
    morning = make_declaration(
        session_id="a", submitted_at=NOON - timedelta(hours=3), last_name="Peeters", first_name="An"
    )
    noon = make_declaration(session_id="b", submitted_at=NOON, answers=ALL_NO_ANSWERS)
    yesterday = make_declaration(session_id="c", submitted_at=NOON - timedelta(days=1))
    first = store.declarations.save(morning, ["allergy"])
    second = store.declarations.save(noon, [])
    store.declarations.save(yesterday, [])
    store.prints.record_print(second.id, "cups", JobState.COMPLETED, printed=True, queue="receipt")

    day = store.declarations.summaries(
        NOON.replace(hour=0), NOON.replace(hour=0) + timedelta(days=1)
    )

    assert [summary.reference for summary in day] == [second.reference, first.reference]
    assert day[1].initials == "P. A." and day[1].flags == ("allergy",)
    assert day[0].printed and day[0].print_state == "completed"
    assert not day[1].printed and day[1].print_state is None
    flagged = store.declarations.summaries(
        NOON.replace(hour=0), NOON.replace(hour=0) + timedelta(days=1), flagged_only=True
    )
    assert [summary.reference for summary in flagged] == [first.reference]
    unprinted = store.declarations.summaries(
        NOON.replace(hour=0), NOON.replace(hour=0) + timedelta(days=1), unprinted_only=True
    )
    assert [summary.reference for summary in unprinted] == [first.reference]


def test_purge_leaves_no_trace_of_the_patient_in_the_files(
    store: DeclarationStore, path: Path
) -> None:
    old = make_declaration(
        session_id="old", last_name="Zzyzxmarker", submitted_at=NOON - timedelta(days=10)
    )
    kept = make_declaration(session_id="new", submitted_at=NOON)
    saved = store.declarations.save(old, ["allergy"])
    store.prints.record_print(saved.id, "folder", JobState.COMPLETED)
    store.declarations.save(kept, [])

    assert store.declarations.purge(NOON - timedelta(days=7)) == 1

    assert store.declarations.count() == 1
    for file in path.parent.iterdir():
        assert b"Zzyzxmarker" not in file.read_bytes(), file.name
        assert "Zzyzxmarker".encode("utf-16-le") not in file.read_bytes(), file.name
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM print_attempts").fetchone()[0] == 0
    purge = next(entry for entry in store.audit.entries() if entry.action == "purge")
    assert purge.detail is not None and purge.detail.startswith("1 declaration")


@pytest.fixture
def brussels() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Brussels"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("brussels")
def test_a_local_day_has_the_offset_of_its_own_date() -> None:
    winter, summer = day_bounds(date(2026, 1, 15)), day_bounds(date(2026, 7, 15))
    spring_forward = day_bounds(date(2026, 3, 29))

    assert winter[0].astimezone(UTC) == datetime(2026, 1, 14, 23, 0, tzinfo=UTC)
    assert summer[0].astimezone(UTC) == datetime(2026, 7, 14, 22, 0, tzinfo=UTC)
    assert spring_forward[1] - spring_forward[0] == timedelta(hours=23)
