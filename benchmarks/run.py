"""Speed and memory of the kiosk, each figure against a baseline measured in the same run.

    .venv/bin/python benchmarks/run.py            # a few minutes; writes docs/performance.md
    .venv/bin/python benchmarks/run.py --quick    # seconds: the smoke run the tests use

Each figure is a median over repeated runs, with min and max; each comparison is a ratio
against a baseline measured in the same run on the same machine, so a busy machine slows
both. Targets are from issue 7. Nothing here is a pass/fail test: the table says.
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

from PySide6.QtWidgets import QApplication

from benchmarks.figures import Row, machine, table, write_report
from benchmarks.patient import bench_memory, bench_stall, bench_taps, in_process_kiosk
from benchmarks.records import bench_slip, bench_store
from benchmarks.startup import bench_start

ALL_FIGURES = "start,taps,stall,slip,memory,store"


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
        default=ALL_FIGURES,
        help="which figures, comma-separated (default: all)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="Markdown file for the table (default: docs/performance.md for a full run of "
        "every figure; with --quick or --only: none, the table is printed)",
    )
    arguments = parser.parse_args()
    quick = arguments.quick
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        only = set(arguments.only.split(","))
        if "start" in only:
            rows += bench_start(2 if quick else 7, data)
        kiosk = in_process_kiosk(data / "kiosk")
        if "taps" in only:
            rows += bench_taps(kiosk, 1 if quick else 20)
        if "stall" in only:
            rows += bench_stall(kiosk, 2 if quick else 10)
        if "slip" in only:
            rows += bench_slip(kiosk, 5 if quick else 100)
        if "memory" in only:
            journeys = 3 if quick else arguments.journeys
            rows += bench_memory(kiosk, max(2, journeys // 10), journeys)
        kiosk.store.close()
        if "store" in only:
            rows += bench_store(data, 10_000 if quick else 1_000_000, 5 if quick else 50)
    report = f"{machine()}\n\n{table(rows)}\n"
    print(report)
    # Only a full run of every figure replaces the table in docs/performance.md.
    partial = quick or only != set(ALL_FIGURES.split(","))
    output = arguments.output or (None if partial else ROOT / "docs" / "performance.md")
    if output is not None:
        write_report(output, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
