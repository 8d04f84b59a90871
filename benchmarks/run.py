"""Speed and memory of the kiosk, each figure against a baseline measured in the same run.

    .venv/bin/python benchmarks/run.py            # a few minutes; writes docs/performance.md
    .venv/bin/python benchmarks/run.py --quick    # seconds: the smoke run the tests use

Each figure is a median over repeated runs, with min and max; each comparison is a ratio
against a baseline measured in the same run on the same machine, so a busy machine slows
both. Targets are from issue 7. Nothing here is a pass/fail test: the table says.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import PySide6
import reportlab
from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.declaration import Declaration
from kiosk.flow import Flow, Outcome, Screen
from kiosk.questionnaire import Group
from kiosk.store import DeclarationStore
from kiosk.submission import SubmissionResult
from ui.app import build_window
from ui.main_window import MainWindow

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
ANSWERS = {
    "for_whom": "self",
    "anticoagulants": "yes",
    "anticoagulant_drugs": "apixaban",
    "anticoagulant_told_to_stop": "yes",
    "anticoagulant_last_dose": "yesterday",
    "pregnancy": "no",
    "breastfeeding": "no",
    "allergy": "yes",
    "allergy_to": "latex",
    "allergy_reaction": "rash",
    "escort_home": "yes",
}


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


# -- 1. start to an interactive welcome screen --------------------------------------------


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


# -- the kiosk in this process --------------------------------------------------------------


def in_process_kiosk(data: Path) -> Kiosk:
    config = load_config(
        overrides=[f'kiosk.data_dir="{data}"', "printer.backend=folder"], environ={}
    )
    return build_kiosk(config)


def window_for(kiosk: Kiosk, submit: Callable[[Declaration], SubmissionResult]) -> MainWindow:
    window = build_window(
        kiosk.config, kiosk.new_flow(), kiosk.content, submit, size=QSize(1080, 1920)
    )
    window.show()
    QApplication.processEvents()
    gc.freeze()  # as main.run does once the window is built
    return window


def visible_button(window: QWidget, name: str) -> QAbstractButton:
    for widget in window.findChildren(QAbstractButton, name):
        if widget.isVisible():
            return widget
    raise LookupError(name)


def fill_in(flow: Flow) -> None:
    """What the patient gives on the current screen (as the on-screen keys would)."""
    screen = flow.step.screen
    if screen is Screen.QUESTION:
        flow.answer(flow.step.key, ANSWERS.get(flow.step.key, "no"))
    elif screen is Screen.LAST_NAME:
        flow.type_name("Peeters")
    elif screen is Screen.FIRST_NAME:
        flow.type_name("An")
    elif screen is Screen.BIRTH_DATE:
        flow.type_birth_date("02011950")


def journey(window: MainWindow, on_tap: Callable[[float], None] | None = None) -> None:
    """One patient, by taps on the real buttons: answers, names and the date set through
    the flow (as the on-screen keys would), every "next" and the "submit" tapped."""
    flow: Flow = window.flow

    def tap(name: str) -> None:
        button = visible_button(window, name)
        QApplication.sendPostedEvents()  # what came before the tap is not its cost
        clock = QElapsedTimer()
        clock.start()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        if on_tap is not None:
            # The next screen, painted: what the event loop does next, the layout passes
            # the tap left waiting and the update request that paints what changed.
            QApplication.sendPostedEvents()
            on_tap(clock.nsecsElapsed() / 1e6)

    tap("language-en")
    tap("next")
    tap("skip")
    while flow.step.screen is not Screen.REVIEW:
        fill_in(flow)
        window.show_state()
        tap("next")
    tap("submit")
    deadline = time.perf_counter() + 10
    while flow.step.screen is not Screen.DONE and time.perf_counter() < deadline:
        QApplication.processEvents()
    tap("restart")


def instant_submit(declaration: Declaration) -> SubmissionResult:
    return SubmissionResult(declaration.session_id, Outcome.NOT_PRINTED, "AAA-AAA")


# -- 2. tap to next screen painted -------------------------------------------------------


def bench_taps(kiosk: Kiosk, journeys: int) -> list[Row]:
    window = window_for(kiosk, instant_submit)
    taps: list[float] = []
    journey(window)  # warm-up: the first build of every screen
    for _ in range(journeys):
        journey(window, taps.append)
    # Baseline: a bare label changes its text and the window is painted, in the same
    # window and the same way.
    label = QLabel(window)
    label.setGeometry(0, 0, 1080, 200)
    label.show()
    bare: list[float] = []
    for number in range(len(taps)):
        clock = QElapsedTimer()
        clock.start()
        label.setText(f"Question {number}")
        window.update()  # the whole window, as a new screen would be
        QApplication.sendPostedEvents()
        bare.append(clock.nsecsElapsed() / 1e6)
    window.close()
    p50, p99 = percentile(taps, 0.5), percentile(taps, 0.99)
    return [
        Row(
            f"tap to next screen painted, p50 ({len(taps)} taps)",
            "ms",
            p50,
            min(taps),
            max(taps),
            "(reported)",
            f"label text + window painted p50 {percentile(bare, 0.5):.2f} ms",
            p50 / percentile(bare, 0.5),
        ),
        Row(
            "tap to next screen painted, p99",
            "ms",
            p99,
            min(taps),
            max(taps),
            "≤ 16 ms",
            f"label text + window painted p99 {percentile(bare, 0.99):.2f} ms",
            p99 / 16,
            "met" if p99 <= 16 else "missed",
        ),
    ]


# -- 3. the GUI thread while a declaration is saved, rendered and printed --------------


def bench_stall(kiosk: Kiosk, runs: int) -> list[Row]:
    window = window_for(kiosk, kiosk.service.submit)
    flow = window.flow
    stalls: list[float] = []
    for _ in range(runs):
        flow.reset()
        window.show_state()
        journey_to_review(window)
        heart = Heartbeat()
        visible_button(window, "submit").click()
        heart.start()
        deadline = time.perf_counter() + 20
        while flow.step.screen is not Screen.DONE and time.perf_counter() < deadline:
            QApplication.processEvents()
        stalls.append(heart.stop())
    window.wait_for_background()
    window.close()
    median, low, high = spread(stalls)
    return [
        Row(
            "longest GUI-thread stall while saving, rendering, printing",
            "ms",
            median,
            low,
            high,
            "< 16 ms",
            "1 ms heartbeat timer on the GUI thread",
            median / 16,
            "met" if high < 16 else "missed",
        )
    ]


class Heartbeat:
    """A 1 ms timer on the GUI thread: the longest gap between beats is the longest time
    the GUI thread could not answer a finger."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return max(self.gaps, default=0.0)


