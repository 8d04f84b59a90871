"""What the staff screens show, as plain values: the staff session (kiosk/staff/session.py)
makes them, the screens (ui/staff/) draw them. Nothing here reads the database or the
printer, so a screen that imports this module imports neither."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.staff.access import Role

FILTERS = ("all", "flagged", "unprinted")
RECORD_STATES = ("delivered", "waiting", "parked")  # kiosk/records/outbox.py OutboxState
PRINTER_KINDS = ("ready", "stopped", "not_accepting", "unreachable", "missing", "none")


@dataclass(frozen=True)
class Notice:
    """A text key of ui/texts.py and its values. Numbers stay numbers, for the screen to
    write the way its language does."""

    key: str
    values: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class DayRow:
    """One line of the staff list: enough to find the patient, nothing more."""

    reference: str
    created_at: datetime
    initials: str  # "L. M.": the last name's and first name's first letters
    to_check: int  # answers flagged for the nurse
    paper: bool | None  # True: on paper; False: only a PDF file; None: not printed
    for_child: bool = False  # declared by a parent for their child
    # The hospital's record ([fhir]): None when not sent there; else one of RECORD_STATES
    record: str | None = None
    record_reason: str | None = None  # why the record refused it ("parked")


@dataclass(frozen=True)
class PrinterState:
    kind: str  # one of PRINTER_KINDS; "none": no printer, slips are PDF files
    queue: str | None = None  # the CUPS queue, or the slips folder
    reason: str | None = None  # CUPS's own words (out of paper, ...)

    @property
    def ready(self) -> bool:
        return self.kind == "ready"


@dataclass(frozen=True)
class PadView:
    """What the PIN pad shows."""

    chosen: Role
    locked_seconds: int | None  # the chosen role's lock, counting down; keys disabled
    other_open: Role | None  # with a lock: the other role, whose PIN still works
    notice: Notice | None  # wrong PIN, no PIN set, a fault
    busy: bool  # a PIN is being checked


@dataclass(frozen=True)
class DeskView:
    """What the staff screen shows for the signed-in role."""

    role: Role
    which: str
    rows: tuple[DayRow, ...]
    errors: tuple[str, ...]
    printer: PrinterState
    faults: tuple[Notice, ...]
    search: str = ""  # the search the rows answer ("" : none)
