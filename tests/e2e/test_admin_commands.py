"""The IT command line, run as IT runs it: `python main.py <command>` on a real data folder."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.job_state import JobState
from kiosk.records.store import DeclarationStore
from kiosk.staff.access import Role, pin_matches
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration

MAIN = Path(__file__).resolve().parents[2] / "main.py"
COMMANDS = (
    "backup",
    "run",
    "check-config",
    "doctor",
    "languages",
    "translation-pack",
    "language-reviewed",
    "set-pin",
    "unlock-staff",
    "list",
    "show",
    "reprint",
    "purge",
    "export",
    "outbox",
    "fhir",
)


@dataclass
class DataFolder:
    path: Path
    flagged: str  # references
    all_no: str
    old: str

    @property
    def database(self) -> Path:
        return self.path / "kiosk.sqlite3"

    def run(self, *arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                str(MAIN),
                *arguments,
                "--set",
                f'kiosk.data_dir="{self.path}"',
                "--set",
                "printer.backend=folder",
            ],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.database) as db:
            return db.execute(sql).fetchall()


@pytest.fixture
def data(tmp_path: Path) -> Iterator[DataFolder]:
    # Today at 10:00 local time, whatever the time now: a run at 00:01 must not find
    # "today's" declarations made yesterday.
    now = datetime.combine(datetime.now().date(), time(10)).astimezone().astimezone(UTC)
    store = DeclarationStore(tmp_path / "data" / "kiosk.sqlite3")
    flagged = store.declarations.save(
        make_declaration(
            session_id="flagged",
            last_name="Peeters",
            first_name="An",
            submitted_at=now - timedelta(minutes=5),
        ),
        ["anticoagulants", "diabetes"],
    )
    all_no = store.declarations.save(
        make_declaration(
            session_id="no",
            last_name="=HYPERLINK(1)",
            first_name="Jan",
            answers=ALL_NO_ANSWERS,
            submitted_at=now - timedelta(minutes=2),
        ),
        [],
    )
    store.prints.record_print(all_no.id, "cups", JobState.COMPLETED, printed=True, queue="receipt")
    old = store.declarations.save(
        make_declaration(
            session_id="old", last_name="Oldmarker", submitted_at=now - timedelta(days=30)
        ),
        [],
    )
    store.close()
    yield DataFolder(tmp_path / "data", flagged.reference, all_no.reference, old.reference)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = subprocess.run(
        [sys.executable, str(MAIN), command, "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert f"radiology-kiosk {command}" in result.stdout and "--config" in result.stdout


def test_list_shows_today_newest_first_with_initials_only(data: DataFolder) -> None:
    result = data.run("list")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert data.all_no in lines[1] and "printed (completed)" in lines[1]
    assert data.flagged in lines[2] and "P. A." in lines[2] and "2 !" in lines[2]
    assert "NOT PRINTED" in lines[2]
    assert "Peeters" not in result.stdout  # a list over a shoulder shows no names
    assert data.old not in result.stdout


def test_list_filters_and_json(data: DataFolder) -> None:
    flagged = json.loads(data.run("list", "--flagged", "--json").stdout)
    unprinted = json.loads(data.run("list", "--unprinted", "--json").stdout)
    old_day = (datetime.now().astimezone() - timedelta(days=30)).date().isoformat()
    old = json.loads(data.run("list", "--date", old_day, "--json").stdout)

    assert [row["reference"] for row in flagged] == [data.flagged]
    assert flagged[0]["flags"] == ["anticoagulants", "diabetes"]
    assert [row["reference"] for row in unprinted] == [data.flagged]
    assert [row["reference"] for row in old] == [data.old]


def test_a_bad_date_is_refused_saying_what_is_expected(data: DataFolder) -> None:
    result = data.run("list", "--date", "27/11/2026")

    assert result.returncode == 2
    assert "'27/11/2026'" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_show_prints_the_answers_in_the_staff_language_with_flags(data: DataFolder) -> None:
    result = data.run("show", data.flagged)

    assert result.returncode == 0, result.stderr
    assert "PEETERS An" in result.stdout and "born 03/04/1958 (" in result.stdout
    flagged = [line for line in result.stdout.splitlines() if line.startswith("!!")]
    # the slip's clinical words, one line per drug with its own last dose as a date
    assert "!! Anticoagulants / antiagrégants plaquettaires: Oui" in flagged
    today = datetime.now().date()
    aspirin = next(line for line in result.stdout.splitlines() if "(Asaflow" in line)
    assert "Arrêt demandé: Non" in aspirin and f"{today:%d/%m/%Y}" in aspirin
    apixaban = next(line for line in result.stdout.splitlines() if "Apixaban (Eliquis)" in line)
    assert f"{today - timedelta(days=3):%d/%m/%Y}" in apixaban  # "3 days ago", as a date
    assert "never sent to a printer" in result.stdout
    assert data.rows("SELECT role, action, reference FROM audit WHERE action = 'show'") == [
        ("it", "show", data.flagged)
    ]


def test_show_gives_print_attempts_in_local_time(data: DataFolder) -> None:
    result = data.run("show", data.all_no)

    [attempt] = [line for line in result.stdout.splitlines() if "cups receipt" in line]
    stamp = attempt.split("  ")[1]
    stored = data.rows("SELECT created_at FROM print_attempts")[0][0]
    local = datetime.fromisoformat(str(stored)).astimezone()
    assert stamp == f"{local:%Y-%m-%d %H:%M:%S}"  # as the slip's time, not UTC


def test_show_json_and_a_missing_reference(data: DataFolder) -> None:
    shown = json.loads(data.run("show", data.all_no.lower(), "--json").stdout)
    missing = data.run("show", "AAA-AAA")

    assert shown["reference"] == data.all_no and shown["flags"] == []
    assert shown["print_attempts"][0]["state"] == "completed"
    assert missing.returncode == 3
    assert "'AAA-AAA'" in missing.stderr and "list" in missing.stderr


def test_reprint_writes_a_new_attempt_and_a_slip(data: DataFolder) -> None:
    result = data.run("reprint", data.flagged)

    assert result.returncode == 0, result.stderr
    assert data.flagged in result.stdout
    assert len(list((data.path / "slips").glob("*.pdf"))) == 1
    assert data.rows("SELECT backend, state FROM print_attempts ORDER BY id DESC LIMIT 1") == [
        ("folder", "completed")
    ]
    assert data.run("reprint", "AAA-AAA").returncode == 3


def test_purge_deletes_only_what_is_older_than_the_retention(data: DataFolder) -> None:
    result = data.run("purge", "--older-than", "7")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 declaration(s)")
    assert data.rows("SELECT count(*) FROM declarations") == [(2,)]
    assert all(b"Oldmarker" not in file.read_bytes() for file in data.path.iterdir())
    assert data.run("purge", "--older-than", "0").returncode == 2


def test_export_csv_neutralises_formulas_and_json_round_trips(data: DataFolder) -> None:
    exported = data.run("export", "--format", "csv")
    as_json = json.loads(data.run("export", "--format", "json").stdout)

    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [row["reference"] for row in rows] == [data.old, data.flagged, data.all_no]
    assert rows[2]["last_name"] == "'=HYPERLINK(1)"  # shown as text, never run
    assert json.loads(rows[1]["answers"])["anticoagulants"] == "yes"
    # the slip's words, one drug per entry with its own last dose as a date
    assert "!! Anticoagulants / antiagrégants plaquettaires: Oui" in rows[1]["answers_text"]
    today = datetime.now().date()
    aspirin = "Acide acétylsalicylique (Asaflow, Cardioaspirine, Aspirine)"
    assert f"{aspirin}: Arrêt demandé: Non — Dernière prise: " in rows[1]["answers_text"]
    assert f"{today:%d/%m/%Y}" in rows[1]["answers_text"]
    assert [record["last_name"] for record in as_json] == ["Oldmarker", "Peeters", "=HYPERLINK(1)"]
    # local time, with its offset, as the slip prints it
    created = datetime.fromisoformat(as_json[1]["created_at"])
    assert created.utcoffset() == datetime.now().astimezone().utcoffset()
    assert data.rows("SELECT count(*) FROM audit WHERE action = 'export'") == [(2,)]


def test_set_pin_from_a_script_stores_only_a_hash(data: DataFolder) -> None:
    result = data.run("set-pin", "--role", "staff", stdin="246813\n")
    bad = data.run("set-pin", "--role", "it", stdin="12ab\n")

    assert result.returncode == 0, result.stderr
    assert bad.returncode == 2 and "6 to 12 digits" in bad.stderr
    store = DeclarationStore(data.database)
    try:
        stored = store.staff.pin(Role.STAFF)
        assert stored is not None and pin_matches("246813", stored)
        assert store.staff.pin(Role.IT) is None
    finally:
        store.close()
    assert b"246813" not in data.database.read_bytes()


def test_doctor_is_clean_on_a_good_kiosk_and_warns_without_a_pin(data: DataFolder) -> None:
    before = sorted(path.name for path in data.path.iterdir())
    result = data.run("doctor")

    # doctor changes nothing: not even a -wal or -shm beside a stopped kiosk's database
    assert sorted(path.name for path in data.path.iterdir()) == before

    assert result.returncode == 0, result.stdout
    assert "integrity ok, 3 declaration(s)" in result.stdout
    assert "no staff PIN" in result.stdout
    findings = json.loads(data.run("doctor", "--json").stdout)
    assert {finding["area"] for finding in findings} >= {
        "database",
        "schema",
        "disk",
        "printer",
        "fonts",
        "languages",
        "display",
    }


def test_doctor_reports_a_damaged_database_and_changes_nothing(data: DataFolder) -> None:
    with data.database.open("r+b") as file:
        file.seek(4096)  # inside the first table page, past the header
        file.write(b"\xff" * 4096)
    before = data.database.read_bytes()

    result = data.run("doctor")

    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if " database " in line)
    assert line.startswith("FAIL") and "backup" in line
    assert data.database.read_bytes() == before  # doctor never moves it aside


def test_check_config_names_each_value_and_its_source(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[slip]\npaper = "a4"\n', encoding="utf-8")

    result = subprocess.run(
        [
            sys.executable,
            str(MAIN),
            "check-config",
            "--config",
            str(config),
            "--set",
            "printer.copies=2",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    settings = {row["key"]: row for row in json.loads(result.stdout)}
    assert settings["slip.paper"] == {"key": "slip.paper", "value": "a4", "source": str(config)}
    assert settings["printer.copies"]["source"] == "--set"
    assert settings["retention.days"] == {"key": "retention.days", "value": 7, "source": "default"}


def test_settings_before_and_after_the_command_both_count(data: DataFolder) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(MAIN),
            "--set",
            f'kiosk.data_dir="{data.path}"',
            "list",
            "--set",
            "printer.backend=folder",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2  # today's two, from the data folder given first


def test_commands_never_move_a_damaged_database_aside(data: DataFolder) -> None:
    with data.database.open("r+b") as file:
        file.seek(4096)
        file.write(b"\xff" * 4096)

    for command in (("show", data.flagged), ("list",), ("export",)):
        result = data.run(*command)
        assert result.returncode == 4, (command, result.stdout)
        assert "damaged" in result.stderr and "doctor" in result.stderr
    assert [path.name for path in data.path.glob("*damaged*")] == []


def test_a_data_folder_that_is_a_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = subprocess.run(
        [sys.executable, str(MAIN), "list", "--set", f'kiosk.data_dir="{blocker}"'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 4
    assert "cannot open the database" in result.stderr and "Traceback" not in result.stderr


def test_purge_refuses_absurd_periods_and_deletes_old_slip_files(data: DataFolder) -> None:
    slips = data.path / "slips"
    slips.mkdir()
    old, new = slips / "old-K7F-3QX.pdf", slips / "new-K7F-3QY.pdf"
    for path in (old, new):
        path.write_bytes(b"%PDF-1.4")
    month_ago = (datetime.now() - timedelta(days=30)).timestamp()
    os.utime(old, (month_ago, month_ago))

    too_long = data.run("purge", "--older-than", "99999999")
    result = data.run("purge", "--older-than", "7")

    assert too_long.returncode == 2 and "1 to 3650" in too_long.stderr
    assert result.returncode == 0, result.stderr
    assert "1 slip file(s)" in result.stdout
    assert not old.exists() and new.exists()


def test_the_same_pin_cannot_serve_two_roles(data: DataFolder) -> None:
    assert data.run("set-pin", "--role", "it", stdin="123456\n").returncode == 0
    result = data.run("set-pin", "--role", "staff", stdin="123456\n")

    assert result.returncode == 2 and "it role" in result.stderr


def test_a_closed_pipe_ends_quietly(data: DataFolder) -> None:
    """`export | head`: the reader is gone before the kiosk writes."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [
                sys.executable,
                str(MAIN),
                "export",
                "--format",
                "json",
                "--set",
                f'kiosk.data_dir="{data.path}"',
            ],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert "Traceback" not in result.stderr and result.returncode == 0


def test_backup_copies_the_live_database_and_never_overwrites(
    data: DataFolder, tmp_path: Path
) -> None:
    live = DeclarationStore(data.database)  # the kiosk is running meanwhile
    try:
        result = data.run("backup", str(tmp_path / "backups" / "kiosk-1.sqlite3"))
        again = data.run("backup", str(tmp_path / "backups" / "kiosk-1.sqlite3"))
    finally:
        live.close()

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 declaration(s) copied")
    copy = tmp_path / "backups" / "kiosk-1.sqlite3"
    assert copy.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM declarations").fetchone() == (3,)
    assert again.returncode == 2 and "nothing overwritten" in again.stderr  # a bad argument
