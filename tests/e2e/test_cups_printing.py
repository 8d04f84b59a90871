"""Slips through a real CUPS daemon: the patient's outcome, the attempt rows, reprints.

Each test starts its own cupsd (the `cups` fixture) with a queue whose device is a file,
so what "comes out of the printer" is a PDF the test reads back.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import Screen
from kiosk.printing.cups import CupsPrinter
from kiosk.printing.printers import SlipPdf
from kiosk.records.store import DeclarationStore
from kiosk.services.submission import SubmissionService
from tests.helpers.cups import PrivateCups
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import questionnaire
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import tour

pytestmark = pytest.mark.e2e
QUEUE = "reception"
# Every CUPS failure must reach the patient quickly: never a frozen "saving" screen.
TOLD_WITHIN_MS = 2000


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    return tmp_path / "printer" / "out.pdf"


@contextmanager
def kiosk_on_cups(
    qtbot, tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KioskUnderTest]:
    cups.patch_environ(monkeypatch)
    with running_kiosk(
        qtbot, tmp_path / "data", "printer.backend=cups", f"printer.queue={QUEUE}"
    ) as app:
        yield app


def freeze(cups: PrivateCups) -> None:
    """CUPS hangs: it neither answers nor refuses."""
    assert cups.pid is not None
    os.kill(cups.pid, signal.SIGSTOP)


def thaw(cups: PrivateCups) -> None:
    assert cups.pid is not None
    os.kill(cups.pid, signal.SIGCONT)


def submit_a_declaration(app: KioskUnderTest) -> None:
    app.flow.choose_language("en")
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == "review":
            break
    app.see_the_whole_review()
    app.tap("submit")
    app.qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=TOLD_WITHIN_MS)


def shown(app: KioskUnderTest) -> str:
    return " ".join(label.text() for label in app.window.findChildren(QLabel) if label.isVisible())


def slip_text(pdf: bytes | Path) -> str:
    reader = PdfReader(pdf) if isinstance(pdf, Path) else PdfReader(__import__("io").BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def attempts(app: KioskUnderTest) -> list[tuple[object, ...]]:
    return app.rows(
        "SELECT backend, queue, job_id IS NOT NULL, state, reason, printed "
        "FROM print_attempts ORDER BY id"
    )


def reference_of(app: KioskUnderTest) -> str:
    reference = app.flow.reference
    assert reference is not None
    return reference


def test_a_slip_comes_out_of_the_printer_and_the_patient_takes_it(
    qtbot, tmp_path: Path, cups: PrivateCups, printed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, printed)
    with kiosk_on_cups(qtbot, tmp_path, cups, monkeypatch) as app:
        submit_a_declaration(app)

        assert "Please take your slip" in shown(app)
        text = slip_text(cups.wait_for_output(printed))
        assert reference_of(app) in text
        # In the staff language (French), in its clinical words.
        anticoagulants = app.kiosk.content.language("fr").slip_title("anticoagulants")
        assert "ATTENTION" in text and f"{anticoagulants}: Oui" in text
        [(backend, queue, has_job, state, reason, was_printed)] = attempts(app)
        assert (backend, queue, has_job, was_printed, reason) == ("cups", QUEUE, 1, 1, None)
        assert state in ("completed", "processing", "pending")


def test_a_stopped_queue_keeps_the_declaration_and_the_slip_prints_once_it_restarts(
    qtbot, tmp_path: Path, cups: PrivateCups, printed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, printed)
    cups.disable(QUEUE, reason="out of paper")
    with kiosk_on_cups(qtbot, tmp_path, cups, monkeypatch) as app:
        submit_a_declaration(app)

        assert "Your answers are saved. Please go to the reception desk" in shown(app)
        assert app.visible("reference", QLabel).text().endswith(reference_of(app))
        [(_, _, has_job, state, reason, was_printed)] = attempts(app)
        assert (has_job, state, was_printed) == (1, "pending", 0)
        assert "queue stopped" in str(reason) and "out of paper" in str(reason)
        assert not printed.exists()

        cups.enable(QUEUE)  # paper back in: the waiting job prints, and a reprint works too
        assert reference_of(app) in slip_text(cups.wait_for_output(printed))
        assert app.kiosk.service.follow_jobs() == 1  # the row learns it printed after all
        assert attempts(app)[0][3:] == ("completed", None, 1)
        assert app.kiosk.store.prints.unprinted() == []
        reprinted = app.kiosk.service.reprint(reference_of(app))
        assert reprinted is not None and reprinted.ok
        assert attempts(app)[-1][5] == 1


@pytest.mark.parametrize(
    ("break_it", "repair", "state", "words"),
    [
        (
            lambda c: c.reject(QUEUE, reason="maintenance"),
            lambda c: c.accept(QUEUE),
            "rejected",
            "not accepting",
        ),
        (lambda c: c.delete(QUEUE), None, "missing", "does not exist"),
        (lambda c: c.stop(), lambda c: c.start(), "unreachable", "not running"),
        (freeze, thaw, "unreachable", "did not answer"),
    ],
    ids=["rejecting", "deleted", "cups-stopped", "cups-frozen"],
)
def test_a_printer_that_refuses_sends_the_patient_to_reception_and_a_reprint_works_later(
    qtbot,
    tmp_path: Path,
    cups: PrivateCups,
    printed: Path,
    monkeypatch: pytest.MonkeyPatch,
    break_it: Callable[[PrivateCups], None],
    repair: Callable[[PrivateCups], None] | None,
    state: str,
    words: str,
) -> None:
    cups.add_pdf_queue(QUEUE, printed)
    break_it(cups)
    with kiosk_on_cups(qtbot, tmp_path, cups, monkeypatch) as app:
        submit_a_declaration(app)

        assert "Your answers are saved. Please go to the reception desk" in shown(app)
        assert app.rows("SELECT count(*) FROM declarations") == [(1,)]
        [(backend, _, _, recorded_state, reason, was_printed)] = attempts(app)
        assert (backend, recorded_state, was_printed) == ("cups", state, 0)
        assert words in str(reason).lower()
        assert app.kiosk.store.prints.unprinted() == [reference_of(app)]

        if repair is None:
            cups.add_pdf_queue(QUEUE, printed)
        else:
            repair(cups)
        retried = app.kiosk.service.retry_unprinted()
        assert retried[reference_of(app)].ok
        assert reference_of(app) in slip_text(cups.wait_for_output(printed))
        assert app.kiosk.store.prints.unprinted() == []


def test_a_slip_the_printer_cannot_process_is_not_claimed_as_printed(
    tmp_path: Path, cups: PrivateCups, printed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lp accepts the job, then the printer's filter fails: nothing will come out."""
    cups.add_pdf_queue(QUEUE, printed)
    cups.patch_environ(monkeypatch)

    class Damaged:
        def render(self, declaration: object, reference: str) -> SlipPdf:
            return SlipPdf(b"%PDF-1.4 a slip damaged on its way", "a4", (210, 297))

    store = DeclarationStore(tmp_path / "kiosk.sqlite3")
    try:
        service = SubmissionService(store, questionnaire(), lambda: Damaged(), CupsPrinter(QUEUE))
        result = service.submit(make_declaration())

        assert result.outcome is Outcome.NOT_PRINTED
        [attempt] = store.prints.print_attempts(1)
        assert (attempt["state"], attempt["printed"]) == ("stopped", 0)
        assert store.prints.unprinted() == [result.reference]
    finally:
        store.close()


def test_a_reprint_withdraws_the_job_still_waiting_so_one_slip_comes_out(
    qtbot, tmp_path: Path, cups: PrivateCups, printed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, printed)
    cups.disable(QUEUE, reason="paper jam")
    with kiosk_on_cups(qtbot, tmp_path, cups, monkeypatch) as app:
        submit_a_declaration(app)
        reprinted = app.kiosk.service.reprint(reference_of(app))  # reception, queue still down
        assert reprinted is not None and not reprinted.ok

        cups.enable(QUEUE)
        cups.wait_for_output(printed)
        states = [job.state for job in cups.wait_until_idle(QUEUE)]
        assert states == ["canceled", "completed"]
