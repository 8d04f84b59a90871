"""`python main.py doctor`: every check IT runs on a kiosk PC, one line each, read only.

Config, content, database, disk, printer, fonts, display, languages and read aloud; a
"problem" means the kiosk cannot work well (exit code 1), a "warning" is worth knowing.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from kiosk.assembly import load_domain
from kiosk.commands import ExitCode
from kiosk.config import Config
from kiosk.cups import CupsPrinter
from kiosk.errors import KioskError
from kiosk.languages import LanguageState, language_states
from kiosk.resources import I18N_DIR, SLIP_FONTS, resource_path
from kiosk.schema import MIGRATIONS
from kiosk.speech import Speech, speech_for
from kiosk.staff import PepperError, read_pepper
from kiosk.staff_desk import queue_words
from kiosk.store import DATABASE_SUFFIXES, is_damage, purge_record_path

MIN_FREE_BYTES = 200 * 1024**2  # below this a day of slips and the WAL may not fit
# SQLite checkpoints at 1,000 pages (and the kiosk after every save): a WAL past twice
# that was kept from being copied back, by a reader that never let go.
WAL_PAGES_EXPECTED = 2000


@dataclass(frozen=True)
class Finding:
    area: str
    level: str  # "ok", "warning" (worth knowing), "problem" (the kiosk cannot work well)
    message: str


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
    findings += access_findings(config)
    findings += database_findings(config.database_path)
    findings += pepper_findings(config.staff.pepper_file)
    findings += permission_findings(config.database_path)
    findings += purge_findings(config.database_path)
    findings += version_findings(config)
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


# -- whether the kiosk's user can create and write what it needs ------------------------

SERVICE_USER = "kiosk"  # the service user of deploy/radiology-kiosk.service


@dataclass(frozen=True)
class KioskUser:
    """Whom the kiosk runs as, as far as doctor can tell (see `kiosk_user`)."""

    uid: int
    gids: frozenset[int]
    name: str
    current: bool  # the user running doctor: the system itself answers (os.access)


def _user(uid: int, current: bool) -> KioskUser:
    try:
        entry = pwd.getpwuid(uid)
    except KeyError:
        return KioskUser(uid, frozenset(), f"uid {uid}", current)
    if current:
        gids = frozenset([os.getegid(), *os.getgroups()])
    else:
        gids = frozenset(
            [entry.pw_gid, *(g.gr_gid for g in grp.getgrall() if entry.pw_name in g.gr_mem)]
        )
    return KioskUser(uid, gids, entry.pw_name, current)


def kiosk_user(data_dir: Path) -> KioskUser:
    """The owner of an existing data folder (made by the unit's StateDirectory, or by the
    kiosk itself); else the user running doctor, unless that is root: root writes
    anywhere, so then the service user `kiosk` when it exists."""
    euid = os.geteuid()
    try:
        owner = data_dir.stat().st_uid if data_dir.is_dir() else None
    except OSError:
        owner = None
    if owner is not None and owner != euid and owner != 0:
        return _user(owner, current=False)
    if euid == 0 and owner is None:
        try:
            return _user(pwd.getpwnam(SERVICE_USER).pw_uid, current=False)
        except KeyError:
            pass
    return _user(euid, current=True)


def may(path: Path, user: KioskUser, mode: int) -> bool:
    """Whether `user` may read/write/search (`os.R_OK | os.W_OK | os.X_OK`) `path`:
    the system's own answer for the user running doctor, else the permission bits (and a
    read-only file system) as the kernel would apply them to `user`."""
    if user.current:
        effective = os.access in os.supports_effective_ids
        return os.access(path, mode, effective_ids=effective)
    info = path.stat()
    if mode & os.W_OK and os.statvfs(path).f_flag & os.ST_RDONLY:
        return False
    if user.uid == 0:
        return True
    if info.st_uid == user.uid:
        bits = info.st_mode >> 6
    elif info.st_gid in user.gids:
        bits = info.st_mode >> 3
    else:
        bits = info.st_mode
    return bits & mode == mode


def _owner(path: Path) -> str:
    info = path.stat()
    try:
        name = pwd.getpwuid(info.st_uid).pw_name
    except KeyError:
        name = f"uid {info.st_uid}"
    return f"owned by {name}, mode {stat.S_IMODE(info.st_mode):04o}"


def folder_problem(folder: Path, user: KioskUser, what: str) -> str | None:
    """Why `user` cannot use `folder` (to make it, search it, create files in it), or None."""
    existing = folder
    while not existing.exists() and not existing.is_symlink() and existing != existing.parent:
        existing = existing.parent
    for parent in reversed(existing.parents):
        if not may(parent, user, os.X_OK):
            return (
                f"{what} {folder}: {user.name} cannot go through {parent} ({_owner(parent)}): "
                f"give it access (chmod o+x {parent}) or choose another folder"
            )
    if not existing.is_dir():
        return (
            f"{what} {folder}: {existing} is not a folder: choose a folder the kiosk's "
            f"user ({user.name}) owns"
        )
    if not may(existing, user, os.W_OK | os.X_OK | os.R_OK):
        if existing == folder:
            fix = f"chown {user.name}: {folder} && chmod 0700 {folder}"
        else:
            fix = f"install -d -o {user.name} -m 0700 {folder}"
        return (
            f"{what} {folder}: {user.name} cannot "
            f"{'write in it' if existing == folder else f'create it in {existing}'} "
            f"({_owner(existing)}): {fix}"
        )
    return None


def file_problem(path: Path, user: KioskUser) -> str | None:
    """Why `user` cannot read and write the existing file `path`, or None."""
    if not path.exists() and not path.is_symlink():
        return None
    if not path.is_file():
        return f"{path} is not a regular file: move it away"
    if not may(path, user, os.R_OK | os.W_OK):
        return (
            f"{path}: {user.name} cannot read and write it ({_owner(path)}): "
            f"chown {user.name}: {path} && chmod 0600 {path}"
        )
    return None


def relative_path_findings(config: Config) -> list[Finding]:
    """A relative folder is taken from wherever the kiosk starts: the service starts in
    /, doctor in IT's shell, so both would not even look at the same place."""
    findings = []
    for key, value in (
        ("kiosk.data_dir", config.kiosk.data_dir),
        ("printer.folder", config.printer.folder),
        ("kiosk.resources_dir", config.kiosk.resources_dir),
    ):
        if value and not Path(value).expanduser().is_absolute():
            findings.append(
                Finding(
                    "access",
                    "problem",
                    f"{key} = {value!r} is relative to the folder the kiosk starts in "
                    f"(here {Path(value).absolute().resolve()}): set an absolute path, such "
                    "as /var/lib/radiology-kiosk",
                )
            )
    return findings


