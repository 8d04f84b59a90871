"""The declaration store on a real SQLite file."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.doctor.database import wal_findings
from kiosk.job_state import JobState
from kiosk.records.schema import MIGRATIONS, REFERENCE_ALPHABET
from kiosk.records.store import DeclarationStore, StoreError
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration


@pytest.fixture
def store(tmp_path: Path):
    opened = DeclarationStore(tmp_path / "data" / "kiosk.sqlite3")
    yield opened
    opened.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_a_saved_declaration_is_in_the_file_with_its_answers(store: DeclarationStore) -> None:
    saved = store.declarations.save(make_declaration(), ["anticoagulants", "diabetes"])

    assert saved.new
    assert len(saved.reference) == 7 and saved.reference[3] == "-"
    assert set(saved.reference.replace("-", "")) <= set(REFERENCE_ALPHABET)
    [row] = rows(
        store.path,
        "SELECT reference, last_name, first_name, birth_date, language, "
        "for_whom, flags, flag_count, answers FROM declarations",
    )
    assert row[0] == saved.reference.replace("-", "")
    assert row[1:6] == ("Lefèvre", "Marie-Hélène", "1958-04-03", "fr", "self")
    assert row[6] == '["anticoagulants", "diabetes"]' and row[7] == 2
    assert '"anticoagulant_drugs": ["apixaban", "aspirin"]' in str(row[8])


def test_a_repeated_submit_of_one_session_is_stored_once(store: DeclarationStore) -> None:
    first = store.declarations.save(make_declaration(), [])
    again = store.declarations.save(make_declaration(), [])

    assert not again.new
    assert again.reference == first.reference
    assert rows(store.path, "SELECT count(*) FROM declarations") == [(1,)]


def test_find_returns_the_declaration_as_it_was_saved(store: DeclarationStore) -> None:
    declaration = make_declaration(session_id="s-find", answers=ALL_NO_ANSWERS)
    saved = store.declarations.save(declaration, [])
    store.prints.record_print(
        saved.id, "folder", JobState.COMPLETED, queue="/slips", job_id="x.pdf"
    )

    found = store.declarations.find(saved.reference.lower().replace("-", ""))

    assert found is not None
    assert found.declaration == declaration
    assert found.print_state == "completed"
    assert store.declarations.find("AAA-AAA") is None


def test_print_attempts_are_rows_of_their_declaration(store: DeclarationStore) -> None:
    saved = store.declarations.save(make_declaration(), [])
    store.prints.record_print(
        saved.id, "folder", JobState.FAILED, queue="/slips", reason="No space left"
    )
    store.prints.record_print(
        saved.id, "folder", JobState.COMPLETED, queue="/slips", job_id="a.pdf"
    )

    attempts = store.prints.print_attempts(saved.id)

    assert [(a["state"], a["reason"]) for a in attempts] == [
        ("failed", "No space left"),
        ("completed", None),
    ]


def test_the_database_is_wal_full_sync_versioned_and_owner_only(
    store: DeclarationStore,
) -> None:
    store.declarations.save(make_declaration(), [])
    assert rows(store.path, "PRAGMA journal_mode") == [("wal",)]
    assert store.schema_version == len(MIGRATIONS)
    for suffix in ("", "-wal"):
        mode = stat.S_IMODE(Path(f"{store.path}{suffix}").stat().st_mode)
        assert mode == 0o600, f"{suffix or 'database'} is {oct(mode)}"
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_reopening_keeps_the_declarations(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    first = DeclarationStore(path)
    saved = first.declarations.save(make_declaration(), [])
    first.close()

    second = DeclarationStore(path)
    try:
        assert second.declarations.find(saved.reference) is not None
        assert second.moved_aside is None
    finally:
        second.close()


def test_a_damaged_file_is_moved_aside_and_a_fresh_database_started(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(b"this is not a database, it was damaged by a power cut" * 100)

    store = DeclarationStore(path)
    try:
        assert store.moved_aside is not None
        assert store.moved_aside.read_bytes().startswith(b"this is not a database")
        assert store.declarations.save(make_declaration(), []).new
        assert "failed its integrity check" in caplog.text
    finally:
        store.close()


def test_a_newer_schema_is_refused_rather_than_damaged(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")

    with pytest.raises(StoreError, match="schema version 99"):
        DeclarationStore(path)


def test_a_save_that_cannot_be_written_raises_instead_of_pretending(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    store = DeclarationStore(path)
    store.close()
    # The tests run as root, for whom file modes do not stop writes: swap in a read-only
    # connection to stand for an unwritable disk.
    store._db = sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    with pytest.raises(StoreError, match="readonly"):
        store.declarations.save(make_declaration(), [])
    store.close()
    assert rows(path, "SELECT count(*) FROM declarations") == [(0,)]


def test_names_with_quotes_and_markup_round_trip(store: DeclarationStore) -> None:
    declaration = make_declaration(
        session_id="s-odd", last_name="O'Brien'); DROP TABLE x;--", first_name="<b>Zoë</b> & Ünal"
    )
    saved = store.declarations.save(declaration, [])
    found = store.declarations.find(saved.reference)
    assert found is not None
    assert (found.declaration.last_name, found.declaration.first_name) == (
        "O'Brien'); DROP TABLE x;--",
        "<b>Zoë</b> & Ünal",
    )


def test_a_locked_database_is_an_error_not_a_reason_to_start_afresh(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    first = DeclarationStore(path)
    saved = first.declarations.save(make_declaration(), [])
    first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            DeclarationStore(path, busy_timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert not list(tmp_path.glob("*.damaged-*"))
    reopened = DeclarationStore(path)
    try:
        assert reopened.declarations.find(saved.reference) is not None
    finally:
        reopened.close()


def test_two_damaged_files_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    frozen = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    for content in (b"first damaged file" * 200, b"second damaged file" * 200):
        store = DeclarationStore(path, clock=lambda: frozen)
        store.close()
        path.write_bytes(content)
        store = DeclarationStore(path, clock=lambda: frozen)
        store.close()

    kept = sorted(
        p.read_bytes()[:19]
        for p in tmp_path.glob("kiosk.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    )
    assert kept == [b"first damaged filef", b"second damaged file"]


def test_a_database_of_an_older_version_is_migrated_keeping_its_declarations(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(path) as db:  # as the first release left it
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO declarations (session_id, reference, created_at, language, last_name, "
            "first_name, birth_date, answers, questionnaire_version, flags, flag_count) "
            "VALUES ('old', 'ACDEFG', '2026-11-01T09:00:00+00:00', 'fr', 'Peeters', 'An', "
            "'1950-01-02', '{}', 'v0', '[]', 0)"
        )
        db.execute(
            "INSERT INTO print_attempts (declaration_id, backend, state, created_at, updated_at)"
            " VALUES (1, 'folder', 'completed', 'x', 'x')"
        )

    store = DeclarationStore(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        found = store.declarations.find("ACD-EFG")
        assert found is not None and found.declaration.last_name == "Peeters"
        assert store.prints.unprinted() == [
            "ACD-EFG"
        ]  # an old attempt is not known to have printed
    finally:
        store.close()


def test_unprinted_lists_what_reception_must_still_print(store: DeclarationStore) -> None:
    never = store.declarations.save(make_declaration(session_id="never"), [])
    failed = store.declarations.save(make_declaration(session_id="failed"), [])
    store.prints.record_print(failed.id, "cups", JobState.REJECTED, reason="not accepting jobs")
    fixed = store.declarations.save(make_declaration(session_id="fixed"), [])
    store.prints.record_print(fixed.id, "cups", JobState.REJECTED)
    store.prints.record_print(fixed.id, "cups", JobState.COMPLETED, printed=True)

    assert store.prints.unprinted() == [never.reference, failed.reference]


KILLED_WRITER = """
import os, sys
from kiosk.records.store import DeclarationStore
from tests.helpers.declarations import make_declaration
from pathlib import Path
store = DeclarationStore(Path(sys.argv[1]))
for n in range(5):
    store.declarations.save(make_declaration(session_id=f"s{n}"), [])
