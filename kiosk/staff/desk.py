"""What reception does on the kiosk's staff screen, without Qt: the day's list, a slip to
look at, a reprint, the printer's state in words, a test page, the last print errors.

Every call that shows or changes patient data is written to the audit table with the
role that did it. Every call may be slow (database, printer, rendering): the staff
session (kiosk/staff/session.py) hands them to the worker thread, never the GUI's.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta

from kiosk.config import Config
from kiosk.printing.printers import PrintResult, SlipPdf
from kiosk.printing.setup import PrinterSetup, printer_kind
from kiosk.records.outbox import OutboxState
from kiosk.records.store import DeclarationStore, StoreError, Summary
from kiosk.services.housekeeping import retry_since
from kiosk.services.submission import PRINT_ALL_LEAVES, SubmissionService
from kiosk.staff.access import Role, StaffAccess
from kiosk.staff.views import FILTERS, DayRow, PrinterState

log = logging.getLogger(__name__)
LOW_DISK_BYTES = 200 * 1024**2
RECORD_LATE = timedelta(hours=1)  # not in the hospital's record after this: staff are told


def day_row(summary: Summary) -> DayRow:
    paper = None if not summary.printed else summary.backend != "folder"
    return DayRow(
        summary.reference,
        summary.created_at,
        summary.initials,
        len(summary.flags),
        paper,
        for_child=summary.for_whom == "child",
    )


class StaffDesk:
    def __init__(
        self,
        config: Config,
        store: DeclarationStore,
        service: SubmissionService,
        render_slip: Callable[[str], bytes | None],
        render_test_page: Callable[[datetime, str], SlipPdf],
        printers: PrinterSetup,
    ) -> None:
        self.config = config
        self.store = store
        self.access = StaffAccess(store.staff, config.staff.pepper_file)
        # Why housekeeping's last retention purge did not run (a clock not to trust).
        self.purge_refused: Callable[[], str | None] | None = None
        self._service = service
        self._render_slip = render_slip
        self._render_test_page = render_test_page
        self._printers = printers  # the kiosk's one printer, shared with submission

    def audit(self, role: Role, action: str) -> None:
        """A line of the audit trail for something that touches no declaration (a lock, an
        exit). The action happened: a database that cannot keep its trace is logged."""
        try:
            self.store.audit.add(role.value, action)
        except StoreError as error:
            log.error("audit %s %s not recorded: %s", role.value, action, error)

    def day(self, now: datetime, which: str = "all", search: str = "") -> list[DayRow]:
        """Today's declarations (the kiosk's local day), newest first; with `search`,
        those whose last name or reference starts with it (the rows still show only
        initials)."""
        if which not in FILTERS:
            raise ValueError(f"filter {which!r}: expected one of {FILTERS}")
        day = now.astimezone().date()
        # Each midnight with its own UTC offset: the day a clock change happens is 23 or
        # 25 hours long.
        start = datetime.combine(day, time()).astimezone()
        end = datetime.combine(day + timedelta(days=1), time()).astimezone()
        summaries = self.store.declarations.summaries(
            start,
            end,
            flagged_only=which == "flagged",
            unprinted_only=which == "unprinted",
            search=search,
        )
        rows = [day_row(summary) for summary in summaries]
        if not self.config.fhir.enabled:
            return rows
        sent = self.store.outbox.states([row.reference for row in rows])
        return [
            replace(row, record=entry.state.value, record_reason=entry.reason)
            if (entry := sent.get(row.reference))
            else row
            for row in rows
        ]

    def slip(self, reference: str, role: Role) -> bytes | None:
        pdf = self._render_slip(reference)
        if pdf is not None:
            self.store.audit.add(role.value, "view", reference)
        return pdf

    def reprint(self, reference: str, role: Role) -> PrintResult | None:
        self.store.audit.add(role.value, "reprint", reference)
        return self._service.reprint(reference)

    def waiting_for_printer(self, now: datetime) -> int:
        """Today's slips not on paper that the housekeeper retries by itself."""
        keep = timedelta(days=self.config.retention.days)
        return len(self.store.prints.unprinted(retry_since(now, keep)))

    def print_unprinted(self, now: datetime, role: Role) -> dict[str, PrintResult]:
        """What "print all unprinted" does: today's slips not on paper, oldest first. A
        job queued (behind a busy printer, or in a stopped queue) or printing is left
        where it is: cancelling and sending it again could print it twice; a stopped,
        held or failed one is withdrawn and sent again, as a reprint does (`still_queued`
        says how many were left). Stops at the first the printer does not take: the
        others would fail the same way."""
        self.store.audit.add(role.value, "reprint unprinted")
        keep = timedelta(days=self.config.retention.days)
        return self._service.retry_unprinted(retry_since(now, keep), leave=PRINT_ALL_LEAVES)

    def still_queued(self, now: datetime) -> int:
        """Today's slips not on paper whose job is still in the printer's queue (queued
        or printing): what "print all unprinted" leaves to print where it is."""
        since = retry_since(now, timedelta(days=self.config.retention.days))
        every = self.store.prints.unprinted(since)
        return len(every) - len(self.store.prints.unprinted(since, leave=PRINT_ALL_LEAVES))

    def delivered(self, result: PrintResult) -> bool:
        """The slip reached paper (or, with no paper printer, its PDF file)."""
        return self._service.delivered(result)

    def printer_state(self) -> PrinterState:
        """Where slips go now: asks CUPS (the worker calls it on every staff refresh)."""
        check = self._printers.check()
        if check.to_folder:
            return PrinterState("none", str(check.folder))
        if check.queue is None or check.status is None:
            return PrinterState("missing", None, "no printer.queue and no default printer")
        return PrinterState(printer_kind(check.status), check.queue, check.status.reason)

    def test_print(self, now: datetime, role: Role) -> PrintResult:
        self.store.audit.add(role.value, "test print")
        where = self._printers.where
        return self._printers.printer.print_pdf(self._render_test_page(now, where), "TEST")

    def faults(self, now: datetime) -> list[tuple[str, dict[str, str]]]:
        """What keeps the kiosk from working well, as (text key, values) for the staff
        screen: a declaration that could not be saved today, a database found damaged
        at start, a disk nearly full, slips waiting for the printer."""
        found: list[tuple[str, dict[str, str]]] = []
        failure = self._service.last_save_failure
        if failure is not None and now - failure[0] < timedelta(days=1):
            when = failure[0].astimezone().strftime("%H:%M")
            found.append(("staff_fault_not_saved", {"time": when, "reason": failure[1]}))
        # Every damaged copy moved aside, whenever it was: it holds declarations until IT
        # restores or deletes it (docs/deploy.md), and a restart must not hide it.
        damaged = sorted(self.store.path.parent.glob(f"{self.store.path.name}.damaged-*"))
        for path in damaged:
            found.append(("staff_fault_damaged", {"path": str(path)}))
        if self.purge_refused is not None and (refused := self.purge_refused()) is not None:
            found.append(("staff_fault_purge", {"reason": refused}))
        try:
            free = shutil.disk_usage(self.store.path.parent).free
        except OSError:
            free = None
        if free is not None and free < LOW_DISK_BYTES:
            found.append(("staff_fault_disk", {"free": str(free // 1024**2)}))
        pending = self.config.data_dir / "pending"  # kept while the database was locked
        kept = len(list(pending.glob("*.json"))) if pending.is_dir() else 0
        if kept:
            found.append(("staff_fault_pending", {"count": str(kept)}))
        waiting = self.waiting_for_printer(now)
        if waiting:
            found.append(("staff_fault_unprinted", {"count": str(waiting)}))
        return found + self.record_faults(now)

    def record_faults(self, now: datetime) -> list[tuple[str, dict[str, str]]]:
        """The hospital's record: declarations it refused, ones it has not had for an
        hour, and old ones a purge kept because it does not have them yet."""
        found: list[tuple[str, dict[str, str]]] = []
        entries = self.store.outbox.entries((OutboxState.WAITING, OutboxState.PARKED))
        parked = sum(entry.state is OutboxState.PARKED for entry in entries)
        late = sum(
            entry.state is OutboxState.WAITING and now - entry.created_at > RECORD_LATE
            for entry in entries
        )
        old = now - timedelta(days=self.config.retention.days)
        kept = sum(entry.created_at < old for entry in entries)
        for key, count in (
            ("staff_fault_record_parked", parked),
            ("staff_fault_record_waiting", late),
            ("staff_fault_record_kept", kept),
        ):
            if count:
                found.append((key, {"count": str(count)}))
        return found

    def last_errors(self, limit: int = 5) -> list[str]:
        return [
            f"{when.astimezone():%d/%m %H:%M} {reference}: {state}"
            + (f" ({reason})" if reason else "")
            for when, reference, state, reason in self.store.prints.print_failures(limit)
        ]
