"""The print commands of the command line: `reprint REF` and `reprint --unprinted`,
reporting each slip as reception reads it, with the documented exit codes."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from kiosk.errors import ExitCode
from kiosk.printing.printers import PrintResult
from kiosk.records.store import DeclarationStore
from kiosk.services.submission import PRINT_ALL_LEAVES, SubmissionService


def reprint(service: SubmissionService, reference: str, out: TextIO, err: TextIO) -> int:
    result = service.reprint(reference)
    if result is None:
        err.write(f"radiology-kiosk: reprint: no declaration {reference!r} (see: list)\n")
        return ExitCode.NOT_FOUND
    if _report_print(service, reference, result, out, err):
        return ExitCode.OK
    err.write("Check the printer (doctor), then reprint again.\n")
    return ExitCode.PROBLEM


def _report_print(
    service: SubmissionService, reference: str, result: PrintResult, out: TextIO, err: TextIO
) -> bool:
    """One line on how a slip's print went; True when it went where it should."""
    where = f" on {result.queue}" if result.queue else ""
    if result.on_paper:
        out.write(f"{reference}: sent to the printer{where} ({result.state}).\n")
        return True
    if service.delivered(result):
        out.write(f"{reference}: slip written{where} (no paper printer).\n")
        return True
    if result.ok:  # "auto" with no printer answering: a PDF file, which is not paper
        err.write(
            f"radiology-kiosk: reprint {reference}: not printed, only written as a PDF file"
            f"{where} ({result.reason}); it stays unprinted.\n"
        )
        return False
    err.write(f"radiology-kiosk: reprint {reference}: not printed{where}: {result.reason}.\n")
    return False


def reprint_unprinted(
    service: SubmissionService,
    store: DeclarationStore,
    since: datetime,
    out: TextIO,
    err: TextIO,
) -> int:
    """`reprint --unprinted`: every slip made since `since` that is not on paper, oldest
    first, until the printer stops taking them. As staff's "print all": a job still
    queued or printing is left where it is (sending it again could print it twice)."""
    results = service.retry_unprinted(since, leave=PRINT_ALL_LEAVES)
    if not results:
        out.write("No slip of today is waiting for the printer.\n")
        return ExitCode.OK
    failed = [
        ref for ref, result in results.items() if not _report_print(service, ref, result, out, err)
    ]
    if not failed:
        return ExitCode.OK
    left = len(store.prints.unprinted(since))
    err.write(
        f"{left} slip(s) still not printed. Check the printer (doctor), then run "
        "reprint --unprinted again.\n"
    )
    return ExitCode.PROBLEM
