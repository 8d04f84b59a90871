"""A slip is printed once, never twice and never lost, when the print's outcome is not
known: an `lp` that timed out (its job may be queued), another program printing the same
slip (the kiosk's housekeeper and `reprint --unprinted`), a print cut off mid-way, a job
CUPS no longer knows. CUPS is played by small scripts on PATH."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.job_state import JobState
from kiosk.patient.declaration import Outcome
from kiosk.printing.cups import CupsPrinter
from kiosk.printing.printers import PrintResult, SlipPdf
from kiosk.records.print_records import SENDING_STALE
from kiosk.records.store import DeclarationStore
from kiosk.services.submission import SubmissionService
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import questionnaire

NOW = datetime.now(UTC).replace(microsecond=0)
QUEUE = "reception"
HEADER = "job-id,job-state,job-printer-state-message,job-state-reasons,job-name\n"


class _Renderer:
    def render(self, declaration: object, reference: str) -> SlipPdf:
        return SlipPdf(b"%PDF-1.4 slip " + reference.encode(), "a4", (210, 297))


class FakeCups:
    """`lp`, `lpstat`, `ipptool` and `cancel` as scripts: `lp` logs each title it is
    given, `ipptool` prints the jobs written to `jobs` (CSV rows), or fails when
    `answering` is false."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.sent = folder / "sent.log"
        self.cancelled = folder / "cancelled.log"
        self.jobs_file = folder / "jobs.csv"
        self.down = folder / "down"
        self.jobs([])
        self._script(
            "lp",
            'title=""\nwhile [ $# -gt 0 ]; do [ "$1" = -t ] && title="$2"; shift; done\n'
            f'cat > /dev/null\necho "$title" >> {self.sent}\n'
            f"n=$(wc -l < {self.sent})\n"
            f'echo "request id is {QUEUE}-$((100 + n)) (1 file(s))"\n',
        )
        self._script(
            "lpstat",
            'case "$1" in\n'
            '  -r) echo "scheduler is running" ;;\n'
            f'  -p) echo "printer {QUEUE} is idle.  enabled since Jan 1 2026" ;;\n'
            f'  -a) echo "{QUEUE} accepting requests since Jan 1 2026" ;;\n'
            "esac\n",
        )
        self._script("ipptool", f"[ -e {self.down} ] && exit 1\ncat {self.jobs_file}\n")
        self._script("cancel", f'echo "$1" >> {self.cancelled}\n')

    def _script(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text("#!/bin/sh\n" + body)
        path.chmod(0o755)

    def jobs(self, rows: list[tuple[int, str, str]]) -> None:
        """(job number, IPP state, title) of each job CUPS lists."""
        lines = "".join(f'{number},{state},"","none","{title}"\n' for number, state, title in rows)
        self.jobs_file.write_text(HEADER + lines)

    @property
    def answering(self) -> bool:
        return not self.down.exists()

    @answering.setter
    def answering(self, value: bool) -> None:
        if value:
            self.down.unlink(missing_ok=True)
        else:
            self.down.touch()

    def titles(self) -> list[str]:
        return self.sent.read_text().split("\n")[:-1] if self.sent.exists() else []

    def printer(self) -> CupsPrinter:
        return CupsPrinter(QUEUE, env={"PATH": f"{self.bin}:/usr/bin:/bin"}, budget_seconds=2.0)


@pytest.fixture
def store(tmp_path: Path):
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def attempts(store: DeclarationStore) -> list[tuple[str, str | None, str, int]]:
    with sqlite3.connect(store.path) as db:
        rows = db.execute("SELECT state, job_id, backend, printed FROM print_attempts ORDER BY id")
        return rows.fetchall()


def test_a_job_queued_by_an_lp_that_timed_out_is_adopted_not_sent_again(
    tmp_path: Path, store: DeclarationStore
) -> None:
    cups = FakeCups(tmp_path)
    saved = store.declarations.save(make_declaration(submitted_at=NOW), [])
    # `lp` timed out (a slow cupsd): no job id, yet cupsd queued the job after all.
    store.prints.record_print(
        saved.id, "cups", JobState.UNREACHABLE, queue=QUEUE, reason="no answer"
    )
    cups.jobs([(7, "processing", f"slip {saved.reference}"), (6, "completed", "slip OTH-ERS")])
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), cups.printer())

    results = service.retry_unprinted(waiting=False)

    assert cups.titles() == []  # not sent a second time
    assert results[saved.reference].job_id == f"{QUEUE}-7"
    assert attempts(store)[-1] == ("processing", f"{QUEUE}-7", "cups", 1)
    assert store.prints.unprinted() == []


def test_with_no_job_of_the_slip_in_the_queue_it_is_sent_again(
    tmp_path: Path, store: DeclarationStore
) -> None:
    cups = FakeCups(tmp_path)
    saved = store.declarations.save(make_declaration(submitted_at=NOW), [])
    store.prints.record_print(
        saved.id, "cups", JobState.UNREACHABLE, queue=QUEUE, reason="no answer"
    )
    cups.jobs([(6, "completed", "slip OTH-ERS")])
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), cups.printer())

    service.retry_unprinted(waiting=False)

    assert cups.titles() == [f"slip {saved.reference}"]


