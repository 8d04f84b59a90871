"""The outbox to the hospital's record: one row per declaration, written in the
declaration's own transaction (`queue`), until the record has it. The sender
(kiosk/services/outbox.py) takes the rows that are due, and says how each try ended:
delivered, to try again later, or parked with the server's reason until IT retries it.
A repository of the kiosk's database (kiosk/records/database.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk.records.audit import write
from kiosk.records.schema import format_reference

if TYPE_CHECKING:
    from kiosk.records.database import Database


class OutboxState(StrEnum):
    """Its values are what `outbox.state` stores."""

    WAITING = "waiting"  # not in the record yet: sent at `next_try_at`
    DELIVERED = "delivered"  # the record answered 2xx
    PARKED = "parked"  # the record refused it (a 4xx): not sent again until IT says so


@dataclass(frozen=True)
class OutboxEntry:
    declaration_id: int
    reference: str  # as printed, K7F-3QX
    created_at: datetime  # when the declaration was made
    target: str
    state: OutboxState
    attempts: int
    next_try_at: datetime
    last_status: str | None  # "201", "503", "timeout", "refused"...
    reason: str | None  # the server's OperationOutcome text, or what went wrong


@dataclass(frozen=True)
class OutboxCounts:
    waiting: int
    delivered: int
    parked: int
    oldest_waiting: datetime | None  # when the oldest declaration not yet sent was made


def queue(db: sqlite3.Connection, declaration_id: int, target: str, now: str) -> None:
    """The declaration's row, inside the transaction that saves it: due at once."""
    db.execute(
        "INSERT OR IGNORE INTO outbox (declaration_id, target, state, attempts, next_try_at, "
        "created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)",
        (declaration_id, target, OutboxState.WAITING, now, now, now),
    )


_SELECT = (
    "SELECT o.declaration_id, d.reference, d.created_at, o.target, o.state, o.attempts, "
    "o.next_try_at, o.last_status, o.reason FROM outbox o "
    "JOIN declarations d ON d.id = o.declaration_id "
)


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        row["declaration_id"],
        format_reference(row["reference"]),
        datetime.fromisoformat(row["created_at"]),
        row["target"],
        OutboxState(row["state"]),
        row["attempts"],
        datetime.fromisoformat(row["next_try_at"]),
        row["last_status"],
        row["reason"],
    )


