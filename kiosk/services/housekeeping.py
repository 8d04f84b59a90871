"""The kiosk's chores, run now and then on the worker thread: follow print jobs still on
their way, print again the day's slips that did not reach paper (a few at a time, less
often while the printer stays down), and delete declarations and slip files older than
the retention period once a day."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from kiosk.printing.printers import PrintResult, purge_slip_files
from kiosk.records.store import DeclarationStore


class JobFollower(Protocol):
    def follow_jobs(self) -> int: ...

    def save_pending(self) -> int: ...

    def retry_unprinted(
        self,
        since: datetime | None = None,
        limit: int | None = None,
        *,
        waiting: bool = True,
        follow: bool = True,
    ) -> dict[str, PrintResult]: ...

    def delivered(self, result: PrintResult) -> bool: ...


log = logging.getLogger(__name__)
PURGE_EVERY = timedelta(days=1)
# Slips printed again automatically per run (each may take the printer's 1.2 s)...
RETRY_PER_RUN = 3
# ...and, while the printer fails, runs skipped: the wait doubles from one run (30 s) up to
# RETRY_WAIT_MAX, so a printer that is down is tried now and then, not hammered.
RETRY_WAIT_MAX = timedelta(minutes=16)


def retry_since(now: datetime, keep: timedelta) -> datetime:
    """The oldest declaration whose slip is printed again automatically: today's (the
    kiosk's local day, what reception's screen lists), never beyond the retention period.
    A slip from yesterday is for nobody in the waiting room."""
    midnight = datetime.combine(now.astimezone().date(), datetime.min.time()).astimezone()
    return max(midnight, now - keep)


# More than this between the wall clock's and the real time elapsed: the clock jumped.
CLOCK_JUMP = timedelta(hours=1)


class Housekeeper:
    def __init__(
        self,
        service: JobFollower,  # the submission service: print jobs still on their way
        store: DeclarationStore,
        slips: Path,
        retention_days: int,
        clock: Callable[[], datetime],
    ) -> None:
        self._service, self._store, self._slips = service, store, slips
        self._keep = timedelta(days=retention_days)
        self._clock = clock
        self._monotonic = time.monotonic
        self._last_purge: float | None = None  # monotonic: a clock set back cannot stop it
        self._last_purge_wall: datetime | None = None  # the wall clock at the last purge
        self.purge_refused: str | None = None  # why the last purge did not run, for staff
        self._retry_failures = 0  # runs in a row whose retry the printer did not take
        self._next_retry = 0.0  # monotonic: no retry before this

    def retry_unprinted(self) -> dict[str, PrintResult]:
        """Print again a few of today's slips that are not on paper (a crash before the
        print, a printer or CUPS that was down, a PDF written instead); while the printer
        keeps failing, wait longer and longer between tries."""
        now_tick = self._monotonic()
        if now_tick < self._next_retry:
            return {}
        since = retry_since(self._clock(), self._keep)
        results = self._service.retry_unprinted(since, RETRY_PER_RUN, waiting=False, follow=False)
        failed = [ref for ref, result in results.items() if not self._service.delivered(result)]
        if failed and len(failed) == len(results):
            self._retry_failures += 1
            wait = min(30.0 * 2**self._retry_failures, RETRY_WAIT_MAX.total_seconds())
            self._next_retry = now_tick + wait
            log.warning("slip %s still not printed; next try in %d s", failed[-1], wait)
        else:
            self._retry_failures, self._next_retry = 0, 0.0
            if results:
                log.info("%d slip(s) printed again automatically", len(results))
        return results

    def purge_expired(self) -> int:
        """Delete what is older than the retention period (at start, then daily), unless
        the wall clock cannot be trusted: nothing acknowledged is deleted because a clock
        was wrong (a deletion cannot be undone; a purge a day late can)."""
        now, tick = self._clock(), self._monotonic()
        last_wall, last_tick = self._last_purge_wall, self._last_purge
        self._last_purge, self._last_purge_wall = tick, now
        if last_wall is not None and last_tick is not None:
            jump = (now - last_wall).total_seconds() - (tick - last_tick)
            if abs(jump) > CLOCK_JUMP.total_seconds():
                # The wall clock moved differently from the time that really passed.
                log.error(
                    "retention: the clock jumped by %+d s since the last purge; not purged", jump
                )
                self.purge_refused = f"the clock jumped by {jump:+.0f} s"
                return 0
        newest = self._store.declarations.newest()
        if newest is not None and now < newest:
            # The clock is behind the newest declaration (a bad clock at boot, before
            # time sync): purging against it could delete what is not yet due.
            log.error("retention: the clock (%s) is behind the newest declaration; not purged", now)
            self.purge_refused = "the clock is behind the newest declaration"
            return 0
        # Retention is counted back from the newest declaration, not from the clock
        # alone: a clock set ahead at boot would otherwise delete everything. On a kiosk
        # in use the two are minutes apart; an idle one keeps its last declarations
        # until the next arrives (IT's `purge` deletes them if the clock is right).
        cutoff = min(now, newest or now) - self._keep
        self.purge_refused = None
        removed = self._store.declarations.purge(cutoff)
        files = purge_slip_files(self._slips, cutoff)
        if removed or files:
            log.info(
                "retention: %d declaration(s) and %d slip file(s) older than %s deleted",
                removed,
                files,
                self._keep,
            )
        return removed

    def __call__(self) -> None:
        self._service.save_pending()  # kept while the database was locked: saved now
        self._service.follow_jobs()
        self.retry_unprinted()
        due = self._last_purge is None or (
            self._monotonic() - self._last_purge >= PURGE_EVERY.total_seconds()
        )
        if due:
            self.purge_expired()
