"""Issue 16 from IT's shell: `unlock-staff`, the pepper with `set-pin`, `check-config`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.records.store import DeclarationStore
from kiosk.staff import access as staff
from kiosk.staff.access import Role, StaffAccess, pin_matches
from tests.e2e.test_admin_commands import DataFolder, data

__all__ = ["data"]  # the fixture, shared with test_admin_commands


def test_unlock_staff_opens_the_pin_pad_again(data: DataFolder) -> None:
    assert data.run("set-pin", "--role", "staff", stdin="246813\n").returncode == 0
    now = datetime.now(UTC)
    store = DeclarationStore(data.database)
    try:
        for _ in range(6):
            StaffAccess(store.staff).try_pin("0000", now)
        assert StaffAccess(store.staff).try_pin("246813", now).locked_until is not None
    finally:
        store.close()

    result = data.run("unlock-staff")

    assert result.returncode == 0, result.stderr
    assert "unlocked" in result.stdout
    store = DeclarationStore(data.database)
    try:
        assert (
            StaffAccess(store.staff).try_pin("246813", now + timedelta(seconds=1)).role
            is Role.STAFF
        )
    finally:
        store.close()
    assert ("it", "PIN pad unlocked") in data.rows("SELECT role, action FROM audit")


def test_set_pin_mixes_in_the_pepper_and_check_config_names_a_missing_one(
    data: DataFolder, tmp_path: Path
) -> None:
    pepper = tmp_path / "pin-pepper"
    pepper.write_text("uJ2m9QbX4rT7wZk1Vc6Np3Ys8Le5Hd0G\n")
    pepper.chmod(0o640)
    with_pepper = f'staff.pepper_file="{pepper}"'

    result = data.run("set-pin", "--role", "it", "--set", with_pepper, stdin="97531864\n")

    assert result.returncode == 0, result.stderr
    store = DeclarationStore(data.database)
    try:
        stored = store.staff.pin(Role.IT)
        assert stored is not None and not pin_matches("97531864", stored)
        assert pin_matches("97531864", stored, staff.read_pepper(str(pepper)))
    finally:
        store.close()
    assert data.run("check-config", "--set", with_pepper).returncode == 0
    missing = data.run("check-config", "--set", f'staff.pepper_file="{tmp_path / "gone"}"')
    assert missing.returncode == 2 and "staff.pepper_file" in missing.stderr


def test_unlock_staff_role_clears_that_role_only(data: DataFolder) -> None:
    assert data.run("set-pin", "--role", "staff", stdin="246813\n").returncode == 0
    now = datetime.now(UTC)
    store = DeclarationStore(data.database)
    try:
        access = StaffAccess(store.staff)
        for role in Role:
            for _ in range(5):
                access.try_pin("0000", now, role)
    finally:
        store.close()

    result = data.run("unlock-staff", "--role", "it")

    assert result.returncode == 0, result.stderr
    assert "it role" in result.stdout
    store = DeclarationStore(data.database)
    try:
        state = StaffAccess(store.staff).pad_state(now + timedelta(seconds=1))
        assert state.locked_until[Role.IT] is None
        assert state.locked_until[Role.STAFF] is not None
    finally:
        store.close()
    assert data.run("unlock-staff", "--role", "reception").returncode == 2
