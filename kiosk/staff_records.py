"""The staff side of the database: PIN hashes, the wrong-PIN lock, the audit trail.

A part of `DeclarationStore` (it shares its connection, lock and transactions), kept in
its own module because it is about staff access, not declarations.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from kiosk.staff import PinHash, Role


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    role: str
    action: str
    reference: str | None
    detail: str | None


class StaffRecords:
    """Mixed into DeclarationStore, which provides these."""

    _db: sqlite3.Connection
    _lock: threading.Lock
    _clock: Callable[[], datetime]

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def pin(self, role: Role) -> PinHash | None:
        with self._lock:
            row = self._db.execute(
                "SELECT salt, digest, n, r, p FROM staff_pins WHERE role = ?", (role.value,)
            ).fetchone()
        return None if row is None else PinHash(bytes(row[0]), bytes(row[1]), *row[2:])

    def set_pin(self, role: Role, pin: PinHash) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO staff_pins (role, salt, digest, n, r, p, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (role.value, pin.salt, pin.digest, pin.n, pin.r, pin.p, self._now()),
            )
            self._audit(db, "it", "PIN set", None, f"role {role.value}")

    def pin_failures(self) -> tuple[int, datetime | None]:
        with self._lock:
            failures, until = self._db.execute(
                "SELECT failures, locked_until FROM pin_lock WHERE id = 1"
            ).fetchone()
        return int(failures), datetime.fromisoformat(until) if until else None

    def set_pin_failures(self, failures: int, locked_until: datetime | None) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE pin_lock SET failures = ?, locked_until = ? WHERE id = 1",
                (failures, locked_until.isoformat() if locked_until else None),
            )

    def audit(
        self, role: str, action: str, reference: str | None = None, detail: str | None = None
    ) -> None:
        with self._transaction() as db:
            self._audit(db, role, action, reference, detail)

    def _audit(
        self,
        db: sqlite3.Connection,
        role: str,
        action: str,
        reference: str | None,
        detail: str | None,
    ) -> None:
        db.execute(
            "INSERT INTO audit (at, role, action, reference, detail) VALUES (?, ?, ?, ?, ?)",
            (self._now(), role, action, reference, detail),
        )

    def audit_entries(self, limit: int = 50) -> list[AuditEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT at, role, action, reference, detail FROM audit ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [AuditEntry(datetime.fromisoformat(row[0]), *row[1:]) for row in rows]

    def _now(self) -> str:
        return self._clock().isoformat()
