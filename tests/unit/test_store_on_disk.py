"""Issue 16: what the store keeps on disk is the kiosk's alone, and what retention
deletes is gone from the disk, or IT is told it is not (real SQLite files)."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.commands import admin as commands
from kiosk.doctor import database as doctor_database
from kiosk.records.store import DeclarationStore, purge_record_path
from tests.helpers.declarations import make_declaration

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
NAME = "Zwanepoel-Quist"  # found in the files' bytes, or not


def on_disk(database: Path) -> bytes:
    return b"".join(
        Path(f"{database}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{database}{suffix}").exists()
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DeclarationStore]:
    store = DeclarationStore(tmp_path / "data" / "kiosk.sqlite3", clock=lambda: NOW)
    store.declarations.save(
        make_declaration(session_id="old", last_name=NAME, submitted_at=NOW - timedelta(days=30)),
        [],
    )
    store.declarations.save(make_declaration(session_id="new", submitted_at=NOW), [])
    yield store
    store.close()


@pytest.fixture
def reader(store: DeclarationStore) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of reading the database (an `export`, a `backup`,
    an sqlite3 shell left open): its snapshot keeps the WAL from being emptied."""
    db = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    db.execute("BEGIN")
    db.execute("SELECT count(*) FROM declarations").fetchone()
    yield db
    db.close()


def test_a_purge_that_a_reader_keeps_from_the_disk_says_so_until_one_completes(
    store: DeclarationStore, reader: sqlite3.Connection
) -> None:
    purged = store.declarations.purge_checked(NOW - timedelta(days=7), wait=0.5)

    assert purged.removed == 1
    assert purged.left is not None and "reading the database" in purged.left
    assert NAME.encode() in on_disk(store.path)  # why it must not say "done"
    assert purge_record_path(store.path).exists()  # durable: doctor reads it later
    findings = doctor_database.purge_findings(store.path)
    assert [f.level for f in findings] == ["problem"]
    assert "purge did not complete" in findings[0].message

    reader.execute("COMMIT")  # the other program is done
    again = store.declarations.purge_checked(NOW - timedelta(days=7), wait=0.5)

    assert (again.removed, again.left) == (0, None)
    assert NAME.encode() not in on_disk(store.path)
    assert not purge_record_path(store.path).exists()
    assert doctor_database.purge_findings(store.path) == []


def test_the_purge_command_exits_1_naming_what_is_left(
    store: DeclarationStore,
    reader: sqlite3.Connection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(commands, "PURGE_COMMAND_WAIT_SECONDS", 0.5)
    out = io.StringIO()

    code = commands.purge(store, tmp_path / "slips", 7, lambda: NOW, out)

    assert code == commands.ExitCode.PROBLEM
    assert "1 declaration(s)" in out.getvalue()
    message = capsys.readouterr().err
    assert "purge not completed" in message and "kiosk.sqlite3-wal" in message

    reader.execute("COMMIT")
    assert commands.purge(store, tmp_path / "slips", 7, lambda: NOW, out) == commands.ExitCode.OK


def test_the_kiosk_daily_purge_waits_out_a_short_read(
    store: DeclarationStore, reader: sqlite3.Connection
) -> None:
    """A reader that finishes within the wait: the purge tries again and completes."""
    done = threading.Timer(0.6, lambda: reader.execute("COMMIT"))
    done.start()
    try:
        assert store.declarations.purge(NOW - timedelta(days=7)) == 1
    finally:
        done.join()
    assert NAME.encode() not in on_disk(store.path)
    assert not purge_record_path(store.path).exists()


def modes(database: Path) -> dict[str, int]:
    found = {"folder": stat.S_IMODE(database.parent.stat().st_mode)}
    for suffix in ("", "-wal", "-shm"):
        found[suffix or "database"] = stat.S_IMODE(Path(f"{database}{suffix}").stat().st_mode)
    return found


def test_a_database_restored_world_readable_is_made_owner_only_at_open(tmp_path: Path) -> None:
    database = tmp_path / "data" / "kiosk.sqlite3"
    DeclarationStore(database).close()
    # A restore with plain `cp` under umask 022, and a program that opened it meanwhile
    # (its -wal and -shm made with the database's mode).
    os.chmod(database.parent, 0o755)
    os.chmod(database, 0o644)
    other = sqlite3.connect(database)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("SELECT count(*) FROM declarations").fetchone()
    assert modes(database)["-wal"] == 0o644
    assert [f.level for f in doctor_database.permission_findings(database)] == ["problem"]
    previous = os.umask(0o022)
    try:
        store = DeclarationStore(database)
    finally:
        os.umask(previous)
    try:
        store.declarations.save(make_declaration(), [])
        assert modes(database) == {
            "folder": 0o700,
            "database": 0o600,
            "-wal": 0o600,
            "-shm": 0o600,
        }
        assert [f.level for f in doctor_database.permission_findings(database)] == ["ok"]
    finally:
        store.close()
        other.close()


def test_a_world_readable_database_gives_new_wal_files_owner_only_modes(tmp_path: Path) -> None:
    """No -wal or -shm yet: SQLite copies the database's mode to them, so the database
    is fixed before SQLite opens it."""
    database = tmp_path / "kiosk.sqlite3"
    DeclarationStore(database).close()
    os.chmod(database, 0o644)
    assert not Path(f"{database}-wal").exists()
    store = DeclarationStore(database)
    try:
        store.declarations.save(make_declaration(), [])
        assert {k: v for k, v in modes(database).items() if k != "folder"} == {
            "database": 0o600,
            "-wal": 0o600,
            "-shm": 0o600,
        }
    finally:
        store.close()


def test_a_shared_folder_is_left_alone(tmp_path: Path) -> None:
    """A data folder like /tmp (sticky, shared): the kiosk does not close it to others;
    doctor says it is readable."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    DeclarationStore(shared / "kiosk.sqlite3").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    findings = doctor_database.permission_findings(shared / "kiosk.sqlite3")
    assert findings[0].level == "problem" and str(shared) in findings[0].message


def test_doctor_names_damaged_copies_that_retention_never_deletes(tmp_path: Path) -> None:
    database = tmp_path / "data" / "kiosk.sqlite3"
    DeclarationStore(database).close()
    copy = database.with_name("kiosk.sqlite3.damaged-20261101T080000Z-2")
    copy.write_bytes(b"SQLite format 3\x00" + NAME.encode())
    os.chmod(copy, 0o644)

    files = doctor_database.permission_findings(database)
    retention = doctor_database.purge_findings(database)

    assert files[0].level == "problem" and copy.name in files[0].message
    assert [f.level for f in retention] == ["warning"]
    assert copy.name in retention[0].message and "never deletes" in retention[0].message
