"""The declarations on disk: saved once per session (a repeated submit stores it once),
found by reference, listed for the staff screen, and deleted after the retention period
leaving nothing of them in the database or its WAL. A repository of the kiosk's
database (kiosk/records/database.py)."""

from __future__ import annotations

import json
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from kiosk.content.casing import upper
from kiosk.files import write_atomically
from kiosk.job_state import JobState, job_state
from kiosk.patient.declaration import Declaration, answer_from_json, answer_to_json
from kiosk.records.audit import Actor, write
from kiosk.records.database import PURGE_WAIT_SECONDS, purge_record_path
from kiosk.records.outbox import queue
from kiosk.records.schema import REFERENCE_ALPHABET, REFERENCE_LENGTH, format_reference

if TYPE_CHECKING:
    from kiosk.records.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Saved:
    id: int
    reference: str  # as printed, e.g. K7F-3QX
    created_at: datetime
    new: bool  # False when this session had already been saved


@dataclass(frozen=True)
class Purged:
    removed: int  # declarations deleted
    left: str | None  # None: nothing of them left on disk; else what is, in words
    kept: int = 0  # old enough, but kept: the hospital's record does not have them yet


@dataclass(frozen=True)
class StoredDeclaration:
    id: int
    reference: str
    declaration: Declaration
    flags: tuple[str, ...]
    print_state: JobState | None  # the latest attempt's state


@dataclass(frozen=True)
class Summary:
    """One line of the staff list: enough to find the patient, nothing more."""

    reference: str
    created_at: datetime
    initials: str  # "L. M.": the last name's and first name's first letters
    language: str
    flags: tuple[str, ...]
    print_state: JobState | None  # the latest attempt's state; None: never sent
    printed: bool  # the latest attempt delivered the slip (to paper, or as a PDF file)
    backend: str | None = None  # the latest attempt's: "cups", "folder", ...
    for_whom: str | None = None  # the answer to "for_whom": "self", "child", ...


