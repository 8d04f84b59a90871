"""`python main.py doctor`: every check IT runs on a kiosk PC, one line each, read only.

Config, content, database, disk, printer, card reader, fonts, display, languages and
read aloud; a "problem" means the kiosk cannot work well (exit code 1), a "warning" is
worth knowing.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from kiosk.assembly import load_domain
from kiosk.config import Config
from kiosk.content.languages import LanguageState, language_states
from kiosk.doctor.access import access_findings
from kiosk.doctor.card_reader import card_reader_findings
from kiosk.doctor.database import (
    database_findings,
    permission_findings,
    purge_findings,
    version_findings,
    wal_findings,
)
from kiosk.doctor.findings import Finding
from kiosk.doctor.record import record_findings
from kiosk.errors import ExitCode, KioskError
from kiosk.printing.setup import printer_setup, queue_words
from kiosk.resources import I18N_DIR, SLIP_FONTS, content_root, resource_path
from kiosk.services.speech import Speech, speech_for
from kiosk.staff.access import PepperError, read_pepper

MIN_FREE_BYTES = 200 * 1024**2  # below this a day of slips and the WAL may not fit


def pepper_findings(pepper_file: str) -> list[Finding]:
    """`staff.pepper_file`: readable (else no PIN opens staff mode) and nobody else's."""
    if not pepper_file:
        return []
    try:
        read_pepper(pepper_file)
    except PepperError as error:
        return [Finding("staff", "problem", f"{error}; until then no PIN opens staff mode")]
    mode = Path(pepper_file).expanduser().stat().st_mode
    if mode & 0o007:
        return [
            Finding(
                "staff",
                "warning",
                f"staff.pepper_file {pepper_file} is readable by every user (mode "
                f"{mode & 0o777:o}): chmod 0640, owner root, group kiosk",
            )
        ]
    return [Finding("staff", "ok", f"PIN pepper read from {pepper_file}")]


def disk_findings(folder: Path) -> list[Finding]:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    level = "ok" if free >= MIN_FREE_BYTES else "problem"
    advice = "" if level == "ok" else ": free some space, or declarations cannot be saved"
    return [Finding("disk", level, f"{free / 1024**3:.1f} GiB free for {folder}{advice}")]


def report(findings: Sequence[Finding], out: TextIO, as_json: bool) -> int:
    if as_json:
        out.write(json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=2) + "\n")
    else:
        marks = {"ok": "ok  ", "warning": "warn", "problem": "FAIL"}
        for finding in findings:
            out.write(f"{marks[finding.level]}  {finding.area:<10} {finding.message}\n")
        problems = sum(finding.level == "problem" for finding in findings)
        out.write(f"\n{problems} problem(s) found.\n" if problems else "\nNo problem found.\n")
    return ExitCode.PROBLEM if any(f.level == "problem" for f in findings) else ExitCode.OK


def language_findings(states: Sequence[LanguageState]) -> list[Finding]:
    offered = [state for state in states if state.enabled]
    findings = [
        Finding("languages", "ok", "offered: " + ", ".join(state.code for state in offered))
    ]
    unreviewed = [state.code for state in offered if not state.reviewed]
    if unreviewed:
        findings.append(
            Finding(
                "languages",
                "warning",
                f"not reviewed by a qualified translator: {', '.join(unreviewed)}",
            )
        )
    reviewed = [state for state in offered if state.reviewed]
    if reviewed:
        findings.append(
            Finding(
                "languages",
                "ok",
                "reviewed by a qualified translator: "
                + "; ".join(
                    f"{state.code} by {state.reviewed_by} on {state.reviewed_on}"
                    for state in reviewed
                ),
            )
        )
    for state in offered:
        if not state.screen_catalog:
            findings.append(
                Finding(
                    "languages",
                    "problem",
                    f"{state.code}: screen texts not compiled (i18n/kiosk_{state.code}.qm): "
                    "run scripts/update_translations.sh",
                )
            )
    return findings


