"""Where slips go. A printer takes a slip's PDF and says what happened to it.

The `Printer` protocol, and the folder backend (a PDF file per slip, for set-ups without
a printer and for development); the CUPS backend (kiosk/printing/cups.py) is behind the
same interface, and kiosk/printing/setup.py chooses between them from the config.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from kiosk.files import write_atomically
from kiosk.job_state import JobState


@dataclass(frozen=True)
class SlipPdf:
    """A slip's PDF with the paper it was drawn for, handed over together by the renderer:
    the printer asks for that paper without reading anything back out of the PDF."""

    data: bytes
    paper: str  # the `slip.paper` it was drawn for: "receipt80", "a5", "a4"
    page_size_mm: tuple[float, float]  # (width, height) of its pages


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    backend: str
    state: JobState  # COMPLETED, FAILED (CUPS adds PENDING, HELD, PROCESSING, ...)
    queue: str | None = None  # folder or queue name
    job_id: str | None = None
    reason: str | None = None  # for staff: why it failed
    on_paper: bool = False  # the slip is on its way to paper the patient can take


class Printer(Protocol):
    name: str

    @property
    def paper(self) -> bool:
        """This printer can put a slip on paper. A PDF file is not paper: where paper is
        possible, a slip only written to a file stays "not printed" and is retried."""
        ...

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        """Send one slip; never raises for a printer problem, reports it instead."""
        ...

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        """(state, reason) of a job sent earlier, to follow it after submission."""
        ...

    def cancel(self, queue: str, job_id: str) -> None:
        """Withdraw a job that a reprint replaces."""
        ...

    def follows(self, backend: str) -> bool:
        """True for the attempts of `backend` whose jobs this printer can follow."""
        ...


class FolderPrinter:
    """Writes each slip as `<folder>/<UTC time>-<reference>.pdf`, readable by its owner only."""

    name = "folder"
    paper = False

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        return JobState.COMPLETED, None  # written in full before print_pdf returned

    def cancel(self, queue: str, job_id: str) -> None:
        """A written file is not withdrawn: reception sees both."""

    def follows(self, backend: str) -> bool:
        return backend == self.name

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.folder / f"{stamp}-{reference}.pdf"
        copy = 1
        while target.exists():  # a reprint within the same second keeps the first file
            copy += 1
            target = self.folder / f"{stamp}-{reference}-{copy}.pdf"
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(target, pdf.data)  # a reader never sees half a slip
        except OSError as error:
            return PrintResult(
                ok=False,
                backend=self.name,
                state=JobState.FAILED,
                queue=str(self.folder),
                reason=f"{error.strerror}: {target}",
            )
        return PrintResult(
            ok=True,
            backend=self.name,
            state=JobState.COMPLETED,
            queue=str(self.folder),
            job_id=target.name,
        )


def purge_slip_files(folder: Path, before: datetime) -> int:
    """Delete the slip PDFs written before `before` (they hold the patient's answers)."""
    if not folder.is_dir():
        return 0
    removed = 0
    cutoff = before.timestamp()
    # Half-written slips left by a power cut (".slip-*.part") hold patient data too.
    for path in [*folder.glob("*.pdf"), *folder.glob(".slip-*.part")]:
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:  # gone meanwhile, or not ours: the next purge tries again
            continue
    return removed
