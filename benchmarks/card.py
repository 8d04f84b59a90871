"""7. The identity card: from the card going into the (virtual) reader to its name on the
screen, through the real PC/SC stack (pcscd, vpcd, a test card process:
tests/helpers/pcsc.py), against the card reader service alone (no window) in the same
run. Needs root and pcscd, vsmartcard-vpcd and pyscard: without them, no figure (said)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from benchmarks.figures import Row, spread
from kiosk.assembly import Kiosk
from kiosk.identity.reader import CardRead, CardReaderService
from tests.helpers.card_events import Reports
from tests.helpers.pcsc import VirtualReader, pcsc_available
from tests.helpers.vpcd_card import identity_file
from ui.app import kiosk_window

CARD = identity_file("Vandenberghe-Lefèvre", "Marie-Thérèse", "15 MARS 1948", "J")
TARGET_MS = 1500  # issue 21


def _until(done: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the card was not shown in time")
        QApplication.processEvents()
        time.sleep(0.002)


def bench_card(kiosk: Kiosk, runs: int) -> list[Row]:
    reason = pcsc_available()
    if reason is not None:
        print(f"card figure left out: {reason}")
        return []
    with tempfile.TemporaryDirectory() as folder, VirtualReader(Path(folder)) as reader:
        alone: list[float] = []
        reports = Reports()
        service = CardReaderService(reports)
        service.start()
        try:
            for _ in range(runs):
                time.sleep(0.2)
                started = time.monotonic()
                reader.insert(CARD)
                read_at, _ = reports.wait_for(CardRead)
                alone.append((read_at - started) * 1000)
                reader.remove()
        finally:
            service.stop()
        window = kiosk_window(kiosk, housekeeping=None, staff=False, card_reader=True)
        window.show()
        flow = window.flow
        _until(lambda: flow.reader_problem is None)
        shown: list[float] = []
        for _ in range(runs):
            flow.reset()
            window.show_state()
            QApplication.processEvents()
            started = time.monotonic()
            reader.insert(CARD)
            label = window.findChild(QLabel, "card-last_name")
            assert label is not None

            def name_shown(label: QLabel = label) -> bool:
                return label.isVisible() and bool(label.text())

            _until(name_shown)
            shown.append((time.monotonic() - started) * 1000)
            reader.remove()
            _until(lambda: not flow.card_in_reader)
        window.allow_close()
        window.close()
    median = statistics.median(shown)
    return [
        Row(
            "card in the reader to its name on screen",
            "ms",
            *spread(shown),
            f"< {TARGET_MS} ms",
            f"the reader service alone {statistics.median(alone):.0f} ms",
            median / statistics.median(alone),
            "met" if median < TARGET_MS else "missed",
        )
    ]
