"""`doctor` checks that the kiosk's user can create and write what it needs: the data
folder, the database and its -wal/-shm, the slips folder (issue 16). Never by writing:
by the permission bits, as the kernel applies them to that user."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import Config, load_config
from kiosk.doctor.access import KioskUser, access_findings, folder_problem, kiosk_user, may
from kiosk.doctor.database import database_findings
from kiosk.doctor.findings import Finding
from kiosk.records.store import DeclarationStore

NOBODY = 65534
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give files to another user")


def configured(data_dir: str, *more: str) -> Config:
    return load_config(None, (f"kiosk.data_dir={data_dir!r}".replace("'", '"'), *more), environ={})


def problems(findings: list[Finding]) -> list[str]:
    return [finding.message for finding in findings if finding.level == "problem"]


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A folder another user can go through (pytest's own tmp_path is root's, 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="doctor-access-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def stranger(uid: int = NOBODY) -> KioskUser:
    return KioskUser(uid, frozenset({uid}), "someone", current=False)


def test_dev_null_as_the_data_folder_is_a_problem_naming_it() -> None:
    found = problems(access_findings(configured("/dev/null", "printer.backend=folder")))
    assert found and "/dev/null is not a folder" in found[0]


def test_a_relative_data_folder_is_a_problem_saying_where_it_leads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    climb = "../" * (len(tmp_path.parts) + 3) + "kiosk-data"

    found = problems(access_findings(configured(climb)))

    assert any("kiosk.data_dir" in message and "relative" in message for message in found)
    assert any("/kiosk-data" in message and "absolute path" in message for message in found)


def test_a_good_data_folder_is_ok(tmp_path: Path) -> None:
    DeclarationStore(tmp_path / "data" / "kiosk.sqlite3").close()
    findings = access_findings(configured(str(tmp_path / "data"), "printer.backend=folder"))
    assert problems(findings) == []
    assert [finding.area for finding in findings] == ["access"]


def test_permission_bits_are_read_as_the_kernel_does(tmp_path: Path) -> None:
    owned = tmp_path / "file"
    owned.write_bytes(b"")
    owned.chmod(0o644)
    mine = os.stat(owned).st_uid
    assert may(owned, stranger(mine), os.R_OK | os.W_OK)  # the owner's bits
    other = stranger(mine + 1)
    assert may(owned, other, os.R_OK) and not may(owned, other, os.W_OK)  # the others' bits
    group = KioskUser(mine + 1, frozenset({os.stat(owned).st_gid}), "member", current=False)
    owned.chmod(0o664)
    assert may(owned, group, os.W_OK) and not may(owned, other, os.W_OK)


@as_root
def test_a_root_owned_0644_database_is_a_problem_for_the_kiosks_user(open_tmp: Path) -> None:
    """As root everything is writable; the data folder's owner (the service user) is
    the one that must write the database."""
    data = open_tmp / "data"
    DeclarationStore(data / "kiosk.sqlite3").close()
    (data / "kiosk.sqlite3").chmod(0o644)
    os.chown(data, NOBODY, -1)

    assert kiosk_user(data).uid == NOBODY
    found = problems(access_findings(configured(str(data), "printer.backend=folder")))

    assert len(found) == 1
    assert str(data / "kiosk.sqlite3") in found[0] and "cannot read and write" in found[0]
    assert "owned by root, mode 0644" in found[0] and "chown" in found[0]


@as_root
def test_a_wal_left_by_a_command_run_as_root_is_a_problem(open_tmp: Path) -> None:
    data = open_tmp / "data"
    DeclarationStore(data / "kiosk.sqlite3").close()
    for path in (data, data / "kiosk.sqlite3"):
        os.chown(path, NOBODY, -1)
    wal = data / "kiosk.sqlite3-wal"
    wal.write_bytes(b"")
    wal.chmod(0o600)

    found = problems(access_findings(configured(str(data), "printer.backend=folder")))

    assert len(found) == 1 and f"{wal}: " in found[0]


@as_root
def test_an_unwritable_slips_folder_is_a_problem(open_tmp: Path) -> None:
    data = open_tmp / "data"
    DeclarationStore(data / "kiosk.sqlite3").close()
    for path in (data, data / "kiosk.sqlite3"):
        os.chown(path, NOBODY, -1)
    (data / "slips").mkdir(mode=0o555)

    found = problems(access_findings(configured(str(data), "printer.backend=folder")))
    cups_only = access_findings(configured(str(data), "printer.backend=cups"))

    assert len(found) == 1 and "slips folder" in found[0] and "cannot write in it" in found[0]
    assert problems(cups_only) == []  # slips only go to CUPS: the folder is never used


def test_a_data_folder_the_kiosks_user_cannot_create_is_a_problem(open_tmp: Path) -> None:
    (open_tmp / "var").mkdir(mode=0o755)
    owner = os.stat(open_tmp / "var").st_uid

    found = folder_problem(open_tmp / "var" / "kiosk", stranger(owner + 1), "data folder")

    assert found is not None
    assert f"cannot create it in {open_tmp / 'var'}" in found
    assert f"install -d -o someone -m 0700 {open_tmp / 'var' / 'kiosk'}" in found


def test_a_question_mark_in_the_path_reads_the_right_file_and_creates_none(
    tmp_path: Path,
) -> None:
    data = tmp_path / "a?b#c"
    store = DeclarationStore(data / "kiosk.sqlite3")
    store.close()

    findings = database_findings(data / "kiosk.sqlite3")

    assert findings[0].level == "ok" and str(data) in findings[0].message
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a?b#c"]


def test_a_folder_doctor_itself_cannot_look_into_is_a_problem_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run as a user who may not even look (Path.exists raises on EACCES)."""
    data = tmp_path / "closed" / "data"

    def refuse(path: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "exists", refuse)
    findings = access_findings(configured(str(data)))

    assert [finding.level for finding in findings] == ["problem"]
    assert f"cannot look at {data} as " in findings[0].message
    assert (
        "(Permission denied)" in findings[0].message and "run doctor as root" in findings[0].message
    )
