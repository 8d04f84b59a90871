"""The kiosk's chores, run now and then on the worker thread: follow print jobs still on
their way, and delete declarations and slip files older than the retention period once
a day."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from kiosk.printing import purge_slip_files
from kiosk.store import DeclarationStore


class JobFollower(Protocol):
    def follow_jobs(self) -> int: ...


log = logging.getLogger(__name__)
PURGE_EVERY = timedelta(days=1)


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

    def purge_expired(self) -> int:
        """Delete what is older than the retention period (at start, then daily)."""
        now = self._clock()
        self._last_purge = self._monotonic()
        newest = self._store.newest()
        if newest is not None and now < newest:
            # The clock is behind the newest declaration (a bad clock at boot, before
            # time sync): purging against it could delete what is not yet due.
            log.error("retention: the clock (%s) is behind the newest declaration; not purged", now)
            return 0
        removed = self._store.purge(now - self._keep)
        files = purge_slip_files(self._slips, now - self._keep)
        if removed or files:
            log.info(
                "retention: %d declaration(s) and %d slip file(s) older than %s deleted",
                removed,
                files,
                self._keep,
            )
        return removed

    def __call__(self) -> None:
        self._service.follow_jobs()
        due = self._last_purge is None or (
            self._monotonic() - self._last_purge >= PURGE_EVERY.total_seconds()
        )
        if due:
            self.purge_expired()
