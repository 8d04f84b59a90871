"""The outbox's rows, on a real SQLite file: written in the declaration's own transaction,
added to an older database without sending its old declarations, and kept by a purge
until the hospital record has them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.records.outbox import OutboxState
from kiosk.records.schema import MIGRATIONS
from kiosk.records.store import DeclarationStore, StoreError
from tests.helpers.declarations import make_declaration

OUTBOX_MIGRATION = next(i for i, script in enumerate(MIGRATIONS) if "CREATE TABLE outbox" in script)


def test_a_declaration_and_its_outbox_row_are_saved_together_or_not_at_all(
    tmp_path: Path,
) -> None:
    store = DeclarationStore(tmp_path / "kiosk.sqlite3")
    try:
        saved = store.declarations.save(make_declaration(session_id="a"), [], None, "fhir")
        [entry] = store.outbox.entries()
        assert (entry.reference, entry.state, entry.target) == (
            saved.reference,
            OutboxState.WAITING,
            "fhir",
        )
        store._db.execute("DROP TABLE outbox")  # the row cannot be written ...
        with pytest.raises((StoreError, sqlite3.Error)):
            store.declarations.save(make_declaration(session_id="b"), [], None, "fhir")
        assert store.declarations.count() == 1  # ... so neither is the declaration
    finally:
        store.close()


def test_an_older_database_gets_the_outbox_and_its_declarations_are_not_sent(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    with sqlite3.connect(path) as db:  # as the release before the outbox left it
        for number, script in enumerate(MIGRATIONS[:OUTBOX_MIGRATION], start=1):
            db.executescript(script)
            db.execute(f"PRAGMA user_version = {number}")
        db.execute(
            "INSERT INTO declarations (session_id, reference, created_at, language, last_name, "
            "first_name, birth_date, answers, questionnaire_version, flags, flag_count) "
            "VALUES ('old', 'ACDEFG', '2026-11-01T09:00:00+00:00', 'fr', 'Peeters', 'An', "
            "'1950-01-02', '{}', 'v0', '[]', 0)"
        )
    store = DeclarationStore(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        assert store.outbox.entries() == []  # made before: never sent to the record
        purged = store.declarations.purge_checked(datetime(2026, 12, 1, tzinfo=UTC))
        assert (purged.removed, purged.kept) == (1, 0)
    finally:
        store.close()


def test_a_purge_keeps_only_what_the_record_does_not_have(tmp_path: Path) -> None:
    store = DeclarationStore(tmp_path / "kiosk.sqlite3")
    old = datetime.now(UTC) - timedelta(days=30)
    try:
        sent = store.declarations.save(
            make_declaration(session_id="sent", submitted_at=old), [], None, "fhir"
        )
        refused = store.declarations.save(
            make_declaration(session_id="refused", submitted_at=old), [], None, "fhir"
        )
        waiting = store.declarations.save(
            make_declaration(session_id="waiting", submitted_at=old), [], None, "fhir"
        )
        store.outbox.delivered(sent.id, "200")
        store.outbox.park(refused.id, "422", "birthDate in the future")
        purged = store.declarations.purge_checked(datetime.now(UTC) - timedelta(days=7))
        assert (purged.removed, purged.kept) == (1, 2)
        assert store.declarations.find(sent.reference) is None
        assert store.declarations.find(refused.reference) is not None
        assert store.declarations.find(waiting.reference) is not None
        assert "purge-kept" in [entry.action for entry in store.audit.entries()]
        assert store.outbox.drop(refused.reference, "it")
        assert store.declarations.find(refused.reference) is None
    finally:
        store.close()
