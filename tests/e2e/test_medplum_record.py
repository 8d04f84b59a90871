"""Declarations created once by their identifiers (`fhir.create = "conditional"`, the
default) in a second real FHIR R4 server: Medplum's router, whose validator checks every
resource written against R4, invariants included (tests/helpers/medplum_server.py).
sekmet-fhir (test_fhir_record.py) takes the "put" mode: it cannot search
QuestionnaireResponse by identifier."""

from __future__ import annotations

import base64
import copy
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.assembly import build_kiosk, build_outbox
from kiosk.config import load_config
from kiosk.fhir.bundle import BundleMaker, Sending
from kiosk.fhir.questionnaire import QuestionnaireMaker
from kiosk.fhir.validate import FhirDefect, validate
from kiosk.records.outbox import OutboxState
from tests.e2e.test_fhir_record import KioskWithRecord, LaterClock
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import content, questionnaire
from tests.helpers.faulty_proxy import FaultyProxy
from tests.helpers.medplum_server import MedplumServer, medplum_missing, node_missing

pytestmark = pytest.mark.e2e
SYSTEM = "urn:radiology-kiosk:declaration"


@pytest.fixture
def medplum(tmp_path: Path) -> Iterator[MedplumServer]:
    reason = node_missing()
    if reason is not None:
        pytest.skip(reason)
    problem = medplum_missing()
    if problem is not None:
        pytest.fail(problem)
    with MedplumServer(tmp_path / "medplum") as server:
        yield server


@pytest.fixture
def kiosk_to(tmp_path: Path) -> Iterator[Callable[..., KioskWithRecord]]:
    built: list[KioskWithRecord] = []

    def make(server: MedplumServer, base_url: str | None = None) -> KioskWithRecord:
        config = load_config(
            overrides=[
                f'kiosk.data_dir="{tmp_path / "data"}"',
                "printer.backend=folder",
                "kiosk.id=ir-waiting-2",
                f'fhir.base_url="{base_url or server.base_url}"',
                "fhir.timeout_seconds=5",
            ],
            environ={},
        )
        assert config.fhir.create == "conditional"  # the default
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


def items(item_list: list[dict[str, Any]], link_id: str) -> dict[str, Any]:
    return next(item for item in item_list if item["linkId"] == link_id)


def test_a_declaration_is_created_by_its_identifier_and_read_back_whole(
    medplum: MedplumServer, kiosk_to
) -> None:
    kiosk = kiosk_to(medplum)
    reference = kiosk.submit(1)
    kiosk.send_until_done()
    assert kiosk.state(reference) is OutboxState.DELIVERED

    identifier = f"ir-waiting-2/{reference}"
    [response] = medplum.search("QuestionnaireResponse", identifier=f"{SYSTEM}|{identifier}")
    assert response["status"] == "completed"
    assert response["contained"][0]["resourceType"] == "Patient"  # stays contained
    assert response["subject"] == {"reference": "#patient"}
    assert response["contained"][0]["name"][0]["family"] == "Lefèvre"
    # follow-ups under the answer that asked them (qrs-1), read back from the server
    anticoagulants = items(response["item"], "anticoagulants")
    assert "item" not in anticoagulants
    drugs = items(anticoagulants["answer"][0]["item"], "anticoagulant_drugs")
    by_drug = {answer["valueCoding"]["code"]: answer for answer in drugs["answer"]}
    assert set(by_drug) == {"apixaban", "aspirin"}
    stop = items(by_drug["apixaban"]["item"], "anticoagulant_told_to_stop")
    assert stop["answer"][0]["valueCoding"]["code"] == "yes"

    # the server chose the ids; the transaction's urn:uuid links now point at them
    [slip] = medplum.search("DocumentReference", identifier=f"{SYSTEM}|{identifier}/slip")
    assert base64.b64decode(slip["content"][0]["attachment"]["data"]).startswith(b"%PDF")
    assert slip["context"]["related"] == [{"reference": f"QuestionnaireResponse/{response['id']}"}]
    [device] = medplum.search("Device", identifier="urn:radiology-kiosk:kiosk|ir-waiting-2")
    assert response["author"] == {"reference": f"Device/{device['id']}"}
    assert slip["author"] == [{"reference": f"Device/{device['id']}"}]
    # the Questionnaire it answers passed Medplum's validator too
    url, version = response["questionnaire"].split("|")
    [published] = medplum.search("Questionnaire", url=url)
    assert published["version"] == version


