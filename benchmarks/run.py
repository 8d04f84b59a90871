"""Speed and memory of the kiosk, each figure against a baseline measured in the same run.

    .venv/bin/python benchmarks/run.py            # a few minutes; writes docs/performance.md
    .venv/bin/python benchmarks/run.py --quick    # seconds: the smoke run the tests use
    sudo .venv/bin/python benchmarks/run.py --slow-pc   # a slow kiosk PC: a few minutes

Each figure is a median over repeated runs, with min and max; each comparison is a ratio
against a baseline measured in the same run on the same machine, so a busy machine slows
both. Targets are from issue 7. Nothing here is a pass/fail test: the table says.

--slow-pc (issue 17): a cheap fanless kiosk PC has a fraction of this machine's core. The
benchmark runs again as a child process in a cgroup v1 CPU quota of a quarter of one core
(cpu.cfs_quota_us 2500 per cpu.cfs_period_us 10000, under /sys/fs/cgroup/cpu, removed
afterwards), baselines included, and writes its own table in docs/performance.md. It
needs root and the cgroup v1 cpu controller; without them it says so and exits 2. Memory
is left out by default (a count, not a speed, and 1000 journeys take 20 minutes there):
add it with --only. Other options are passed on to the child.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.pcsc import SOCKET as PCSC_SOCKET

# The card figure's private pcscd (libpcsclite reads this once, before any window asks).
os.environ["PCSCLITE_CSOCK_NAME"] = str(PCSC_SOCKET)

from PySide6.QtWidgets import QApplication

from benchmarks.card import bench_card
from benchmarks.figures import MAIN_TABLE, SLOW_PC_TABLE, Row, machine, table, write_report
from benchmarks.outbox import bench_outbox
from benchmarks.patient import bench_memory, bench_stall, bench_taps, in_process_kiosk
from benchmarks.records import bench_slip, bench_store
from benchmarks.slow_pc import Refused, own_quota, run_in_quota
from benchmarks.startup import bench_start

ALL_FIGURES = "start,taps,stall,slip,memory,store,outbox,card"
SLOW_PC_FIGURES = "start,taps,stall,slip,store,outbox,card"
IN_QUOTA = "--in-quota"  # the child of --slow-pc, in its cgroup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="seconds: few repeats, small store")
    parser.add_argument(
        "--journeys",
        type=int,
        default=1000,
        help="patient journeys for the memory figure, after a tenth as many to warm up "
        "(issue 7 asks 10000: about 35 minutes here)",
    )
    parser.add_argument(
        "--only",
        default=None,
        help=f"which figures, comma-separated (default: all; with --slow-pc {SLOW_PC_FIGURES})",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="Markdown file for the table (default: docs/performance.md for a full run of "
        "every figure; with --quick or --only: none, the table is printed)",
    )
    parser.add_argument(
        "--slow-pc",
        action="store_true",
        help="as root: run again in a cgroup CPU quota of a quarter of one core (2.5 ms per "
        "10 ms period), baselines included, into the slow-PC table",
    )
    parser.add_argument(IN_QUOTA, action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    try:
        if arguments.slow_pc:
            child = [arg for arg in sys.argv[1:] if arg != "--slow-pc"]
            return run_in_quota([sys.executable, str(Path(__file__).resolve()), *child, IN_QUOTA])
        quota = own_quota() if arguments.in_quota else None
    except Refused as refusal:
        print(f"{Path(sys.argv[0]).name}: {refusal}", file=sys.stderr)
        return 2
    return measure(arguments, quota)


def measure(arguments: argparse.Namespace, quota: str | None) -> int:
    """The figures, in this process and the processes it starts; quota: the slow profile's
    CPU quota this process runs in (None: the machine as it is)."""
    quick = arguments.quick
    default_figures = ALL_FIGURES if quota is None else SLOW_PC_FIGURES
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        only = set((arguments.only or default_figures).split(","))
        if "start" in only:
            rows += bench_start(2 if quick else 7, data)
        kiosk = in_process_kiosk(data / "kiosk")
        if "taps" in only:
            rows += bench_taps(kiosk, 1 if quick else 20, slow_pc=quota is not None)
        if "stall" in only:
            rows += bench_stall(kiosk, 2 if quick else 10, 16 if quota is None else 50)
        if "slip" in only:
            rows += bench_slip(kiosk, 5 if quick else 100)
        if "memory" in only:
            journeys = 3 if quick else arguments.journeys
            rows += bench_memory(kiosk, max(2, journeys // 10), journeys)
        if "card" in only:
            rows += bench_card(kiosk, 3 if quick else 20)
        kiosk.store.close()
        if "store" in only:
            rows += bench_store(data, 10_000 if quick else 1_000_000, 5 if quick else 50)
        if "outbox" in only:
            limit = 16 if quota is None else 50
            rows += bench_outbox(data, 10 if quick else 100, 1 if quick else 3, limit)
    where = machine() if quota is None else f"{machine()}; {quota}"
    report = f"{where}\n\n{table(rows)}\n"
    print(report)
    # Only a full run of every figure replaces the table in docs/performance.md.
    partial = quick or only != set(default_figures.split(","))
    output = arguments.output or (None if partial else ROOT / "docs" / "performance.md")
    if output is not None:
        write_report(output, report, SLOW_PC_TABLE if quota is not None else MAIN_TABLE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