class Outbox:
    def __init__(self, database: Database) -> None:
        self._database = database

    def due(self, now: datetime, limit: int) -> list[OutboxEntry]:
        """Waiting rows whose next try has come, oldest declaration first."""
        with self._database.read() as db:
            rows = db.execute(
                _SELECT + "WHERE o.state = ? AND o.next_try_at <= ? "
                "ORDER BY o.next_try_at, o.declaration_id LIMIT ?",
                (OutboxState.WAITING, now.astimezone(UTC).isoformat(), limit),
            ).fetchall()
        return [_entry(row) for row in rows]

    def entries(self, states: tuple[OutboxState, ...] = tuple(OutboxState)) -> list[OutboxEntry]:
        marks = ", ".join("?" * len(states))
        with self._database.read() as db:
            rows = db.execute(
                _SELECT + f"WHERE o.state IN ({marks}) ORDER BY d.created_at, d.id",
                tuple(states),
            ).fetchall()
        return [_entry(row) for row in rows]

    def states(self, references: list[str]) -> dict[str, OutboxEntry]:
        """The outbox rows of these declarations (as printed: K7F-3QX), by reference."""
        codes = [reference.replace("-", "") for reference in references]
        if not codes:
            return {}
        with self._database.read() as db:
            rows = db.execute(
                _SELECT + f"WHERE d.reference IN ({', '.join('?' * len(codes))})", codes
            ).fetchall()
        return {entry.reference: entry for entry in map(_entry, rows)}

    def counts(self) -> OutboxCounts:
        with self._database.read() as db:
            by_state = dict(
                db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
            )
            oldest = db.execute(
                "SELECT min(d.created_at) FROM outbox o JOIN declarations d "
                "ON d.id = o.declaration_id WHERE o.state != ?",
                (OutboxState.DELIVERED,),
            ).fetchone()[0]
        return OutboxCounts(
            by_state.get(OutboxState.WAITING, 0),
            by_state.get(OutboxState.DELIVERED, 0),
            by_state.get(OutboxState.PARKED, 0),
            datetime.fromisoformat(oldest) if oldest else None,
        )

    def delivered(self, declaration_id: int, status: str) -> None:
        self._finish(declaration_id, OutboxState.DELIVERED, status, None, None)

    def later(self, declaration_id: int, status: str, reason: str, next_try: datetime) -> None:
        self._finish(declaration_id, OutboxState.WAITING, status, reason, next_try)

    def park(self, declaration_id: int, status: str, reason: str) -> None:
        self._finish(declaration_id, OutboxState.PARKED, status, reason, None)

    def _finish(
        self,
        declaration_id: int,
        state: OutboxState,
        status: str,
        reason: str | None,
        next_try: datetime | None,
    ) -> None:
        now = self._database.now()
        with self._database.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, last_status = ?, "
                "reason = ?, next_try_at = coalesce(?, next_try_at), updated_at = ? "
                "WHERE declaration_id = ?",
                (
                    state,
                    status,
                    reason,
                    None if next_try is None else next_try.astimezone(UTC).isoformat(),
                    now,
                    declaration_id,
                ),
            )
            if state is OutboxState.PARKED:
                row = db.execute(
                    "SELECT reference FROM declarations WHERE id = ?", (declaration_id,)
                ).fetchone()
                reference = format_reference(row["reference"]) if row else None
                write(db, now, "system", "record-parked", reference, f"HTTP {status}")

    def retry(self, reference: str, role: str) -> OutboxEntry | None:
        """IT's `outbox retry REF`: a parked (or waiting) declaration is sent at the next
        round. None when the declaration has no outbox row."""
        code = reference.replace("-", "").strip().upper()
        now = self._database.now()
        with self._database.transaction() as db:
            row = db.execute(_SELECT + "WHERE d.reference = ?", (code,)).fetchone()
            if row is None:
                return None
            entry = _entry(row)
            if entry.state is not OutboxState.DELIVERED:
                db.execute(
                    "UPDATE outbox SET state = ?, next_try_at = ?, updated_at = ? "
                    "WHERE declaration_id = ?",
                    (OutboxState.WAITING, now, now, entry.declaration_id),
                )
                write(db, now, role, "record-retry", entry.reference, None)
        return entry

    def retry_parked(self, role: str) -> int:
        """IT's `outbox retry --all`: every parked declaration sent again at the next round
        (after a refusal that was the set-up's, not theirs: an expired token, a wrong URL)."""
        now = self._database.now()
        with self._database.transaction() as db:
            count = db.execute(
                "UPDATE outbox SET state = ?, next_try_at = ?, updated_at = ? WHERE state = ?",
                (OutboxState.WAITING, now, now, OutboxState.PARKED),
            ).rowcount
            if count:
                write(db, now, role, "record-retry", None, f"{count} parked declaration(s)")
        return count

    def drop(self, reference: str, role: str) -> bool:
        """IT's `outbox drop REF`: the declaration is deleted although the record does not
        have it (audited). False when there is no such declaration."""
        code = reference.replace("-", "").strip().upper()
        now = self._database.now()
        with self._database.transaction() as db:
            row = db.execute("SELECT id FROM declarations WHERE reference = ?", (code,)).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM outbox WHERE declaration_id = ?", (row["id"],))
            db.execute("DELETE FROM print_attempts WHERE declaration_id = ?", (row["id"],))
            db.execute("DELETE FROM declarations WHERE id = ?", (row["id"],))
            detail = "deleted before the hospital's record had it"
            write(db, now, role, "record-drop", format_reference(code), detail)
        return True

    def published(self, target: str) -> str | None:
        """The digest of the questionnaire last published to `target`."""
        with self._database.read() as db:
            row = db.execute("SELECT digest FROM published WHERE target = ?", (target,)).fetchone()
        return row["digest"] if row else None

    def publish(self, target: str, digest: str) -> None:
        now = self._database.now()
        with self._database.transaction() as db:
            db.execute(
                "INSERT INTO published (target, digest, at) VALUES (?, ?, ?) "
                "ON CONFLICT (target) DO UPDATE SET digest = excluded.digest, at = excluded.at",
                (target, digest, now),
            )
