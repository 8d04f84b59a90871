"""One printer, built once from the config: submission prints through it, the staff
screen and `doctor` say where its slips go, and the three agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.doctor.checks import printer_findings
from kiosk.printing.cups import CupsPrinter
from kiosk.staff.views import PrinterState


def kiosk_with(tmp_path: Path, *settings: str) -> Kiosk:
    overrides = [f'kiosk.data_dir="{tmp_path / "data"}"', *settings]
    return build_kiosk(load_config(overrides=overrides, environ={}))


def fake_cups(folder: Path, printer_line: str) -> Path:
    """lp's companions as a CUPS with one default queue, "front", would answer."""
    folder.mkdir()
    answers = {
        "-d": "system default destination: front",
        "-r": "scheduler is running",
        "-p": printer_line,
        "-a": "front accepting requests since Sat 05 Dec 2026",
    }
    cases = "".join(f"  {flag}) printf '%s\\n' '{text}' ;;\n" for flag, text in answers.items())
    for tool, body in (("lpstat", f'case "$1" in\n{cases}esac\n'), ("lp", "exit 1\n")):
        script = folder / tool
        script.write_text(f"#!/bin/sh\n{body}")
        script.chmod(0o755)
    return folder


def test_staff_refreshes_ask_the_kiosks_one_printer_instead_of_building_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[CupsPrinter] = []
    construct = CupsPrinter.__init__

    def counted(self: CupsPrinter, *args: object, **kwargs: object) -> None:
        built.append(self)
        construct(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CupsPrinter, "__init__", counted)
    monkeypatch.setenv("PATH", str(tmp_path))  # no CUPS client here
    kiosk = kiosk_with(tmp_path, "printer.backend=cups", 'printer.queue="reception"')
    try:
        states = [kiosk.staff_desk.printer_state() for _ in range(3)]
    finally:
        kiosk.store.close()

    assert len(built) == 1
    missing = PrinterState("missing", None, "no printer.queue and no default printer")
    assert states == [missing] * 3


@pytest.mark.parametrize(
    ("backend", "state", "findings"),
    [
        ("folder", "none", [("ok", "slips are written to {folder}")]),
        (
            "auto",
            "none",
            [
                ("warning", "CUPS client (lp, lpstat) not installed: apt-get install cups-client"),
                ("ok", "slips are written to {folder}"),
            ],
        ),
        (
            "cups",
            "missing",
            [("problem", "CUPS client (lp, lpstat) not installed: apt-get install cups-client")],
        ),
    ],
)
def test_without_cups_staff_mode_and_doctor_say_the_same(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    backend: str,
    state: str,
    findings: list[tuple[str, str]],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no CUPS client here
    kiosk = kiosk_with(tmp_path, f"printer.backend={backend}")
    try:
        shown = kiosk.staff_desk.printer_state()
        found = printer_findings(kiosk.config)
    finally:
        kiosk.store.close()

    folder = kiosk.config.slip_folder
    assert shown.kind == state
    assert [(f.level, f.message) for f in found] == [
        (status, message.format(folder=folder)) for status, message in findings
    ]


def test_a_stopped_default_queue_is_what_staff_mode_and_doctor_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped = "printer front disabled since Sat 05 Dec 2026 -\n\tpaper jam"
    monkeypatch.setenv("PATH", f"{fake_cups(tmp_path / 'bin', stopped)}:/usr/bin:/bin")
    kiosk = kiosk_with(tmp_path, "printer.backend=auto")
    try:
        shown = kiosk.staff_desk.printer_state()
        found = printer_findings(kiosk.config)
    finally:
        kiosk.store.close()

    assert shown == PrinterState("stopped", "front", "paper jam")
    assert [(f.level, f.message) for f in found] == [("problem", "front: stopped (paper jam)")]
