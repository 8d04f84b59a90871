"""The print side of the database: each attempt to print a declaration's slip, the
jobs still on their way, and what reception sees as not printed.

A repository of the kiosk's database (kiosk/records/database.py).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.job_state import IN_QUEUE, LEFT_TO_PRINT, JobState, job_state
from kiosk.records.schema import format_reference

if TYPE_CHECKING:
    from kiosk.records.database import Database

# An attempt being sent right now (JobState.SENDING), written (committed) before `lp`
# runs: every program on this database (the kiosk, its housekeeper, `reprint
# --unprinted`) sees it and leaves the slip alone. One older than SENDING_STALE was cut
# off (a crash mid-print) and becomes INTERRUPTED: it may or may not have reached CUPS.
SENDING_STALE = timedelta(minutes=3)


def _listed(states: frozenset[JobState]) -> str:
    """The states as an SQL list (the values of a closed set, never user input)."""
    return ", ".join(f"'{state.value}'" for state in sorted(states))


def _leaving(states: frozenset[JobState]) -> str:
    """Leaves out a latest attempt whose job is in one of these states."""
    listed = _listed(states)
    return (
        " AND NOT (p.id IS NOT NULL AND p.job_id IS NOT NULL AND p.queue IS NOT NULL "
        f"AND p.state IN ({listed}))"
    )


_NOT_WAITING = _leaving(LEFT_TO_PRINT)
_LATEST = (
    " FROM declarations d LEFT JOIN print_attempts p "
    "ON p.id = (SELECT max(id) FROM print_attempts WHERE declaration_id = d.id)"
)


class PrintRecords:
    def __init__(self, database: Database) -> None:
        self._database = database

    def record_print(
        self,
        declaration_id: int,
        backend: str,
        state: JobState,
        *,
        printed: bool = False,
        queue: str | None = None,
        job_id: str | None = None,
        reason: str | None = None,
    ) -> int:
        now = self._database.now()
        with self._database.transaction() as db:
            cursor = db.execute(
                "INSERT INTO print_attempts (declaration_id, backend, queue, job_id, state, "
                "reason, printed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (declaration_id, backend, queue, job_id, state, reason, printed, now, now),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def claim_print(
        self,
        declaration_id: int,
        *,
        leave: frozenset[JobState] | None = None,
        check: bool = True,
    ) -> tuple[int, tuple[str, str | None, str | None, JobState] | None] | None:
        """Write a "sending" attempt for the declaration, in one transaction, before its
        slip is sent; None when another program is sending it right now (a "sending"
        attempt younger than SENDING_STALE) or, with `check`, when it no longer needs a
        print (`needs_print` with `leave`). Returns (the new attempt's id, (backend,
        queue, job id, state) of the attempt that was the latest before it). A stale
        "sending" attempt is marked "interrupted" first: its slip may have reached CUPS
        (look for its job before sending again)."""
        now = self._database.clock()
        with self._database.transaction() as db:
            row = db.execute(
                "SELECT id, backend, queue, job_id, state, printed, updated_at "
                "FROM print_attempts WHERE declaration_id = ? ORDER BY id DESC LIMIT 1",
                (declaration_id,),
            ).fetchone()
            previous = None
            if row is not None:
                state = job_state(row["state"])
                if state == JobState.SENDING:
                    if now - datetime.fromisoformat(row["updated_at"]) < SENDING_STALE:
                        return None
                    state = JobState.INTERRUPTED
                    db.execute(
                        "UPDATE print_attempts SET state = ?, reason = ?, updated_at = ? "
                        "WHERE id = ?",
                        (state, "cut off while being sent", now.isoformat(), row["id"]),
                    )
                queue, job_id = row["queue"], row["job_id"]
                previous = (str(row["backend"]), queue, job_id, state)
                if check:
                    queued = job_id is not None and queue is not None
                    if row["printed"] or (leave is not None and queued and state in leave):
                        return None
            cursor = db.execute(
                "INSERT INTO print_attempts (declaration_id, backend, state, printed, "
                "created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                (declaration_id, "kiosk", JobState.SENDING, now.isoformat(), now.isoformat()),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid, previous

    def finish_print(
        self,
        attempt_id: int,
        backend: str,
        state: JobState,
        *,
        printed: bool = False,
        queue: str | None = None,
        job_id: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Write how a claimed ("sending") attempt ended."""
        with self._database.transaction() as db:
            db.execute(
                "UPDATE print_attempts SET backend = ?, queue = ?, job_id = ?, state = ?, "
                "reason = ?, printed = ?, updated_at = ? WHERE id = ?",
                (
                    backend,
                    queue,
                    job_id,
                    state,
                    reason,
                    printed,
                    self._database.now(),
                    attempt_id,
                ),
            )

    def known_jobs(self, declaration_id: int) -> set[str]:
        """The job ids already recorded for the declaration."""
        with self._database.read() as db:
            rows = db.execute(
                "SELECT job_id FROM print_attempts WHERE declaration_id = ? AND job_id IS NOT NULL",
                (declaration_id,),
            ).fetchall()
        return {str(row["job_id"]) for row in rows}

    def open_print_jobs(self) -> list[tuple[int, str, str, str]]:
        """(attempt id, backend, queue, job id) of jobs not known to be finished."""
        return [(a, b, q, j) for a, b, q, j, _ in self.open_print_jobs_with_state()]

    def open_print_jobs_with_state(self) -> list[tuple[int, str, str, str, JobState]]:
        """(attempt id, backend, queue, job id, last known state) of jobs still in the
        queue (IN_QUEUE): not known to be finished."""
        with self._database.read() as db:
            rows = db.execute(
                "SELECT id, backend, queue, job_id, state FROM print_attempts "
                "WHERE job_id IS NOT NULL AND queue IS NOT NULL "
                "AND state IN (SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(sorted(IN_QUEUE)),),
            ).fetchall()
        return [
            (
                int(r["id"]),
                str(r["backend"]),
                str(r["queue"]),
                str(r["job_id"]),
                job_state(r["state"]),
            )
            for r in rows
        ]

    def latest_attempt(self, declaration_id: int) -> tuple[str, str, str, JobState] | None:
        """(backend, queue, job id, state) of the declaration's last attempt with a job."""
        with self._database.read() as db:
            row = db.execute(
                "SELECT backend, queue, job_id, state FROM print_attempts "
                "WHERE declaration_id = ? AND job_id IS NOT NULL AND queue IS NOT NULL "
                "ORDER BY id DESC LIMIT 1",
                (declaration_id,),
            ).fetchone()
        if row is None:
            return None
        return str(row["backend"]), str(row["queue"]), str(row["job_id"]), job_state(row["state"])

    def update_print(
        self, attempt_id: int, state: JobState, printed: bool, reason: str | None
    ) -> None:
        with self._database.transaction() as db:
            db.execute(
                "UPDATE print_attempts SET state = ?, printed = ?, reason = ?, updated_at = ? "
                "WHERE id = ?",
                (state, printed, reason, self._database.now(), attempt_id),
            )

    def unprinted(
        self,
        since: datetime | None = None,
        *,
        waiting: bool = True,
        leave: frozenset[JobState] | None = None,
    ) -> list[str]:
        """References whose latest print attempt did not reach paper, or that have none,
        oldest first; made at or after `since`. `waiting=False` leaves out the slips whose
        job still waits in the printer's queue (it prints when the queue restarts);
        `leave` those whose job is in one of these states (QUEUED: staff's "print all")."""
        query = "SELECT d.reference" + _LATEST + " WHERE (p.id IS NULL OR p.printed = 0)"
        values: list[str] = []
        if since is not None:
            query += " AND d.created_at >= ?"
            values.append(since.astimezone(UTC).isoformat())
        if not waiting:
            query += _NOT_WAITING
        if leave is not None:
            query += _leaving(leave)
        with self._database.read() as db:
            rows = db.execute(query + " ORDER BY d.id", values).fetchall()
        return [format_reference(row["reference"]) for row in rows]

    def needs_print(
        self,
        declaration_id: int,
        *,
        waiting: bool = True,
        leave: frozenset[JobState] | None = None,
    ) -> bool:
        """The declaration's latest attempt did not reach paper (or there is none), as
        `unprinted` says: checked again just before a retry prints it."""
        query = "SELECT 1" + _LATEST + " WHERE d.id = ? AND (p.id IS NULL OR p.printed = 0)"
        if not waiting:
            query += _NOT_WAITING
        if leave is not None:
            query += _leaving(leave)
        with self._database.read() as db:
            row = db.execute(query, (declaration_id,)).fetchone()
        return row is not None

    def print_attempts(self, declaration_id: int) -> list[dict[str, object]]:
        with self._database.read() as db:
            cursor = db.execute(
                "SELECT backend, queue, job_id, state, reason, printed, attempts, created_at "
                "FROM print_attempts WHERE declaration_id = ? ORDER BY id",
                (declaration_id,),
            )
            return [dict(row) for row in cursor.fetchall()]

    def print_failures(self, limit: int = 5) -> list[tuple[datetime, str, str, str | None]]:
        """(when, reference, state, reason) of the latest attempts that did not print."""
        with self._database.read() as db:
            rows = db.execute(
                "SELECT p.updated_at, d.reference, p.state, p.reason FROM print_attempts p "
                "JOIN declarations d ON d.id = p.declaration_id WHERE p.printed = 0 "
                "AND p.state != ? ORDER BY p.id DESC LIMIT ?",
                (JobState.SENDING.value, limit),
            ).fetchall()
        return [
            (
                datetime.fromisoformat(row["updated_at"]),
                format_reference(row["reference"]),
                row["state"],
                row["reason"],
            )
            for row in rows
        ]
