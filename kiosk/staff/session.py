"""Staff mode without Qt: locked, the PIN pad, or a role signed in.

The session decides; the screen (ui/staff/mode.py) only forwards what happened (a press on
the corner, a tap, a second gone by) and shows the session's views. Slow work (scrypt, the
database, the printer) is handed out as a `Work`: the screen runs it on its worker thread
and gives the result back with `finish`; the session drops a result whose session has
ended meanwhile, so nothing of a locked session reaches the screen again.

    LOCKED --long press--> PIN --right PIN--> OPEN
      ^                     |                   |
      +--cancel, 60 s idle--+---lock, idle------+

Messages are text keys with their values (`Notice`); the screen says them in the staff
language. Numbers stay numbers, for the screen to write the way its language does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Generic, TypeVar

from kiosk.staff.access import Attempt, PadState, Role, other_role
from kiosk.staff.desk import StaffDesk
from kiosk.staff.views import FILTERS, DeskView, Notice, PadView

log = logging.getLogger(__name__)
PIN_PAD_TIMEOUT = timedelta(seconds=60)  # a PIN pad left open goes back to the patients
# The long press shows it is being counted once it has lasted this long: a tap or a
# patient's brief touch shows nothing.
PRESS_FEEDBACK_AFTER = timedelta(seconds=1)
SEARCH_LENGTH = 20  # a last name's first letters, or a reference
T = TypeVar("T")


class Phase(Enum):
    LOCKED = "locked"  # the patient screens
    PIN = "pin"  # the PIN pad
    OPEN = "open"  # the staff screen, for `role`


@dataclass(frozen=True)
class Work(Generic[T]):
    """Slow work for the worker thread, and what to do with its result on the screen's."""

    run: Callable[[], T]
    apply: Callable[[T], Any]
    generation: int


