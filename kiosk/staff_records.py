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
from pathlib import Path

from kiosk.staff import PinHash, Role


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    role: str
    action: str
    reference: str | None
    detail: str | None


def _store_error(where: str, error: sqlite3.Error) -> Exception:
    """The store's own error, as its transactions raise (kiosk.store imports this module)."""
    from kiosk.store import StoreError

    return StoreError(f"{where}: {error}")


class StaffRecords:
    """Mixed into DeclarationStore, which provides these."""

    path: Path
    _db: sqlite3.Connection
    _lock: threading.Lock
    _clock: Callable[[], datetime]

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def pin(self, role: Role) -> PinHash | None:
        with self._lock:
            try:
                row = self._db.execute(
                    "SELECT salt, digest, n, r, p FROM staff_pins WHERE role = ?", (role.value,)
                ).fetchone()
            except sqlite3.Error as error:  # a failed disk: the store's error, never sqlite's
                raise _store_error(str(self.path), error) from error
        return None if row is None else PinHash(bytes(row[0]), bytes(row[1]), *row[2:])

    def set_pin(self, role: Role, pin: PinHash) -> None:
        """A new PIN for a role; the PIN pad's lock is cleared too (IT is at the kiosk)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO staff_pins (role, salt, digest, n, r, p, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (role.value, pin.salt, pin.digest, pin.n, pin.r, pin.p, self._now()),
            )
            db.execute("UPDATE pin_lock SET failures = 0, locked_until = NULL WHERE id = 1")
            self._audit(db, "it", "PIN set", None, f"role {role.value}")

    def pin_failures(self) -> tuple[int, datetime | None]:
        with self._lock:
            try:
                failures, until = self._db.execute(
                    "SELECT failures, locked_until FROM pin_lock WHERE id = 1"
                ).fetchone()
            except sqlite3.Error as error:
                raise _store_error(str(self.path), error) from error
        return int(failures), datetime.fromisoformat(until) if until else None

    def set_pin_failures(
        self,
        failures: int,
        locked_until: datetime | None,
        audit: tuple[str, str] | None = None,
    ) -> None:
        """The wrong-PIN count and the lock's end, and the audit line (role, action) of the
        attempt, in one transaction: one wait at most for a busy database."""
        with self._transaction() as db:
            db.execute(
                "UPDATE pin_lock SET failures = ?, locked_until = ? WHERE id = 1",
                (failures, locked_until.isoformat() if locked_until else None),
            )
            if audit is not None:
                self._audit(db, audit[0], audit[1], None, None)

    def unlock_pin_pad(self, detail: str) -> bool:
        """IT clears the PIN pad's lock; whether it was closed or counting."""
        with self._transaction() as db:
            failures = db.execute("SELECT failures FROM pin_lock WHERE id = 1").fetchone()[0]
            db.execute("UPDATE pin_lock SET failures = 0, locked_until = NULL WHERE id = 1")
            self._audit(db, "it", "PIN pad unlocked", None, detail)
        return bool(failures)

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
