"""The `cups` fixture is a real CUPS: jobs go through cupsd and its filters into a PDF.

These check the fixture itself, with CUPS' own command-line clients, so that the kiosk's
printing tests can rely on it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from tests.helpers.cups import FILTER_FAILED, CupsError, PrivateCups, cups_available

WORD = "Zebrafish"
QUEUE = "kiosk"


def make_pdf(path: Path, text: str = WORD) -> Path:
    page = canvas.Canvas(str(path))
    page.drawString(100, 700, text)
    page.save()
    return path


def lp(cups: PrivateCups, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["lp", *args],
        env=cups.client_env(),
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def slip(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "slip.pdf")


@pytest.fixture
def output(tmp_path: Path) -> Path:
    return tmp_path / "printed" / "out.pdf"


def test_a_job_goes_through_cupsd_into_the_output_pdf(
    cups: PrivateCups, slip: Path, output: Path
) -> None:
    cups.add_pdf_queue(QUEUE, output)

    submitted = lp(cups, "-d", QUEUE, str(slip))

    assert submitted.returncode == 0, submitted.stderr
    assert submitted.stdout.startswith(f"request id is {QUEUE}-1 ")
    printed = cups.wait_for_output(output)
    assert printed.startswith(b"%PDF-")
    assert WORD in text_of(printed)
    [job] = cups.jobs(QUEUE)
    assert (job.request_id, job.state) == (f"{QUEUE}-1", "completed")
    # PreserveJobFiles No: the spooled document is gone, only the job's record stays.
    assert not list((cups.root / "spool").glob("d*"))


def test_a_job_that_cannot_be_printed_stops_and_lp_does_not_know(
    cups: PrivateCups, tmp_path: Path, output: Path
) -> None:
    cups.add_pdf_queue(QUEUE, output)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 and then nothing that a PDF reader could use")

    submitted = lp(cups, "-d", QUEUE, "-o", "document-format=application/pdf", str(broken))

    assert submitted.returncode == 0, submitted.stderr  # CUPS takes it, then its filter fails
    with pytest.raises(CupsError, match=f"{QUEUE}-1 is processing-stopped"):
        cups.wait_for_output(output)
    [job] = cups.wait_until_idle(QUEUE)
    assert job.failed
    assert job.reasons == ("job-completed-with-errors",)
    # What pdftopdf said; the job's message is that, or "Filter failed" when cupsd
    # collected pdftopdf before it read its words (1 run in 7, issue 17: see below).
    assert cups.failure_explained(job, "loadFilename failed"), (job, cups.job_errors(job))
    assert cups.jobs(QUEUE, "not-completed") == [job]  # it stays there, stopped
    assert not output.exists() or output.stat().st_size == 0  # cupsd opens it first


# A filter that fails and leaves its error to a child, which says it only once cupsd has
# collected the filter (its /proc entry gone): what pdftopdf does by chance when cupsd is
# slow to read its stderr. The wait is bounded (about 10 s) should cupsd never collect it.
SAYS_IT_TOO_LATE = """#!/bin/sh
filter=$$
(
    tries=0
    while [ -e "/proc/$filter" ] && [ "$tries" -lt 1000 ]; do
        sleep 0.01
        tries=$((tries + 1))
    done
    echo "ERROR: loadFilename failed: said too late" >&2
) &
exit 1
"""


def test_an_error_read_after_the_filter_was_collected_never_reaches_the_message(
    cups: PrivateCups, slip: Path, output: Path
) -> None:
    cups.add_filter_queue(QUEUE, output, SAYS_IT_TOO_LATE)

    assert lp(cups, "-d", QUEUE, str(slip)).returncode == 0

    [job] = cups.wait_until_idle(QUEUE)
    assert job.failed
    # The message is final: no waiting makes the filter's words appear in it.
    assert job.message == FILTER_FAILED
    assert "loadFilename failed: said too late" in cups.job_errors(job)
    assert cups.failure_explained(job, "loadFilename failed")


def test_a_disabled_queue_keeps_the_job_until_enabled(
    cups: PrivateCups, slip: Path, output: Path
) -> None:
    cups.add_pdf_queue(QUEUE, output)
    cups.disable(QUEUE, "paper jam")

    submitted = lp(cups, "-d", QUEUE, str(slip))

    assert submitted.returncode == 0, submitted.stderr
    [job] = cups.jobs(QUEUE, "not-completed")
    assert job.state == "pending"
    listed = cups.run(["lpstat", "-o", QUEUE]).stdout
    assert listed.startswith(f"{job.request_id} ")
    assert "paper jam" in cups.run(["lpstat", "-p", QUEUE]).stdout
    time.sleep(0.2)  # time enough to print, were the queue enabled: it took 40 ms
    assert not output.exists()

    cups.enable(QUEUE)

    assert WORD in text_of(cups.wait_for_output(output))
    assert [j.state for j in cups.jobs(QUEUE)] == ["completed"]


def test_a_rejecting_queue_makes_lp_fail(cups: PrivateCups, slip: Path, output: Path) -> None:
    cups.add_pdf_queue(QUEUE, output)
    cups.reject(QUEUE, "out of paper")

    refused = lp(cups, "-d", QUEUE, str(slip))

    assert refused.returncode != 0
    assert "not accepting jobs" in refused.stderr
    assert cups.jobs(QUEUE) == []

    cups.accept(QUEUE)

    assert lp(cups, "-d", QUEUE, str(slip)).returncode == 0
    assert WORD in text_of(cups.wait_for_output(output))


def test_a_deleted_queue_makes_lp_fail(cups: PrivateCups, slip: Path, output: Path) -> None:
    cups.add_pdf_queue(QUEUE, output)
    cups.delete(QUEUE)

    refused = lp(cups, "-d", QUEUE, str(slip))

    assert refused.returncode != 0
    assert "does not exist" in refused.stderr


def test_a_stopped_daemon_does_not_answer_and_a_restarted_one_prints(
    cups: PrivateCups, slip: Path, output: Path
) -> None:
    cups.add_pdf_queue(QUEUE, output)
    cups.stop()

    began = time.monotonic()
    status = cups.run(["lpstat", "-p"], check=False)
    refused = lp(cups, "-d", QUEUE, str(slip))

    assert time.monotonic() - began < 2
    assert status.returncode == 1
    assert "Scheduler is not running" in status.stderr
    # lp cannot tell a silent cupsd from a missing queue: it says the same of both.
    assert refused.returncode != 0
    assert "does not exist" in refused.stderr
    assert not cups.is_answering()

    cups.start()  # the queue outlives the restart

    assert lp(cups, "-d", QUEUE, str(slip)).returncode == 0
    assert WORD in text_of(cups.wait_for_output(output))


def test_patch_environ_points_inheriting_clients_at_it(
    cups: PrivateCups, output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cups.add_pdf_queue(QUEUE, output)
    monkeypatch.setenv("PRINTER", "elsewhere")

    cups.patch_environ(monkeypatch)

    assert "PRINTER" not in os.environ
    listed = subprocess.run(
        ["lpstat", "-v"], capture_output=True, text=True, timeout=15, check=True
    ).stdout
    assert listed.startswith(f"device for {QUEUE}: ")  # lpstat drops a file URI's "file:"
    assert listed.strip().endswith(str(output))


def test_leaving_it_ends_the_daemon_and_removes_its_folder() -> None:
    reason = cups_available()
    if reason is not None:
        pytest.skip(f"no private CUPS daemon: {reason}")
    with PrivateCups() as cups:
        pid, root = cups.pid, cups.root
        assert pid is not None
        assert cups.socket.is_socket()
        assert cups.root.stat().st_mode & 0o755 == 0o755  # lp gets through to it

    assert not Path(f"/proc/{pid}").exists()
    assert not root.exists()


def test_cups_available_says_why_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert "root" in (cups_available() or "")

    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kwargs: None)
    assert "cupsd" in (cups_available() or "")