def test_a_cups_that_cannot_say_whether_it_holds_the_job_is_not_sent_another(
    tmp_path: Path, store: DeclarationStore
) -> None:
    cups = FakeCups(tmp_path)
    saved = store.declarations.save(make_declaration(submitted_at=NOW), [])
    store.prints.record_print(
        saved.id, "cups", JobState.UNREACHABLE, queue=QUEUE, reason="no answer"
    )
    cups.answering = False  # still frozen: it may hold the first job
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), cups.printer())

    results = service.retry_unprinted(waiting=False)

    assert cups.titles() == []
    assert not service.delivered(results[saved.reference])  # the housekeeper backs off
    assert store.prints.unprinted() == [saved.reference]  # tried again at its next run


class CountingPrinter:
    name = "cups"
    paper = True

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.during: list[dict[str, PrintResult]] = []
        self.other: SubmissionService | None = None

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        if self.other is not None:  # the other program's retry comes mid-print
            other, self.other = self.other, None
            self.during.append(other.retry_unprinted())
        self.sent.append(reference)
        return PrintResult(
            True, self.name, JobState.COMPLETED, "q", f"q-{len(self.sent)}", on_paper=True
        )

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        return JobState.COMPLETED, None

    def cancel(self, queue: str, job_id: str) -> None:
        pass

    def follows(self, backend: str) -> bool:
        return backend == self.name


def test_another_program_does_not_print_a_slip_being_printed(
    tmp_path: Path, store: DeclarationStore
) -> None:
    """The kiosk prints a patient's slip while IT's `reprint --unprinted` (another
    process, its own connection and service) looks for unprinted slips."""
    kiosk_printer, cli_printer = CountingPrinter(), CountingPrinter()
    other_store = DeclarationStore(store.path)
    try:
        cli = SubmissionService(other_store, questionnaire(), lambda: _Renderer(), cli_printer)
        kiosk_printer.other = cli
        kiosk = SubmissionService(store, questionnaire(), lambda: _Renderer(), kiosk_printer)

        result = kiosk.submit(make_declaration(submitted_at=NOW))

        assert result.outcome is Outcome.PRINTED
        assert kiosk_printer.during == [{}] and cli_printer.sent == []
        assert [row[0] for row in attempts(store)] == ["completed"]
    finally:
        other_store.close()


def _sending(store: DeclarationStore, declaration_id: int, age: timedelta) -> None:
    at = (datetime.now(UTC) - age).isoformat()
    with sqlite3.connect(store.path) as db:
        db.execute(
            "INSERT INTO print_attempts (declaration_id, backend, state, printed, created_at, "
            "updated_at) VALUES (?, 'kiosk', 'sending', 0, ?, ?)",
            (declaration_id, at, at),
        )


def test_a_slip_being_sent_by_another_program_is_skipped_and_a_stale_one_retried(
    tmp_path: Path, store: DeclarationStore
) -> None:
    cups = FakeCups(tmp_path)
    busy = store.declarations.save(make_declaration(session_id="busy", submitted_at=NOW), [])
    crashed = store.declarations.save(make_declaration(session_id="crashed", submitted_at=NOW), [])
    _sending(store, busy.id, timedelta(seconds=5))
    _sending(store, crashed.id, SENDING_STALE + timedelta(minutes=1))  # cut off mid-print
    # The crashed print's `lp` had run: its job is in the queue and printed.
    cups.jobs([(3, "completed", f"slip {crashed.reference}")])
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), cups.printer())

    service.retry_unprinted(waiting=False)
    service.retry_unprinted()  # reception's "print all" too

    assert cups.titles() == []
    assert store.prints.unprinted() == [busy.reference]
    assert store.prints.print_failures() != []  # the interrupted attempt, for staff to read
    crashed_rows = [row for row in attempts(store) if row[1] == f"{QUEUE}-3"]
    assert crashed_rows == [("completed", f"{QUEUE}-3", "cups", 1)]


def test_a_job_cups_forgot_is_judged_by_its_last_known_state(
    tmp_path: Path, store: DeclarationStore
) -> None:
    """CUPS purged its history (PreserveJobHistory) or lost its spool. A job last seen
    printing is on paper; one last seen waiting never started, and is printed again."""
    cups = FakeCups(tmp_path)
    printing = store.declarations.save(
        make_declaration(session_id="printing", submitted_at=NOW), []
    )
    waiting = store.declarations.save(make_declaration(session_id="waiting", submitted_at=NOW), [])
    store.prints.record_print(
        printing.id, "cups", JobState.PROCESSING, printed=True, queue=QUEUE, job_id=f"{QUEUE}-1"
    )
    store.prints.record_print(
        waiting.id, "cups", JobState.PENDING, queue=QUEUE, job_id=f"{QUEUE}-2"
    )
    cups.jobs([])  # CUPS lists neither
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), cups.printer())

    service.follow_jobs()
    service.retry_unprinted(waiting=False, follow=False)

    assert cups.titles() == [f"slip {waiting.reference}"]  # once, and only that one
    states = {row[1]: row[0] for row in attempts(store)}
    assert states[f"{QUEUE}-1"] == "completed"
    assert states[f"{QUEUE}-2"] == "gone"
    cups.jobs([(101, "completed", f"slip {waiting.reference}")])
    service.follow_jobs()
    service.retry_unprinted(waiting=False, follow=False)
    assert len(cups.titles()) == 1  # the new job is followed, not sent again
