"""Saving, rendering and printing a declaration, with real parts and real failures."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.assembly import build_submission
from kiosk.config import load_config
from kiosk.doctor.checks import pending_findings
from kiosk.job_state import JobState
from kiosk.patient.declaration import Outcome
from kiosk.printing.printers import FolderPrinter, PrintResult, SlipPdf
from kiosk.records.store import DeclarationStore
from kiosk.services.submission import SubmissionService
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import content, questionnaire


@pytest.fixture
def store(tmp_path: Path):
    opened = DeclarationStore(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def attempt_states(store: DeclarationStore) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(store.path) as db:
        return db.execute("SELECT backend, state, reason FROM print_attempts").fetchall()


def test_a_submitted_declaration_is_saved_and_its_slip_written(
    tmp_path: Path, store: DeclarationStore
) -> None:
    config = load_config(
        overrides=[f'printer.folder="{tmp_path / "slips"}"', "printer.backend=folder"], environ={}
    )
    service = build_submission(config, questionnaire(), content(), store)

    result = service.submit(make_declaration())

    # A PDF in a folder is not a slip in the patient's hand: reception prints it.
    assert result.outcome is Outcome.NOT_PRINTED
    [slip] = (tmp_path / "slips").glob("*.pdf")
    assert result.reference is not None and slip.name.endswith(f"-{result.reference}.pdf")
    text = PdfReader(slip).pages[0].extract_text()
    assert result.reference in text and "LEFÈVRE" in text
    assert attempt_states(store) == [("folder", "completed", None)]


def test_a_printer_failure_keeps_the_declaration_and_records_why(
    tmp_path: Path,
    store: DeclarationStore,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the slips folder should be")
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(blocker / "slips")
    )

    result = service.submit(make_declaration())

    assert result.outcome is Outcome.NOT_PRINTED
    assert result.reference is not None and store.declarations.find(result.reference) is not None
    [(backend, state, reason)] = attempt_states(store)
    assert (backend, state) == ("folder", "failed") and "Not a directory" in str(reason)


def test_a_slip_that_cannot_be_rendered_keeps_the_declaration(
    tmp_path: Path, store: DeclarationStore
) -> None:
    class Broken:
        def render(self, *_: object) -> SlipPdf:
            raise ValueError("font missing")

    service = SubmissionService(
        store, questionnaire(), lambda: Broken(), FolderPrinter(tmp_path / "slips")
    )

    result = service.submit(make_declaration())

    assert result.outcome is Outcome.NOT_PRINTED
    assert attempt_states(store) == [("renderer", "failed", "render error: font missing")]
    assert not (tmp_path / "slips").exists()


def test_nothing_saved_is_reported_as_not_saved(tmp_path: Path, store: DeclarationStore) -> None:
    store.close()
    store._db = sqlite3.connect(
        f"file:{store.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(tmp_path / "slips")
    )

    result = service.submit(make_declaration())

    assert (result.outcome, result.reference) == (Outcome.NOT_SAVED, None)
    assert not (tmp_path / "slips").exists()


def test_a_repeated_submit_prints_once(tmp_path: Path, store: DeclarationStore) -> None:
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(tmp_path / "slips")
    )

    first = service.submit(make_declaration())
    second = service.submit(make_declaration())

    assert first.reference == second.reference
    assert len(list((tmp_path / "slips").glob("*.pdf"))) == 1


class _FakeRenderer:
    """Stands in for ReportLab where the slip's content is not what is tested."""

    def render(self, _declaration: object, reference: str) -> SlipPdf:
        return SlipPdf(f"%PDF-1.4 slip {reference}".encode(), "a4", (210, 297))


def test_a_printer_backend_that_raises_is_a_failed_print(
    tmp_path: Path, store: DeclarationStore
) -> None:
    class Jammed(FolderPrinter):
        name = "jammed"

        def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
            raise RuntimeError("paper jam in the driver")

    service = SubmissionService(store, questionnaire(), lambda: _FakeRenderer(), Jammed(tmp_path))

    result = service.submit(make_declaration())

    assert result.outcome is Outcome.NOT_PRINTED
    assert result.reference is not None and store.declarations.find(result.reference) is not None
    assert attempt_states(store) == [("jammed", "failed", "error: paper jam in the driver")]


def test_only_a_printer_that_produces_paper_tells_the_patient_to_take_a_slip(
    tmp_path: Path, store: DeclarationStore
) -> None:
    class Receipt(FolderPrinter):
        def print_pdf(self, pdf: SlipPdf, reference: str) -> PrintResult:
            written = super().print_pdf(pdf, reference)
            return PrintResult(True, "receipt", JobState.COMPLETED, written.queue, on_paper=True)

    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), Receipt(tmp_path / "slips")
    )

    assert service.submit(make_declaration()).outcome is Outcome.PRINTED


