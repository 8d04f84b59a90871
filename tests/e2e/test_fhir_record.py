"""Declarations reach the hospital's record: a real FHIR R4 server of the test's own
(sekmet-fhir, tests/helpers/fhir_server.py), read back as the record system reads it.
Nothing here is a mock: the server is down when it is stopped, refuses what it refuses,
and keeps what it was sent."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.assembly import Kiosk, build_kiosk, build_outbox
from kiosk.config import load_config
from kiosk.patient.declaration import Outcome
from kiosk.records.outbox import OutboxState
from kiosk.resources import resource_path
from kiosk.services.outbox import OutboxSender
from tests.helpers.declarations import make_declaration
from tests.helpers.faulty_proxy import FAULTS, FaultyProxy
from tests.helpers.fhir_server import TOKEN, FhirServer, fhir_server_available

pytestmark = pytest.mark.e2e
RESOURCES = resource_path()


@pytest.fixture
def record(tmp_path: Path) -> Iterator[FhirServer]:
    reason = fhir_server_available()
    if reason is not None:
        pytest.fail(reason)
    with FhirServer(tmp_path / "record") as server:
        yield server


@dataclass
class LaterClock:
    """The real time, plus the seconds a test lets pass without waiting for them."""

    shift: timedelta = field(default_factory=timedelta)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.shift

    def advance(self, seconds: float) -> None:
        self.shift += timedelta(seconds=seconds)


@dataclass
class KioskWithRecord:
    kiosk: Kiosk
    sender: OutboxSender
    clock: LaterClock

    def submit(self, number: int) -> str:
        declaration = make_declaration(
            session_id=f"session-{number}", submitted_at=datetime.now(UTC)
        )
        result = self.kiosk.service.submit(declaration)
        assert result.outcome is not Outcome.NOT_SAVED and result.reference
        return result.reference

    def send_until_done(self, rounds: int = 40) -> None:
        """Rounds of the sender, the clock moved past each wait, until none waits."""
        for _ in range(rounds):
            self.sender.send_due()
            if not self.kiosk.store.outbox.entries((OutboxState.WAITING,)):
                return
            self.clock.advance(3600)
        raise AssertionError("declarations still waiting")

    def state(self, reference: str) -> OutboxState:
        return self.kiosk.store.outbox.states([reference])[reference].state


def token_file(folder: Path, mode: int = 0o600) -> Path:
    path = folder / "record-token"
    path.write_text(TOKEN + "\n")
    path.chmod(mode)
    return path


@pytest.fixture
def kiosk_for(tmp_path: Path) -> Iterator[object]:
    built: list[KioskWithRecord] = []

    def make(*overrides: str) -> KioskWithRecord:
        config = load_config(
            overrides=[
                f'kiosk.data_dir="{tmp_path / "data"}"',
                "printer.backend=folder",
                "kiosk.id=ir-waiting-2",
                "fhir.timeout_seconds=3",
                # sekmet-fhir cannot search QuestionnaireResponse by identifier, which the
                # conditional create needs (tests/e2e/test_medplum_record.py tests that)
                'fhir.create="put"',
                *overrides,
            ],
            environ={},
        )
        kiosk = build_kiosk(config)
        clock = LaterClock()
        sender = build_outbox(config, kiosk.questionnaire, kiosk.content, kiosk.store, clock)
        assert sender is not None
        built.append(KioskWithRecord(kiosk, sender, clock))
        return built[-1]

    yield make
    for made in built:
        made.sender.close()
        made.kiosk.close()


def to_server(server: FhirServer, folder: Path, mode: int = 0o600) -> tuple[str, str]:
    return f'fhir.base_url="{server.base_url}"', f'fhir.token_file="{token_file(folder, mode)}"'


def test_a_declaration_arrives_once_with_its_answers_and_its_slip(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    kiosk = kiosk_for(*to_server(record, tmp_path))
    reference = kiosk.submit(1)
    assert kiosk.state(reference) is OutboxState.WAITING  # saved with the declaration
    kiosk.send_until_done()
    assert kiosk.state(reference) is OutboxState.DELIVERED

    [response] = record.search("QuestionnaireResponse")
    assert response["identifier"]["value"] == f"ir-waiting-2/{reference}"
    assert response["contained"][0]["name"][0]["family"] == "Lefèvre"
    anticoagulants = next(i for i in response["item"] if i["linkId"] == "anticoagulants")
    drugs = anticoagulants["answer"][0]["item"][0]
    assert {a["valueCoding"]["code"] for a in drugs["answer"]} == {"apixaban", "aspirin"}
    apixaban = next(a for a in drugs["answer"] if a["valueCoding"]["code"] == "apixaban")
    assert {i["linkId"] for i in apixaban["item"]} == {
        "anticoagulant_told_to_stop",
        "anticoagulant_last_dose",
    }
    [slip] = record.search("DocumentReference", identifier=f"ir-waiting-2/{reference}/slip")
    pdf = base64.b64decode(slip["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF")
    assert slip["context"]["related"][0]["reference"].endswith(response["id"])
    [device] = record.search("Device")
    assert device["identifier"][0]["value"] == "ir-waiting-2"
    # the Questionnaire it answers was published there first
    url, version = response["questionnaire"].split("|")
    [questionnaire] = record.search("Questionnaire", url=url)
    assert questionnaire["version"] == version == kiosk.kiosk.questionnaire.version


def test_a_send_repeated_after_a_lost_answer_makes_no_second_copy(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    kiosk = kiosk_for(*to_server(record, tmp_path))
    reference = kiosk.submit(1)
    kiosk.send_until_done()
    # The kiosk killed after the server took it, before the row said so: sent again.
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as db:
        db.execute("UPDATE outbox SET state = 'waiting'")
    kiosk.send_until_done()
    assert kiosk.state(reference) is OutboxState.DELIVERED
    assert record.count("QuestionnaireResponse") == 1
    assert record.count("DocumentReference") == 1


def test_twenty_declarations_made_while_the_server_is_down_each_arrive_once(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    kiosk = kiosk_for(*to_server(record, tmp_path))
    record.stop()
    references = [kiosk.submit(number) for number in range(20)]
    first = kiosk.sender.send_due()
    assert first.delivered == 0 and first.problem and "connect" in first.problem
    assert all(kiosk.state(reference) is OutboxState.WAITING for reference in references)
    record.start()
    kiosk.send_until_done()
    assert all(kiosk.state(reference) is OutboxState.DELIVERED for reference in references)
    found = {r["identifier"]["value"] for r in record.search("QuestionnaireResponse", _count="100")}
    assert found == {f"ir-waiting-2/{reference}" for reference in references}
    assert record.count("QuestionnaireResponse") == 20


def test_a_refusal_parks_the_declaration_with_the_servers_words_until_it_retries(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    # A base URL one level too deep: the server answers 400 with an OperationOutcome.
    wrong = f'fhir.base_url="{record.base_url}/Patient"'
    kiosk = kiosk_for(wrong, to_server(record, tmp_path)[1])
    reference = kiosk.submit(1)
    kiosk.sender.send_due()
    entry = kiosk.kiosk.store.outbox.states([reference])[reference]
    assert entry.state is OutboxState.PARKED
    assert entry.last_status is not None and entry.last_status.startswith("4")
    assert entry.reason and "Bundle" in entry.reason
    kiosk.clock.advance(86400)
    kiosk.sender.send_due()  # parked: not sent again by itself
    assert kiosk.state(reference) is OutboxState.PARKED
    assert record.count("QuestionnaireResponse") == 0


def test_a_token_file_others_can_read_is_refused_and_nothing_is_sent(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    kiosk = kiosk_for(*to_server(record, tmp_path, mode=0o644))
    reference = kiosk.submit(1)
    result = kiosk.sender.send_due()
    assert result.problem and "readable by others" in result.problem
    assert "chmod 600" in result.problem
    assert kiosk.state(reference) is OutboxState.WAITING
    assert record.count("QuestionnaireResponse") == 0


def test_the_folder_target_writes_one_whole_bundle_per_declaration(
    kiosk_for, tmp_path: Path
) -> None:
    folder = tmp_path / "engine-inbox"
    kiosk = kiosk_for(f'fhir.folder="{folder}"')
    references = [kiosk.submit(number) for number in range(3)]
    kiosk.send_until_done()
    bundles = sorted(folder.glob("kiosk-*.json"))
    assert len(bundles) == 3
    assert not list(folder.glob(".*"))  # no half-written file left beside them
    for path in bundles:
        bundle = json.loads(path.read_text(encoding="utf-8"))
        assert bundle["resourceType"] == "Bundle" and bundle["type"] == "transaction"
    assert [p.name for p in folder.glob("Questionnaire-*.json")]
    assert all(kiosk.state(reference) is OutboxState.DELIVERED for reference in references)


def test_a_purge_keeps_what_the_record_does_not_have_and_says_so(kiosk_for, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "not-a-folder"
    not_a_folder.write_text("a file where the engine's folder should be")
    kiosk = kiosk_for(f'fhir.folder="{not_a_folder}"')
    reference = kiosk.submit(1)
    kiosk.sender.send_due()
    purged = kiosk.kiosk.store.declarations.purge_checked(datetime.now(UTC) + timedelta(days=1))
    assert purged.removed == 0 and purged.kept == 1
    assert kiosk.kiosk.store.declarations.find(reference) is not None
    actions = [entry.action for entry in kiosk.kiosk.store.audit.entries()]
    assert "purge-kept" in actions


@pytest.mark.parametrize("fault", FAULTS)
def test_a_send_that_fails_on_the_way_is_tried_again_and_arrives_once(
    record: FhirServer, kiosk_for, tmp_path: Path, fault: str
) -> None:
    with FaultyProxy(record.port) as proxy:
        token = to_server(record, tmp_path)[1]
        kiosk = kiosk_for(f'fhir.base_url="{proxy.base_url()}"', token, "fhir.timeout_seconds=1")
        reference = kiosk.submit(1)
        proxy.faults.extend([fault, fault, fault])  # the Questionnaire, then the declaration
        kiosk.send_until_done()
        entry = kiosk.kiosk.store.outbox.states([reference])[reference]
        assert entry.state is OutboxState.DELIVERED
        assert entry.attempts >= 2  # it failed at least once before
        assert proxy.seen[:3] == [fault] * 3
    assert record.count("QuestionnaireResponse") == 1
    assert record.count("DocumentReference") == 1


def test_a_kiosk_killed_mid_send_delivers_once_after_its_restart(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    with FaultyProxy(record.port) as proxy:
        settings = [
            f'kiosk.data_dir="{tmp_path / "data"}"',
            "printer.backend=folder",
            "kiosk.id=ir-waiting-2",
            'fhir.create="put"',
            f'fhir.base_url="{proxy.base_url()}"',
            to_server(record, tmp_path)[1],
        ]
        kiosk = kiosk_for(*settings[1:])
        reference = kiosk.submit(1)
        # The server takes the declaration; its answer is held until the kiosk is killed.
        proxy.faults.extend(["pass", "hold"])
        child = subprocess.Popen(
            [sys.executable, "-c", SEND_ONCE, *settings],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            deadline = 30.0
            while record.count("QuestionnaireResponse") == 0 and deadline > 0:
                assert child.poll() is None, "the kiosk finished instead of waiting"
                deadline -= 0.1
                time.sleep(0.1)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait(10)
        assert child.returncode == -signal.SIGKILL
        assert kiosk.state(reference) is OutboxState.WAITING  # it never heard back
        kiosk.send_until_done()  # the kiosk restarted: the same declaration again
        assert kiosk.state(reference) is OutboxState.DELIVERED
    assert record.count("QuestionnaireResponse") == 1
    assert record.count("DocumentReference") == 1


SEND_ONCE = """
import sys
from kiosk.assembly import build_kiosk
from kiosk.config import load_config
kiosk = build_kiosk(load_config(overrides=sys.argv[1:], environ={}))
kiosk.outbox.send_due()
"""


def test_the_questionnaire_is_published_again_only_when_it_changes(
    kiosk_for, tmp_path: Path
) -> None:
    hospital = tmp_path / "hospital-resources"
    shutil.copytree(RESOURCES / "locales", hospital / "locales")
    shutil.copytree(RESOURCES / "pictograms", hospital / "pictograms")
    shutil.copy(RESOURCES / "questionnaire.toml", hospital)
    folder = tmp_path / "engine-inbox"
    target = f'fhir.folder="{folder}"'
    kiosk = kiosk_for(target, f'kiosk.resources_dir="{hospital}"')
    kiosk.submit(1)
    kiosk.send_until_done()
    [published] = folder.glob("Questionnaire-*.json")
    published.unlink()  # the engine took it
    kiosk.submit(2)
    kiosk.send_until_done()
    assert not list(folder.glob("Questionnaire-*.json"))  # unchanged: not sent again

    toml = hospital / "questionnaire.toml"
    version = kiosk.kiosk.questionnaire.version
    toml.write_text(toml.read_text().replace(version, version + "-b"))
    changed = kiosk_for(target, f'kiosk.resources_dir="{hospital}"')
    changed.submit(3)
    changed.send_until_done()
    [republished] = folder.glob("Questionnaire-*.json")
    assert json.loads(republished.read_text())["version"] == version + "-b"


def test_a_declaration_whose_bundle_cannot_be_made_is_parked_and_the_others_go(
    kiosk_for, tmp_path: Path
) -> None:
    folder = tmp_path / "engine-inbox"
    kiosk = kiosk_for(f'fhir.folder="{folder}"')
    broken = kiosk.submit(1)
    fine = kiosk.submit(2)
    # The first one's stored answers made unreadable (as a damaged row would be).
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as db:
        db.execute(
            "UPDATE declarations SET answers = 'not json' WHERE reference = ?",
            (broken.replace("-", ""),),
        )
    kiosk.send_until_done()
    entry = kiosk.kiosk.store.outbox.states([broken])[broken]
    assert entry.state is OutboxState.PARKED and entry.reason
    assert entry.reason.startswith("could not be made")
    assert kiosk.state(fine) is OutboxState.DELIVERED


def test_over_https_the_kiosk_trusts_the_hospitals_ca_file_and_nothing_else(
    kiosk_for, tmp_path: Path
) -> None:
    with FhirServer(tmp_path / "record-tls", tls=True) as record:
        assert record.base_url.startswith("https://") and record.ca_file is not None
        token = to_server(record, tmp_path)[1]
        untrusting = kiosk_for(f'fhir.base_url="{record.base_url}"', token)
        reference = untrusting.submit(1)
        result = untrusting.sender.send_due()  # the system's CAs do not know this server
        assert result.problem and "CERTIFICATE_VERIFY_FAILED" in result.problem
        assert untrusting.state(reference) is OutboxState.WAITING
        assert record.count("QuestionnaireResponse") == 0

        trusting = kiosk_for(
            f'fhir.base_url="{record.base_url}"', token, f'fhir.ca_file="{record.ca_file}"'
        )
        trusting.send_until_done()
        assert trusting.state(reference) is OutboxState.DELIVERED
        assert record.count("QuestionnaireResponse") == 1


def test_a_server_that_cannot_create_conditionally_parks_the_declaration_with_its_words(
    record: FhirServer, kiosk_for, tmp_path: Path
) -> None:
    """sekmet-fhir cannot search QuestionnaireResponse by identifier: "conditional" (the
    default) is refused there, and the declaration waits, parked, for IT to set "put"."""
    kiosk = kiosk_for(*to_server(record, tmp_path), 'fhir.create="conditional"')
    reference = kiosk.submit(1)
    kiosk.sender.send_due()
    entry = kiosk.kiosk.store.outbox.states([reference])[reference]
    assert entry.state is OutboxState.PARKED, entry
    assert entry.last_status == "400" and entry.reason
    assert "identifier" in entry.reason  # the server's words: no such search here
    assert record.count("QuestionnaireResponse") == 0
