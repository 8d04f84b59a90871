"""`doctor`'s lines about the hospital's record ([fhir], the outbox): where declarations
go, whether the files the keys name can be used, and what the record does not have yet,
read from the database read only."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from kiosk.config import Config, KioskSection
from kiosk.config_fhir import file_problems
from kiosk.doctor.database import read_only
from kiosk.doctor.findings import Finding

LATE = timedelta(hours=1)  # a declaration not in the record after this is worth a look


def record_findings(config: Config, now: datetime | None = None) -> list[Finding]:
    settings = config.fhir
    if settings.enabled:
        where = settings.base_url or f"the folder {settings.folder}"
        findings = [
            Finding("record", "ok", f"declarations go to {where} as kiosk {config.kiosk.id}")
        ]
        if config.kiosk.id == KioskSection.id:
            findings.append(
                Finding(
                    "record",
                    "warning",
                    f"kiosk.id is the default {KioskSection.id!r}: give each kiosk its own, so "
                    "the record knows where a declaration came from",
                )
            )
    else:
        findings = [Finding("record", "ok", "off: no [fhir] base_url or folder")]
    findings += [Finding("record", "problem", problem) for problem in file_problems(settings)]
    findings += outbox_findings(config, now or datetime.now(UTC))
    return findings


def outbox_findings(config: Config, now: datetime) -> list[Finding]:
    path = config.database_path
    if not path.exists():
        return []
    try:
        db = read_only(path)
        try:
            outbox = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"
            ).fetchone()
            if outbox is None:  # a database from before the outbox's migration
                return []
            rows = db.execute(
                "SELECT o.state, count(*), min(d.created_at), max(o.reason) FROM outbox o "
                "JOIN declarations d ON d.id = o.declaration_id "
                "WHERE o.state != 'delivered' GROUP BY o.state"
            ).fetchall()
            cutoff = (now - timedelta(days=config.retention.days)).isoformat()
            kept = db.execute(
                "SELECT count(*) FROM outbox o JOIN declarations d ON d.id = o.declaration_id "
                "WHERE o.state != 'delivered' AND d.created_at < ?",
                (cutoff,),
            ).fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return []  # the database findings say why
    findings = []
    for state, count, oldest, reason in rows:
        made = datetime.fromisoformat(oldest)
        if state == "parked":
            findings.append(
                Finding(
                    "record",
                    "problem",
                    f"{count} declaration(s) refused by the record (parked), e.g. {reason}: "
                    "see `outbox list`, then `outbox retry REF`",
                )
            )
        else:
            late = now - made > LATE
            findings.append(
                Finding(
                    "record",
                    "problem" if late else "ok",
                    f"{count} declaration(s) waiting for the record, the oldest made "
                    f"{made.astimezone():%Y-%m-%d %H:%M}",
                )
            )
    if kept:
        findings.append(
            Finding(
                "retention",
                "warning",
                f"{kept} declaration(s) older than retention.days kept: the record does not "
                "have them yet (`outbox list`; `outbox drop REF` deletes one all the same)",
            )
        )
    return findings
