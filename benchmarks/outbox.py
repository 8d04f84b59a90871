"""The GUI thread while the outbox sends a backlog (issue 20): declarations queued for the
hospital record, each rendered as its slip, made into a Bundle, validated and written,
on a worker thread (as ui/housekeeping.py's timer runs the outbox), while a 1 ms
heartbeat on the GUI thread measures the longest time it could not answer a finger.
The target is the folder (one JSON file per declaration): what costs the GUI thread is
the Python work beside it, not the network, which waits without the GIL.

The kiosk's first send loads ReportLab (unless a slip was printed before) and builds the
FHIR models: measured apart, as the first row, since it happens once per start."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication

from benchmarks.figures import Row, spread
from benchmarks.patient import Heartbeat
from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.records.outbox import OutboxState
from tests.helpers.declarations import make_declaration
from ui.background import BackgroundRunner


def _stall_beside(work: Callable[[], object]) -> tuple[float, float]:
    """The longest GUI-thread gap while `work` runs on a worker, and how long it ran."""
    runner = BackgroundRunner()
    done: list[object] = []
    heart = Heartbeat()
    started = time.perf_counter()
    heart.start()
    runner.run(work, done.append, done.append)
    deadline = started + 600
    while not done and time.perf_counter() < deadline:
        QApplication.processEvents()
    stall = heart.stop()
    runner.wait()
    return stall, time.perf_counter() - started


def _busy(seconds: float) -> None:
    """Pure Python for `seconds`: the baseline, what any worker costs the GUI thread on
    this machine now (the switch interval, and the other programs the cores run)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(1000))


def _stall_while_sending(kiosk: Kiosk, count: int, first: int) -> tuple[float, float]:
    """Queue `count` declarations, send them on a worker: the longest GUI-thread gap, and
    the same for a pure-Python worker running as long."""
    assert kiosk.outbox is not None
    now = datetime.now(UTC)
    for number in range(first, first + count):
        declaration = make_declaration(session_id=f"bench-{number}", submitted_at=now)
        kiosk.store.declarations.save(declaration, [], None, "folder")
    stall, took = _stall_beside(partial(kiosk.outbox.send_due, count))
    left = kiosk.store.outbox.entries((OutboxState.WAITING,))
    assert not left, f"{len(left)} declarations not sent"
    return stall, _stall_beside(partial(_busy, took))[0]


def _row(figure: str, stalls: list[float], baseline: list[float], limit_ms: float) -> Row:
    median, low, high = spread(stalls)
    base = spread(baseline)[0]
    return Row(
        figure,
        "ms",
        median,
        low,
        high,
        f"< {limit_ms:.0f} ms",
        f"a pure-Python worker as long: {base:.1f} ms (1 ms heartbeat)",
        median / base if base else None,
        "met" if high < limit_ms else "missed",
    )


def bench_outbox(data: Path, count: int, runs: int, limit_ms: float = 16) -> list[Row]:
    folder = data / "outbox"
    config = load_config(
        overrides=[
            f'kiosk.data_dir="{folder}"',
            "printer.backend=folder",
            f'fhir.folder="{folder / "record"}"',
        ],
        environ={},
    )
    kiosk = build_kiosk(config)
    try:
        first = _stall_while_sending(kiosk, 1, 0)
        measured = [_stall_while_sending(kiosk, count, 1 + run * count) for run in range(runs)]
    finally:
        kiosk.close()
    return [
        _row(
            "longest GUI-thread stall at the outbox's first send after start",
            [first[0]],
            [first[1]],
            limit_ms,
        ),
        _row(
            f"longest GUI-thread stall while the outbox sends {count} declarations",
            [stall for stall, _ in measured],
            [base for _, base in measured],
            limit_ms,
        ),
    ]
