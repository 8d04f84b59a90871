"""A figure of the table: its median, spread, target and same-run baseline; the table
and the report it is written to."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import PySide6
import reportlab


@dataclass
class Row:
    figure: str
    unit: str
    median: float
    low: float
    high: float
    target: str
    baseline: str = ""
    ratio: float | None = None
    verdict: str = ""


def spread(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | median | min | max | target | baseline (same run) | ratio | |",
        "|---|---:|---:|---:|---|---|---:|---|",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        digits = 0 if row.unit in ("count",) else 2
        lines.append(
            f"| {row.figure} | {row.median:.{digits}f} {row.unit} | {row.low:.{digits}f} | "
            f"{row.high:.{digits}f} | {row.target} | {row.baseline} | {ratio} | {row.verdict} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{platform.node()}: {cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__} (Qt offscreen), ReportLab {reportlab.Version}, "
        f"SQLite {sqlite3.sqlite_version}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


MAIN_TABLE = "benchmark table"
SLOW_PC_TABLE = "slow-pc benchmark table"  # run.py --slow-pc: a quarter of one core


def write_report(path: Path, report: str, marker: str = MAIN_TABLE) -> None:
    """Replace the generated table between the markers, keep the prose around it (and any
    other table)."""
    begin, end = f"<!-- {marker}: begin -->", f"<!-- {marker}: end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else f"{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{report}{end}{tail}", encoding="utf-8")
