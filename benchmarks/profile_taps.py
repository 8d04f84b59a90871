"""Where the time of a tap goes (issue 17): the tap figure's patient journeys, first timed
tap by tap (wall and the GUI thread's CPU time, by screen), then with cProfile on during
each tap only, summed and divided by the number of taps.

    .venv/bin/python benchmarks/profile_taps.py                 # this machine
    sudo .venv/bin/python benchmarks/profile_taps.py --slow-pc  # a quarter of one core

cProfile sees Python functions and the Qt methods Python calls. Qt's own work in the event
loop (style polish, layout and paint on posted events) is inside mouseClick and
sendPostedEvents, apart from the Python overrides Qt calls back (sizeHint, paintEvent...),
which show as their own entries. Its overhead inflates the Python part: the timing pass
runs without it. For Qt's own functions, --perf-control lets `perf record -D -1 --control
fifo:CTL,ACK` sample the timing pass's taps only:

    mkfifo /tmp/ctl /tmp/ack
    perf record -D -1 --control fifo:/tmp/ctl,/tmp/ack --call-graph dwarf -o taps.data -- \
        .venv/bin/python benchmarks/profile_taps.py --perf-control /tmp/ctl,/tmp/ack
    perf report -i taps.data --children --sort symbol
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication

from benchmarks.figures import percentile
from benchmarks.patient import in_process_kiosk, instant_submit, journey, window_for
from benchmarks.slow_pc import Refused, own_quota, run_in_quota

IN_QUOTA = "--in-quota"


def where(key: tuple[str, int, str]) -> str:
    """A profile entry in the project's terms: ui/... or kiosk/... with the line, or the
    built-in (a Qt method) as cProfile names it."""
    file, line, name = key
    if file == "~":
        return name
    path = Path(file)
    try:
        return f"{path.resolve().relative_to(ROOT)}:{line} {name}"
    except ValueError:
        return f"{path.name}:{line} {name}"


class PerfControl:
    """perf record's control FIFO (and the FIFO it acknowledges on), or nothing."""

    def __init__(self, fifos: str | None) -> None:
        self._control, self._ack = None, None
        if fifos:
            control, ack = fifos.split(",")
            self._control = open(control, "w", buffering=1)  # noqa: SIM115
            self._ack = open(ack)  # noqa: SIM115

    def send(self, command: str) -> None:
        if self._control is not None and self._ack is not None:
            self._control.write(f"{command}\n")
            self._ack.readline()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=10, help="journeys per pass")
    parser.add_argument("--top", type=int, default=30, help="entries of the profile shown")
    parser.add_argument("--slow-pc", action="store_true", help="in a quarter-core quota")
    parser.add_argument(
        "--perf-control",
        metavar="CTL,ACK",
        help="perf record's control and ack FIFOs: perf samples the timed taps only",
    )
    parser.add_argument(IN_QUOTA, action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    try:
        if arguments.slow_pc:
            child = [arg for arg in sys.argv[1:] if arg != "--slow-pc"]
            return run_in_quota([sys.executable, str(Path(__file__).resolve()), *child, IN_QUOTA])
        quota = own_quota() if arguments.in_quota else "this machine, no quota"
    except Refused as refusal:
        print(f"{Path(sys.argv[0]).name}: {refusal}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        kiosk = in_process_kiosk(Path(folder) / "kiosk")
        window = window_for(kiosk, instant_submit)
        journey(window)  # warm-up: the first build of every screen
        walls: list[float] = []
        cpus: list[float] = []
        by_screen: dict[str, list[tuple[float, float]]] = defaultdict(list)
        tapped, cpu_start = "", 0

        perf = PerfControl(arguments.perf_control)

        def before(name: str) -> None:
            nonlocal tapped, cpu_start
            tapped = f"{window.flow.step.screen.name} → {name}"
            perf.send("enable")
            cpu_start = time.thread_time_ns()

        def after(ms: float) -> None:
            cpu = (time.thread_time_ns() - cpu_start) / 1e6
            perf.send("disable")
            walls.append(ms)
            cpus.append(cpu)
            by_screen[tapped].append((ms, cpu))

        for _ in range(arguments.journeys):
            journey(window, after, before)
        profiler = cProfile.Profile()
        taps = 0

        def profile_on(name: str) -> None:
            profiler.enable()

        def profile_off(ms: float) -> None:
            nonlocal taps
            profiler.disable()
            taps += 1

        for _ in range(arguments.journeys):
            journey(window, profile_off, profile_on)
        window.close()
        kiosk.store.close()
    print(f"{quota}; {len(walls)} taps timed, {taps} profiled")
    print(
        f"tap wall p50 {percentile(walls, 0.5):.2f} ms, p99 {percentile(walls, 0.99):.2f} ms; "
        f"GUI-thread CPU p50 {percentile(cpus, 0.5):.2f} ms, p99 {percentile(cpus, 0.99):.2f} ms"
    )
    print("\nby screen (tapped from → button): taps, wall median / max, CPU median / max, ms")
    for key, samples in sorted(by_screen.items(), key=lambda item: -max(s[0] for s in item[1])):
        wall, cpu = [s[0] for s in samples], [s[1] for s in samples]
        print(
            f"  {key:40} {len(samples):4}  {statistics.median(wall):7.2f} / {max(wall):7.2f}"
            f"  {statistics.median(cpu):7.2f} / {max(cpu):7.2f}"
        )
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    ranked = sorted(entries.items(), key=lambda item: -item[1][3])
    print(f"\nprofile, per tap (of {taps}): cumulative ms, own ms, calls")
    for key, (_, calls, own, cumulative, _) in ranked[: arguments.top]:
        print(
            f"  {cumulative / taps * 1000:8.2f} {own / taps * 1000:8.2f} {calls / taps:8.1f}  "
            f"{where(key)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
