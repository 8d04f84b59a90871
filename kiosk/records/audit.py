"""The audit trail: who did what to which declaration, and when (logins, wrong PINs,
views, reprints, exports, purges, backups). Written in the same transaction as what it
records where there is one (`write`); never holds a patient's name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.records.database import Database


class Actor(StrEnum):
    """Who the audit trail names for an action: a staff role on the kiosk, IT at the
    command line, the kiosk itself (retention), or a PIN typed by nobody known."""

    STAFF = "staff"
    IT = "it"
    SYSTEM = "system"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    role: str
    action: str
    reference: str | None
    detail: str | None


def write(
    db: sqlite3.Connection,
    at: str,
    role: str,
    action: str,
    reference: str | None = None,
    detail: str | None = None,
) -> None:
    """One line, inside the caller's transaction."""
    db.execute(
        "INSERT INTO audit (at, role, action, reference, detail) VALUES (?, ?, ?, ?, ?)",
        (at, role, action, reference, detail),
    )


class AuditTrail:
    def __init__(self, database: Database) -> None:
        self._database = database

    def add(
        self, role: str, action: str, reference: str | None = None, detail: str | None = None
    ) -> None:
        """A line of its own (`role`: an `Actor` or a staff role's value)."""
        with self._database.transaction() as db:
            write(db, self._database.now(), role, action, reference, detail)

    def entries(self, limit: int = 50) -> list[AuditEntry]:
        """The newest first."""
        with self._database.read() as db:
            rows = db.execute(
                "SELECT at, role, action, reference, detail FROM audit ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            AuditEntry(
                datetime.fromisoformat(row["at"]),
                row["role"],
                row["action"],
                row["reference"],
                row["detail"],
            )
            for row in rows
        ]