def speech_findings(speech: Speech, languages: Sequence[str]) -> list[Finding]:
    """Whether "read aloud" can be heard, language by language: a warning, not a
    problem (the button then says speech is unavailable)."""
    silent: dict[str, list[str]] = {}
    for code in languages:
        reason = speech.unavailable_because(code)
        if reason:
            silent.setdefault(reason, []).append(code)
    if not silent:
        return [Finding("speech", "ok", "read aloud: " + ", ".join(languages))]
    return [
        Finding("speech", "warning", f"read aloud unavailable ({', '.join(codes)}): {reason}")
        for reason, codes in silent.items()
    ]


def pending_findings(folder: Path) -> list[Finding]:
    """Declarations kept while another program held the database (SubmissionService):
    housekeeping saves them once it is free; one that cannot be read waits for IT."""
    try:
        kept = list(folder.glob("*.json")) if folder.is_dir() else []
        unreadable = list(folder.glob("*.unreadable")) if folder.is_dir() else []
    except OSError as error:
        return [Finding("database", "problem", f"{folder}: cannot be read ({error.strerror})")]
    findings = []
    if kept:
        findings.append(
            Finding(
                "database",
                "warning",
                f"{len(kept)} declaration(s) in {folder}, kept while the database was locked: "
                "the running kiosk saves them within a minute of it being free",
            )
        )
    if unreadable:
        findings.append(
            Finding(
                "database",
                "problem",
                f"{len(unreadable)} kept declaration(s) in {folder} could not be read back "
                "(*.unreadable): they hold a patient's answers; give them to IT",
            )
        )
    return findings


def findings_for(config: Config) -> list[Finding]:
    root = content_root(config.kiosk.resources_dir)
    findings = [Finding("config", "ok", "valid")]
    try:
        load_domain(config)
        findings.append(Finding("content", "ok", f"{root} loads"))
    except KioskError as error:
        findings.append(Finding("content", "problem", str(error)))
    findings += access_findings(config)
    findings += database_findings(config.database_path)
    findings += pepper_findings(config.staff.pepper_file)
    findings += permission_findings(config.database_path)
    findings += purge_findings(config.database_path)
    findings += wal_findings(config.database_path)
    findings += pending_findings(config.data_dir / "pending")
    findings += version_findings(config)
    findings += disk_findings(config.data_dir)
    findings += printer_findings(config)
    findings += record_findings(config)
    findings += card_reader_findings(config)
    missing = [name for name in SLIP_FONTS if not resource_path("fonts", name).is_file()]
    findings.append(
        Finding("fonts", "problem", f"missing in {resource_path('fonts')}: {missing}")
        if missing
        else Finding("fonts", "ok", "the slip's fonts are there")
    )
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")
    platform = os.environ.get("QT_QPA_PLATFORM")
    findings.append(
        Finding(
            "display",
            "ok" if display or platform else "warning",
            f"Qt platform {platform}"
            if platform
            else f"display {display}"
            if display
            else "no display in this shell (normal over SSH; the kiosk session has its own)",
        )
    )
    states = language_states(config, root / "locales", I18N_DIR)
    findings += language_findings(states)
    speech = speech_for(
        config.speech.enabled,
        config.speech.words_per_minute,
        {state.code: state.voice for state in states if state.voice},
        {state.code: state.minus for state in states if state.minus},
    )
    findings += speech_findings(speech, config.kiosk.languages)
    return findings


def printer_findings(config: Config) -> list[Finding]:
    """The printer the kiosk would build (printing/setup.py), and where its slips go now."""
    check = printer_setup(config).check()
    folder = Finding("printer", "ok", f"slips are written to {check.folder}")
    if check.backend == "folder":
        return [folder]
    auto = check.backend == "auto"
    if not check.client:
        missing = "CUPS client (lp, lpstat) not installed: apt-get install cups-client"
        if auto:
            return [Finding("printer", "warning", missing), folder]
        return [Finding("printer", "problem", missing)]
    queue, status = check.queue, check.status
    if queue is None or status is None:
        if auto:
            return [Finding("printer", "warning", "no default CUPS printer"), folder]
        return [
            Finding(
                "printer",
                "problem",
                "no printer.queue and no default CUPS printer: set printer.queue",
            )
        ]
    words = queue_words(status)
    return [Finding("printer", "ok" if status.ready else "problem", f"{queue}: {words}")]


# -- whether the kiosk's user can create and write what it needs ------------------------
