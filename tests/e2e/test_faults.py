"""A full disk and a read-only disk, for real (a small tmpfs): the patient is sent to
reception, nothing is claimed saved that was not, and staff mode says what is wrong."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.patient.flow import Screen
from kiosk.staff.access import Role, hash_pin
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import tour

PIN = "2468"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB filesystem of the test's own (root only: mount)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Write until the filesystem is full; the file, to free the space again."""
    filler = folder / "filler"
    # Unbuffered: a buffered file that met ENOSPC raises again when it is closed.
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def confirm_a_declaration(app: KioskUnderTest) -> None:
    app.flow.choose_language("en")
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == "review":
            break
    app.see_the_whole_review()
    app.tap("submit")
    app.qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10000)


def staff_faults(app: KioskUnderTest) -> str:
    staff = app.window.staff_mode
    assert staff is not None
    staff.open_pin_pad()
    for digit in PIN:
        app.tap(f"pin-digit-{digit}")
    app.tap("pin-ok")
    faults = app.window.findChild(QLabel, "staff-faults")
    assert faults is not None
    app.qtbot.waitUntil(faults.isVisible)
    return faults.text()


def test_a_full_disk_sends_the_patient_to_reception_and_staff_see_why(
    qtbot: QtBot, small_disk: Path
) -> None:
    with running_kiosk(qtbot, small_disk / "data") as app:
        app.kiosk.store.staff.set_pin(Role.STAFF, hash_pin(PIN))
        filler = fill(small_disk)

        confirm_a_declaration(app)

        assert "could not be saved. Please go to the reception desk" in app.shown_text()
        assert app.flow.reference is None  # no reference shown: nothing was saved
        faults = staff_faults(app)
        assert "PAS pu être enregistrée" in faults  # in the staff language
        assert "disk is full" in faults  # SQLite's own reason, for IT
        filler.unlink()
        assert app.rows("SELECT count(*) FROM declarations") == [(0,)]


def test_a_database_that_refuses_writes_sends_the_patient_to_reception(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A read-only database (a remount, wrong ownership after a restore): SQLite's own
    refusal, reached through query_only since root may write anywhere else."""
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.kiosk.store.staff.set_pin(Role.STAFF, hash_pin(PIN))
        app.kiosk.store._db.execute("PRAGMA query_only = ON")

        confirm_a_declaration(app)

        assert "could not be saved. Please go to the reception desk" in app.shown_text()
        assert app.flow.reference is None
        assert "readonly" in staff_faults(app)
        app.kiosk.store._db.execute("PRAGMA query_only = OFF")
        assert app.rows("SELECT count(*) FROM declarations") == [(0,)]
