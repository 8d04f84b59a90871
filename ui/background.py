"""Run slow work (disk, printer) off the GUI thread and get the result back on it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


def _run_and_relay(work: Callable[[], object], relay: _Relay) -> None:
    """On the worker thread. The relay lives on the GUI thread: emitting from here queues
    the call there."""
    try:
        result = work()
    except Exception as error:  # reported, never swallowed: the screen must move on
        log.exception("background work failed")
        relay.failed.emit(error)
    else:
        relay.done.emit(result)


# The worker runs Python (ReportLab, sqlite3) while the GUI thread must answer a finger
# within a frame: with CPython's default 5 ms switch interval the GUI thread waited up to
# 20 ms for the GIL during a save (benchmarks/run.py); 0.5 ms keeps it under 11 ms.
GUI_SWITCH_INTERVAL = 0.0005


class BackgroundRunner(QObject):
    """One worker thread, so declarations are saved and printed one at a time, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """`work` runs on the worker thread and is let go there: it must not hold the last
        reference to a Qt object (which would then be deleted on the wrong thread).
        `on_done` or `on_failed` runs on the GUI thread."""
        relay = _Relay(self)
        # The relay's connections must not keep the runner alive: the last of them would
        # then delete the runner, and with it the relay, while the relay was being deleted.
        relays = self._relays
        relays.add(relay)

        def finish(result: object, callback: Callable[[Any], None]) -> None:
            relays.discard(relay)
            relay.deleteLater()
            callback(result)

        relay.done.connect(lambda result: finish(result, on_done))
        relay.failed.connect(lambda error: finish(error, on_failed))
        # A callable, not a QRunnable subclass: PySide keeps the Python wrapper of a
        # started QRunnable as a child of the pool, and under load it was not released
        # once Qt deleted the runnable (a patient's declaration kept in memory each time).
        self._pool.start(partial(_run_and_relay, work, relay))

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for queued work (at exit, so an acknowledged save is never cut short)."""
        return self._pool.waitForDone(milliseconds)
