"""IT's commands about the hospital's record, run as IT runs them: `python main.py
outbox list|retry|drop`, `fhir questionnaire`, and what `check-config`, `doctor` and
`purge` say of it, on a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.records.store import DeclarationStore
from tests.helpers.declarations import make_declaration

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@dataclass
class Folder:
    path: Path
    waiting: str
    parked: str
    old: str  # older than the retention period, not in the record yet

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                str(MAIN),
                *arguments,
                "--set",
                f'kiosk.data_dir="{self.path}"',
                "--set",
                "printer.backend=folder",
                "--set",
                f'fhir.folder="{self.path / "inbox"}"',
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    now = datetime.now(UTC)
    store = DeclarationStore(tmp_path / "data" / "kiosk.sqlite3")
    saves = [
        store.declarations.save(
            make_declaration(session_id=name, submitted_at=now - age), [], None, "folder"
        )
        for name, age in (
            ("waiting", timedelta(minutes=5)),
            ("parked", timedelta(minutes=3)),
            ("old", timedelta(days=30)),
        )
    ]
    store.outbox.park(saves[1].id, "422", "Patient.birthDate: date in the future")
    store.close()
    yield Folder(tmp_path / "data", *(saved.reference for saved in saves))


def test_outbox_list_says_what_waits_and_why_one_was_refused(folder: Folder) -> None:
    result = folder.run("outbox", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(folder.waiting in line and "waiting" in line for line in lines)
    assert any(
        folder.parked in line and "parked: Patient.birthDate: date in the future" in line
        for line in lines
    )
    rows = json.loads(folder.run("outbox", "list", "--json").stdout)
    assert {row["reference"]: row["state"] for row in rows} == {
        folder.waiting: "waiting",
        folder.parked: "parked",
        folder.old: "waiting",
    }


def test_outbox_retry_sends_a_parked_declaration_again(folder: Folder) -> None:
    result = folder.run("outbox", "retry", folder.parked)
    assert result.returncode == 0, result.stderr
    assert "sent again" in result.stdout
    rows = json.loads(folder.run("outbox", "list", "--json").stdout)
    assert {row["state"] for row in rows} == {"waiting"}
    assert folder.run("outbox", "retry", "AAA-AAA").returncode == 3


def test_outbox_retry_all_sends_every_parked_declaration_again(folder: Folder) -> None:
    result = folder.run("outbox", "retry", "--all")
    assert result.returncode == 0, result.stderr
    assert "1 parked declaration(s) sent again" in result.stdout
    assert "parked" not in folder.run("outbox", "list").stdout


def test_purge_keeps_an_undelivered_declaration_until_it_is_dropped(folder: Folder) -> None:
    result = folder.run("purge")
    assert result.returncode == 0, result.stderr
    assert "1 declaration(s) kept: the hospital's record does not have them yet" in result.stdout
    doctor = folder.run("doctor")
    assert "older than retention.days kept" in doctor.stdout
    assert "refused by the record (parked)" in doctor.stdout
    assert folder.run("show", folder.old).returncode == 0
    dropped = folder.run("outbox", "drop", folder.old)
    assert dropped.returncode == 0, dropped.stderr
    assert folder.run("show", folder.old).returncode == 3


def test_fhir_questionnaire_prints_the_questionnaire(folder: Folder) -> None:
    result = folder.run("fhir", "questionnaire")
    assert result.returncode == 0, result.stderr
    questionnaire = json.loads(result.stdout)
    assert questionnaire["resourceType"] == "Questionnaire"
    assert questionnaire["item"][0]["linkId"] == "for_whom"


def test_check_config_refuses_a_token_file_others_can_read(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("secret\n")
    token.chmod(0o644)
    result = subprocess.run(
        [
            sys.executable,
            str(MAIN),
            "check-config",
            "--set",
            'fhir.base_url="https://record.example/fhir"',
            "--set",
            f'fhir.token_file="{token}"',
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"fhir.token_file = '{token}': readable by others (mode 0644)" in result.stderr
    assert "chmod 600" in result.stderr
