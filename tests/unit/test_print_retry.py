"""Slips that did not reach paper are printed again: automatically by the housekeeper (a
few per run, today's only, less often while the printer stays down), and a `lp` that
hangs after forking leaves nothing running."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.job_state import JobState
from kiosk.patient.declaration import Outcome
from kiosk.printing.cups import AutoPrinter, CupsPrinter
from kiosk.printing.printers import FolderPrinter, PrintResult, SlipPdf
from kiosk.records.store import DeclarationStore
from kiosk.services import housekeeping
from kiosk.services.housekeeping import Housekeeper
from kiosk.services.submission import SubmissionService
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import questionnaire

NOW = datetime.now(UTC).replace(microsecond=0)


class _Renderer:
    def render(self, declaration: object, reference: str) -> SlipPdf:
        return SlipPdf(b"%PDF-1.4 slip " + reference.encode(), "a4", (210, 297))


class SwitchedPrinter:
    """A paper printer that is down until switched on; counts what it was sent."""

    name = "cups"
    paper = True

    def __init__(self) -> None:
        self.up = False
        self.sent: list[str] = []

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        self.sent.append(reference)
        if not self.up:
            return PrintResult(
                False, self.name, JobState.UNREACHABLE, "q", reason="CUPS is not running"
            )
        return PrintResult(
            True, self.name, JobState.COMPLETED, "q", f"q-{len(self.sent)}", on_paper=True
        )

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        return JobState.COMPLETED, None

    def cancel(self, queue: str, job_id: str) -> None:
        pass

    def follows(self, backend: str) -> bool:
        return backend == self.name


@pytest.fixture
def store(tmp_path: Path):
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def printed_flags(store: DeclarationStore) -> list[tuple[str, int]]:
    with sqlite3.connect(store.path) as db:
        return db.execute("SELECT backend, printed FROM print_attempts ORDER BY id").fetchall()


def test_slips_not_printed_during_an_outage_are_retried_a_few_at_a_time_with_backoff(
    tmp_path: Path, store: DeclarationStore
) -> None:
    printer = SwitchedPrinter()
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)
    references = []
    for number in range(5):
        result = service.submit(make_declaration(session_id=f"s{number}", submitted_at=NOW))
        assert result.outcome is Outcome.NOT_PRINTED and result.reference is not None
        references.append(result.reference)
    # A crash between the save and the print: saved, never sent.
    crashed = store.declarations.save(make_declaration(session_id="crash", submitted_at=NOW), [])
    # Yesterday's slip is for nobody in the waiting room now.
    store.declarations.save(
        make_declaration(session_id="old", submitted_at=NOW - timedelta(days=2)), []
    )
    keeper = Housekeeper(service, store, tmp_path / "slips", 7, lambda: NOW)
    ticks = [0.0]
    keeper._monotonic = lambda: ticks[0]
    keeper._last_purge = 0.0  # the purge is not what this test is about
    printer.sent.clear()

    keeper()  # CUPS still down: one try, not one per slip
    assert printer.sent == [references[0]]
    ticks[0] += 30
    keeper()  # the next run waits: the printer is not hammered
    assert len(printer.sent) == 1
    ticks[0] += 30
    keeper()
    assert len(printer.sent) == 2

    printer.up = True
    ticks[0] += 120
    keeper()
    assert len(printer.sent) == 2 + housekeeping.RETRY_PER_RUN  # a bounded number per run
    ticks[0] += 30
    keeper()
    ticks[0] += 30
    keeper()
    assert store.prints.unprinted(NOW - timedelta(hours=1)) == []
    assert crashed.reference in printer.sent
    assert sorted(set(printer.sent)) == sorted([*references, crashed.reference])
    assert len(store.prints.unprinted()) == 1  # only the old one, left for reception


def test_a_job_still_waiting_in_the_queue_is_not_retried_automatically(
    tmp_path: Path, store: DeclarationStore
) -> None:
    saved = store.declarations.save(make_declaration(submitted_at=NOW), [])
    store.prints.record_print(saved.id, "cups", JobState.PENDING, queue="q", job_id="q-7")

    class Waiting(SwitchedPrinter):
        def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
            return JobState.PENDING, "queue stopped"

    printer = Waiting()
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)
    keeper = Housekeeper(service, store, tmp_path / "slips", 7, lambda: NOW)
    keeper._last_purge = time.monotonic()

    keeper()

    assert printer.sent == []  # it prints where it waits once the queue restarts
    assert store.prints.unprinted() == [saved.reference]


def test_a_slip_written_to_the_folder_because_cups_is_slow_is_not_printed(
    tmp_path: Path, store: DeclarationStore
) -> None:
    """printer.backend = "auto": CUPS is installed but does not answer in time."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("lp", "lpstat"):
        script = bin_dir / tool
        script.write_text("#!/bin/sh\nexec sleep 30\n")
        script.chmod(0o755)
    cups = CupsPrinter(None, env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, budget_seconds=0.3)
    printer = AutoPrinter(cups, FolderPrinter(tmp_path / "slips"))
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)

    result = service.submit(make_declaration(submitted_at=NOW))

    assert result.outcome is Outcome.NOT_PRINTED
    assert len(list((tmp_path / "slips").glob("*.pdf"))) == 1
    assert printed_flags(store) == [("folder", 0)]  # a PDF file is not paper
    assert store.prints.unprinted() == [result.reference]  # still for the printer


