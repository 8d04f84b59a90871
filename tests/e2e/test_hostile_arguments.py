"""The command line given what it cannot use (issue 16): exit 2 (or the documented
code) with a message naming the key or argument, the value and what was expected;
never a traceback. `doctor` finds a data folder the kiosk could not write."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kiosk.records.store import DeclarationStore
from tests.helpers.declarations import make_declaration

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run_main(
    *arguments: str, env: dict[str, str] | None = None, file_size_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # no file the command writes may grow past this
        if file_size_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, str(MAIN), *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        preexec_fn=limit,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str, code: int = 2) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = DeclarationStore(folder / "kiosk.sqlite3")
    for number in range(40):  # a database of some size, for the backup that runs out
        store.declarations.save(
            make_declaration(session_id=f"s{number}", last_name="Peeters" * 7), []
        )
    store.close()
    return folder


def at(data: Path) -> tuple[str, ...]:
    return ("--set", f'kiosk.data_dir="{data}"', "--set", "printer.backend=folder")


def test_a_deeply_nested_config_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\nhospital_name = " + "[" * 3000 + "]" * 3000 + "\n")
    refused(run_main("check-config", "--config", str(config)), str(config), "too deeply")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("command", ["list", "export"])
def test_a_day_at_the_end_of_the_calendar_is_refused(data: Path, command: str, day: str) -> None:
    result = run_main(command, "--date", day, *at(data), env={"TZ": "Europe/Brussels"})
    refused(result, "--date", repr(day), "expected a day from 1900-01-01 to 9999-12-30")


def test_a_missing_resources_dir_is_refused_naming_the_key(data: Path, tmp_path: Path) -> None:
    for command in ("doctor", "languages", "list", "run"):
        result = run_main(command, *at(data), "--set", f'kiosk.resources_dir="{tmp_path}/none"')
        refused(result, "kiosk.resources_dir", f"{tmp_path}/none", "copy of resources/")


def test_a_nul_byte_in_the_data_folder_is_refused_naming_the_key() -> None:
    for command in ("doctor", "list", "backup"):
        arguments = [command, "--set", 'kiosk.data_dir="/var/lib/a\\u0000b"']
        result = run_main(*arguments, *(["/tmp/x"] if command == "backup" else []))
        refused(result, "kiosk.data_dir", "'/var/lib/a\\x00b'", "without control characters")


def test_backup_where_nothing_can_be_written_is_refused(data: Path) -> None:
    refused(run_main("backup", "/proc/x", *at(data)), "/proc/x", "cannot write there")
    assert not Path("/proc/x").exists()


def test_backup_to_an_existing_file_is_refused_with_exit_2(data: Path, tmp_path: Path) -> None:
    existing = tmp_path / "kept.sqlite3"
    existing.write_bytes(b"yesterday's backup")
    folder = tmp_path / "backups"
    folder.mkdir()

    refused(run_main("backup", str(existing), *at(data)), str(existing), "nothing overwritten")
    refused(run_main("backup", str(folder), *at(data)), str(folder), "is a folder")
    assert existing.read_bytes() == b"yesterday's backup"


def test_a_backup_that_runs_out_of_room_leaves_no_file_at_all(data: Path, tmp_path: Path) -> None:
    """The copy fails half way (here: the file-size limit, as a full disk would): no
    0-byte or half file may sit there named like a good backup."""
    target = tmp_path / "backups" / "kiosk-1.sqlite3"
    target.parent.mkdir()
    size = (data / "kiosk.sqlite3").stat().st_size
    live = DeclarationStore(data / "kiosk.sqlite3")  # the kiosk runs: -wal, -shm there
    try:
        result = run_main("backup", str(target), *at(data), file_size_limit=size // 2)
    finally:
        live.close()

    refused(result, str(target), "nothing written")
    assert list(target.parent.iterdir()) == []


def test_a_good_backup_is_checked_and_owner_only(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "kiosk-1.sqlite3"
    result = run_main("backup", str(target), *at(data))

    assert result.returncode == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM declarations").fetchone() == (40,)
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_doctor_finds_dev_null_as_the_data_folder(tmp_path: Path) -> None:
    result = run_main("doctor", *at(Path("/dev/null")))
    assert result.returncode == 1 and "No problem found" not in result.stdout
    assert "/dev/null is not a folder" in result.stdout


def test_doctor_finds_a_relative_data_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(MAIN), "doctor", *at(Path("../" * 12 + "kiosk"))],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1, result.stdout
    assert "relative to the folder the kiosk starts in (here /kiosk)" in result.stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the folder to another user")
def test_doctor_finds_a_root_owned_database_the_kiosks_user_cannot_write(data: Path) -> None:
    """doctor run as root (as IT does): root writes anywhere, the service user owning the
    data folder does not."""
    top = Path(tempfile.mkdtemp(prefix="doctor-e2e-"))
    try:
        top.chmod(0o755)
        folder = top / "data"
        shutil.copytree(data, folder)
        (folder / "kiosk.sqlite3").chmod(0o644)
        os.chown(folder, 65534, -1)  # nobody: the kiosk's user here

        result = run_main("doctor", *at(folder))
    finally:
        shutil.rmtree(top)

    assert result.returncode == 1 and "No problem found" not in result.stdout
    line = next(line for line in result.stdout.splitlines() if "cannot read and write" in line)
    assert line.startswith("FAIL") and f"{folder}/kiosk.sqlite3" in line and "chown" in line