class StaffSession:
    def __init__(
        self,
        desk: StaffDesk,
        long_press: timedelta,
        idle: timedelta,
        pin_timeout: timedelta = PIN_PAD_TIMEOUT,
    ) -> None:
        self.desk = desk
        self.long_press, self.idle, self.pin_timeout = long_press, idle, pin_timeout
        self.phase = Phase.LOCKED
        self.role: Role | None = None
        self.chosen = Role.STAFF
        self.which = "all"
        self.search = ""  # the list's search: a last name's first letters or a reference
        self._search_audited = False
        self.generation = 0  # a new one each time the session ends
        self.busy = False
        self.notice: Notice | None = None  # the PIN pad's message
        self._pressed_at: datetime | None = None
        self._last_touch: datetime | None = None

    # -- the corner and the clock -------------------------------------------------------

    def pressed(self, now: datetime, on_corner: bool) -> None:
        """Any press: a touch (the idle lock), and on the corner the long press starts."""
        self._last_touch = now
        if on_corner and self.phase is Phase.LOCKED:
            self._pressed_at = now

    def released(self) -> None:
        self._pressed_at = None

    def press_progress(self, now: datetime) -> float | None:
        """How far the corner's long press has come (0 to 1), once it has lasted
        `PRESS_FEEDBACK_AFTER`; None otherwise (no press, or too short to show)."""
        pressed = self._pressed_at
        if self.phase is not Phase.LOCKED or pressed is None:
            return None
        held = now - pressed
        if held < PRESS_FEEDBACK_AFTER:
            return None
        return min(1.0, held / self.long_press)

    def held_long_enough(self, now: datetime) -> bool:
        """The corner held for the long press: the PIN pad opens (`open_pad`)."""
        pressed = self._pressed_at
        if self.phase is Phase.LOCKED and pressed is not None and now - pressed >= self.long_press:
            self._pressed_at = None
            return True
        return False

    def timed_out(self, now: datetime) -> str | None:
        """Why the session must end now: the PIN pad or the staff screen left untouched."""
        last = self._last_touch
        if self.phase is Phase.LOCKED or last is None:
            return None
        if self.phase is Phase.PIN and now - last >= self.pin_timeout:
            return "PIN pad timed out"
        if self.phase is Phase.OPEN and now - last >= self.idle:
            return "auto-lock"
        return None

    # -- the PIN pad -----------------------------------------------------------------------

    def open_pad(self, now: datetime) -> Work[PadState]:
        """The PIN pad, on Reception; the locks and PINs as stored are read on the worker."""
        self.phase, self.role, self.chosen = Phase.PIN, None, Role.STAFF
        self.busy, self.notice = False, None
        self._last_touch = now
        access = self.desk.access
        return self._work(lambda: access.pad_state(now), self._pad_read)

    def _pad_read(self, state: PadState) -> None:
        if state.fault is not None:
            self._fault(state.fault)
        elif state.configured is False:
            self.notice = Notice("pin_not_set")

    def choose(self, role: Role, now: datetime) -> None:
        """Reception or IT tapped: whose PIN, and whose lock the pad shows."""
        self._last_touch = now
        if self.phase is Phase.PIN and not self.busy:
            if role is not self.chosen and self.notice is not None:
                self.notice = None
            self.chosen = role

    def check_pin(self, pin: str, now: datetime) -> Work[Attempt] | None:
        """OK tapped: the PIN is checked on the worker (scrypt, a database that may be
        busy); one at a time."""
        self._last_touch = now
        if self.phase is not Phase.PIN or self.busy:
            return None
        self.busy = True
        access, chosen = self.desk.access, self.chosen
        return self._work(lambda: access.try_pin(pin, now, chosen), self._pin_checked)

    def _pin_checked(self, attempt: Attempt) -> None:
        self.busy = False
        if attempt.fault is not None:
            self._fault(attempt.fault)
        elif attempt.role is None:
            self.notice = Notice("pin_wrong") if attempt.locked_until is None else None
        else:
            self.phase, self.role, self.which = Phase.OPEN, attempt.role, "all"
            self.search, self._search_audited = "", False
            self.notice = None

    def _fault(self, fault: str) -> None:
        """The PIN could not be checked (a failed disk, an unreadable pepper file): said in
        words for IT; the keys stay usable to try again."""
        log.error("PIN pad: %s", fault)
        self.busy = False
        self.notice = Notice("staff_failed", {"reason": fault})

    def pad_view(self, now: datetime) -> PadView:
        access = self.desk.access
        until = access.locked_until(self.chosen, now)
        if until is None:
            return PadView(self.chosen, None, None, self.notice, self.busy)
        seconds = max(1, int((until - now).total_seconds() + 0.999))
        other = other_role(self.chosen)
        open_other = other if access.locked_until(other, now) is None else None
        return PadView(self.chosen, seconds, open_other, None, self.busy)

    # -- leaving ---------------------------------------------------------------------------

    def leave(self, why: str) -> Work[None] | None:
        """Back to the patients: every result still on its way is dropped. The lock of a
        signed-in session is audited on the worker (a busy database never holds the
        screen)."""
        role = self.role
        self.generation += 1
        self.phase, self.role, self.busy, self.notice = Phase.LOCKED, None, False, None
        self.chosen, self.which = Role.STAFF, "all"
        self.search, self._search_audited = "", False
        self._pressed_at = None
        if role is None:
            return None
        desk = self.desk
        return Work(lambda: desk.audit(role, why), lambda _: None, self.generation)

    def exit_to_desktop(self) -> bool:
        """IT only: audited here, on the way out (the kiosk is closing)."""
        if self.phase is not Phase.OPEN or self.role is not Role.IT:
            return False
        self.desk.audit(Role.IT, "exit to desktop")
        return True

    # -- the staff screen ------------------------------------------------------------------

    def touch(self, now: datetime) -> None:
        self._last_touch = now

    def read_desk(self, now: datetime) -> Work[DeskView] | None:
        """Today's list, the last print errors, the printer and the faults."""
        role, which, search, desk = self.role, self.which, self.search, self.desk
        if self.phase is not Phase.OPEN or role is None:
            return None
        # A search is a look at patient data: that one was made is audited, once per
        # search (not per letter), and never the letters typed, which are a name's.
        audit = bool(search) and not self._search_audited
        self._search_audited = bool(search)

        def read() -> DeskView:
            if audit:
                desk.audit(role, "search")
            faults = tuple(Notice(key, dict(values)) for key, values in desk.faults(now))
            return DeskView(
                role,
                which,
                tuple(desk.day(now, which, search)),
                tuple(desk.last_errors()),
                desk.printer_state(),
                faults,
                search,
            )

        return self._work(read, lambda view: view)

    def choose_filter(self, which: str, now: datetime) -> Work[DeskView] | None:
        if which in FILTERS:
            self.which = which
        return self.read_desk(now)

    def search_for(self, text: str, now: datetime) -> Work[DeskView] | None:
        """The search typed so far (a last name's first letters, or a reference); ""
        shows the whole list again."""
        self._last_touch = now
        self.search = text.strip()[:SEARCH_LENGTH]
        return self.read_desk(now)

    def open_slip(self, reference: str) -> Work[bytes | None] | None:
        role = self.role
        if self.phase is not Phase.OPEN or role is None:
            return None
        desk = self.desk
        return self._work(lambda: desk.slip(reference, role), lambda pdf: pdf)

    def reprint(self, reference: str) -> Work[Notice] | None:
        role = self.role
        if self.phase is not Phase.OPEN or role is None:
            return None
        desk = self.desk

        def run() -> Notice:
            result = desk.reprint(reference, role)
            if result is None:
                return Notice("staff_not_reprinted", {"reference": reference, "reason": "?"})
            # Said as it happened, as the command line does (kiosk/commands/reprint.py):
            # paper, a PDF file where no paper printer is set up, or a PDF file written
            # because the printer did not answer, which is no slip on paper.
            if result.on_paper:
                return Notice("staff_reprinted", {"reference": reference})
            folder = result.queue or "?"
            if desk.delivered(result):
                return Notice("staff_reprint_written", {"reference": reference, "folder": folder})
            reason = result.reason or str(result.state)
            if result.ok:
                return Notice("staff_reprint_file_only", {"reference": reference, "reason": reason})
            return Notice("staff_not_reprinted", {"reference": reference, "reason": reason})

        return self._work(run, lambda notice: notice)

    def print_unprinted(self, now: datetime) -> Work[list[Notice]] | None:
        """Today's slips not on paper, sent again."""
        role = self.role
        if self.phase is not Phase.OPEN or role is None:
            return None
        desk = self.desk

        def run() -> list[Notice]:
            results = desk.print_unprinted(now, role)
            queued = desk.still_queued(now)
            sent = [result for result in results.values() if desk.delivered(result)]
            missed = [result for result in results.values() if not desk.delivered(result)]
            written = [result for result in sent if not result.on_paper]  # no paper printer
            if not results:
                notices = [Notice("staff_unprinted_none")]
            elif missed:
                reason = missed[-1].reason or missed[-1].state
                notices = [Notice("staff_unprinted_failed", {"count": len(sent), "reason": reason})]
            elif written:
                notices = [Notice("staff_unprinted_written", {"count": len(sent)})]
            else:
                notices = [Notice("staff_unprinted_sent", {"count": len(sent)})]
            if queued:  # left to print where they are: sending them again could print twice
                notices.append(Notice("staff_unprinted_queued", {"count": queued}))
            return notices

        return self._work(run, lambda notices: notices)

    def test_print(self, now: datetime) -> Work[Notice] | None:
        role = self.role
        if self.phase is not Phase.OPEN or role is None:
            return None
        desk = self.desk

        def run() -> Notice:
            result = desk.test_print(now, role)
            if result.on_paper:
                return Notice("staff_test_sent")
            if desk.delivered(result):  # no paper printer: the page is a PDF file
                return Notice("staff_test_written", {"folder": result.queue or "?"})
            return Notice("staff_test_failed", {"reason": result.reason or result.state})

        return self._work(run, lambda notice: notice)

    # -- helpers ---------------------------------------------------------------------------

    def current(self, generation: int) -> bool:
        """Whether work handed out with this generation still belongs to the session."""
        return generation == self.generation and self.phase is not Phase.LOCKED

    def finish(self, work: Work[T], result: T) -> Any:
        """The worker's result, on the screen's thread: applied, or dropped (None) when the
        session it was for has ended."""
        if not self.current(work.generation):
            return None
        return work.apply(result)

    def failed(self, work: Work[Any], error: Exception) -> Notice | None:
        """The worker's error: a fault the screen says, or nothing for an ended session."""
        if not self.current(work.generation):
            return None
        if self.phase is Phase.PIN:
            self._fault(str(error) or type(error).__name__)
            return self.notice
        return Notice("staff_failed", {"reason": str(error) or type(error).__name__})

    def _work(self, run: Callable[[], T], apply: Callable[[T], Any]) -> Work[T]:
        return Work(run, apply, self.generation)
