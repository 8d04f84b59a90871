"""`doctor`'s look at the database, read only: integrity and schema, which questionnaire
stored declarations were made with, file modes, an unfinished purge, damaged copies."""

from __future__ import annotations

import json
import sqlite3
import stat
import struct
from pathlib import Path
from urllib.parse import quote

from kiosk.assembly import load_domain
from kiosk.config import Config
from kiosk.doctor.findings import Finding
from kiosk.errors import KioskError
from kiosk.records.database import DATABASE_SUFFIXES, is_damage, purge_record_path
from kiosk.records.schema import MIGRATIONS

# SQLite checkpoints at 1,000 pages (and the kiosk after every save): a WAL past twice
# that was kept from being copied back, by a reader that never let go.
WAL_PAGES_EXPECTED = 2000


def read_only(path: Path) -> sqlite3.Connection:
    """The database opened so that doctor changes nothing: read only and, when the kiosk
    is not running (no -wal), immutable, or SQLite would create the -wal and -shm files
    (owned by whoever runs doctor, often root, which the kiosk then cannot open)."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True, timeout=5)


def version_findings(config: Config) -> list[Finding]:
    """Declarations made with another questionnaire than today's files: each is shown and
    reprinted with the words kept with it, and one kept without them (made before schema
    4) is shown with today's files, which may no longer know its answers."""
    path = config.database_path
    try:
        current = load_domain(config)[0].version
        db = read_only(path)
        try:
            if int(db.execute("PRAGMA user_version").fetchone()[0]) < 4:
                return []
            rows = db.execute(
                "SELECT questionnaire_version, count(*), sum(made_as IS NULL) FROM declarations "
                "WHERE questionnaire_version != ? GROUP BY questionnaire_version",
                (current,),
            ).fetchall()
        finally:
            db.close()
    except (KioskError, sqlite3.Error):
        return []  # the content and database findings say why
    findings = []
    for version, count, without_words in rows:
        if without_words:
            findings.append(
                Finding(
                    "questionnaire",
                    "warning",
                    f"{without_words} declaration(s) made with questionnaire {version!r} "
                    f"(today's is {current!r}) were kept without their words: `show` and "
                    "reprints use today's files, which may not know all their answers",
                )
            )
        else:
            findings.append(
                Finding(
                    "questionnaire",
                    "ok",
                    f"{count} declaration(s) made with questionnaire {version!r} (today's is "
                    f"{current!r}): shown and reprinted as made, with the words kept with them",
                )
            )
    return findings


def database_findings(path: Path) -> list[Finding]:
    """Integrity and schema of the database, read only: doctor never changes it."""
    if not path.exists():
        return [Finding("database", "ok", f"{path} not created yet (made at the first start)")]
    try:
        db = read_only(path)
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


def permission_findings(database: Path) -> list[Finding]:
    """The data folder (0700) and the database's files (0600) closed to other users: a
    restore with plain `cp` leaves 0644. The kiosk sets them right when it opens the
    database; one it cannot change (another owner) stays a problem."""
    wrong = []
    files = [Path(f"{database}{suffix}") for suffix in DATABASE_SUFFIXES]
    for name in [database.parent, *files, *damaged_copies(database)]:
        try:
            info = name.lstat()
        except OSError:
            continue  # not there (yet): nothing to read
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077:
            wrong.append(f"{name} is {mode:o}")
    if not wrong:
        owner_only = f"{database.parent} and {database.name} (-wal, -shm) are owner-only"
        return [Finding("files", "ok", owner_only)]
    return [
        Finding(
            "files",
            "problem",
            f"readable by other users: {', '.join(wrong)}: `chmod 700` the folder and "
            "`chmod 600` the files (the kiosk does so at its next start if they are its own)",
        )
    ]


def damaged_copies(database: Path) -> list[Path]:
    """The damaged databases the kiosk moved aside (with their -wal and -shm), kept for IT."""
    try:
        return sorted(database.parent.glob(f"{database.name}.damaged-*"))
    except OSError:
        return []