os._exit(0)  # killed: no close, no checkpoint on the way out
"""


def test_a_damaged_wal_after_a_kill_loses_no_acknowledged_declaration(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()  # the writer died with its WAL on disk
    wal.write_bytes(b"\xde\xad" * (wal.stat().st_size // 2))  # a disk that mangled it

    DeclarationStore(path).close()  # the kiosk starts again on it
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM declarations").fetchone() == (5,)


def test_doctor_notices_a_wal_that_does_not_match(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    wal = path.with_name(path.name + "-wal")
    assert [finding.level for finding in wal_findings(path)] == ["ok"]

    damaged = bytearray(wal.read_bytes())
    damaged[24] ^= 0xFF  # one flipped byte of the header's checksum
    wal.write_bytes(bytes(damaged))

    [finding] = wal_findings(path)
    assert finding.level == "problem" and "checksum" in finding.message
    wal.write_bytes(b"\x00" * 4096)  # a WAL a disk has zeroed
    assert wal_findings(path)[0].level == "problem"


def test_a_save_waiting_for_another_program_s_lock_does_not_hold_up_reads(
    tmp_path: Path,
) -> None:
    store = DeclarationStore(tmp_path / "kiosk.sqlite3", busy_timeout=5)
    shell = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    shell.execute("BEGIN IMMEDIATE")  # IT's sqlite3 shell holds the write lock
    saved: list[object] = []
    saver = threading.Thread(
        target=lambda: saved.append(store.declarations.save(make_declaration(), []))
    )
    saver.start()
    time.sleep(0.3)  # the save is now waiting for the lock

    assert store.declarations.count() == 0  # staff's read is answered meanwhile...
    assert saver.is_alive()  # ...while the save still waits, rather than after it gave up

    shell.execute("COMMIT")
    shell.close()
    saver.join(timeout=10)
    assert saved and store.declarations.count() == 1
    store.close()