def test_a_declaration_sent_again_is_still_one_response(
    medplum: MedplumServer, kiosk_to, tmp_path: Path
) -> None:
    kiosk = kiosk_to(medplum)
    reference = kiosk.submit(1)
    other = kiosk.submit(2)
    kiosk.send_until_done()
    # The kiosk killed after the server took them, before the rows said so: sent again.
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as db:
        db.execute("UPDATE outbox SET state = 'waiting'")
    kiosk.send_until_done()
    assert kiosk.state(reference) is OutboxState.DELIVERED
    for sent in (reference, other):
        identifier = f"{SYSTEM}|ir-waiting-2/{sent}"
        assert len(medplum.search("QuestionnaireResponse", identifier=identifier)) == 1
        assert len(medplum.search("DocumentReference", identifier=f"{identifier}/slip")) == 1
    assert medplum.count("QuestionnaireResponse") == 2
    assert medplum.count("DocumentReference") == 2
    assert medplum.count("Device") == 1  # one kiosk, created once


def test_an_answer_lost_on_the_way_back_and_the_resend_still_make_one(
    medplum: MedplumServer, kiosk_to
) -> None:
    with FaultyProxy(medplum.port) as proxy:
        kiosk = kiosk_to(medplum, proxy.base_url())
        reference = kiosk.submit(1)
        proxy.faults.extend(["pass", "lost-answer"])  # the Questionnaire, then the Bundle
        kiosk.send_until_done()
        entry = kiosk.kiosk.store.outbox.states([reference])[reference]
        assert entry.state is OutboxState.DELIVERED and entry.attempts >= 2
        assert proxy.seen[:2] == ["pass", "lost-answer"]
    identifier = f"{SYSTEM}|ir-waiting-2/{reference}"
    assert len(medplum.search("QuestionnaireResponse", identifier=identifier)) == 1
    assert medplum.count("QuestionnaireResponse") == 1
    assert medplum.count("DocumentReference") == 1


def makers(create: str = "conditional") -> BundleMaker:
    url = "urn:radiology-kiosk:questionnaire"
    words = QuestionnaireMaker(questionnaire(), content(), "fr", url)
    return BundleMaker(questionnaire(), words, url, SYSTEM, "ir-2", create)


def test_the_same_bundle_twice_finds_what_the_first_created(medplum: MedplumServer) -> None:
    bundle = makers().bundle(Sending(make_declaration(), "K7F-3QX", b"%PDF-1.4 slip"))
    validate(bundle)
    first = medplum.post(copy.deepcopy(bundle))
    again = medplum.post(copy.deepcopy(bundle))
    assert first.status_code == again.status_code == 200, again.text
    assert [e["response"]["status"] for e in first.json()["entry"]] == ["201"] * 3
    assert [e["response"]["status"] for e in again.json()["entry"]] == ["200"] * 3
    locations = [e["response"]["location"] for e in first.json()["entry"]]
    assert [e["response"]["location"] for e in again.json()["entry"]] == locations
    [response] = medplum.search("QuestionnaireResponse", identifier=f"{SYSTEM}|ir-2/K7F-3QX")
    assert f"QuestionnaireResponse/{response['id']}" in locations
    assert medplum.count("QuestionnaireResponse") == 1
    # what makes it so: the same Bundle without ifNoneExist is a second response
    for entry in bundle["entry"]:
        del entry["request"]["ifNoneExist"]
    assert medplum.post(bundle).status_code == 200
    assert medplum.count("QuestionnaireResponse") == 2


def test_a_follow_up_beside_its_answer_is_refused_by_medplum_and_by_the_kiosk(
    medplum: MedplumServer,
) -> None:
    bundle = makers().bundle(Sending(make_declaration(), "K7F-3QX", b"%PDF-1.4 slip"))
    response = next(
        entry["resource"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "QuestionnaireResponse"
    )
    anticoagulants = items(response["item"], "anticoagulants")
    # the drugs asked after "yes", put beside that answer instead of under it
    anticoagulants["item"] = anticoagulants["answer"][0].pop("item")

    with pytest.raises(FhirDefect, match="qrs-1"):  # never queued by the kiosk
        validate(bundle)

    refused = medplum.post(bundle)  # and Medplum's own validator says no
    assert refused.status_code == 400
    outcome = refused.json()
    assert outcome["resourceType"] == "OperationOutcome"
    [issue] = outcome["issue"]
    assert issue["severity"] == "error" and issue["code"] == "invariant"
    assert "qrs-1" in issue["details"]["text"]
    assert issue["expression"][0].startswith("QuestionnaireResponse.item[")
    # a transaction: the Device before it in the Bundle was not kept either
    assert medplum.count("QuestionnaireResponse") == 0
    assert medplum.count("Device") == 0


def test_the_put_mode_is_taken_by_medplum_too(medplum: MedplumServer) -> None:
    maker = makers("put")
    bundle = maker.bundle(Sending(make_declaration(submitted_at=datetime.now(UTC)), "K7F", b"%PDF"))
    for _ in range(2):
        assert medplum.post(copy.deepcopy(bundle)).status_code == 200
    [response] = medplum.search("QuestionnaireResponse")
    assert response["id"] == maker.ids("K7F")[0]
