"""The kiosk's chores, run now and then on the worker thread: follow print jobs still on
their way, and delete declarations and slip files older than the retention period once
a day."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.printing import purge_slip_files
from kiosk.store import DeclarationStore
from kiosk.submission import SubmissionService

log = logging.getLogger(__name__)
PURGE_EVERY = timedelta(days=1)


class Housekeeper:
    def __init__(
        self,
        service: SubmissionService,
        store: DeclarationStore,
        slips: Path,
        retention_days: int,
        clock: Callable[[], datetime],
    ) -> None:
        self._service, self._store, self._slips = service, store, slips
        self._keep = timedelta(days=retention_days)
        self._clock = clock
        self._last_purge: datetime | None = None

    def purge_expired(self) -> int:
        """Delete what is older than the retention period (at start, then daily)."""
        now = self._clock()
        removed = self._store.purge(now - self._keep)
        files = purge_slip_files(self._slips, now - self._keep)
        self._last_purge = now
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
        if self._last_purge is None or self._clock() - self._last_purge >= PURGE_EVERY:
            self.purge_expired()
