"""Slips that did not reach paper while CUPS was down come out once it is back, with no
one pressing anything: the housekeeper retries them (through a real, private cupsd)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.job_state import JobState
from kiosk.patient.declaration import Outcome
from kiosk.printing.cups import job_title
from kiosk.services import housekeeping
from kiosk.staff.access import Role
from tests.helpers.cups import PrivateCups
from tests.helpers.declarations import make_declaration

pytestmark = pytest.mark.e2e
QUEUE = "reception"


@contextmanager
def kiosk(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch, *settings: str
) -> Iterator[Kiosk]:
    cups.patch_environ(monkeypatch)
    config = load_config(overrides=[f'kiosk.data_dir="{tmp_path / "data"}"', *settings], environ={})
    built = build_kiosk(config)
    built.housekeeper._last_purge = 0.0  # only the retries run here
    try:
        yield built
    finally:
        built.store.close()


def submit(built: Kiosk, number: int) -> str:
    declaration = make_declaration(session_id=f"s{number}", submitted_at=datetime.now(UTC))
    result = built.service.submit(declaration)
    assert result.outcome is Outcome.NOT_PRINTED and result.reference is not None
    return result.reference


def printed_flags(built: Kiosk) -> list[tuple[str, int]]:
    rows = built.store._db.execute("SELECT backend, printed FROM print_attempts ORDER BY id")
    return [(str(backend), int(printed)) for backend, printed in rows.fetchall()]


def test_slips_sent_while_cups_was_stopped_print_by_themselves_once_it_is_back(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, tmp_path / "printer" / "out.pdf")
    with kiosk(
        tmp_path, cups, monkeypatch, "printer.backend=cups", f"printer.queue={QUEUE}"
    ) as built:
        cups.stop()
        references = [submit(built, number) for number in range(7)]
        assert built.store.prints.unprinted() == references
        built.housekeeper()  # still down: one try, then the next runs wait
        built.housekeeper()
        assert len(printed_flags(built)) == 7 + 1

        cups.start()
        built.housekeeper._next_retry = 0.0  # the backoff's wait is over
        runs = 0
        while built.store.prints.unprinted() and runs < 10:
            before = len(printed_flags(built))
            built.housekeeper()
            assert len(printed_flags(built)) - before <= housekeeping.RETRY_PER_RUN
            runs += 1

        assert built.store.prints.unprinted() == []
        jobs = cups.wait_until_idle(QUEUE)
        assert [job.state for job in jobs] == ["completed"] * 7  # each slip once


def freeze(cups: PrivateCups) -> None:
    assert cups.pid is not None
    os.kill(cups.pid, signal.SIGSTOP)


def thaw(cups: PrivateCups) -> None:
    assert cups.pid is not None
    os.kill(cups.pid, signal.SIGCONT)


def test_auto_a_slow_cups_leaves_a_pdf_that_is_not_paper_and_is_printed_later(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer" / "out.pdf"
    cups.add_pdf_queue(QUEUE, printed)
    cups.run(["lpadmin", "-d", QUEUE])  # printer.backend = "auto" finds it as the default
    with kiosk(tmp_path, cups, monkeypatch, "printer.backend=auto") as built:
        freeze(cups)
        try:
            reference = submit(built, 1)
        finally:
            thaw(cups)

        assert printed_flags(built) == [("folder", 0)]  # a PDF file, not paper
        assert len(list(built.config.slip_folder.glob(f"*-{reference}.pdf"))) == 1
        assert built.store.prints.unprinted() == [reference]
        [summary] = built.staff_desk.day(datetime.now(UTC), "unprinted")
        assert summary.reference == reference

        built.housekeeper()

        slip = PdfReader(io.BytesIO(cups.wait_for_output(printed)))
        assert reference in " ".join(slip.pages[0].extract_text().split())
        assert printed_flags(built)[-1] == ("cups", 1)
        assert built.store.prints.unprinted() == []


MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_reprint_unprinted_on_the_command_line_prints_today_s_slips(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, tmp_path / "printer" / "out.pdf")
    settings = ("printer.backend=cups", f"printer.queue={QUEUE}")
    with kiosk(tmp_path, cups, monkeypatch, *settings) as built:
        cups.disable(QUEUE, "out of paper")
        cups.reject(QUEUE, "out of paper")  # lp refuses: nothing waits in the queue
        references = [submit(built, number) for number in range(3)]
        assert built.store.prints.unprinted() == references

    def reprint(*arguments: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(MAIN), "reprint", *arguments]
        for setting in (f'kiosk.data_dir="{tmp_path / "data"}"', *settings):
            command += ["--set", setting]
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=60,
            env={**cups.client_env(), "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )

    still_down = reprint("--unprinted")
    assert still_down.returncode == 1, still_down.stderr
    assert "3 slip(s) still not printed" in still_down.stderr  # tried once, not 3 times

    cups.accept(QUEUE)
    cups.enable(QUEUE)
    done = reprint("--unprinted")

    assert done.returncode == 0, done.stderr
    assert all(reference in done.stdout for reference in references)
    jobs = cups.wait_until_idle(QUEUE)
    assert [job.state for job in jobs] == ["completed"] * 3
    assert reprint("--unprinted").stdout.startswith("No slip of today")
    assert reprint().returncode == 2  # neither a reference nor --unprinted


def test_a_job_queued_by_an_lp_that_got_no_answer_is_not_printed_twice(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow or frozen cupsd: `lp` timed out (no job id, recorded "unreachable"), yet the
    job was queued. The next retry finds it by its title and adopts it."""
    cups.add_pdf_queue(QUEUE, tmp_path / "printer" / "out.pdf")
    settings = ("printer.backend=cups", f"printer.queue={QUEUE}")
    with kiosk(tmp_path, cups, monkeypatch, *settings) as built:
        saved = built.store.declarations.save(make_declaration(submitted_at=datetime.now(UTC)), [])
        pdf = built.staff_desk.slip(saved.reference, Role.IT)
        assert pdf is not None
        slip = tmp_path / "slip.pdf"
        slip.write_bytes(pdf)
        cups.run(["lp", "-d", QUEUE, "-t", job_title(saved.reference), str(slip)])
        built.store.prints.record_print(
            saved.id,
            "cups",
            JobState.UNREACHABLE,
            queue=QUEUE,
            reason="CUPS did not answer in time",
        )
        cups.wait_until_idle(QUEUE)

        built.housekeeper()

        assert [job.state for job in cups.wait_until_idle(QUEUE)] == ["completed"]
        assert built.store.prints.unprinted() == []
        assert printed_flags(built)[-1] == ("cups", 1)


