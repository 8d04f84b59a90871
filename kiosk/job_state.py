"""The states of a slip's print job, and the one place that says what each set of them
means. Printers report them, `print_attempts.state` stores their values (a `StrEnum`:
the stored text is the value, so the database is unchanged), the submission service and
the staff desk decide by them.

A module of its own below printing and records, which may not import each other.
"""

from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    # As CUPS reports a job (IPP job-state, cups.JOB_STATES)
    PENDING = "pending"
    HELD = "held"  # pending-held: prints only once released
    PROCESSING = "processing"
    # processing-stopped: the job stays in the queue, part-done, until its printer is
    # resumed or someone restarts or cancels it (CUPS 2.4 leaves a job whose filter
    # failed there): nothing comes out on its own, yet it may still come out.
    STOPPED = "stopped"
    CANCELLED = "cancelled"
    ABORTED = "aborted"
    COMPLETED = "completed"  # the data left for the printer (or the PDF file is written)
    # What the kiosk knows of a job beyond CUPS's words
    UNKNOWN = "unknown"  # CUPS did not answer
    GONE = "gone"  # CUPS no longer lists the job (history purged, spool lost)
    # A print that made no job
    FAILED = "failed"  # the renderer, the folder or the backend failed
    UNREACHABLE = "unreachable"  # CUPS did not answer `lp` in time: it may have queued it
    MISSING = "missing"  # no such queue
    REJECTED = "rejected"  # the queue refused the job
    BUSY = "busy"  # another program is sending this slip right now (never stored)
    # An attempt of the print_attempts table before it has a job
    SENDING = "sending"  # written before `lp` runs (print_records.claim_print)
    INTERRUPTED = "interrupted"  # a "sending" attempt cut off (a crash mid-print)


def job_state(text: str) -> JobState:
    """The state stored as `text`; a text no kiosk wrote reads as UNKNOWN (followed, never
    assumed printed)."""
    try:
        return JobState(text)
    except ValueError:
        return JobState.UNKNOWN


# The slip is on its way to paper: printing, or sent to the printer.
ON_PAPER = frozenset({JobState.PROCESSING, JobState.COMPLETED})
# Still in the printer's queue, or possibly (CUPS did not answer): it may still come out.
# These jobs are followed (follow_jobs), and withdrawn before a reprint sends the slip
# again, so one slip comes out.
IN_QUEUE = frozenset(
    {JobState.PENDING, JobState.HELD, JobState.PROCESSING, JobState.STOPPED, JobState.UNKNOWN}
)
# A job in the queue that the housekeeper leaves to print where it is (a pending job in a
# disabled queue prints once it is enabled; a held one once released). A stopped job is
# replaced: nothing restarts it by itself.
LEFT_TO_PRINT = IN_QUEUE - {JobState.STOPPED}
# ...and that staff's "print all" leaves: queued behind a busy printer, or printing. A
# held job, which prints only once released, is replaced too.
QUEUED = LEFT_TO_PRINT - {JobState.HELD}
# An attempt that ended with no job id although `lp` may have run: look in the queue for
# its job before sending the slip again.
MAYBE_SENT = frozenset({JobState.UNREACHABLE, JobState.INTERRUPTED})
# A job of the slip found in the queue in one of these states is adopted, not sent again
# (a stopped one is recorded, then withdrawn and replaced).
ADOPTABLE = LEFT_TO_PRINT | {JobState.COMPLETED}
