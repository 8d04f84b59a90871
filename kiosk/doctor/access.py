"""`doctor`'s check that the kiosk's user can reach and write what it needs: the data
folder and every folder above it, the database and its -wal/-shm, the slips folder."""

from __future__ import annotations

import grp
import os
import pwd
import stat
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config
from kiosk.doctor.findings import Finding

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
