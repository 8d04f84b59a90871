"""Saving, rendering and printing a submitted declaration, in that order.

`submit` blocks (disk, printer): the UI runs it on a worker thread and hands the
result back to the flow on the GUI thread. The declaration is acknowledged only once
the commit returned; a slip that fails to render or print leaves it saved, with the
failed attempt recorded for reception to reprint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from kiosk.declaration import Declaration
from kiosk.flow import Outcome
from kiosk.printing import Printer, PrintResult
from kiosk.questionnaire import Questionnaire
from kiosk.store import DeclarationStore, StoreError

log = logging.getLogger(__name__)
# States of a job that a reprint replaces: it may still come out, or it sits in the spool.
WITHDRAWABLE = frozenset({"pending", "held", "processing", "stopped", "unknown"})


class Renderer(Protocol):
    def render(self, declaration: Declaration, reference: str) -> bytes: ...


@dataclass(frozen=True)
class SubmissionResult:
    session_id: str
    outcome: Outcome
    reference: str | None  # None when nothing was saved


class SubmissionService:
    def __init__(
        self,
        store: DeclarationStore,
        questionnaire: Questionnaire,
        renderer: Callable[[], Renderer],
        printer: Printer,
    ) -> None:
        self._store = store
        self._questionnaire = questionnaire
        self._renderer = renderer  # built on first use: ReportLab is not needed at start
        self._printer = printer
        # The last declaration that could not be saved: when, and why (for staff mode).
        self.last_save_failure: tuple[datetime, str] | None = None

    def submit(self, declaration: Declaration) -> SubmissionResult:
        try:
            saved = self._store.save(declaration, declaration.flagged(self._questionnaire))
        except (StoreError, OSError) as error:
            log.error("declaration of session %s NOT saved: %s", declaration.session_id, error)
            self.last_save_failure = (datetime.now(UTC), str(error))
            return SubmissionResult(declaration.session_id, Outcome.NOT_SAVED, None)
        log.info("declaration %s saved", saved.reference)
        if not saved.new:  # a repeated submit: never print twice
            return SubmissionResult(declaration.session_id, Outcome.NOT_PRINTED, saved.reference)
        printed = self.print_slip(saved.id, declaration, saved.reference)
        # A slip written to a folder is not paper in the patient's hand.
        in_hand = printed.ok and printed.on_paper
        outcome = Outcome.PRINTED if in_hand else Outcome.NOT_PRINTED
        return SubmissionResult(declaration.session_id, outcome, saved.reference)

    def print_slip(
        self, declaration_id: int, declaration: Declaration, reference: str
    ) -> PrintResult:
        """Render and send one slip, and record the attempt; never raises for a fault."""
        try:
            pdf = self._renderer().render(declaration, reference)
        except Exception as error:  # a slip bug must not cost the patient their declaration
            log.exception("slip %s could not be rendered", reference)
            result = PrintResult(False, "renderer", "failed", reason=f"render error: {error}")
        else:
            try:
                result = self._printer.print_pdf(pdf, reference)
            except Exception as error:  # a printer backend bug is a failed print, nothing more
                log.exception("slip %s: the printer backend failed", reference)
                result = PrintResult(False, self._printer.name, "failed", reason=f"error: {error}")
        self._record(declaration_id, result)
        if not result.ok:
            log.error("slip %s not printed: %s", reference, result.reason)
        return result

    def reprint(self, reference: str) -> PrintResult | None:
        """Print a stored declaration's slip again (a new attempt); None: no such reference.
        A job of the previous attempt still waiting or stopped is withdrawn first, so the
        patient's slip comes out once and its PDF leaves the spool."""
        stored = self._store.find(reference)
        if stored is None:
            return None
        previous = self._store.latest_attempt(stored.id)
        if previous is not None:
            backend, queue, job_id, state = previous
            if self._printer.follows(backend) and state in WITHDRAWABLE:
                self._printer.cancel(queue, job_id)
        return self.print_slip(stored.id, stored.declaration, stored.reference)

    def retry_unprinted(self) -> dict[str, PrintResult]:
        """Reprint every slip whose last attempt failed (once the printer is back)."""
        self.follow_jobs()  # a job that printed meanwhile is not printed twice
        results = {}
        for reference in self._store.unprinted():
            result = self.reprint(reference)
            if result is not None:
                results[reference] = result
        return results

    def follow_jobs(self) -> int:
        """Ask the printer how the jobs still on their way are doing, and record it (a
        stopped queue restarted, a job whose filter failed); returns the rows changed."""
        changed = 0
        for attempt_id, backend, queue, job_id in self._store.open_print_jobs():
            if not self._printer.follows(backend):
                continue
            state, reason = self._printer.job_state(queue, job_id)
            if state in ("unknown", "pending"):  # no news: still waiting its turn
                continue
            printed = state in ("completed", "processing")
            self._store.update_print(attempt_id, state, printed, reason)
            changed += 1
        return changed

    def _record(self, declaration_id: int, result: PrintResult) -> None:
        try:
            self._store.record_print(
                declaration_id,
                result.backend,
                result.state,
                printed=result.ok,
                queue=result.queue,
                job_id=result.job_id,
                reason=result.reason,
            )
        except StoreError as error:
            log.error("print attempt of declaration %d not recorded: %s", declaration_id, error)
