"""Staff mode: a long press on the top corner, the PIN pad, the staff screen, the lock.

A patient will not open it by chance: it takes a press held for `staff.long_press_seconds`
on the department's name, then a PIN. Staff mode locks itself after `staff.idle_seconds`
without a touch, and locking wipes the staff screen before the patient screens return.
Time comes from the same clock as the patient flow, so tests run it in test time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.printing.printers import PrintResult
from kiosk.records.store import StoreError, Summary
from kiosk.staff.access import Attempt, PadState, Role, other_role
from kiosk.staff.desk import PrinterState, StaffDesk
from ui.background import BackgroundRunner
from ui.staff.pin_screen import PinScreen
from ui.staff.staff_screen import StaffScreen
from ui.texts import Words
from ui.theme import Theme

log = logging.getLogger(__name__)
PIN_PAD_TIMEOUT = timedelta(seconds=60)  # a PIN pad left open goes back to the patients
PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class StaffMode(QObject):
    opened = Signal(QWidget)  # the page to show (PIN pad or staff screen)
    closed = Signal(bool)  # back to the patient screens; True: staff had logged in
    exit_requested = Signal()  # IT asked to leave the kiosk for the desktop

    def __init__(
        self,
        desk: StaffDesk,
        words: Callable[[], Words],
        theme: Theme,
        clock: Callable[[], datetime],
        background: BackgroundRunner,
        corner: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self._words, self._clock = desk, words, clock
        self._background = background
        self._corner = corner
        settings = desk.config.staff
        self._long_press = timedelta(seconds=settings.long_press_seconds)
        self._idle = timedelta(seconds=settings.idle_seconds)
        self.pin_screen = PinScreen(theme)
        self.staff_screen = StaffScreen(theme)
        self.mode = "off"  # "off", "pin" or "staff"
        self.role: Role | None = None
        self._pressed_at: datetime | None = None
        # The long press is due when it is due, not at the next one-second tick (which
        # made 3 s take 3 to 4): a timer checks the flow's clock at that moment.
        self._press_timer = QTimer(self)
        self._press_timer.setSingleShot(True)
        self._press_timer.setInterval(round(settings.long_press_seconds * 1000))
        self._press_timer.timeout.connect(self._long_press_due)
        self._last_touch = clock()
        self._which = "all"
        self._generation = 0  # results of work started before a lock are dropped
        self._lock_shown = False

        self.pin_screen.entered.connect(self._pin_entered)
        self.pin_screen.role_chosen.connect(self._role_chosen)
        self.pin_screen.cancelled.connect(lambda: self.leave("cancel"))
        screen = self.staff_screen
        screen.refresh_requested.connect(self.refresh)
        screen.filter_chosen.connect(self._filter)
        screen.declaration_chosen.connect(self._open_slip)
        screen.reprint_requested.connect(self._reprint)
        screen.print_unprinted_requested.connect(self._print_unprinted)
        screen.test_print_requested.connect(self._test_print)
        screen.lock_requested.connect(lambda: self.leave("lock"))
        screen.exit_requested.connect(self._exit)

    @property
    def active(self) -> bool:
        return self.mode != "off"

    # -- from the window -----------------------------------------------------------------

    def observe(self, watched: QObject, event: QEvent) -> None:
        """Every press anywhere: a touch for the idle lock, and the corner's long press."""
        kind = event.type()
        if kind in PRESSES:
            self._last_touch = self._clock()
            if watched is self._corner and self.mode == "off":
                self._pressed_at = self._clock()
                self._press_timer.start()
        elif kind in RELEASES and watched is self._corner:
            self._pressed_at = None
            self._press_timer.stop()

    def _long_press_due(self) -> None:
        pressed = self._pressed_at
        held = pressed is not None and self._clock() - pressed >= self._long_press
        if self.mode == "off" and held:
            self._pressed_at = None
            self.open_pin_pad()

    def tick(self) -> None:
        """Once a second, from the window's timer."""
        now = self._clock()
        if self.mode == "off":
            if self._pressed_at is not None and now - self._pressed_at >= self._long_press:
                self._pressed_at = None
                self.open_pin_pad()
            return
        if self.mode == "pin":
            if now - self._last_touch >= PIN_PAD_TIMEOUT:
                self.leave("PIN pad timed out")
            else:
                self._show_lock(now)
            return
        if now - self._last_touch >= self._idle:
            self.leave("auto-lock")

    def open_pin_pad(self) -> None:
        self.mode = "pin"
        self._last_touch = now = self._clock()
        self._lock_shown = False
        self.pin_screen.reset()
        self.pin_screen.show_pad(self._words())
        self._show_lock(now)  # as memory knows it; the database's answer follows
        self.opened.emit(self.pin_screen)
        access = self.desk.access

        def done(state: PadState) -> None:
            if state.fault is not None:
                self._show_fault(state.fault)
            elif state.configured is False:
                self.pin_screen.show_message(self._words().text("pin_not_set"))
            self._show_lock(self._clock())

        self._run_pin(lambda: access.pad_state(now), done)

    def leave(self, why: str) -> None:
        """Lock: forget every staff datum shown, and go back to the patient screens. The
        screen is wiped first: a database that cannot record the lock must not keep it
        open."""
        role = self.role
        self._generation += 1
        self.mode, self.role = "off", None
        self.staff_screen.reset()
        self.pin_screen.reset()
        self.closed.emit(role is not None)
        if role is not None:  # written on the background runner: a busy database never
            # holds the screen (the lock is already done; its trace follows)
            self._background.run(
                lambda: self._audit(role.value, why), lambda _: None, lambda _: None
            )

    # -- PIN -----------------------------------------------------------------------------

    def _pin_entered(self, pin: str) -> None:
        """The PIN is checked on the background runner (scrypt, and a database that may be
        busy for seconds): the GUI thread never waits for it, and the keys wait meanwhile
        so that one PIN at a time is checked."""
        now = self._clock()
        access = self.desk.access
        chosen = self.pin_screen.role
        self.pin_screen.set_busy(True)

        def done(attempt: Attempt) -> None:
            self.pin_screen.set_busy(False)
            if attempt.fault is not None:
                self._show_fault(attempt.fault)
            elif attempt.role is None:
                self.pin_screen.show_message(self._words().text("pin_wrong"))
                self._show_lock(self._clock())
            else:
                self._logged_in(attempt.role)

        self._run_pin(lambda: access.try_pin(pin, now, chosen), done)

    def _logged_in(self, role: Role) -> None:
        now = self._clock()
        self.role, self.mode = role, "staff"
        self._which = "all"
        self._last_touch = now
        self.pin_screen.reset()
        self.opened.emit(self.staff_screen)
        self.refresh()

    def _show_fault(self, fault: str) -> None:
        """The PIN could not be checked (a failed disk, an unreadable pepper file): said
        on the PIN pad, in words for IT; the keys stay usable to try again."""
        log.error("PIN pad: %s", fault)
        self._lock_shown = False
        self.pin_screen.show_message(self._words().text("staff_failed", reason=fault))

    def _role_chosen(self, _role: Role) -> None:
        """Reception or IT tapped: that role's lock (or none) is what the pad now shows."""
        now = self._last_touch = self._clock()
        if self._lock_shown:
            self._lock_shown = False
            self.pin_screen.show_message(None)
        self._show_lock(now)

    def _show_lock(self, now: datetime) -> None:
        """The chosen role's lock: its countdown, keys disabled, and whether the other
        role's PIN still opens the pad (choosing it enables the keys)."""
        chosen = self.pin_screen.role
        until = self.desk.access.locked_until(chosen, now)
        if until is None:
            if self._lock_shown:  # the wait is over: the keys work again
                self._lock_shown = False
                self.pin_screen.show_message(None)
            return
        self._lock_shown = True
        seconds = max(1, int((until - now).total_seconds() + 0.999))
        words = self._words()
        text = words.text("pin_locked", seconds=words.number(seconds))
        other = other_role(chosen)
        if self.desk.access.locked_until(other, now) is None:
            text += " " + words.text("pin_other_open", role=words.text(f"staff_role_{other.value}"))
        self.pin_screen.show_message(text, locked=True)

    # -- staff screen --------------------------------------------------------------------

    def refresh(self) -> None:
        desk, now, which = self.desk, self._clock(), self._which

        Faults = list[tuple[str, dict[str, str]]]

        def work() -> tuple[list[Summary], list[str], PrinterState, Faults]:
            return desk.day(now, which), desk.last_errors(), desk.printer_state(), desk.faults(now)

        def done(result: tuple[list[Summary], list[str], PrinterState, Faults]) -> None:
            summaries, errors, printer, faults = result
            if self.role is None:
                return
            words = self._words()
            self.staff_screen.show_faults([words.text(key, **values) for key, values in faults])
            self.staff_screen.show_desk(words, self.role, summaries, which)
            self.staff_screen.show_errors(errors)
            self.staff_screen.show_printer(self.printer_words(words, printer), printer.ready)

        self._run(work, done)

    @staticmethod
    def printer_words(words: Words, state: PrinterState) -> str:
        text = words.text(f"printer_{state.kind}")
        if state.queue and state.kind != "none":
            text = f"{state.queue}: {text}"
        if state.reason:
            text = f"{text} ({state.reason})"
        return words.text("staff_printer", state=text)

    def _filter(self, which: str) -> None:
        self._which = which
        self.refresh()

    def _open_slip(self, reference: str) -> None:
        role = self.role
        if role is None:
            return
        self._run(
            lambda: self.desk.slip(reference, role),
            lambda pdf: self.staff_screen.show_slip(reference, pdf),
        )

    def _reprint(self, reference: str) -> None:
        role = self.role
        if role is None:
            return
        self.staff_screen.set_busy(True)
        self.staff_screen.show_message(self._words().text("staff_working"))

        def done(result: PrintResult | None) -> None:
            self.staff_screen.set_busy(False)
            words = self._words()
            # A PDF written because the printer did not answer is no slip on paper.
            if result is not None and self.desk.delivered(result):
                self.staff_screen.show_message(words.text("staff_reprinted", reference=reference))
            else:
                reason = result.reason if result is not None else "?"
                self.staff_screen.show_message(
                    words.text("staff_not_reprinted", reference=reference, reason=reason)
                )
            self.refresh()

        self._run(lambda: self.desk.reprint(reference, role), done)

    def _print_unprinted(self) -> None:
        """Today's slips not on paper, sent again on the background runner."""
        role = self.role
        if role is None:
            return
        now = self._clock()
        self.staff_screen.set_busy(True)
        self.staff_screen.show_message(self._words().text("staff_working"))

        def work() -> tuple[dict[str, PrintResult], int]:
            return self.desk.print_unprinted(now, role), self.desk.still_queued(now)

        def done(outcome: tuple[dict[str, PrintResult], int]) -> None:
            results, queued = outcome
            self.staff_screen.set_busy(False)
            words = self._words()
            sent = [result for result in results.values() if self.desk.delivered(result)]
            missed = [result for result in results.values() if not self.desk.delivered(result)]
            if not results:
                message = words.text("staff_unprinted_none")
            elif missed:
                reason = missed[-1].reason or missed[-1].state
                message = words.text(
                    "staff_unprinted_failed", count=words.number(len(sent)), reason=reason
                )
            else:
                message = words.text("staff_unprinted_sent", count=words.number(len(sent)))
            if queued:  # left to print where they are: sending them again could print twice
                message += " " + words.text("staff_unprinted_queued", count=words.number(queued))
            self.staff_screen.show_message(message)
            self.refresh()

        self._run(work, done)

    def _test_print(self) -> None:
        role = self.role
        if role is None:
            return
        now = self._clock()
        self.staff_screen.set_busy(True)

        def done(result: PrintResult) -> None:
            self.staff_screen.set_busy(False)
            words = self._words()
            self.staff_screen.show_message(
                words.text("staff_test_sent")
                if self.desk.delivered(result)
                else words.text("staff_test_failed", reason=result.reason or result.state)
            )
            self.refresh()

        self._run(lambda: self.desk.test_print(now, role), done)

    def _exit(self) -> None:
        if self.role is not Role.IT:
            return  # the button is hidden for reception; a stray signal changes nothing
        self._audit("it", "exit to desktop")
        self.exit_requested.emit()

    # -- helpers -------------------------------------------------------------------------

    def _audit(self, role: str, action: str) -> None:
        try:
            self.desk.store.audit(role, action)
        except StoreError as error:  # the action happened; its trace could not be kept
            log.error("audit %s %s not recorded: %s", role, action, error)

    def _run_pin(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """PIN pad work on the background runner; its answer is dropped if the pad was
        closed meanwhile. An error (the database's, raised through) is shown, never raised."""
        generation = self._generation

        def current() -> bool:
            return generation == self._generation and self.mode == "pin"

        def failed(error: Exception) -> None:
            if current():
                self.pin_screen.set_busy(False)
                self._show_fault(str(error) or type(error).__name__)

        def finished(result: Any) -> None:
            if current():
                done(result)

        self._background.run(work, finished, failed)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation and self.mode == "staff":
                done(result)

        def failed(error: Exception) -> None:
            if generation == self._generation and self.mode == "staff":
                self.staff_screen.set_busy(False)
                self.staff_screen.show_message(
                    self._words().text("staff_failed", reason=str(error))
                )

        self._background.run(work, finished, failed)