def folded(text: str) -> str:
    """`text` as a search compares it: no accents, no case, letters and digits only
    ("Van den Bossche-Lefèvre" -> "vandenbosschelefevre", "k7f-3qx" -> "k7f3qx"). The four
    i's are one: "İ", "I", "ı" and "i" all fold to "i", so reception's "yil" (the staff
    keys have no "ı") finds "Yıldız", and "i" finds "İsmail" and "Ilgaz"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold().replace("ı", "i") if c.isalnum())


def initials(last_name: str, first_name: str, language: str = "") -> str:
    """ "L. M.": the first letters in capitals, as the language the name was typed in
    writes them (`language`: Turkish "ismail" -> "İ.")."""
    return " ".join(
        f"{upper(name.strip()[:1], language)}." for name in (last_name, first_name) if name
    )


class Declarations:
    def __init__(self, database: Database) -> None:
        self._database = database

    def save(
        self,
        declaration: Declaration,
        flags: list[str],
        made_as: str | None = None,
        outbox: str | None = None,
    ) -> Saved:
        """Store the declaration once per session, with its words as made (`made_as`, see
        kiosk/patient/clinical.Record); returns after the commit, with the declaration also copied
        into the database file itself (see `_checkpoint`). `outbox`: the hospital record's
        target ("fhir", "folder"): its outbox row is written in the same transaction, so a
        declaration acknowledged is one the record will be sent."""
        saved = self._insert(declaration, flags, made_as, outbox)
        if saved.new:
            self._database.checkpoint()
        return saved

    def _insert(
        self, declaration: Declaration, flags: list[str], made_as: str | None, outbox: str | None
    ) -> Saved:
        with self._database.transaction() as db:
            row = db.execute(
                "SELECT id, reference, created_at FROM declarations WHERE session_id = ?",
                (declaration.session_id,),
            ).fetchone()
            if row is not None:
                return Saved(
                    row["id"],
                    format_reference(row["reference"]),
                    datetime.fromisoformat(row["created_at"]),
                    new=False,
                )
            answers = {qid: answer_to_json(answer) for qid, answer in declaration.answers.items()}
            for_whom = declaration.answers.get("for_whom")
            while True:
                code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
                if (
                    db.execute("SELECT 1 FROM declarations WHERE reference = ?", (code,)).fetchone()
                    is None
                ):
                    break
            cursor = db.execute(
                "INSERT INTO declarations (session_id, reference, created_at, language, "
                "for_whom, last_name, first_name, birth_date, answers, questionnaire_version, "
                "flags, flag_count, made_as, identity_source, national_number) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    declaration.session_id,
                    code,
                    declaration.submitted_at.isoformat(),
                    declaration.language,
                    for_whom if isinstance(for_whom, str) else None,
                    declaration.last_name,
                    declaration.first_name,
                    declaration.birth_date.isoformat(),
                    json.dumps(answers, ensure_ascii=False),
                    declaration.questionnaire_version,
                    json.dumps(flags),
                    len(flags),
                    made_as,
                    declaration.identity_source,
                    declaration.national_number,
                ),
            )
            assert cursor.lastrowid is not None
            if outbox is not None:
                queue(db, cursor.lastrowid, outbox, self._database.now())
            if declaration.identity_source == "card":
                # That a card was read, never what it held.
                write(db, declaration.submitted_at.isoformat(), Actor.SYSTEM, "card_read", code)
            return Saved(
                cursor.lastrowid, format_reference(code), declaration.submitted_at, new=True
            )

    def find(self, reference: str) -> StoredDeclaration | None:
        code = reference.replace("-", "").strip().upper()
        with self._database.read() as db:
            row = db.execute(
                "SELECT d.id, d.reference, d.session_id, d.language, d.last_name, "
                "d.first_name, d.birth_date, d.answers, d.questionnaire_version, "
                "d.created_at, d.flags, (SELECT state FROM print_attempts p "
                "WHERE p.declaration_id = d.id ORDER BY p.id DESC LIMIT 1) AS print_state, "
                "d.made_as, d.identity_source FROM declarations d WHERE d.reference = ?",
                (code,),
            ).fetchone()
        if row is None:
            return None
        answers = json.loads(row["answers"])
        declaration = Declaration(
            session_id=row["session_id"],
            language=row["language"],
            last_name=row["last_name"],
            first_name=row["first_name"],
            birth_date=date.fromisoformat(row["birth_date"]),
            answers={qid: answer_from_json(value) for qid, value in answers.items()},
            questionnaire_version=row["questionnaire_version"],
            submitted_at=datetime.fromisoformat(row["created_at"]),
            made_as=row["made_as"],
            identity_source=row["identity_source"],
        )
        state = row["print_state"]
        return StoredDeclaration(
            row["id"],
            format_reference(row["reference"]),
            declaration,
            tuple(json.loads(row["flags"])),
            None if state is None else job_state(state),
        )

    def summaries(
        self,
        start: datetime,
        end: datetime,
        *,
        flagged_only: bool = False,
        unprinted_only: bool = False,
        search: str = "",
    ) -> list[Summary]:
        """Declarations made in [start, end), newest first. `search`: only those whose
        last name starts with it, or whose reference does (with or without its dash);
        without regard to case or accents ("lefe" finds Lefèvre). The names stay here:
        a summary carries the initials only."""
        query = (
            "SELECT d.reference, d.created_at, d.last_name, d.first_name, d.language, "
            "d.for_whom, d.flags, p.state, coalesce(p.printed, 0) AS printed, p.backend "
            "FROM declarations d "
            "LEFT JOIN print_attempts p ON p.id = "
            "(SELECT max(id) FROM print_attempts WHERE declaration_id = d.id) "
            "WHERE d.created_at >= ? AND d.created_at < ?"
        )
        if flagged_only:
            query += " AND d.flag_count > 0"
        if unprinted_only:
            query += " AND coalesce(p.printed, 0) = 0"
        with self._database.read() as db:
            rows = db.execute(
                query + " ORDER BY d.created_at DESC, d.id DESC",
                (start.astimezone(UTC).isoformat(), end.astimezone(UTC).isoformat()),
            ).fetchall()
        wanted = folded(search)
        if wanted:  # SQLite folds no accents: a day's rows are filtered here
            rows = [
                row
                for row in rows
                if folded(row["last_name"]).startswith(wanted)
                or folded(row["reference"]).startswith(wanted)
            ]
        return [
            Summary(
                format_reference(row["reference"]),
                datetime.fromisoformat(row["created_at"]),
                initials(row["last_name"], row["first_name"], row["language"]),
                row["language"],
                tuple(json.loads(row["flags"])),
                None if row["state"] is None else job_state(row["state"]),
                bool(row["printed"]),
                row["backend"],
                row["for_whom"],
            )
            for row in rows
        ]

    def newest(self) -> datetime | None:
        """When the newest declaration was made (a clock check before a purge)."""
        with self._database.read() as db:
            row = db.execute("SELECT max(created_at) AS newest FROM declarations").fetchone()
        return datetime.fromisoformat(row["newest"]) if row and row["newest"] else None

    def count(self) -> int:
        with self._database.read() as db:
            return int(db.execute("SELECT count(*) FROM declarations").fetchone()[0])

    def purge(self, before: datetime, role: str = Actor.SYSTEM) -> int:
        """Delete declarations made before `before` (see `purge_checked`); a purge that
        could not clear the WAL is logged and recorded for `doctor`."""
        return self.purge_checked(before, role).removed

    def purge_checked(
        self, before: datetime, role: str = Actor.SYSTEM, wait: float = PURGE_WAIT_SECONDS
    ) -> Purged:
        """Delete declarations made before `before`, so that nothing of them lingers in
        the database or its WAL (secure_delete, then a truncating checkpoint, tried again
        for up to `wait` seconds while another connection reads). When the WAL could not
        be cleared, `Purged.left` says what is left; it is logged, and recorded in the
        file `purge_record_path` until a later purge clears the WAL (`doctor` reads it)."""
        with self._database.transaction() as db:
            # A declaration the hospital's record does not have yet is kept (and said so)
            # until it is delivered, or IT removes it with `outbox drop`.
            rows = db.execute(
                "SELECT d.id, o.state IS NOT NULL AND o.state != 'delivered' AS undelivered "
                "FROM declarations d LEFT JOIN outbox o ON o.declaration_id = d.id "
                "WHERE d.created_at < ?",
                (before.astimezone(UTC).isoformat(),),
            ).fetchall()
            ids = [row["id"] for row in rows if not row["undelivered"]]
            kept = len(rows) - len(ids)
            db.executemany("DELETE FROM outbox WHERE declaration_id = ?", [(i,) for i in ids])
            db.executemany(
                "DELETE FROM print_attempts WHERE declaration_id = ?", [(i,) for i in ids]
            )
            db.executemany("DELETE FROM declarations WHERE id = ?", [(i,) for i in ids])
            detail = f"{len(ids)} declaration(s) made before {before:%Y-%m-%d}"
            write(db, self._database.now(), role, "purge", None, detail)
            if kept:
                detail = f"{kept} declaration(s) kept: not yet in the hospital's record"
                write(db, self._database.now(), role, "purge-kept", None, detail)
        path = self._database.path
        left = self._database.truncate_wal(wait)
        record = purge_record_path(path)
        if left is None:
            record.unlink(missing_ok=True)
            return Purged(len(ids), None, kept)
        log.error("database %s: purge not completed: %s", path, left)
        try:
            write_atomically(
                record,
                json.dumps(
                    {"at": self._database.now(), "before": before.isoformat(), "left": left}
                ).encode(),
            )
        except OSError as error:
            log.error("database %s: cannot record the unfinished purge: %s", path, error)
        return Purged(len(ids), left, kept)
