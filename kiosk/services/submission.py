"""Saving, rendering and printing a submitted declaration, in that order.

`submit` blocks (disk, printer): the UI runs it on a worker thread and hands the
result back to the flow on the GUI thread. The declaration is acknowledged only once
the commit returned; a slip that fails to render or print leaves it saved, with the
failed attempt recorded for reception to reprint.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, cast

from kiosk.content.questionnaire import Questionnaire
from kiosk.files import write_atomically
from kiosk.job_state import (
    ADOPTABLE,
    IN_QUEUE,
    LEFT_TO_PRINT,
    MAYBE_SENT,
    ON_PAPER,
    QUEUED,
    JobState,
)
from kiosk.patient.declaration import (
    Declaration,
    Outcome,
    declaration_from_json,
    declaration_to_json,
)
from kiosk.printing.printers import Printer, PrintResult, SlipPdf
from kiosk.records.store import DeclarationStore, Saved, StoreBusy, StoreError

log = logging.getLogger(__name__)
# How long a save waits for another program's write lock before the patient is sent to
# reception: the kiosk's own writes take milliseconds, IT's shell or a purge seconds.
# Below the 30 s the kiosk waits for its worker when it is stopped: a save is never cut
# off by a shutdown. Past it, the declaration is written to the pending folder instead.
LOCK_PATIENCE_SECONDS = 20.0
LOCK_RETRY_SECONDS = 0.25  # between tries, so a lock refused at once is not spun on
# Staff's "print all": jobs queued behind a busy printer or printing are left alone.
PRINT_ALL_LEAVES = QUEUED


class JobFinder(Protocol):
    def find_job(
        self, queue: str | None, reference: str, known: frozenset[str] = frozenset()
    ) -> tuple[bool, tuple[str, str, JobState] | None]: ...


class Renderer(Protocol):
    def render(self, declaration: Declaration, reference: str) -> SlipPdf: ...


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
        made_as: Callable[[Declaration], str] | None = None,
        lock_patience: float = LOCK_PATIENCE_SECONDS,
        pending: Path | None = None,
        outbox: str | None = None,
    ) -> None:
        self._lock_patience = lock_patience
        # The hospital record's target ("fhir", "folder"; None: off): each declaration's
        # outbox row is saved with it (kiosk/records/outbox.py).
        self._outbox = outbox
        # Declarations kept while another program held the database (see _keep_pending).
        self._pending = pending
        self._store = store
        # The declaration's words as staff read them now, kept with it (kiosk/patient/clinical.py).
        self._made_as = made_as
        self._questionnaire = questionnaire
        self._renderer = renderer  # built on first use: ReportLab is not needed at start
        self._printer = printer
        # The declarations (by session id) being saved or printed right now: the
        # housekeeper's retries, on their own thread, leave them alone (never a slip
        # printed twice), and no patient waits for another patient's retried slip.
        self._busy: set[str] = set()
        self._busy_changed = threading.Condition()
        # The last declaration that could not be saved: when, and why (for staff mode).
        self.last_save_failure: tuple[datetime, str] | None = None

    @property
    def paper(self) -> bool:
        """The printer can put a slip on paper (not only write PDF files)."""
        return self._printer.paper

    def delivered(self, result: PrintResult) -> bool:
        """The slip went where it should: to paper, or, with no paper printer configured
        (the folder backend), to its PDF file. A PDF file written because the printer did
        not answer is not delivered: it stays unprinted and is retried."""
        return result.on_paper or (result.ok and not self._printer.paper)

    def submit(self, declaration: Declaration) -> SubmissionResult:
        with self._claim(declaration.session_id):
            return self._submit(declaration)

    @contextmanager
    def _claim(self, session_id: str, *, wait: bool = True) -> Iterator[bool]:
        """Hold one declaration while it is saved or printed; True once held. With
        `wait=False`, False at once when another thread holds it."""
        with self._busy_changed:
            while wait and session_id in self._busy:
                self._busy_changed.wait()
            held = session_id not in self._busy
            self._busy.add(session_id)
        if not held:
            yield False
            return
        try:
            yield True
        finally:
            with self._busy_changed:
                self._busy.discard(session_id)
                self._busy_changed.notify_all()

    def _save(self, declaration: Declaration, made_as: str | None) -> Saved:
        """Save, waiting as long as another program holds the write lock (each try waits
        the store's busy timeout): the patient sees "saving" and is told to wait, and
        their answers are not thrown away because IT had a sqlite3 shell open."""
        deadline = time.monotonic() + self._lock_patience
        while True:
            try:
                return self._store.declarations.save(
                    declaration, declaration.flagged(self._questionnaire), made_as, self._outbox
                )
            except StoreBusy as error:
                if time.monotonic() >= deadline:
                    raise
                log.warning(
                    "declaration of session %s waits for the database: %s",
                    declaration.session_id,
                    error,
                )
                time.sleep(LOCK_RETRY_SECONDS)

    def _keep_pending(self, declaration: Declaration) -> bool:
        """The database stayed locked: the declaration goes to the pending folder (one
        owner-only file, written whole), and `save_pending` moves it into the database
        once the lock is gone. The patient's answers are kept either way."""
        if self._pending is None:
            return False
        try:
            self._pending.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = self._pending / f"{declaration.session_id}.json"
            write_atomically(target, declaration_to_json(declaration).encode("utf-8"))
        except OSError as error:
            log.error(
                "declaration of session %s not kept pending: %s", declaration.session_id, error
            )
            return False
        log.warning(
            "declaration of session %s kept in %s until the database is free",
            declaration.session_id,
            self._pending,
        )
        return True

    def save_pending(self) -> int:
        """Move the declarations kept while the database was locked into it (oldest
        first); each file goes once its declaration is committed. Run by housekeeping."""
        if self._pending is None or not self._pending.is_dir():
            return 0
        saved = 0
        for path in sorted(self._pending.glob("*.json"), key=lambda file: file.stat().st_mtime):
            try:
                declaration = declaration_from_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.error("pending declaration %s cannot be read (%s): kept for IT", path, error)
                path.rename(path.with_suffix(".unreadable"))
                continue
            try:
                self._store.declarations.save(
                    declaration,
                    declaration.flagged(self._questionnaire),
                    declaration.made_as,
                    self._outbox,
                )
            except StoreError as error:
                log.warning("pending declarations wait for the database: %s", error)
                break
            path.unlink()
            saved += 1
        if saved:
            log.info("%d pending declaration(s) saved; their slips are printed as unprinted", saved)
        return saved

    def _submit(self, declaration: Declaration) -> SubmissionResult:
        made_as = self._made_as(declaration) if self._made_as is not None else None
        try:
            saved = self._save(declaration, made_as)
        except StoreBusy as error:
            if self._keep_pending(replace(declaration, made_as=made_as)):
                # Kept on disk, saved later: true to say so, with no reference yet.
                return SubmissionResult(declaration.session_id, Outcome.NOT_PRINTED, None)
            log.error("declaration of session %s NOT saved: %s", declaration.session_id, error)
            self.last_save_failure = (datetime.now(UTC), str(error))
            return SubmissionResult(declaration.session_id, Outcome.NOT_SAVED, None)
        except (StoreError, OSError) as error:
            log.error("declaration of session %s NOT saved: %s", declaration.session_id, error)
            self.last_save_failure = (datetime.now(UTC), str(error))
            return SubmissionResult(declaration.session_id, Outcome.NOT_SAVED, None)
        log.info("declaration %s saved", saved.reference)
        if not saved.new:  # a repeated submit: never print twice
            return SubmissionResult(declaration.session_id, Outcome.NOT_PRINTED, saved.reference)
        attempt_id: int | None = None
        try:
            claimed = self._store.prints.claim_print(saved.id, check=False)
        except StoreError as error:  # the patient's slip prints even so, recorded after
            log.warning("slip %s printed without a claim: %s", saved.reference, error)
        else:
            if claimed is None:  # another program (`reprint --unprinted`) is printing it
                return SubmissionResult(
                    declaration.session_id, Outcome.NOT_PRINTED, saved.reference
                )
            attempt_id = claimed[0]
        printed = self.print_slip(saved.id, declaration, saved.reference, attempt_id)
        # A slip written to a folder is not paper in the patient's hand.
        in_hand = printed.ok and printed.on_paper
        outcome = Outcome.PRINTED if in_hand else Outcome.NOT_PRINTED
        return SubmissionResult(declaration.session_id, outcome, saved.reference)

    def print_slip(
        self,
        declaration_id: int,
        declaration: Declaration,
        reference: str,
        attempt_id: int | None = None,
    ) -> PrintResult:
        """Render and send one slip, and record the attempt (in the claimed "sending"
        attempt `attempt_id`, else a new one); never raises for a fault."""
        try:
            pdf = self._renderer().render(declaration, reference)
        except Exception as error:  # a slip bug must not cost the patient their declaration
            log.exception("slip %s could not be rendered", reference)
            result = PrintResult(
                False, "renderer", JobState.FAILED, reason=f"render error: {error}"
            )
        else:
            try:
                result = self._printer.print_pdf(pdf, reference)
            except Exception as error:  # a printer backend bug is a failed print, nothing more
                log.exception("slip %s: the printer backend failed", reference)
                result = PrintResult(
                    False, self._printer.name, JobState.FAILED, reason=f"error: {error}"
                )
        self._record(declaration_id, result, attempt_id)
        if not result.ok:
            log.error("slip %s not printed: %s", reference, result.reason)
        return result

    def reprint(self, reference: str) -> PrintResult | None:
        """Print a stored declaration's slip again (a new attempt); None: no such reference.
        A job of the previous attempt still waiting or stopped is withdrawn first, so the
        patient's slip comes out once and its PDF leaves the spool."""
        stored = self._store.declarations.find(reference)
        if stored is None:
            return None
        with self._claim(stored.declaration.session_id):
            try:
                claimed = self._store.prints.claim_print(stored.id, check=False)
            except StoreError as error:
                return PrintResult(False, self._printer.name, JobState.FAILED, reason=str(error))
            if claimed is None:
                return PrintResult(
                    False,
                    self._printer.name,
                    JobState.BUSY,
                    reason="being printed by another program",
                )
            return self._reprint(stored.id, stored.declaration, stored.reference, *claimed)

    def _reprint(
        self,
        declaration_id: int,
        declaration: Declaration,
        reference: str,
        attempt_id: int,
        before: tuple[str, str | None, str | None, JobState] | None,
    ) -> PrintResult:
        """Print the slip in the claimed attempt `attempt_id`; `before` is the attempt that
        was the latest before the claim. A job of this slip that an `lp` without an answer
        may have queued is adopted, not sent again."""
        adopted = self._adopt(declaration_id, reference, attempt_id, before)
        if adopted is not None:
            return adopted
        previous = self._store.prints.latest_attempt(declaration_id)
        if previous is not None:
            backend, queue, job_id, state = previous
            if self._printer.follows(backend) and state in IN_QUEUE:  # it may still come out
                self._printer.cancel(queue, job_id)
        return self.print_slip(declaration_id, declaration, reference, attempt_id)

    def _adopt(
        self,
        declaration_id: int,
        reference: str,
        attempt_id: int,
        before: tuple[str, str | None, str | None, JobState] | None,
    ) -> PrintResult | None:
        """When the attempt before had no job id but may have reached CUPS, look in the
        queue for a job of this slip (its title, cups.job_title): found, it becomes this
        attempt's job (a job stopped in the queue is withdrawn by the reprint); CUPS not
        answering, nothing is sent (a frozen cupsd may hold the first job)."""
        finder = getattr(self._printer, "find_job", None)
        if before is None or finder is None:
            return None
        backend, queue, job_id, state = before
        maybe_cups = self._printer.follows(backend) or state == JobState.INTERRUPTED
        if job_id is not None or state not in MAYBE_SENT or not maybe_cups:
            return None
        known = frozenset(self._store.prints.known_jobs(declaration_id))
        answered, found = cast(JobFinder, self._printer).find_job(queue, reference, known)
        if not answered:
            result = PrintResult(
                False,
                self._printer.name,
                JobState.UNREACHABLE,
                queue,
                reason="CUPS did not answer: not sent again, its last job may be queued",
            )
        elif found is None or found[2] not in {*ADOPTABLE, JobState.STOPPED}:
            return None
        else:
            on_paper = found[2] in ON_PAPER
            log.warning("slip %s: job %s found in the queue, not sent again", reference, found[1])
            result = PrintResult(
                on_paper,
                self._printer.name,
                found[2],
                found[0],
                found[1],
                None if on_paper else "found in the queue after a print with no answer",
                on_paper=on_paper,
            )
        self._record(declaration_id, result, attempt_id)
        if found is not None and found[2] == JobState.STOPPED:
            return None  # recorded: the reprint withdraws it and sends the slip again
        return result

    def retry_unprinted(
        self,
        since: datetime | None = None,
        limit: int | None = None,
        *,
        waiting: bool = True,
        follow: bool = True,
        leave: frozenset[JobState] | None = None,
    ) -> dict[str, PrintResult]:
        """Print again the slips not on paper (made at or after `since`), oldest first, at
        most `limit` of them. `waiting=False` leaves a job still waiting in the queue to
        print where it is; `leave` a job in one of these states (PRINT_ALL_LEAVES: queued
        or printing). A slip another program is sending right now (its "sending"
        attempt, print_records.claim_print) is skipped. Stops at the first slip the
        printer did not take: the others would fail the same way, and a dead printer is
        tried once, not once per slip.
        `follow=False`: the caller has just followed the jobs."""
        if follow:  # a job that printed meanwhile is not printed twice
            self.follow_jobs()
        results: dict[str, PrintResult] = {}
        if not waiting:
            leave = LEFT_TO_PRINT | (leave or frozenset())
        for reference in self._store.prints.unprinted(since, leave=leave):
            if limit is not None and len(results) >= limit:
                break
            stored = self._store.declarations.find(reference)
            if stored is None:  # purged meanwhile
                continue
            with self._claim(stored.declaration.session_id, wait=False) as held:
                # Being saved or printed right now (a patient's submit, a staff reprint),
                # here or in another program, or printed meanwhile: not this time.
                if not held:
                    continue
                try:
                    claimed = self._store.prints.claim_print(stored.id, leave=leave)
                except StoreError as error:  # another program holds the write lock
                    log.warning("unprinted slips wait for the database: %s", error)
                    break
                if claimed is None:
                    continue
                result = self._reprint(stored.id, stored.declaration, stored.reference, *claimed)
            results[reference] = result
            if not self.delivered(result) and result.backend != "renderer":
                break  # a slip that cannot be drawn does not say the printer is down
        return results

    def follow_jobs(self) -> int:
        """Ask the printer how the jobs still on their way are doing, and record it (a
        stopped queue restarted, a job whose filter failed, a stopped job restarted);
        returns the rows changed."""
        changed = 0
        for (
            attempt_id,
            backend,
            queue,
            job_id,
            last,
        ) in self._store.prints.open_print_jobs_with_state():
            if not self._printer.follows(backend):
                continue
            state, reason = self._printer.job_state(queue, job_id)
            if state in (JobState.UNKNOWN, JobState.PENDING):  # no news: still waiting its turn
                continue
            if state == JobState.GONE:
                state, printed, reason = forgotten(last)
            else:
                printed = state in ON_PAPER
            self._store.prints.update_print(attempt_id, state, printed, reason)
            changed += 1
        return changed

    def _record(self, declaration_id: int, result: PrintResult, attempt_id: int | None) -> None:
        try:
            if attempt_id is not None:
                self._store.prints.finish_print(
                    attempt_id,
                    result.backend,
                    result.state,
                    printed=self.delivered(result),
                    queue=result.queue,
                    job_id=result.job_id,
                    reason=result.reason,
                )
                return
            self._store.prints.record_print(
                declaration_id,
                result.backend,
                result.state,
                printed=self.delivered(result),
                queue=result.queue,
                job_id=result.job_id,
                reason=result.reason,
            )
        except StoreError as error:
            log.error("print attempt of declaration %d not recorded: %s", declaration_id, error)


def forgotten(last: JobState) -> tuple[JobState, bool, str]:
    """(state, printed, reason) of a job CUPS no longer knows (its history purged, its
    spool lost), from its last known state. Last seen processing (or later): it was
    being printed, so it is assumed on paper; a slip with health data is not printed
    twice on a guess. Last seen pending, held or stopped, or never seen in the queue at all
    ("unknown": CUPS did not answer): nothing says it started, so it is recorded "gone",
    not on paper, and printed again (after a look for a job of it in the queue). A
    pending job that printed and whose history CUPS purged between two follows (30 s)
    would print twice: keep `PreserveJobHistory` at a few minutes (docs/deploy.md)."""
    if last in ON_PAPER:
        return (
            JobState.COMPLETED,
            True,
            "CUPS no longer knows this job; it was printing: assumed printed",
        )
    return JobState.GONE, False, f"CUPS no longer knows this job (last seen {last}): printed again"
