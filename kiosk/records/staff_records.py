"""The staff side of the database: PIN hashes and each role's wrong-PIN lock (kiosk/staff/
access.py decides; this keeps). A repository of the kiosk's database."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.records.audit import Actor, write
from kiosk.staff.access import PinHash, Role

if TYPE_CHECKING:
    from kiosk.records.database import Database

_ROLES = {role.value for role in Role}


class StaffRecords:
    def __init__(self, database: Database) -> None:
        self._database = database

    def pin(self, role: Role) -> PinHash | None:
        with self._database.read() as db:
            row = db.execute(
                "SELECT salt, digest, n, r, p FROM staff_pins WHERE role = ?", (role.value,)
            ).fetchone()
        if row is None:
            return None
        return PinHash(bytes(row["salt"]), bytes(row["digest"]), row["n"], row["r"], row["p"])

    def set_pin(self, role: Role, pin: PinHash) -> None:
        """A new PIN for a role; every role's wrong-PIN lock is cleared too (IT is at the
        kiosk)."""
        now = self._database.now()
        with self._database.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO staff_pins (role, salt, digest, n, r, p, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (role.value, pin.salt, pin.digest, pin.n, pin.r, pin.p, now),
            )
            db.execute("UPDATE pin_locks SET failures = 0, locked_until = NULL")
            write(db, now, Actor.IT, "PIN set", None, f"role {role.value}")

    def pin_failures(self) -> dict[Role, tuple[int, datetime | None]]:
        """Each role's wrong PINs in a row and the end of its lock (or of its last wrong PIN)."""
        with self._database.read() as db:
            rows = db.execute("SELECT role, failures, locked_until FROM pin_locks").fetchall()
        return {
            Role(row["role"]): (
                int(row["failures"]),
                datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else None,
            )
            for row in rows
            if row["role"] in _ROLES
        }

    def set_pin_failures(
        self,
        locks: dict[Role, tuple[int, datetime | None]],
        audit: tuple[str, str, str | None] | None = None,
    ) -> None:
        """Roles' wrong-PIN counts and lock ends, and the audit line (role, action, detail)
        of the attempt, in one transaction: one wait at most for a busy database."""
        now = self._database.now()
        with self._database.transaction() as db:
            db.executemany(
                "UPDATE pin_locks SET failures = ?, locked_until = ? WHERE role = ?",
                [
                    (failures, until.isoformat() if until else None, role.value)
                    for role, (failures, until) in locks.items()
                ],
            )
            if audit is not None:
                write(db, now, audit[0], audit[1], None, audit[2])

    def unlock_pin_pad(self, detail: str, role: Role | None = None) -> list[Role]:
        """IT clears one role's wrong-PIN lock, or every role's; the roles that were closed
        or counting."""
        roles = list(Role) if role is None else [role]
        now = self._database.now()
        with self._database.transaction() as db:
            counting = [
                each
                for each in roles
                if db.execute(
                    "SELECT failures FROM pin_locks WHERE role = ?", (each.value,)
                ).fetchone()["failures"]
            ]
            db.executemany(
                "UPDATE pin_locks SET failures = 0, locked_until = NULL WHERE role = ?",
                [(each.value,) for each in roles],
            )
            names = " and ".join(each.value for each in roles)
            write(db, now, Actor.IT, "PIN pad unlocked", None, f"{detail}: {names}")
        return counting
