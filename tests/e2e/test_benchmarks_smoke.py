"""The benchmark command still runs (its quick mode): it cannot rot between releases.
No timing is asserted here: the figures are read in docs/performance.md."""

from __future__ import annotations

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
