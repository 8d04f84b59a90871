"""`python main.py doctor`: every check IT runs on a kiosk PC, one line each, read only.

Config, content, database, disk, printer, fonts, display, languages and read aloud; a
"problem" means the kiosk cannot work well (exit code 1), a "warning" is worth knowing.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from kiosk.assembly import load_domain
from kiosk.commands import ExitCode
from kiosk.config import Config
from kiosk.cups import CupsPrinter
from kiosk.errors import KioskError
from kiosk.languages import LanguageState, language_states
from kiosk.resources import I18N_DIR, SLIP_FONTS, resource_path
from kiosk.schema import MIGRATIONS
from kiosk.speech import Speech, speech_for
from kiosk.staff_desk import queue_words
from kiosk.store import is_damage

MIN_FREE_BYTES = 200 * 1024**2  # below this a day of slips and the WAL may not fit


@dataclass(frozen=True)
class Finding:
    area: str
    level: str  # "ok", "warning" (worth knowing), "problem" (the kiosk cannot work well)
    message: str


def database_findings(path: Path) -> list[Finding]:
    """Integrity and schema of the database, read only: doctor never changes it."""
    if not path.exists():
        return [Finding("database", "ok", f"{path} not created yet (made at the first start)")]
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            check = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            count = (
                int(db.execute("SELECT count(*) FROM declarations").fetchone()[0]) if version else 0
            )
            pins = (
                int(db.execute("SELECT count(*) FROM staff_pins").fetchone()[0])
                if version >= 3
                else 0
            )
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            return [
                Finding(
                    "database",
                    "problem",
                    f"{path} cannot be opened ({error}): check the file, its folder and its "
                    "owner (the kiosk's service user)",
                )
            ]
        return [
            Finding(
                "database",
                "problem",
                f"{path} is damaged ({error}): the kiosk will move it aside at its next "
                "start and begin a new one; restore the last backup if declarations are "
                "missing",
            )
        ]
    findings = []
    if check != ["ok"]:
        findings.append(
            Finding(
                "database",
                "problem",
                f"{path} is damaged ({'; '.join(check[:3])}): the kiosk will move it aside "
                "at its next start; restore the last backup if declarations are missing",
            )
        )
    else:
        findings.append(Finding("database", "ok", f"{path}: integrity ok, {count} declaration(s)"))
    expected = len(MIGRATIONS)
    if version > expected:
        findings.append(
            Finding(
                "schema",
                "problem",
                f"schema version {version} is newer than this program knows ({expected}): "
                "install the newer kiosk version again",
            )
        )
    else:
        level = "ok" if version == expected else "warning"
        note = "" if version == expected else f" (the next start migrates it to {expected})"
        findings.append(Finding("schema", level, f"schema version {version}{note}"))
    if not pins:
        findings.append(
            Finding("staff", "warning", "no staff PIN: set one with `set-pin --role staff`")
        )
    return findings


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


def findings_for(config: Config) -> list[Finding]:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    findings = [Finding("config", "ok", "valid")]
    try:
        load_domain(config)
        findings.append(Finding("content", "ok", f"{root} loads"))
    except KioskError as error:
        findings.append(Finding("content", "problem", str(error)))
    findings += database_findings(config.database_path)
    findings += disk_findings(config.data_dir)
    findings += printer_findings(config)
    missing = [name for name in SLIP_FONTS if not (root / "fonts" / name).is_file()]
    findings.append(
        Finding("fonts", "problem", f"missing in {root / 'fonts'}: {missing}")
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
    findings += language_findings(language_states(config, root / "locales", I18N_DIR))
    speech = speech_for(config.speech.enabled, config.speech.words_per_minute)
    findings += speech_findings(speech, config.kiosk.languages)
    return findings


def printer_findings(config: Config) -> list[Finding]:
    folder = Finding("printer", "ok", f"slips are written to {config.slip_folder}")
    if config.printer.backend == "folder":
        return [folder]
    cups = CupsPrinter(config.printer.queue, config.slip.paper, config.printer.copies)
    auto = config.printer.backend == "auto"
    if not cups.available():
        missing = "CUPS client (lp, lpstat) not installed: apt-get install cups-client"
        if auto:
            return [Finding("printer", "warning", missing), folder]
        return [Finding("printer", "problem", missing)]
    queue = cups.destination()
    if queue is None:
        if auto:
            return [Finding("printer", "warning", "no default CUPS printer"), folder]
        return [
            Finding(
                "printer",
                "problem",
                "no printer.queue and no default CUPS printer: set printer.queue",
            )
        ]
    status = cups.status(queue)
    words = queue_words(status)
    return [Finding("printer", "ok" if status.ready else "problem", f"{queue}: {words}")]