def test_print_all_leaves_queued_jobs_alone_and_replaces_held_ones(
    tmp_path: Path, cups: PrivateCups, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staff's "print all unprinted" must not cancel and resend a job that waits its
    turn (it would print twice, or lose its place); a held one is sent again."""
    cups.add_pdf_queue(QUEUE, tmp_path / "printer" / "out.pdf")
    settings = ("printer.backend=cups", f"printer.queue={QUEUE}")
    with kiosk(tmp_path, cups, monkeypatch, *settings) as built:
        cups.disable(QUEUE, "paper being changed")  # jobs wait in the queue
        queued, held = submit(built, 1), submit(built, 2)
        first, second = cups.jobs(QUEUE)
        cups.run(["lp", "-i", f"{QUEUE}-{second.id}", "-H", "indefinite"])
        now = datetime.now(UTC)

        results = built.staff_desk.print_unprinted(now, Role.STAFF)

        assert list(results) == [held]  # the queued one is left where it is
        jobs = {job.id: job.state for job in cups.jobs(QUEUE)}
        assert jobs[first.id] == "pending"  # not cancelled
        assert jobs[second.id] == "canceled"  # withdrawn, sent again
        assert len(jobs) == 3
        assert built.staff_desk.still_queued(now) == 2
        assert built.store.prints.unprinted() == [queued, held]
