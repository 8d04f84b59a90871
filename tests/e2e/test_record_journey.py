"""A patient walks through the kiosk by taps; the kiosk sends the declaration to a real
FHIR server by itself (tests/helpers/fhir_server.py), and reception sees in staff mode
whether the hospital record has it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from tests.e2e.test_staff_mode import kiosk, log_in
from tests.helpers.fhir_server import TOKEN, FhirServer, fhir_server_available

pytestmark = pytest.mark.e2e


@pytest.fixture
def record(tmp_path: Path) -> Iterator[FhirServer]:
    reason = fhir_server_available()
    if reason is not None:
        pytest.fail(reason)
    with FhirServer(tmp_path / "record") as server:
        yield server


def settings(record: FhirServer, tmp_path: Path, base_url: str | None = None) -> list[str]:
    token = tmp_path / "token"
    token.write_text(TOKEN)
    token.chmod(0o600)
    return [
        f'fhir.base_url="{base_url or record.base_url}"',
        f'fhir.token_file="{token}"',
        "kiosk.id=ir-2",
        'fhir.create="put"',  # sekmet-fhir: no search of QuestionnaireResponse by identifier
    ]


def items(item_list: list[dict[str, Any]], link_id: str) -> dict[str, Any]:
    return next(item for item in item_list if item["linkId"] == link_id)


def test_the_record_has_the_patients_answers_and_slip_and_reception_sees_it_sent(
    qtbot: QtBot, tmp_path: Path, record: FhirServer
) -> None:
    with kiosk(qtbot, tmp_path, *settings(record, tmp_path)) as app:
        reference = app.submit_a_declaration("fr")
        qtbot.waitUntil(lambda: record.count("QuestionnaireResponse") == 1, timeout=20000)

        [response] = record.search("QuestionnaireResponse")
        assert response["identifier"]["value"] == f"ir-2/{reference}"
        assert response["language"] == "fr"
        # a child's weight, typed by the parent, under the answer "for my child"
        for_whom = items(response["item"], "for_whom")["answer"][0]
        assert for_whom["valueCoding"]["code"] == "child"
        weight = items(for_whom["item"], "child_weight")["answer"][0]
        assert weight["valueQuantity"] == {
            "value": 23,
            "unit": "kg",
            "system": "http://unitsofmeasure.org",
            "code": "kg",
        }
        # each drug's own follow-ups under that drug; the other one's name as typed
        drugs = items(
            items(response["item"], "anticoagulants")["answer"][0]["item"], "anticoagulant_drugs"
        )
        by_code = {answer["valueCoding"]["code"]: answer for answer in drugs["answer"]}
        assert set(by_code) == {"rivaroxaban", "other"}
        other_dose = items(by_code["other"]["item"], "anticoagulant_last_dose")
        assert other_dose["answer"][0]["valueCoding"]["code"] == "days_6_7"
        typed_name = items(by_code["other"]["item"], "anticoagulant_other_name")["answer"][0]
        assert typed_name["valueString"] == "D'Arcy-Vandenbroucke Forte"

        [slip] = record.search("DocumentReference")
        assert slip["content"][0]["attachment"]["contentType"] == "application/pdf"
        assert slip["context"]["related"][0]["reference"] == (
            f"QuestionnaireResponse/{response['id']}"
        )

        app.tap("restart")
        log_in(app)
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert "envoyée au dossier" in row.text()  # the staff language: French


def test_a_refused_declaration_is_parked_and_reception_is_told(
    qtbot: QtBot, tmp_path: Path, record: FhirServer
) -> None:
    wrong = f"{record.base_url}/Patient"  # the server answers 400 with an OperationOutcome
    with kiosk(qtbot, tmp_path, *settings(record, tmp_path, wrong)) as app:
        reference = app.submit_a_declaration("fr")
        qtbot.waitUntil(
            lambda: app.rows("SELECT state FROM outbox") == [("parked",)], timeout=20000
        )
        app.tap("restart")
        log_in(app)
        row = app.wait_visible(f"staff-row-{reference}", QAbstractButton)
        assert "bloquée" in row.text()
        faults = app.window.findChild(QLabel, "staff-faults")
        assert faults is not None
        qtbot.waitUntil(faults.isVisible)
        assert "1 déclaration a été refusée par le dossier de l’hôpital" in faults.text()
        assert record.count("QuestionnaireResponse") == 0
