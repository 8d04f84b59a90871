"""The benchmark command still runs (its quick mode): it cannot rot between releases.
No timing is asserted here: the figures are read in docs/performance.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
FIGURES = (
    "start to interactive welcome",
    "tap to next screen painted",
    "longest GUI-thread stall",
    "slip render with QR code",
    "RSS growth over",
    "widgets and Python objects",
    "save one declaration",
    "staff 'today' list",
    "purge one day",
    "while the outbox sends",
)


def test_the_quick_benchmark_prints_every_figure_and_writes_its_table(tmp_path: Path) -> None:
    report = tmp_path / "performance.md"
    report.write_text(
        "# Kept\n\n<!-- benchmark table: begin -->\nold\n<!-- benchmark table: end -->\nAfter\n"
    )

    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--output", str(report)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    for figure in FIGURES:
        assert figure in result.stdout, figure
    written = report.read_text()
    assert written.startswith("# Kept") and written.rstrip().endswith("After")
    assert "old" not in written and "| figure |" in written


def test_the_slow_pc_profile_refuses_plainly_without_root_or_a_cpu_cgroup(tmp_path: Path) -> None:
    # As root, the controller is looked for in an empty folder; as anyone else, root is
    # missing first. Either way: a sentence and exit status 2, nothing measured.
    environ = {**os.environ, "KIOSK_BENCH_CPU_CGROUP": str(tmp_path / "no-cpu-controller")}

    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--slow-pc", "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
    )

    assert result.returncode == 2
    assert "--slow-pc needs" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
