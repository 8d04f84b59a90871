"""The kiosk's chores on the screen's side: every 30 s, on a worker thread of their own
(kiosk/services/housekeeping.py does the work), one run at a time, so a slow CUPS never
delays a patient's save nor the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ui.background import BackgroundRunner

HOUSEKEEPING_MS = 30_000
# The outbox to the hospital's record (kiosk/services/outbox.py) goes round more often,
# on a worker of its own: a round with nothing due is one indexed query.
OUTBOX_MS = 5_000


class HousekeepingTimer(QObject):
    def __init__(
        self,
        work: Callable[[], object] | None,
        parent: QObject | None = None,
        interval_ms: int = HOUSEKEEPING_MS,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._runner = BackgroundRunner(self)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run)
        if work is not None:
            self._timer.start()

    def run(self) -> None:
        """Now, unless a run is still going. Failures are logged by the runner: nothing to
        show a patient."""
        work = self._work
        if work is None or self._busy:
            return
        self._busy = True

        def finished(_: object) -> None:
            self._busy = False

        self._runner.run(work, finished, finished)

    def stop(self) -> None:
        self._timer.stop()

    def wait(self) -> bool:
        return self._runner.wait()