def test_with_no_paper_printer_the_pdf_file_is_the_slip(
    tmp_path: Path, store: DeclarationStore
) -> None:
    service = SubmissionService(
        store, questionnaire(), lambda: _Renderer(), FolderPrinter(tmp_path / "slips")
    )
    service.submit(make_declaration(submitted_at=NOW))
    assert printed_flags(store) == [("folder", 1)]
    assert store.prints.unprinted() == []


def _dead_or_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def test_an_lp_that_forks_and_hangs_leaves_no_process_behind(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    child = tmp_path / "child.pid"
    lp = bin_dir / "lp"
    lp.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {child}\ncat > /dev/null\nsleep 300\n")
    lp.chmod(0o755)
    printer = CupsPrinter("reception", env={"PATH": f"{bin_dir}:/usr/bin:/bin"})

    started = time.monotonic()
    result = printer.print_pdf(SlipPdf(b"%PDF-1.4", "a4", (210, 297)), "K7F-3QX")

    assert time.monotonic() - started < 2.0  # the patient is still told in time
    assert (result.ok, result.state) == (False, "unreachable")
    pid = int(child.read_text())
    deadline = time.monotonic() + 2
    while not _dead_or_zombie(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert _dead_or_zombie(pid), f"lp's child {pid} survived the timeout"
    finally:
        if not _dead_or_zombie(pid):
            os.kill(pid, 9)


def test_a_retry_during_a_patient_s_print_leaves_that_slip_alone(
    tmp_path: Path, store: DeclarationStore
) -> None:
    """The housekeeper runs on its own thread: it may look for unprinted slips while a
    patient's declaration is saved and not yet printed. That slip comes out once."""
    retried: list[dict[str, PrintResult]] = []

    class Busy(SwitchedPrinter):
        asked = False

        def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
            if not self.asked:  # the housekeeper's turn comes mid-print
                self.asked = True
                retried.append(service.retry_unprinted())
            return super().print_pdf(pdf, reference)

    printer = Busy()
    printer.up = True
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)

    result = service.submit(make_declaration(submitted_at=NOW))

    assert result.outcome is Outcome.PRINTED
    assert retried == [{}] and printer.sent == [result.reference]


def test_auto_asks_for_the_default_printer_within_the_print_s_time(tmp_path: Path) -> None:
    """A slow `lpstat -d` is part of the print's budget, not added in front of it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lpstat").write_text(
        '#!/bin/sh\nsleep 0.7\necho "system default destination: reception"\n'
    )
    (bin_dir / "lp").write_text("#!/bin/sh\nexec sleep 30\n")
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    cups = CupsPrinter(None, env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, budget_seconds=1.0)
    printer = AutoPrinter(cups, FolderPrinter(tmp_path / "slips"))

    started = time.monotonic()
    result = printer.print_pdf(SlipPdf(b"%PDF-1.4", "a4", (210, 297)), "K7F-3QX")

    assert time.monotonic() - started < 1.5  # asked once, in the budget: about 1 s
    assert (result.backend, result.state, result.queue) == ("cups", "unreachable", "reception")