def test_a_slip_can_be_reprinted_by_its_reference(tmp_path: Path, store: DeclarationStore) -> None:
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(tmp_path / "slips")
    )
    reference = service.submit(make_declaration()).reference
    assert reference is not None

    again = service.reprint(reference.lower())

    assert again is not None and again.ok
    assert len(list((tmp_path / "slips").glob(f"*-{reference}*.pdf"))) == 2
    assert [state for _, state, _ in attempt_states(store)] == ["completed", "completed"]
    assert service.reprint("AAA-AAA") is None


def test_failed_slips_are_printed_once_the_printer_is_back(
    tmp_path: Path, store: DeclarationStore
) -> None:
    folder = tmp_path / "slips"
    folder.write_text("the folder is missing: a file stands in its place")
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(folder)
    )
    first = service.submit(make_declaration(session_id="a")).reference
    second = service.submit(make_declaration(session_id="b")).reference
    assert store.prints.unprinted() == [first, second]

    folder.unlink()  # IT repairs the printer
    retried = service.retry_unprinted()

    assert set(retried) == {first, second} and all(r.ok for r in retried.values())
    assert store.prints.unprinted() == []
    assert len(list(folder.glob("*.pdf"))) == 2


def test_jobs_of_another_backend_are_not_followed(tmp_path: Path, store: DeclarationStore) -> None:
    saved = store.declarations.save(make_declaration(), [])
    store.prints.record_print(
        saved.id, "cups", JobState.PENDING, queue="reception", job_id="reception-7"
    )
    service = SubmissionService(
        store, questionnaire(), lambda: _FakeRenderer(), FolderPrinter(tmp_path / "slips")
    )

    assert service.follow_jobs() == 0  # the folder cannot know how a CUPS job ended
    assert store.prints.unprinted() == [saved.reference]


def test_a_write_lock_held_elsewhere_makes_the_save_wait_not_fail(tmp_path: Path) -> None:
    # IT's sqlite3 shell holds the write lock for 1.5 s; each try waits 0.2 s for it.
    store = DeclarationStore(tmp_path / "kiosk.sqlite3", busy_timeout=0.2)
    service = SubmissionService(
        store,
        questionnaire(),
        lambda: _FakeRenderer(),
        FolderPrinter(tmp_path / "slips"),
        lock_patience=20,
    )
    shell = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    shell.execute("BEGIN IMMEDIATE")
    released = threading.Timer(1.5, lambda: shell.execute("COMMIT"))
    released.start()
    try:
        result = service.submit(make_declaration())
    finally:
        released.join()
        shell.close()

    assert result.outcome is not Outcome.NOT_SAVED  # waited for the lock, then saved
    assert result.reference is not None and store.declarations.find(result.reference) is not None
    store.close()


def test_a_lock_held_past_patience_keeps_the_answers_pending_then_saves_them(
    tmp_path: Path,
) -> None:
    store = DeclarationStore(tmp_path / "kiosk.sqlite3", busy_timeout=0.1)
    pending = tmp_path / "pending"
    service = SubmissionService(
        store,
        questionnaire(),
        lambda: _FakeRenderer(),
        FolderPrinter(tmp_path / "slips"),
        lock_patience=0.5,
        pending=pending,
    )
    shell = sqlite3.connect(store.path, isolation_level=None)
    shell.execute("BEGIN IMMEDIATE")  # IT's shell, left open
    try:
        result = service.submit(make_declaration(last_name="Peeters"))
        assert service.save_pending() == 0  # still locked: the file stays
    finally:
        shell.execute("COMMIT")
        shell.close()

    # Told the truth: kept, with no reference yet; nothing lost.
    assert result.outcome is Outcome.NOT_PRINTED and result.reference is None
    [kept] = pending.glob("*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert service.save_pending() == 1  # the lock is gone: into the database
    assert not list(pending.glob("*.json"))
    [row] = store.declarations.summaries(
        datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    )
    assert row.initials.startswith("P.")
    store.close()


def test_doctor_counts_the_declarations_kept_pending(tmp_path: Path) -> None:
    pending = tmp_path / "pending"
    assert pending_findings(pending) == []
    pending.mkdir()
    (pending / "s1.json").write_text("{}", encoding="utf-8")
    (pending / "s2.unreadable").write_text("?", encoding="utf-8")

    levels = {finding.level: finding.message for finding in pending_findings(pending)}

    assert "1 declaration(s)" in levels["warning"]
    assert "1 kept declaration(s)" in levels["problem"]
