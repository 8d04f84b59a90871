"""Each call to CUPS has its own deadline: the submission worker and the housekeeper
share one CupsPrinter, and one thread's print must neither shorten nor lengthen the
other's."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Mapping, Sequence

import pytest

from kiosk.printing import cups
from kiosk.printing.cups import CupsPrinter
from kiosk.printing.printers import SlipPdf

BUDGET = 2.0
SLIP = SlipPdf(b"%PDF-1.4 slip", "a4", (210, 297))
LP_TAKES = 0.5  # the patient's `lp` is slow: a good part of its budget is gone after it


def test_two_threads_printing_through_one_printer_keep_their_own_deadlines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, str, float]] = []  # (thread, command, timeout given)
    patient_in_lp = threading.Event()
    housekeeper_done = threading.Event()

    def answer(stdout: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess([], 0, stdout, b"")

    def fake_run(
        arguments: Sequence[str], data: bytes | None, timeout: float, env: Mapping[str, str]
    ) -> subprocess.CompletedProcess[bytes] | None:
        thread = threading.current_thread().name
        calls.append((thread, arguments[0], timeout))
        if arguments[0] == "lp" and thread == "submission":
            time.sleep(LP_TAKES)
            patient_in_lp.set()  # the housekeeper works while this `lp` is still running
            assert housekeeper_done.wait(5)
            return answer(b"request id is q-1 (1 file(s))\n")
        if arguments[0] == "lp":
            return answer(b"request id is q-2 (1 file(s))\n")
        if arguments[0] == "lpstat" and "-r" in arguments:
            return answer(b"scheduler is running\n")
        if arguments[0] == "lpstat" and "-p" in arguments:
            return answer(b"printer q is idle.  enabled since Sat 05 Dec 2026\n")
        if arguments[0] == "lpstat" and "-a" in arguments:
            return answer(b"q accepting requests since Sat 05 Dec 2026\n")
        if arguments[0] == "ipptool":
            jobs = b"1,completed,,,slip AAA-AAA\n2,completed,,,slip BBB-BBB\n9,pending,,,x\n"
            return answer(b"job-id,job-state,message,reasons,name\n" + jobs)
        raise AssertionError(f"unexpected command {arguments}")

    monkeypatch.setattr(cups, "run_command", fake_run)
    printer = CupsPrinter("q", env={"PATH": "/nowhere"}, budget_seconds=BUDGET)
    results = {}

    def patient() -> None:
        results["patient"] = printer.print_pdf(SLIP, "AAA-AAA")

    def housekeeper() -> None:
        assert patient_in_lp.wait(5)
        followed = printer.job_state("q", "q-9")  # follow_jobs
        assert followed[0] == "pending"
        results["retry"] = printer.print_pdf(SLIP, "BBB-BBB")  # a retry
        housekeeper_done.set()

    threads = [
        threading.Thread(target=patient, name="submission"),
        threading.Thread(target=housekeeper, name="housekeeper"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert results["patient"].on_paper and results["retry"].on_paper
    housekeeper_calls = [timeout for thread, _, timeout in calls if thread == "housekeeper"]
    # The housekeeper's first call has its whole budget, not what the patient's print
    # had left...
    assert housekeeper_calls[0] > BUDGET - 0.1
    # ...and what the patient's print runs after its `lp` fits in what it has left: the
    # housekeeper's print, ending meanwhile, did not hand it a new budget.
    patient_after_lp = [timeout for thread, _, timeout in calls if thread == "submission"][1:]
    assert patient_after_lp
    assert all(timeout <= BUDGET - LP_TAKES + 0.1 for timeout in patient_after_lp), calls
