"""The staff side of the database: PIN hashes, each role's wrong-PIN lock, the audit trail.

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

from kiosk.staff.access import PinHash, Role

_ROLES = {role.value for role in Role}


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    role: str
    action: str
    reference: str | None
    detail: str | None


def _store_error(where: str, error: sqlite3.Error) -> Exception:
    """The store's own error, as its transactions raise (kiosk.store imports this module)."""
    from kiosk.records.store import StoreError

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
        """A new PIN for a role; every role's wrong-PIN lock is cleared too (IT is at the
        kiosk)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO staff_pins (role, salt, digest, n, r, p, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (role.value, pin.salt, pin.digest, pin.n, pin.r, pin.p, self._now()),
            )
            db.execute("UPDATE pin_locks SET failures = 0, locked_until = NULL")
            self._audit(db, "it", "PIN set", None, f"role {role.value}")

    def pin_failures(self) -> dict[Role, tuple[int, datetime | None]]:
        """Each role's wrong PINs in a row and the end of its lock (or of its last wrong PIN)."""
        with self._lock:
            try:
                rows = self._db.execute(
                    "SELECT role, failures, locked_until FROM pin_locks"
                ).fetchall()
            except sqlite3.Error as error:
                raise _store_error(str(self.path), error) from error
        return {
            Role(role): (int(failures), datetime.fromisoformat(until) if until else None)
            for role, failures, until in rows
            if role in _ROLES
        }

    def set_pin_failures(
        self,
        locks: dict[Role, tuple[int, datetime | None]],
        audit: tuple[str, str, str | None] | None = None,
    ) -> None:
        """Roles' wrong-PIN counts and lock ends, and the audit line (role, action, detail)
        of the attempt, in one transaction: one wait at most for a busy database."""
        with self._transaction() as db:
            db.executemany(
                "UPDATE pin_locks SET failures = ?, locked_until = ? WHERE role = ?",
                [
                    (failures, until.isoformat() if until else None, role.value)
                    for role, (failures, until) in locks.items()
                ],
            )
            if audit is not None:
                self._audit(db, audit[0], audit[1], None, audit[2])

    def unlock_pin_pad(self, detail: str, role: Role | None = None) -> list[Role]:
        """IT clears one role's wrong-PIN lock, or every role's; the roles that were closed
        or counting."""
        roles = list(Role) if role is None else [role]
        with self._transaction() as db:
            counting = [
                each
                for each in roles
                if db.execute(
                    "SELECT failures FROM pin_locks WHERE role = ?", (each.value,)
                ).fetchone()[0]
            ]
            db.executemany(
                "UPDATE pin_locks SET failures = 0, locked_until = NULL WHERE role = ?",
                [(each.value,) for each in roles],
            )
            names = " and ".join(each.value for each in roles)
            self._audit(db, "it", "PIN pad unlocked", None, f"{detail}: {names}")
        return counting

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
