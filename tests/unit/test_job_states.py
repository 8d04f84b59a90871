"""What the kiosk does with a job by its state: a job stopped in the queue may still come
out, so it is followed like any job still in the queue."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.job_state import JobState
from kiosk.patient.declaration import Outcome
from kiosk.printing.printers import PrintResult, SlipPdf
from kiosk.records.store import DeclarationStore
from kiosk.services.housekeeping import Housekeeper
from kiosk.services.submission import SubmissionService
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import questionnaire

NOW = datetime.now(UTC).replace(microsecond=0)


class _Renderer:
    def render(self, declaration: object, reference: str) -> SlipPdf:
        return SlipPdf(b"%PDF-1.4 slip " + reference.encode(), "a4", (210, 297))


class StoppingPrinter:
    """Its first job stops in the queue (a paused printer, a filter that failed); the
    state each job reports afterwards is set by the test."""

    name = "cups"
    paper = True

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.cancelled: list[str] = []
        self.states: dict[str, JobState] = {}

    def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
        self.sent.append(reference)
        job_id = f"q-{len(self.sent)}"
        state = JobState.STOPPED if len(self.sent) == 1 else JobState.COMPLETED
        self.states[job_id] = state
        on_paper = state == JobState.COMPLETED
        return PrintResult(on_paper, self.name, state, "q", job_id, on_paper=on_paper)

    def job_state(self, queue: str, job_id: str) -> tuple[JobState, str | None]:
        return self.states[job_id], None

    def cancel(self, queue: str, job_id: str) -> None:
        self.cancelled.append(job_id)

    def follows(self, backend: str) -> bool:
        return backend == self.name


@pytest.fixture
def store(tmp_path: Path):
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def test_a_stopped_job_that_is_restarted_and_prints_is_not_printed_again(
    tmp_path: Path, store: DeclarationStore
) -> None:
    printer = StoppingPrinter()
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)
    result = service.submit(make_declaration(submitted_at=NOW))
    assert result.outcome is Outcome.NOT_PRINTED  # the patient is sent to reception
    assert store.prints.unprinted() == [result.reference]

    printer.states["q-1"] = JobState.COMPLETED  # IT resumed the printer: the slip came out
    keeper = Housekeeper(service, store, tmp_path / "slips", 7, lambda: NOW)
    keeper._last_purge = time.monotonic()  # the purge is not what this test is about
    keeper()

    assert printer.sent == [result.reference]  # one slip, not two
    assert store.prints.unprinted() == []
    assert [a["state"] for a in store.prints.print_attempts(1)] == ["completed"]


def test_a_job_still_stopped_is_withdrawn_and_replaced_by_the_housekeeper(
    tmp_path: Path, store: DeclarationStore
) -> None:
    """Nothing restarts a stopped job by itself: it is cancelled, then sent again."""
    printer = StoppingPrinter()
    service = SubmissionService(store, questionnaire(), lambda: _Renderer(), printer)
    result = service.submit(make_declaration(submitted_at=NOW))
    keeper = Housekeeper(service, store, tmp_path / "slips", 7, lambda: NOW)
    keeper._last_purge = time.monotonic()
    keeper()

    assert printer.cancelled == ["q-1"]
    assert printer.sent == [result.reference, result.reference]
    assert store.prints.unprinted() == []
