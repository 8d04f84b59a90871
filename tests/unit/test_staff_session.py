"""Staff mode as a state machine, without Qt (issue 17): the long press, the PIN pad with
its per-role locks, the idle lock, the staff screen's actions, and the rule that nothing
touching the database or a PIN's hash runs outside the work handed to the worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.staff.access import FIRST_LOCK, Role, hash_pin
from kiosk.staff.session import Phase, StaffSession, Work
from kiosk.staff.views import DeskView, Notice
from tests.helpers.declarations import make_declaration
from tests.helpers.journey import FakeClock

STAFF_PIN, IT_PIN = "2468", "97531864"
LONG_PRESS, IDLE = timedelta(seconds=3), timedelta(seconds=120)
T = TypeVar("T")
_worker = threading.local()


REPOSITORIES = ("declarations", "prints", "staff", "audit")


class WatchedStore:
    """The kiosk's store (or one of its repositories), noting every call made outside a
    Work's `run`: the screen's thread would have made it."""

    def __init__(self, store: object, outside: list[str] | None = None) -> None:
        self._store = store
        self.outside: list[str] = [] if outside is None else outside

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._store, name)
        if name in REPOSITORIES:
            return WatchedStore(found, self.outside)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            if not getattr(_worker, "on", False):
                self.outside.append(name)
            return found(*args, **kwargs)

        return call

    def audit_entries(self) -> list[Any]:
        entries: list[Any] = self._store.audit.entries()  # type: ignore[attr-defined]
        return entries


def run(session: StaffSession, work: Work[T] | None) -> Any:
    """What the screen does: `run` on the worker, the result back through the session."""
    assert work is not None
    _worker.on = True
    try:
        result = work.run()
    finally:
        _worker.on = False
    return session.finish(work, result)


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    config = load_config(
        overrides=[f'kiosk.data_dir="{tmp_path / "data"}"', "printer.backend=folder"], environ={}
    )
    built = build_kiosk(config)
    built.store.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
    built.store.staff.set_pin(Role.IT, hash_pin(IT_PIN))
    yield built
    built.store.close()


@pytest.fixture
def watched(kiosk: Kiosk) -> WatchedStore:
    desk = kiosk.staff_desk
    store = WatchedStore(desk.store)
    desk.store = store  # type: ignore[assignment]
    desk.access._store = store.staff
    return store


@pytest.fixture
def session(kiosk: Kiosk, watched: WatchedStore) -> StaffSession:
    return StaffSession(kiosk.staff_desk, LONG_PRESS, IDLE)


def phase(session: StaffSession) -> Phase:
    """Read anew each time (a plain attribute read would be narrowed by mypy)."""
    return session.phase


def signed_in(session: StaffSession, clock: FakeClock, pin: str = STAFF_PIN) -> None:
    run(session, session.open_pad(clock()))
    run(session, session.check_pin(pin, clock()))
    assert session.phase is Phase.OPEN


def test_only_a_long_press_on_the_corner_opens_the_pin_pad(session: StaffSession) -> None:
    clock = FakeClock()
    session.pressed(clock(), on_corner=False)
    clock.advance(5)
    assert not session.held_long_enough(clock())

    session.pressed(clock(), on_corner=True)
    clock.advance(2)
    assert not session.held_long_enough(clock())
    session.released()
    clock.advance(2)
    assert not session.held_long_enough(clock())

    session.pressed(clock(), on_corner=True)
    clock.advance(3)
    assert session.held_long_enough(clock())
    assert not session.held_long_enough(clock())  # once


def test_a_right_pin_signs_in_on_the_worker_never_on_the_screens_thread(
    session: StaffSession, watched: WatchedStore
) -> None:
    clock = FakeClock()
    pad = session.open_pad(clock())
    assert phase(session) is Phase.PIN and session.pad_view(clock()).chosen is Role.STAFF
    run(session, pad)
    check = session.check_pin(IT_PIN, clock())
    assert session.pad_view(clock()).busy
    assert session.check_pin(IT_PIN, clock()) is None  # one PIN at a time

    run(session, check)

    assert session.phase is Phase.OPEN and session.role is Role.IT
    assert watched.outside == []


def test_wrong_pins_close_reception_and_the_pad_says_it_still_works(
    session: StaffSession,
) -> None:
    clock = FakeClock()
    run(session, session.open_pad(clock()))
    run(session, session.check_pin("0000", clock()))
    assert session.pad_view(clock()).notice == Notice("pin_wrong")
    for _ in range(4):
        run(session, session.check_pin("0000", clock()))

    view = session.pad_view(clock())
    assert view.locked_seconds == FIRST_LOCK.seconds and view.other_open is Role.IT
    assert view.notice is None
    clock.advance(10)
    assert session.pad_view(clock()).locked_seconds == 20

    session.choose(Role.IT, clock())
    view = session.pad_view(clock())
    assert view.chosen is Role.IT and view.locked_seconds is None


def test_the_pad_says_when_no_pin_is_set(tmp_path: Path) -> None:
    config = load_config(overrides=[f'kiosk.data_dir="{tmp_path}"'], environ={})
    built = build_kiosk(config)
    try:
        session = StaffSession(built.staff_desk, LONG_PRESS, IDLE)
        clock = FakeClock()
        run(session, session.open_pad(clock()))
        assert session.pad_view(clock()).notice == Notice("pin_not_set")
    finally:
        built.store.close()


def test_the_pad_and_the_staff_screen_lock_themselves_when_left(
    session: StaffSession, watched: WatchedStore
) -> None:
    clock = FakeClock()
    session.open_pad(clock())
    clock.advance(59)
    assert session.timed_out(clock()) is None
    clock.advance(1)
    assert session.timed_out(clock()) == "PIN pad timed out"

    signed_in(session, clock)
    clock.advance(119)
    session.touch(clock())
    clock.advance(119)
    assert session.timed_out(clock()) is None
    clock.advance(1)
    assert session.timed_out(clock()) == "auto-lock"
    audit = session.leave("auto-lock")
    assert session.phase is Phase.LOCKED and session.role is None
    assert watched.outside == []  # the lock's audit line is work for the worker too
    assert audit is not None
    run(session, audit)
    assert ("staff", "auto-lock") in [(e.role, e.action) for e in watched.audit_entries()]


def test_a_result_for_a_session_that_ended_is_dropped(session: StaffSession) -> None:
    clock = FakeClock()
    run(session, session.open_pad(clock()))
    check = session.check_pin(STAFF_PIN, clock())
    assert check is not None
    session.leave("cancel")
    session.open_pad(clock())  # another session, on the same pad

    assert session.finish(check, check.run()) is None
    assert session.phase is Phase.PIN and session.role is None  # not signed in by it


def test_the_staff_screen_lists_the_day_and_reprints_on_the_worker(
    kiosk: Kiosk, session: StaffSession, watched: WatchedStore
) -> None:
    clock = FakeClock(datetime.now().astimezone())
    saved = kiosk.store.declarations.save(make_declaration(submitted_at=clock()), ["allergy"])
    signed_in(session, clock)

    view: DeskView = run(session, session.read_desk(clock()))

    [row] = view.rows
    assert row.reference == saved.reference and row.to_check == 1 and row.paper is None
    assert view.role is Role.STAFF and view.printer.kind == "none"
    flagged: DeskView = run(session, session.choose_filter("flagged", clock()))
    assert flagged.which == "flagged" and len(flagged.rows) == 1
    notice: Notice = run(session, session.reprint(saved.reference))
    folder = str(kiosk.config.slip_folder)  # the folder backend: a PDF file, no paper
    assert notice == Notice(
        "staff_reprint_written", {"reference": saved.reference, "folder": folder}
    )
    notices: list[Notice] = run(session, session.print_unprinted(clock()))
    assert notices == [Notice("staff_unprinted_none")]
    assert run(session, session.open_slip(saved.reference))[:5] == b"%PDF-"
    assert watched.outside == []
    actions = [(e.action, e.reference) for e in kiosk.store.audit.entries()]
    assert ("reprint", saved.reference) in actions and ("view", saved.reference) in actions


def test_only_it_may_leave_for_the_desktop(session: StaffSession) -> None:
    clock = FakeClock()
    assert not session.exit_to_desktop()
    signed_in(session, clock)
    assert not session.exit_to_desktop()
    session.leave("lock")
    signed_in(session, clock, IT_PIN)
    assert session.exit_to_desktop()


def test_nothing_is_handed_out_once_locked(session: StaffSession) -> None:
    clock = FakeClock()
    assert session.read_desk(clock()) is None
    assert session.reprint("K7F-3QX") is None
    assert session.print_unprinted(clock()) is None
    assert session.test_print(clock()) is None
    assert session.open_slip("K7F-3QX") is None
    assert session.check_pin(STAFF_PIN, clock()) is None
