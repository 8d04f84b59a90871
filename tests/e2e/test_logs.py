"""The journal sees references, never a patient: no name, birth date or answer in logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.staff.access import Role, hash_pin
from tests.helpers.kiosk_app import running_kiosk


def test_a_whole_journey_logs_the_reference_and_nothing_of_the_patient(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reference = app.submit_a_declaration("en")  # the tour's patient: Van den Bossche
        app.kiosk.store.staff.set_pin(Role.STAFF, hash_pin("2468"))
        app.kiosk.service.reprint(reference)

    logged = "\n".join(record.getMessage() for record in caplog.records).lower()
    assert reference.lower() in logged  # what IT needs to follow a slip
    for secret in ("bossche", "lefèvre", "marie", "1958", "03/04", "apixaban", "2468"):
        assert secret not in logged, secret