def journey_to_review(window: MainWindow) -> None:
    flow = window.flow
    flow.choose_language("en")
    flow.next()
    flow.skip_pages()
    while flow.step.screen is not Screen.REVIEW:
        fill_in(flow)
        flow.next()
    window.show_state()
    QApplication.processEvents()


# -- 4. the slip, in memory ----------------------------------------------------------------


def bench_slip(kiosk: Kiosk, runs: int) -> list[Row]:
    from kiosk.slip import SlipRenderer

    staff = kiosk.content.language("fr")
    renderer = SlipRenderer(
        kiosk.questionnaire,
        staff,
        "Hôpital",
        "Radiologie",
        "receipt80",
        ROOT / "resources" / "fonts",
        lambda code: code,
    )
    declaration = sample_declaration(0)
    renderer.render(declaration, "K7F-3QX")  # fonts and caches: not measured

    def timed(render: Callable[[], bytes]) -> list[float]:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            render()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    def without_qr() -> bytes:
        """The same slip without the reference block (the reference and its QR code)."""
        story = [
            *renderer.header(declaration),
            *renderer.identity(declaration),
            *renderer.summary(declaration),
            *renderer.section(declaration, Group.DECLARATION, "declarations"),
            *renderer.section(declaration, Group.PRACTICAL, "other_answers"),
        ]
        return renderer.build(story, "K7F-3QX")

    with_qr = timed(lambda: renderer.render(declaration, "K7F-3QX"))
    text_only = timed(without_qr)
    median = statistics.median(with_qr)
    return [
        Row(
            "slip render with QR code, in memory",
            "ms",
            *spread(with_qr),
            "≤ 5 ms",
            f"the same slip without reference and QR {statistics.median(text_only):.1f} ms",
            median / statistics.median(text_only),
            "met" if median <= 5 else "missed",
        )
    ]


def sample_declaration(number: int, when: datetime | None = None) -> Declaration:
    return Declaration(
        session_id=f"bench-{number}",
        language="fr",
        last_name="Peeters",
        first_name="An",
        birth_date=datetime(1950, 1, 2).date(),
        answers={"for_whom": "self", **{key: value for key, value in ANSWERS.items()}},
        questionnaire_version="bench",
        submitted_at=when or datetime.now(UTC),
    )


