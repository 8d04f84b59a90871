"""Printing through CUPS with its standard client commands (`lp`, `lpstat`).

Every call has a timeout and runs off the GUI thread: on the patient's worker, the
housekeeping or staff worker, or in a command (`reprint`, `doctor`).
Messages are read in the C locale. CUPS saying "completed" only means the data left for
the printer: a slip can always be printed again.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from kiosk.job_state import ON_PAPER, JobState
from kiosk.printing.printers import Printer, PrintResult, SlipPdf
from kiosk.resources import resource_path

_JOB_ID = re.compile(r"request id is (\S+)")
_DEFAULT = re.compile(r"system default destination: (\S+)")
# IPP job states, as the kiosk names them.
JOB_STATES = {
    "pending": JobState.PENDING,
    "pending-held": JobState.HELD,
    "processing": JobState.PROCESSING,
    "processing-stopped": JobState.STOPPED,
    "canceled": JobState.CANCELLED,
    "aborted": JobState.ABORTED,
    "completed": JobState.COMPLETED,
}
# While a slip is printed, its job is asked again while in one of these (up to the budget).
_UNDECIDED = frozenset({JobState.PENDING, JobState.HELD, JobState.UNKNOWN})


def job_title(reference: str) -> str:
    """The title `lp -t` gives a slip's job: how a job sent by an `lp` that timed out
    (no job id) is found again in the queue."""
    return f"slip {reference}"


@dataclass(frozen=True)
class Job:
    """One job as CUPS reports it over IPP (Get-Jobs)."""

    queue: str
    id: int
    state: str  # the IPP state: pending, pending-held, processing, processing-stopped, ...
    reasons: tuple[str, ...]
    message: str
    name: str = ""  # the job's title: "slip K7F-3QX" (job_title)

    @property
    def request_id(self) -> str:
        """As `lp` prints it: "request id is QUEUE-ID"."""
        return f"{self.queue}-{self.id}"


def ipp_printer_uri(queue: str, environ: Mapping[str, str]) -> str:
    """The queue's IPP address on the CUPS server the client commands use."""
    server = environ.get("CUPS_SERVER") or "localhost"
    host = urllib.parse.quote(server, safe="") if server.startswith("/") else server
    return f"ipp://{host}/printers/{urllib.parse.quote(queue)}"


def run_command(
    arguments: Sequence[str],
    data: bytes | None,
    timeout: float,
    env: Mapping[str, str],
) -> subprocess.CompletedProcess[bytes] | None:
    """The command's result, or None when it could not start or did not finish in time.

    It runs in a session of its own: on a timeout the whole process group is killed, so a
    client that forked (a wrapper script, a helper it started) leaves nothing behind, and
    no leftover holding its output open keeps the kiosk waiting past the timeout.
    """
    try:
        process = subprocess.Popen(
            list(arguments),
            stdin=subprocess.DEVNULL if data is None else subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(env),
            start_new_session=True,
        )
    except OSError:  # not installed, not executable
        return None
    try:
        stdout, stderr = process.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(process)
        return None
    finally:
        if process.poll() is None:  # an exception other than the timeout: leave nothing
            kill_group(process)
    return subprocess.CompletedProcess(list(arguments), process.returncode, stdout, stderr)


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill the command and everything it started in its session, and reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)  # its session's id is its own pid
    except ProcessLookupError:  # the group is gone already
        pass
    except PermissionError:  # cannot happen for our own children; still, stop the leader
        process.kill()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    process.wait()


def read_jobs(
    queue: str, which: str, environ: Mapping[str, str], timeout: float
) -> list[Job] | None:
    """The queue's jobs ("all", "completed" or "not-completed"), oldest first; None when
    CUPS did not answer."""
    result = run_command(
        [
            "ipptool",
            "-c",
            "-T",
            str(max(1, round(timeout))),
            "-d",
            f"which={which}",
            ipp_printer_uri(queue, environ),
            str(resource_path("ipp", "get-jobs.test")),
        ],
        None,
        timeout,
        environ,
    )
    if result is None or result.returncode != 0:
        return None
    jobs = []
    output = result.stdout.decode("utf-8", "replace")
    for row in list(csv.reader(output.splitlines()))[1:]:  # row 1 names the columns
        if not row or not row[0].isdigit():
            continue
        job_id, state, message, reasons, name = [*row, "", "", "", "", ""][:5]
        jobs.append(
            Job(
                queue,
                int(job_id),
                state,
                tuple(r for r in reasons.split(",") if r and r != "none"),
                message,
                name,
            )
        )
    return sorted(jobs, key=lambda job: job.id)


@dataclass(frozen=True)
class Deadline:
    """When a call to CUPS must be over (time.monotonic()), handed along the call."""

    at: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds)

    def left(self) -> float:
        """The time a command still has; never nothing, so a late one still gets an
        answer it can give at once."""
        return max(0.05, self.at - time.monotonic())