def access_findings(config: Config) -> list[Finding]:
    """Whether the kiosk's user can create and write what it needs: the data folder, the
    database and its -wal and -shm files, and the slips folder (unless slips only go to
    CUPS). Read only, like every check: nothing is created to find out."""
    try:
        return _access_findings(config)
    except OSError as error:  # doctor itself may not look there
        name = _user(os.geteuid(), current=True).name
        return [
            Finding(
                "access",
                "problem",
                f"cannot look at {error.filename or config.data_dir} as {name} "
                f"({error.strerror}): if the kiosk runs as {name}, it cannot reach it either "
                "(give it access); otherwise run doctor as root",
            )
        ]


def _access_findings(config: Config) -> list[Finding]:
    data = config.data_dir
    user = kiosk_user(data)
    who = f"the kiosk's user ({user.name}" + (", running doctor)" if user.current else ")")
    folder = folder_problem(data, user, "data folder")
    problems = [folder] if folder else []
    if not folder:
        problems += [
            problem
            for suffix in ("", "-wal", "-shm")
            if (problem := file_problem(Path(f"{config.database_path}{suffix}"), user))
        ]
    inside = config.slip_folder.is_relative_to(data)
    if config.printer.backend != "cups" and not (folder and inside):
        slips = folder_problem(config.slip_folder, user, "slips folder")
        problems += [slips] if slips else []
    findings = relative_path_findings(config)
    findings += [Finding("access", "problem", problem) for problem in problems]
    if not problems:
        findings.append(
            Finding(
                "access",
                "ok",
                f"{who} can write {data} ({config.database_path.name}, -wal, -shm) and the "
                f"slips folder {config.slip_folder}",
            )
        )
    return findings