# -- 5. memory over many journeys -------------------------------------------------------


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def settle_deletes() -> None:
    """Run the deletions Qt postponed (deleteLater), as the event loop would."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def widget_kinds() -> Counter[str]:
    return Counter(type(widget).__name__ for widget in QApplication.allWidgets())


def bench_memory(kiosk: Kiosk, warm_up: int, journeys: int) -> list[Row]:
    window = window_for(kiosk, instant_submit)
    for _ in range(warm_up):
        journey(window)
    settle_deletes()
    kinds_before = widget_kinds()
    before_rss, before_widgets = rss_mib(), len(QApplication.allWidgets())
    before_objects = len(gc.get_objects())
    started = time.perf_counter()
    for number in range(journeys):
        journey(window)
        if number % 50 == 0:
            settle_deletes()  # the event loop's turn, between patients
    settle_deletes()
    seconds = time.perf_counter() - started
    growth = rss_mib() - before_rss
    widgets = len(QApplication.allWidgets()) - before_widgets
    objects = len(gc.get_objects()) - before_objects
    gained = widget_kinds() - kinds_before
    window.close()
    return [
        Row(
            f"RSS growth over {journeys} journeys (after {warm_up})",
            "MiB",
            growth,
            growth,
            growth,
            "≤ 2 MiB",
            f"{seconds / max(1, journeys) * 1000:.0f} ms a journey",
            growth / 2,
            "met" if growth <= 2 else "missed",
        ),
        Row(
            "widgets and Python objects gained over the same journeys",
            "count",
            float(widgets),
            float(widgets),
            float(objects),
            "widgets: 0",
            f"Python objects gained: {objects}; widgets: {dict(gained) or 'none'}",
            None,
            "met" if widgets == 0 else "missed",
        ),
    ]


# -- 6. the store with many declarations --------------------------------------------------


def bench_store(data: Path, rows: int, runs: int) -> list[Row]:
    path = data / "store" / "kiosk.sqlite3"
    store = DeclarationStore(path)
    store.close()
    now = datetime.now(UTC)
    per_day = 400  # a busy department: 400 a day, so `rows` spans rows/400 days
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO declarations (session_id, reference, created_at, language, for_whom, "
            "last_name, first_name, birth_date, answers, questionnaire_version, flags, "
            "flag_count) VALUES (?, ?, ?, 'fr', 'self', 'Peeters', 'An', '1950-01-02', "
            "'{\"allergy\": \"yes\"}', 'bench', '[\"allergy\"]', 1)",
            (
                (
                    f"bulk-{number}",
                    f"B{number:09d}",
                    (now - timedelta(days=number // per_day, seconds=number % per_day)).isoformat(),
                )
                for number in range(rows)
            ),
        )
    db.close()
    store = DeclarationStore(path)
    saves = []
    for number in range(runs):
        started = time.perf_counter()
        store.save(sample_declaration(number), ["allergy"])
        saves.append((time.perf_counter() - started) * 1000)
    today: list[float] = []
    start = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    for _ in range(runs):
        started = time.perf_counter()
        listed = store.summaries(start, start + timedelta(days=1))
        today.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    purged = store.purge(now - timedelta(days=rows // per_day - 1))  # one day's worth
    purge_ms = (time.perf_counter() - started) * 1000
    store.close()
    # Baseline: the same insert, with the same durability, in a bare table.
    bare = sqlite3.connect(data / "store" / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    bare_saves = []
    for number in range(runs):
        started = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t (body) VALUES (?)", (f"row {number}",))
        bare.execute("COMMIT")
        bare_saves.append((time.perf_counter() - started) * 1000)
    bare.close()
    save_median = statistics.median(saves)
    return [
        Row(
            f"save one declaration, synchronous=FULL ({rows:,} stored)",
            "ms",
            *spread(saves),
            "(reported)",
            f"bare WAL+FULL insert {statistics.median(bare_saves):.2f} ms",
            save_median / statistics.median(bare_saves),
        ),
        Row(
            f"staff 'today' list ({len(listed)} rows of {rows:,})",
            "ms",
            *spread(today),
            "≤ 10 ms",
            "",
            statistics.median(today) / 10,
            "met" if statistics.median(today) <= 10 else "missed",
        ),
        Row(
            f"purge one day ({purged} declarations, secure_delete)",
            "ms",
            purge_ms,
            purge_ms,
            purge_ms,
            "(reported)",
        ),
    ]


# -- the table -----------------------------------------------------------------------------


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
        default="start,taps,stall,slip,memory,store",
        help="which figures, comma-separated (default: all)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="Markdown file for the table (default: docs/performance.md; --quick: none)",
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
    output = arguments.output or (None if quick else ROOT / "docs" / "performance.md")
    if output is not None:
        write_report(output, report)
    return 0


def write_report(path: Path, report: str) -> None:
    """Replace the generated table between the markers, keep the prose around it."""
    begin, end = "<!-- benchmark table: begin -->", "<!-- benchmark table: end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else f"{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{report}{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
