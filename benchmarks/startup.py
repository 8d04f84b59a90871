"""1. Start to an interactive welcome screen: a whole process, against a bare Qt one."""

from __future__ import annotations

import compileall
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Row, spread

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BARE_QT = """
import os, socket, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Bienvenue")
label.resize(1080, 1920)
label.show()
def ready():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.connect(os.environ["NOTIFY_SOCKET"])
    s.send(b"READY=1")
QTimer.singleShot(0, ready)
app.exec()
"""


def start_once(command: list[str], data: Path) -> tuple[float, float]:
    """Seconds from spawn to READY=1 (sent once the event loop runs, window shown), and
    the peak RSS in MiB at that moment."""
    folder = Path(tempfile.mkdtemp(dir=data))
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(folder / "notify"))
    listener.settimeout(60)
    env = {**os.environ, "NOTIFY_SOCKET": str(folder / "notify"), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        listener.recv(64)
        seconds = time.perf_counter() - started
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak = next(line for line in status.splitlines() if line.startswith("VmHWM"))
        return seconds, int(peak.split()[1]) / 1024
    finally:
        process.kill()
        process.wait()
        listener.close()


def bench_start(runs: int, data: Path) -> list[Row]:
    bare_script = data / "bare_qt.py"
    bare_script.write_text(BARE_QT)
    kiosk = [
        PYTHON,
        str(ROOT / "main.py"),
        "--set",
        f'kiosk.data_dir="{data / "start"}"',
        "--set",
        "printer.backend=folder",
    ]
    # As installed: scripts/setup.sh compiles the kiosk's modules, which the service user
    # could not write (and PYTHONDONTWRITEBYTECODE would make every start compile them).
    for package in ("kiosk", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    start_once(kiosk, data)  # the first start creates the database: not measured
    bare = [start_once([PYTHON, str(bare_script)], data) for _ in range(runs)]
    ours = [start_once(kiosk, data) for _ in range(runs)]
    bare_s, ours_s = [s for s, _ in bare], [s for s, _ in ours]
    bare_m, ours_m = [m for _, m in bare], [m for _, m in ours]
    ratio = statistics.median(ours_s) / statistics.median(bare_s)
    return [
        Row(
            "start to interactive welcome (process)",
            "s",
            *spread(ours_s),
            "≤ 1.5 × bare",
            f"bare QApplication+QLabel {statistics.median(bare_s):.3f} s",
            ratio,
            "met" if ratio <= 1.5 else "missed",
        ),
        Row(
            "peak RSS after start",
            "MiB",
            *spread(ours_m),
            "(reported)",
            f"bare {statistics.median(bare_m):.0f} MiB",
            statistics.median(ours_m) / statistics.median(bare_m),
        ),
    ]
