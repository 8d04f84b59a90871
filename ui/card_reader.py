"""The card reader service's reports, moved to the GUI thread.

`CardReaderService` (kiosk/identity/reader.py) reports on its own thread; this bridge
re-emits each report as a queued Qt signal, so the window hands it to the flow on the
GUI thread, like every other result of a worker.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from kiosk.identity.reader import CardEvent, CardReaderService


class CardReaderBridge(QObject):
    reported = Signal(object)  # a CardEvent, on the GUI thread

    def __init__(self, keep_national_number: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = CardReaderService(self._report, keep_national_number)

    def _report(self, event: CardEvent) -> None:
        # From the reader's thread, queued to the GUI thread. A window closed without
        # stopping the service has nobody left to tell (RuntimeError: deleted object).
        with contextlib.suppress(RuntimeError):
            self.reported.emit(event)

    def start(self) -> None:
        self._service.start()

    def stop(self) -> None:
        self._service.stop()