WAL_HEADER, FRAME_HEADER = 32, 24
WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # checksums in little / big endian words


def _wal_checksum(data: bytes, order: str, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum (https://sqlite.org/fileformat2.html#walformat)."""
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for first, second in zip(words[::2], words[1::2], strict=True):
        s0 = (s0 + first + s1) & 0xFFFFFFFF
        s1 = (s1 + second + s0) & 0xFFFFFFFF
    return s0, s1


def wal_findings(database: Path) -> list[Finding]:
    """A WAL that does not match (a damaged header, or frames of another header): SQLite
    ignores it at the next open, and with it every declaration it still holds."""
    wal = database.with_name(database.name + "-wal")
    try:
        with wal.open("rb") as file:
            header = file.read(WAL_HEADER)
            first_frame = file.read(FRAME_HEADER)
    except FileNotFoundError:
        return []
    except OSError as error:
        return [Finding("database", "problem", f"{wal}: cannot be read ({error.strerror})")]
    if not header:
        return []  # empty: everything is in the database file
    problem = None
    magic = struct.unpack(">I", header[:4])[0] if len(header) >= 4 else None
    if len(header) < WAL_HEADER or magic not in WAL_MAGIC:
        problem = "its header is not a WAL header"
    else:
        order = WAL_MAGIC[magic]
        if _wal_checksum(header[:24], order) != struct.unpack(">II", header[24:32]):
            problem = "its header's checksum does not match"
        elif len(first_frame) == FRAME_HEADER and first_frame[8:16] != header[16:24]:
            problem = "its first frame belongs to another header"
    if problem is None:
        return [Finding("database", "ok", f"{wal}: its header and first frame match")]
    return [
        Finding(
            "database",
            "problem",
            f"{wal}: {problem}: SQLite will ignore it, and the declarations it holds "
            "(saved but not yet copied into the database). Keep a copy of the database "
            "and this file for IT before the kiosk starts again (docs/deploy.md, restore)",
        )
    ]


def purge_findings(database: Path) -> list[Finding]:
    """Whether what retention deleted is really gone from disk: a purge that could not
    clear the WAL (another program reading) is recorded until one does, and a WAL far
    larger than the kiosk lets it grow means checkpoints were kept from finishing."""
    findings = []
    record = purge_record_path(database)
    if record.exists():
        try:
            details = json.loads(record.read_text(encoding="utf-8"))
            what = f"at {details.get('at', '?')}: {details.get('left', '?')}"
        except (OSError, ValueError, AttributeError) as error:
            what = f"({record}: {error})"
        findings.append(
            Finding(
                "retention",
                "problem",
                f"a purge did not complete {what}; run `purge` again (nothing else "
                "reading the database)",
            )
        )
    damaged = [p.name for p in damaged_copies(database) if not p.name.endswith(("-wal", "-shm"))]
    if damaged:
        findings.append(
            Finding(
                "retention",
                "warning",
                f"{len(damaged)} damaged database(s) moved aside in {database.parent} "
                f"({', '.join(damaged[:3])}): retention never deletes them, and they hold "
                "declarations; delete them once they are of no more use",
            )
        )
    wal = Path(f"{database}-wal")
    try:
        size = wal.stat().st_size
        with database.open("rb") as file:
            header = file.read(18)
        page = int.from_bytes(header[16:18], "big") if len(header) == 18 else 4096
        page = 65536 if page == 1 else page or 4096
    except OSError:
        return findings
    limit = WAL_PAGES_EXPECTED * (page + 24) + 32
    if size > limit:
        findings.append(
            Finding(
                "retention",
                "warning",
                f"{wal} is {size / 1024**2:.1f} MiB (the kiosk keeps it under "
                f"{limit / 1024**2:.1f} MiB): a program kept reading the database so its "
                "WAL could not be copied back and emptied; deleted declarations may remain "
                "in it; close that program, then run `purge`",
            )
        )
    return findings
