"""Staff mode on the screen: the long press on the top corner, the PIN pad, the staff
screen. A thin shell over the staff session (kiosk/staff/session.py), which decides:
this module forwards presses, taps and seconds to it, runs the work it hands out on the
staff worker, and draws its views in the staff language.

A patient will not open it by chance: it takes a press held for `staff.long_press_seconds`
on the department's name, then a PIN. Staff mode locks itself after `staff.idle_seconds`
without a touch, and locking wipes the staff screen before the patient screens return.
Time comes from the same clock as the patient flow, so tests run it in test time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from kiosk.staff.access import Role
from kiosk.staff.desk import StaffDesk
from kiosk.staff.session import Phase, StaffSession, Work
from kiosk.staff.views import DeskView, Notice, PrinterState
from ui.background import BackgroundRunner
from ui.staff.pin_screen import PinScreen
from ui.staff.staff_screen import StaffScreen
from ui.texts import Words
from ui.theme import Theme

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
MODES = {Phase.LOCKED: "off", Phase.PIN: "pin", Phase.OPEN: "staff"}
PRESS_FEEDBACK_MS = 100  # the long press's progress is redrawn this often while held
PRESS_BAR_MM = (30.0, 2.5)  # a thin bar under the corner: discreet, nothing alarming
T = TypeVar("T")


def say(words: Words, notice: Notice) -> str:
    """A notice in words; its numbers written the way the language writes them."""
    values = {
        name: words.number(value) if isinstance(value, int) else value
        for name, value in notice.values.items()
    }
    return words.text(notice.key, **values)


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
        self._words, self._clock = words, clock
        self._background = background
        self._corner = corner
        settings = desk.config.staff
        self.session = StaffSession(
            desk,
            long_press=timedelta(seconds=settings.long_press_seconds),
            idle=timedelta(seconds=settings.idle_seconds),
        )
        self.pin_screen = PinScreen(theme)
        self.staff_screen = StaffScreen(theme)
        # The long press is due when it is due, not at the next one-second tick (which
        # made 3 s take 3 to 4): a timer checks the flow's clock at that moment.
        self._press_timer = QTimer(self)
        self._press_timer.setSingleShot(True)
        self._press_timer.setInterval(round(settings.long_press_seconds * 1000))
        self._press_timer.timeout.connect(self._long_press_due)
        # Once the press has lasted a second, a thin bar under the corner fills up until
        # the PIN pad opens; letting go removes it. A patient's brief touch shows nothing.
        self._theme = theme
        self._press_bar: QProgressBar | None = None
        self._press_feedback = QTimer(self)
        self._press_feedback.setInterval(PRESS_FEEDBACK_MS)
        self._press_feedback.timeout.connect(self._show_press)

        self.pin_screen.entered.connect(self._pin_entered)
        self.pin_screen.role_chosen.connect(self._role_chosen)
        self.pin_screen.cancelled.connect(lambda: self.leave("cancel"))
        screen = self.staff_screen
        screen.refresh_requested.connect(self.refresh)
        screen.search_changed.connect(self._search)
        screen.filter_chosen.connect(self._filter)
        screen.declaration_chosen.connect(self._open_slip)
        screen.reprint_requested.connect(self._reprint)
        screen.print_unprinted_requested.connect(self._print_unprinted)
        screen.test_print_requested.connect(self._test_print)
        screen.lock_requested.connect(lambda: self.leave("lock"))
        screen.exit_requested.connect(self._exit)

    @property
    def mode(self) -> str:
        """ "off", "pin" or "staff"."""
        return MODES[self.session.phase]

    @property
    def role(self) -> Role | None:
        return self.session.role

    @property
    def active(self) -> bool:
        return self.session.phase is not Phase.LOCKED

    # -- from the window -----------------------------------------------------------------

    def observe(self, watched: QObject, event: QEvent) -> None:
        """Every press anywhere: a touch for the idle lock, and the corner's long press."""
        kind = event.type()
        if kind in PRESSES:
            on_corner = watched is self._corner
            self.session.pressed(self._clock(), on_corner)
            if on_corner and self.session.phase is Phase.LOCKED:
                self._press_timer.start()
                self._press_feedback.start()
        elif kind in RELEASES and watched is self._corner:
            self.session.released()
            self._press_timer.stop()
            self._show_press()

    def _show_press(self) -> None:
        """The long press's progress, once it has lasted a second; hidden otherwise."""
        progress = self.session.press_progress(self._clock())
        if progress is None:
            self._press_feedback.stop()
            if self._press_bar is not None:
                self._press_bar.hide()
            return
        bar = self._press_bar
        if bar is None:
            bar = self._press_bar = QProgressBar(self._corner.window())
            bar.setObjectName("staff-press-progress")
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            width, height = PRESS_BAR_MM
            bar.setFixedSize(self._theme.mm(width), self._theme.mm(height))
        corner = self._corner
        below = corner.mapTo(corner.window(), QPoint(0, corner.height()))
        bar.move(below)
        bar.setAccessibleName(self._words().text("staff_holding"))
        bar.setValue(round(progress * 100))
        bar.show()
        bar.raise_()

    def _long_press_due(self) -> None:
        if self.session.held_long_enough(self._clock()):
            self.open_pin_pad()
        self._show_press()

    def tick(self) -> None:
        """Once a second, from the window's timer."""
        now = self._clock()
        if self.session.held_long_enough(now):
            self.open_pin_pad()
            self._show_press()
            return
        self._show_press()
        why = self.session.timed_out(now)
        if why is not None:
            self.leave(why)
        elif self.session.phase is Phase.PIN:
            self._show_pad()  # the lock's countdown

    def open_pin_pad(self) -> None:
        work = self.session.open_pad(self._clock())
        self.pin_screen.reset()
        self.pin_screen.show_pad(self._words())
        self._show_pad()  # the locks as memory knows them; the database's answer follows
        self.opened.emit(self.pin_screen)
        self._run(work, lambda _: self._show_pad())

    def leave(self, why: str) -> None:
        """Lock: forget every staff datum shown, and go back to the patient screens. The
        screen is wiped first: a database that cannot record the lock must not keep it
        open."""
        signed_in = self.session.role is not None
        audit = self.session.leave(why)
        self.staff_screen.reset()
        self.pin_screen.reset()
        self.closed.emit(signed_in)
        if audit is not None:  # on the worker: a busy database never holds the screen
            self._background.run(audit.run, lambda _: None, lambda _: None)

    # -- PIN -----------------------------------------------------------------------------

    def _role_chosen(self, role: Role) -> None:
        self.session.choose(role, self._clock())
        self._show_pad()

    def _pin_entered(self, pin: str) -> None:
        """Checked on the staff worker; the keys wait meanwhile, one PIN at a time."""
        work = self.session.check_pin(pin, self._clock())
        if work is None:
            return
        self._show_pad()

        def checked(_: object) -> None:
            if self.session.phase is Phase.OPEN:
                self.pin_screen.reset()
                self.opened.emit(self.staff_screen)
                self.refresh()
            else:
                self._show_pad()

        self._run(work, checked)

    def _show_pad(self) -> None:
        view = self.session.pad_view(self._clock())
        self.pin_screen.set_busy(view.busy)
        words = self._words()
        if view.locked_seconds is not None:
            text = words.text("pin_locked", seconds=words.number(view.locked_seconds))
            if view.other_open is not None:
                role = words.text(f"staff_role_{view.other_open.value}")
                text += " " + words.text("pin_other_open", role=role)
            self.pin_screen.show_message(text, locked=True)
        else:
            notice = view.notice
            self.pin_screen.show_message(say(words, notice) if notice is not None else None)

    # -- staff screen --------------------------------------------------------------------

    def refresh(self) -> None:
        self._run(self.session.read_desk(self._clock()), self._show_desk)

    def _show_desk(self, view: DeskView) -> None:
        words = self._words()
        screen = self.staff_screen
        screen.show_faults([say(words, notice) for notice in view.faults])
        screen.show_desk(words, view.role, view.rows, view.which, view.search)
        screen.show_errors(view.errors)
        screen.show_printer(self.printer_words(words, view.printer), view.printer.ready)

    @staticmethod
    def printer_words(words: Words, state: PrinterState) -> str:
        text = words.text(f"printer_{state.kind}")
        if state.queue and state.kind != "none":
            text = f"{state.queue}: {text}"
        if state.reason:
            text = f"{text} ({state.reason})"
        return words.text("staff_printer", state=text)

    def _filter(self, which: str) -> None:
        self._run(self.session.choose_filter(which, self._clock()), self._show_desk)

    def _search(self, text: str) -> None:
        self._run(self.session.search_for(text, self._clock()), self._show_desk)

    def _open_slip(self, reference: str) -> None:
        self._run(
            self.session.open_slip(reference),
            lambda pdf: self.staff_screen.show_slip(reference, pdf),
        )

    def _reprint(self, reference: str) -> None:
        self._busy_then(self.session.reprint(reference))

    def _print_unprinted(self) -> None:
        self._busy_then(self.session.print_unprinted(self._clock()))

    def _test_print(self) -> None:
        self._busy_then(self.session.test_print(self._clock()), working=False)

    def _busy_then(self, work: Work[Any] | None, working: bool = True) -> None:
        """A print action: the buttons wait, "working" meanwhile, then what it did and the
        list read again."""
        if work is None:
            return
        self.staff_screen.set_busy(True)
        if working:
            self.staff_screen.show_message(self._words().text("staff_working"))

        def done(outcome: Notice | Sequence[Notice]) -> None:
            self.staff_screen.set_busy(False)
            words = self._words()
            notices = [outcome] if isinstance(outcome, Notice) else list(outcome)
            self.staff_screen.show_message(" ".join(say(words, notice) for notice in notices))
            self.refresh()

        self._run(work, done)

    def _exit(self) -> None:
        if self.session.exit_to_desktop():  # IT only: a stray signal changes nothing
            self.exit_requested.emit()

    # -- the worker ----------------------------------------------------------------------

    def _run(self, work: Work[T] | None, show: Callable[[Any], None]) -> None:
        """The session's work on the staff worker; its result applied by the session and
        shown, or dropped when the session ended meanwhile. An error is shown, never
        raised."""
        if work is None:
            return
        session = self.session

        def finished(result: T) -> None:
            if session.current(work.generation):
                show(session.finish(work, result))

        def failed(error: Exception) -> None:
            notice = session.failed(work, error)
            if notice is None:
                return
            if session.phase is Phase.PIN:
                self._show_pad()
            else:
                self.staff_screen.set_busy(False)
                self.staff_screen.show_message(say(self._words(), notice))

        self._background.run(work.run, finished, failed)
