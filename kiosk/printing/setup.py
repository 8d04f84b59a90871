"""The kiosk's printer, built once from the config (`printer.backend`, `printer.queue`,
`printer.copies`, the slips folder): the one place that decides where slips go.

Submission prints through `PrinterSetup.printer`; the staff screen and `doctor` ask
`PrinterSetup.check()` where slips go right now. The kiosk builds it once (assembly.py)
and `doctor` the same way (`printer_setup`), so the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config
from kiosk.printing.cups import AutoPrinter, CupsPrinter, QueueStatus
from kiosk.printing.printers import FolderPrinter, Printer


def printer_kind(status: QueueStatus) -> str:
    """The queue's state as one word the staff screen has a text for (PRINTER_KINDS)."""
    if not status.reachable:
        return "unreachable"
    if not status.exists:
        return "missing"
    if not status.enabled:
        return "stopped"
    if not status.accepting:
        return "not_accepting"
    return "ready"


def queue_words(status: QueueStatus) -> str:
    """A queue's state in English words, for the command line."""
    reason = f" ({status.reason})" if status.reason else ""
    words = {"not_accepting": "not accepting jobs", "missing": "no such queue"}
    kind = printer_kind(status)
    return f"{words.get(kind, kind)}{reason}"


@dataclass(frozen=True)
class PrinterCheck:
    """Where slips go right now, for the staff screen and `doctor` to put in words."""

    backend: str  # printer.backend: "auto", "cups" or "folder"
    folder: Path  # where the folder backend writes slips
    client: bool  # the CUPS client commands are installed (False for "folder": not asked)
    queue: str | None  # the CUPS queue slips go to: the configured one, else the default
    status: QueueStatus | None  # that queue's state; None without a queue

    @property
    def to_folder(self) -> bool:
        """Slips are written as PDF files: the folder backend, or "auto" with no queue."""
        return self.backend == "folder" or (self.backend == "auto" and self.queue is None)


class PrinterSetup:
    def __init__(self, backend: str, folder: FolderPrinter, cups: CupsPrinter) -> None:
        self.backend = backend
        self.folder, self.cups = folder, cups
        self.printer: Printer
        if backend == "cups":
            self.printer = cups
        elif backend == "folder":
            self.printer = folder
        else:  # "auto": asked at each slip whether CUPS has a default printer
            self.printer = AutoPrinter(cups, folder)

    @property
    def where(self) -> str:
        """The printer in a word, for a test page: its queue, else its backend."""
        return self.cups.queue or self.backend

    def check(self) -> PrinterCheck:
        """Ask CUPS (a few client commands, each within the printer's budget): call it off
        the GUI thread."""
        if self.backend == "folder":
            return PrinterCheck(self.backend, self.folder.folder, False, None, None)
        client = self.cups.available()
        queue = self.cups.destination() if client else None
        status = self.cups.status(queue) if queue is not None else None
        return PrinterCheck(self.backend, self.folder.folder, client, queue, status)


def printer_setup(config: Config) -> PrinterSetup:
    """The configured printer: the kiosk's, the command line's and `doctor`'s."""
    return PrinterSetup(
        config.printer.backend,
        FolderPrinter(config.slip_folder),
        CupsPrinter(config.printer.queue, config.printer.copies),
    )
