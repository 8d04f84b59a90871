"""Printing through CUPS with its standard client commands (`lp`, `lpstat`).

Every call has a timeout and runs on the submission worker, never on the GUI thread.
Messages are read in the C locale. CUPS saying "completed" only means the data left for
the printer: a slip can always be printed again.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.printing import PrintResult

_JOB_ID = re.compile(r"request id is (\S+)")
_DEFAULT = re.compile(r"system default destination: (\S+)")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")
POINTS_PER_MM = 72 / 25.4


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


def page_size_mm(pdf: bytes) -> tuple[float, float] | None:
    """The first page's size in millimetres, read from the PDF's MediaBox."""
    match = _MEDIABOX.search(pdf)
    if match is None:
        return None
    return float(match[1]) / POINTS_PER_MM, float(match[2]) / POINTS_PER_MM


def media_option(paper: str, pdf: bytes) -> str | None:
    """The `media` option matching the slip: A4 / A5, or a receipt as long as its content."""
    if paper in ("a4", "a5"):
        return paper.upper()
    size = page_size_mm(pdf)
    if size is None:
        return None
    return f"Custom.{round(size[0])}x{round(size[1])}mm"


class CupsPrinter:
    name = "cups"
    produces_paper = True

    def __init__(
        self,
        queue: str | None,
        paper: str,
        copies: int = 1,
        *,
        env: Mapping[str, str] | None = None,
        timeout: float = 4.0,
        settle_seconds: float = 1.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.queue = queue or None  # None: the system's default destination
        self._paper = paper
        self._copies = copies
        self._env = {**(os.environ if env is None else env), "LC_ALL": "C", "LANG": "C"}
        self._timeout = timeout
        self._settle = settle_seconds
        self._sleep = sleep

    # -- talking to CUPS --------------------------------------------------------------

    def _run(
        self, arguments: Sequence[str], data: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes] | None:
        """The command's result, or None when CUPS did not answer in time."""
        try:
            return subprocess.run(
                list(arguments),
                input=data,
                capture_output=True,
                timeout=self._timeout,
                env=self._env,
                check=False,
            )
        except (subprocess.TimeoutExpired, FileNotFoundError):
            return None

    @staticmethod
    def _words(result: subprocess.CompletedProcess[bytes]) -> str:
        text = (result.stderr or result.stdout).decode("utf-8", "replace")
        return " ".join(text.split()).removeprefix("lp: ").removeprefix("lpstat: ")

    def destination(self) -> str | None:
        """The queue slips go to: the configured one, else the system's default."""
        if self.queue:
            return self.queue
        result = self._run(["lpstat", "-d"])
        match = _DEFAULT.search(result.stdout.decode("utf-8", "replace")) if result else None
        return match[1] if match else None

    def status(self, queue: str) -> QueueStatus:
        scheduler = self._run(["lpstat", "-r"])
        if scheduler is None:
            return QueueStatus(False, False, False, False, "CUPS did not answer")
        if "not running" in scheduler.stdout.decode("utf-8", "replace"):
            return QueueStatus(False, False, False, False, "CUPS is not running")
        printer = self._run(["lpstat", "-p", queue])
        if printer is None:
            return QueueStatus(False, False, False, False, "CUPS did not answer")
        text = printer.stdout.decode("utf-8", "replace")
        if printer.returncode != 0 or not text.startswith(f"printer {queue} "):
            return QueueStatus(True, False, False, False, self._words(printer) or "no such queue")
        accepting = self._run(["lpstat", "-a", queue])
        accepting_text = accepting.stdout.decode("utf-8", "replace") if accepting else ""
        lines = [line.strip() for line in text.splitlines()[1:] if line.strip()]
        reason = " ".join(lines) or None
        return QueueStatus(
            reachable=True,
            exists=True,
            enabled=" disabled since " not in text.splitlines()[0],
            accepting=" not accepting " not in accepting_text,
            reason=reason,
        )

    def job_state(self, queue: str, job_id: str) -> tuple[str, str | None]:
        """(state, CUPS's words) of a job: "pending", "held", "processing", "stopped" (its
        filter or device failed: nothing will come out), "completed" (CUPS lists aborted
        and cancelled jobs with the completed ones), or "unknown" if CUPS did not answer."""
        waiting = self._run(["lpstat", "-l", "-o", queue])
        if waiting is None:
            return "unknown", "CUPS did not answer"
        block: list[str] | None = None
        for line in waiting.stdout.decode("utf-8", "replace").splitlines():
            if not line.startswith(("\t", " ")):
                block = [] if line.split()[:1] == [job_id] else None
            elif block is not None:
                block.append(line.strip())
        if block is None:
            return "completed", None
        details = dict(line.split(": ", 1) for line in block if ": " in line)
        alerts, status = details.get("Alerts", ""), details.get("Status")
        if "completed-with-errors" in alerts or "aborted" in alerts or "stopped" in alerts:
            return "stopped", status or alerts
        if "job-printing" in alerts:
            return "processing", status
        if "hold" in alerts:
            return "held", status or alerts
        return "pending", status

    # -- the Printer interface ----------------------------------------------------------

    def print_pdf(self, pdf: bytes, reference: str) -> PrintResult:
        queue = self.destination()
        if queue is None:
            return PrintResult(
                False, self.name, "failed", reason="no printer: no queue set and no default"
            )
        command = ["lp", "-d", queue, "-n", str(self._copies), "-t", f"slip {reference}"]
        media = media_option(self._paper, pdf)
        if media:
            command += ["-o", f"media={media}"]
        # The slip goes through a pipe: no PDF with health data is left in a temp folder.
        submitted = self._run([*command, "-"], pdf)
        if submitted is None:
            return PrintResult(
                False, self.name, "unreachable", queue, reason="CUPS did not answer in time"
            )
        match = _JOB_ID.search(submitted.stdout.decode("utf-8", "replace"))
        if submitted.returncode != 0 or match is None:
            # lp says "does not exist" both for a missing queue and a stopped CUPS: ask.
            status = self.status(queue)
            if not status.reachable:
                return PrintResult(False, self.name, "unreachable", queue, reason=status.reason)
            if not status.exists:
                missing = f"no queue {queue!r}: {self._words(submitted)}"
                return PrintResult(False, self.name, "missing", queue, reason=missing)
            return PrintResult(False, self.name, "rejected", queue, reason=self._words(submitted))
        job_id = match[1]
        status = self.status(queue)
        if not status.enabled:  # the job waits in a stopped queue: reception must reprint
            stopped = f"queue stopped: {status.reason}" if status.reason else "queue stopped"
            return PrintResult(False, self.name, "pending", queue, job_id, stopped)
        state: str = "pending"
        reason: str | None = None
        deadline = time.monotonic() + self._settle
        while time.monotonic() < deadline:
            state, reason = self.job_state(queue, job_id)
            if state in ("completed", "stopped"):
                break
            self._sleep(0.1)
        if state in ("stopped", "held"):  # nothing will come out without staff
            return PrintResult(False, self.name, state, queue, job_id, reason)
        # A job still being handled by an enabled queue is on its way to the paper.
        return PrintResult(True, self.name, state, queue, job_id, reason)