@dataclass(frozen=True)
class QueueStatus:
    """What `lpstat` says of a queue, in words staff can act on."""

    reachable: bool  # the CUPS server answered
    exists: bool
    enabled: bool  # a disabled ("stopped") queue keeps jobs waiting
    accepting: bool  # a rejecting queue refuses new jobs
    reason: str | None  # CUPS's own words, e.g. why the queue was stopped

    @property
    def ready(self) -> bool:
        return self.reachable and self.exists and self.enabled and self.accepting


def media_option(slip: SlipPdf) -> str:
    """The `media` option matching the slip: A4 / A5, or a receipt as long as its content
    (its size as the renderer drew it)."""
    if slip.paper in ("a4", "a5"):
        return slip.paper.upper()
    width, height = slip.page_size_mm
    return f"Custom.{round(width)}x{round(height)}mm"


class CupsPrinter:
    name = "cups"
    paper = True

    def __init__(
        self,
        queue: str | None,
        copies: int = 1,
        *,
        env: Mapping[str, str] | None = None,
        budget_seconds: float = 1.2,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.queue = queue or None  # None: the system's default destination
        self._copies = copies
        self._env = {**(os.environ if env is None else env), "LC_ALL": "C", "LANG": "C"}
        # Each call fits in this, the whole of print_pdf too: the patient is told within
        # two seconds.
        self._budget = budget_seconds
        self._sleep = sleep

    # -- talking to CUPS --------------------------------------------------------------

    def _deadline(self, deadline: Deadline | None) -> Deadline:
        """The caller's deadline, or a new one for a call of its own. The deadline goes
        along the call, never onto the printer: the submission worker and the housekeeper
        print through this one object at the same time."""
        return deadline if deadline is not None else Deadline.after(self._budget)

    def _run(
        self, arguments: Sequence[str], deadline: Deadline, data: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes] | None:
        """The command's result, or None when CUPS did not answer in time."""
        return run_command(arguments, data, deadline.left(), self._env)

    @staticmethod
    def _words(result: subprocess.CompletedProcess[bytes]) -> str:
        text = (result.stderr or result.stdout).decode("utf-8", "replace")
        return " ".join(text.split()).removeprefix("lp: ").removeprefix("lpstat: ")

    def available(self) -> bool:
        """The CUPS client commands are installed."""
        # shutil.which, not Path.is_file: a folder on PATH the kiosk's user may not
        # read (a root-only /root/bin) raised PermissionError and crashed `doctor`.
        path = self._env.get("PATH", "")
        return all(shutil.which(tool, path=path) is not None for tool in ("lp", "lpstat"))

    def destination(self, deadline: Deadline | None = None) -> str | None:
        """The queue slips go to: the configured one, else the system's default."""
        if self.queue:
            return self.queue
        result = self._run(["lpstat", "-d"], self._deadline(deadline))
        match = _DEFAULT.search(result.stdout.decode("utf-8", "replace")) if result else None
        return match[1] if match else None

    def status(self, queue: str, deadline: Deadline | None = None) -> QueueStatus:
        """The queue's state, all of it asked within one deadline."""
        deadline = self._deadline(deadline)
        scheduler = self._run(["lpstat", "-r"], deadline)
        if scheduler is None:
            return QueueStatus(False, False, False, False, "CUPS did not answer")
        if "not running" in scheduler.stdout.decode("utf-8", "replace"):
            return QueueStatus(False, False, False, False, "CUPS is not running")
        printer = self._run(["lpstat", "-p", queue], deadline)
        if printer is None:
            return QueueStatus(False, False, False, False, "CUPS did not answer")
        text = printer.stdout.decode("utf-8", "replace")
        if printer.returncode != 0 or not text.startswith(f"printer {queue} "):
            return QueueStatus(True, False, False, False, self._words(printer) or "no such queue")
        accepting = self._run(["lpstat", "-a", queue], deadline)
        accepting_text = accepting.stdout.decode("utf-8", "replace") if accepting else ""
        lines = [line.strip() for line in text.splitlines()[1:] if line.strip()]
        return QueueStatus(
            reachable=True,
            exists=True,
            enabled=" disabled since " not in text.splitlines()[0],
            accepting=" not accepting " not in accepting_text,
            reason=" ".join(lines) or None,
        )

    def job_state(
        self, queue: str, job_id: str, deadline: Deadline | None = None
    ) -> tuple[JobState, str | None]:
        """(state, CUPS's words): pending, held, processing, stopped, cancelled, aborted,
        completed; UNKNOWN when CUPS did not answer, GONE when it no longer lists the job
        (its history purged, its spool lost: what that means is follow_jobs's to say)."""
        number = job_id.rsplit("-", 1)[-1]
        jobs = read_jobs(queue, "all", self._env, self._deadline(deadline).left())
        if jobs is None:
            return JobState.UNKNOWN, "CUPS did not answer"
        for job in jobs:
            if str(job.id) == number:
                state = JOB_STATES.get(job.state, JobState.UNKNOWN)
                if state in ON_PAPER:
                    return state, None  # nothing staff need to read
                return state, job.message or ", ".join(job.reasons) or None
        return JobState.GONE, "CUPS no longer knows this job"

    def find_job(
        self, queue: str | None, reference: str, known: frozenset[str] = frozenset()
    ) -> tuple[bool, tuple[str, str, JobState] | None]:
        """(CUPS answered, (queue, job id, state) of the newest job of this slip not in
        `known`, or None). For an attempt with no job id: an `lp` that timed out may still
        have queued its job (a slow or frozen cupsd), which must not be sent twice."""
        deadline = self._deadline(None)
        destination = queue or self.destination(deadline)
        if destination is None:
            return False, None
        jobs = read_jobs(destination, "all", self._env, deadline.left())
        if jobs is None:
            return False, None
        title = job_title(reference)
        for job in reversed(jobs):
            if job.name == title and job.request_id not in known:
                return True, (
                    destination,
                    job.request_id,
                    JOB_STATES.get(job.state, JobState.UNKNOWN),
                )
        return True, None

    def cancel(self, queue: str, job_id: str) -> None:
        """Take a job that will be replaced by a reprint out of the queue (and its PDF
        out of the spool)."""
        self._run(["cancel", job_id], self._deadline(None))

    def follows(self, backend: str) -> bool:
        return backend == self.name

    # -- the Printer interface ----------------------------------------------------------

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        """Every command of the print, asking for the default queue included, within one
        budget."""
        deadline = Deadline.after(self._budget)
        queue = self.destination(deadline)
        if queue is None:
            return PrintResult(
                False, self.name, JobState.FAILED, reason="no printer: no queue set and no default"
            )
        command = ["lp", "-d", queue, "-n", str(self._copies), "-t", job_title(reference)]
        command += ["-o", f"media={media_option(pdf)}"]
        # The slip goes through a pipe: no PDF with health data is left in a temp folder.
        submitted = self._run([*command, "-"], deadline, pdf.data)
        if submitted is None:
            return PrintResult(
                False, self.name, JobState.UNREACHABLE, queue, reason="CUPS did not answer in time"
            )
        match = _JOB_ID.search(submitted.stdout.decode("utf-8", "replace"))
        if submitted.returncode != 0 or match is None:
            # lp says "does not exist" both for a missing queue and a stopped CUPS: ask.
            status = self.status(queue, deadline)
            if not status.reachable:
                return PrintResult(
                    False, self.name, JobState.UNREACHABLE, queue, reason=status.reason
                )
            if not status.exists:
                missing = f"no queue {queue!r}: {self._words(submitted)}"
                return PrintResult(False, self.name, JobState.MISSING, queue, reason=missing)
            return PrintResult(
                False, self.name, JobState.REJECTED, queue, reason=self._words(submitted)
            )
        job_id = match[1]
        status = self.status(queue, deadline)
        if status.reachable and not status.enabled:  # the job waits: reception must print
            stopped = f"queue stopped: {status.reason}" if status.reason else "queue stopped"
            return PrintResult(False, self.name, JobState.PENDING, queue, job_id, stopped)
        while True:
            state, reason = self.job_state(queue, job_id, deadline)
            if state not in _UNDECIDED or deadline.left() <= 0.15:
                break
            self._sleep(0.05)
        if state == JobState.GONE:  # just accepted, yet not listed: followed like a silent CUPS
            state = JobState.UNKNOWN
        # Completed, or being printed by a working queue: the slip is on its way to paper.
        # Anything else (stopped, waiting, no answer) sends the patient to reception; the
        # attempt stays open and follow_jobs() learns how it ends.
        on_paper = state in ON_PAPER
        return PrintResult(on_paper, self.name, state, queue, job_id, reason, on_paper=on_paper)


class AutoPrinter:
    """printer.backend = "auto": CUPS when the system has a default printer at the time
    of the print, otherwise the folder (asked each time: CUPS may start after the kiosk).

    A slip written to the folder is not on paper (`on_paper` false): it is recorded as not
    printed, stays in reception's unprinted list and is retried to the printer."""

    def __init__(self, cups: CupsPrinter, folder: Printer) -> None:
        self._cups, self._folder = cups, folder
        self.name = "auto"

    @property
    def paper(self) -> bool:
        """Paper is possible once CUPS is installed; without it the PDF file is the slip."""
        return self._cups.available()

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        if not self._cups.available():  # no CUPS at all: the PDF file is the slip
            return self._folder.print_pdf(pdf, reference)
        # Asking CUPS for its default printer is part of the print, within its budget.
        result = self._cups.print_pdf(pdf, reference)
        if result.queue is not None:  # a printer was found: its answer stands
            return result
        written = self._folder.print_pdf(pdf, reference)  # a file, never paper
        why = "no CUPS printer answered: written as a PDF file, to print later"
        return replace(written, on_paper=False, reason=written.reason or why)

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        return self._cups.job_state(queue, job_id)

    def find_job(
        self, queue: str | None, reference: str, known: frozenset[str] = frozenset()
    ) -> tuple[bool, tuple[str, str, JobState] | None]:
        return self._cups.find_job(queue, reference, known)

    def cancel(self, queue: str, job_id: str) -> None:
        self._cups.cancel(queue, job_id)

    def follows(self, backend: str) -> bool:
        return backend == self._cups.name
