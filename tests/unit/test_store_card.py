"""A declaration whose identity was read from the eID card, stored: how the identity was
obtained, the national number only when given, and an audit line that says a card was
read, never what it held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.records.store import DeclarationStore
from tests.helpers.declarations import make_declaration


def test_a_card_identity_is_stored_as_such_and_audited_without_its_content(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.sqlite3"
    store = DeclarationStore(path)
    try:
        saved = store.declarations.save(
            make_declaration(session_id="card", identity_source="card", national_number="4803"),
            [],
        )
        store.declarations.save(make_declaration(session_id="typed"), [])
        found = store.declarations.find(saved.reference)
        assert found is not None and found.declaration.identity_source == "card"
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        stored = db.execute(
            "SELECT session_id, identity_source, national_number FROM declarations ORDER BY id"
        ).fetchall()
        audit = db.execute("SELECT action, reference, detail FROM audit").fetchall()
    assert stored == [("card", "card", "4803"), ("typed", "typed", None)]
    assert audit == [("card_read", saved.reference.replace("-", ""), None)]
    assert "Lefèvre" not in repr(audit) and "4803" not in repr(audit)
