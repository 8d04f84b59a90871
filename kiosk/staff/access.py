"""Who may open staff mode: PINs stored as salted scrypt hashes, and a lockout of the PIN pad.

Two roles: `staff` (reception: today's declarations, reprint, printer status) and `it`
(the same, plus leaving the kiosk for the desktop). A PIN is typed on the kiosk's PIN pad:
reception's is 4 to 12 digits, IT's 6 to 12 (IT's opens the desktop).

How strong the hashes are, honestly: scrypt with N=2**14, r=8 costs about 40 ms and
16 MiB per check on the kiosk PC. That slows a guesser at the PIN pad, not a thief: with
a copy of the database, every 4-digit PIN falls in about 7 minutes on one core, a 6-digit
one in about 11 hours, an 8-digit one in about 45 days (fewer with more cores). What
protects a stolen database is a longer PIN and the optional pepper (`staff.pepper_file`):
a secret kept outside the database, mixed into every hash, without which no PIN can be
tried at all.

The lockout (`PinLock`), one per role: the PIN pad has two buttons, "Reception" (chosen
when it opens) and "IT", and a wrong PIN counts against the role chosen. A patient playing
with the pad therefore closes reception's PIN, not IT's; IT signs in and that clears it.
A PIN is still checked against every role whose PIN is open (the PIN decides the role:
`set-pin` refuses one PIN for two roles), so IT's PIN works whichever button is chosen;
a closed role's PIN is not checked at all. Any right PIN clears every role's lock.

Because any patient can type wrong PINs, the lock is built so that a patient cannot lock
staff out for long: after five wrong PINs in a row for a role, its PIN closes for 30 s,
each further wrong PIN doubles that, up to 5 minutes at most; the count is forgotten after
an hour without a wrong PIN; IT clears it from the command line (`unlock-staff`, and
`set-pin` too). With both roles closed, a guesser gets one PIN per role every 5 minutes:
a 4-digit PIN takes days to find at the pad, a 6-digit one years, and each guess is in
the audit trail. Each lock's end is kept in the database (a restart does not reopen the
pad) and in memory (a database that cannot be written does not either). A wall clock that
is wrong cannot stretch it: an end further away than the longest lock from now is
brought back to that.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class Role(Enum):
    STAFF = "staff"
    IT = "it"


PIN_LENGTHS = range(4, 13)  # what the PIN pad accepts
SHORTEST_PIN = {Role.STAFF: 4, Role.IT: 6}  # what set-pin accepts for each role
FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=5)
FORGET_AFTER = timedelta(hours=1)  # wrong PINs older than this (after their lock) forgotten
# scrypt cost: about 40 ms and 16 MiB per check on the kiosk PC (see the module's text:
# it slows the PIN pad, not someone holding a copy of the database).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SHORTEST_PEPPER = 16  # bytes


class PinError(ValueError):
    """A PIN that cannot be used: says what is expected."""


class PepperError(Exception):
    """`staff.pepper_file` is set but cannot be used: says which file and why."""


@dataclass(frozen=True)
class PinHash:
    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def check_pin_format(pin: str, role: Role | None = None) -> str:
    shortest = SHORTEST_PIN[role] if role is not None else PIN_LENGTHS.start
    longest = PIN_LENGTHS.stop - 1
    if not pin.isascii() or not pin.isdigit() or not shortest <= len(pin) <= longest:
        whose = f"the {role.value} role's PIN" if role is not None else "a PIN"
        raise PinError(
            f"{whose} is {shortest} to {longest} digits (0-9), typed on the kiosk's PIN pad"
        )
    return pin


def read_pepper(path: str) -> bytes | None:
    """The pepper in `staff.pepper_file`; None when no file is configured."""
    if not path:
        return None
    try:
        secret = Path(path).expanduser().read_bytes().strip()
    except OSError as error:
        raise PepperError(
            f"staff.pepper_file {path}: cannot be read ({error.strerror}): the kiosk's user "
            "must be able to read it (owner root, group kiosk, mode 0640)"
        ) from error
    if len(secret) < SHORTEST_PEPPER:
        raise PepperError(
            f"staff.pepper_file {path}: holds {len(secret)} byte(s), expected at least "
            f"{SHORTEST_PEPPER} random ones (head -c 32 /dev/urandom | base64 > {path})"
        )
    return secret


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, pepper: bytes | None) -> bytes:
    secret = pin.encode() if pepper is None else hmac.digest(pepper, pin.encode(), "sha256")
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=64 * 1024**2, dklen=32)


def hash_pin(pin: str, pepper: bytes | None = None) -> PinHash:
    salt = secrets.token_bytes(16)
    return PinHash(salt, _scrypt(check_pin_format(pin), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, pepper))


def pin_matches(pin: str, stored: PinHash, pepper: bytes | None = None) -> bool:
    candidate = _scrypt(pin, stored.salt, stored.n, stored.r, stored.p, pepper)
    return hmac.compare_digest(candidate, stored.digest)


def lock_after(failures: int) -> timedelta | None:
    """How long the PIN pad stays closed after this many wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return None
    doubled: timedelta = FIRST_LOCK * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(doubled, LONGEST_LOCK)


@dataclass(frozen=True)
class PinLock:
    """Wrong PINs in a row, and `until`: the end of the last lock, or (no lock yet) the
    time of the last wrong PIN. Stored as such in the role's `pin_locks` row."""

    failures: int = 0
    until: datetime | None = None

    def normalised(self, now: datetime) -> PinLock:
        """Never an end further than the longest lock from now (a wall clock set back,
        a row written under a wrong clock), and nothing kept after an hour of quiet."""
        until = self.until
        if until is None:
            return PinLock() if self.failures == 0 else self
        if until > now + LONGEST_LOCK:
            until = now + LONGEST_LOCK
        if now - until > FORGET_AFTER:
            return PinLock()
        return PinLock(self.failures, until)

    def locked_until(self, now: datetime) -> datetime | None:
        lock = self.normalised(now)
        return lock.until if lock.until is not None and lock.until > now else None

    def after_wrong_pin(self, now: datetime) -> PinLock:
        failures = self.normalised(now).failures + 1
        wait = lock_after(failures)
        return PinLock(failures, now + wait if wait is not None else now)

    def merged(self, other: PinLock) -> PinLock:
        ends = [until for until in (self.until, other.until) if until is not None]
        return PinLock(max(self.failures, other.failures), max(ends) if ends else None)


Locks = dict[Role, PinLock]


def other_role(role: Role) -> Role:
    return Role.IT if role is Role.STAFF else Role.STAFF


class PinStore(Protocol):
    def pin(self, role: Role) -> PinHash | None: ...

    def pin_failures(self) -> dict[Role, tuple[int, datetime | None]]: ...

    def set_pin_failures(
        self,
        locks: dict[Role, tuple[int, datetime | None]],
        audit: tuple[str, str, str | None] | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class Attempt:
    role: Role | None  # the role whose PIN was typed; None when wrong, locked or not checked
    locked_until: datetime | None  # the chosen role's PIN closed until then
    fault: str | None = None  # why the PIN could not be checked (database, pepper), for IT


@dataclass(frozen=True)
class PadState:
    """What the PIN pad shows when it opens."""

    configured: bool | None  # None: unknown (the database cannot be read)
    locked_until: dict[Role, datetime | None]  # each role's lock
    fault: str | None = None


def _open_locks() -> Locks:
    return {role: PinLock() for role in Role}


@dataclass
class _Memory:
    locks: Locks = field(default_factory=_open_locks)
    # the database holds that role's lock: it is the one to believe (IT may clear it)
    saved: dict[Role, bool] = field(default_factory=lambda: {role: True for role in Role})
    pins: dict[Role, PinHash | None] | None = None  # the last hashes read


class StaffAccess:
    """Checks a PIN against the roles whose PIN is open, counts wrong PINs against the
    role chosen on the pad, and writes the audit trail.

    `try_pin` and `pad_state` read the database and run scrypt: call them off the GUI
    thread. `locked_until` reads memory only: the GUI thread's countdown.
    """

    def __init__(self, store: PinStore, pepper_file: str = "") -> None:
        self._store = store
        self._pepper_file = pepper_file
        self._mutex = threading.Lock()
        self._memory = _Memory()

    def configured(self) -> bool:
        return any(self._store.pin(role) is not None for role in Role)

    def locked_until(self, role: Role, now: datetime) -> datetime | None:
        with self._mutex:
            return self._memory.locks[role].locked_until(now)

    def pad_state(self, now: datetime) -> PadState:
        """The locks as stored (a restart, IT's unlock) and whether any PIN is set."""
        locked = self._load(now)
        try:
            pins = self._pins()
        except Exception as error:  # the store's error (sqlite3, StoreError)
            log.error("staff PINs cannot be read: %s", error)
            return PadState(None, locked, f"database: {error}")
        return PadState(any(stored is not None for stored in pins.values()), locked)

    def try_pin(self, pin: str, now: datetime, chosen: Role = Role.STAFF) -> Attempt:
        """`chosen`: the role chosen on the pad, which a wrong PIN counts against."""
        locked = self._load(now)
        if locked[chosen] is not None:
            return Attempt(None, locked[chosen])
        try:
            pepper = read_pepper(self._pepper_file)
        except PepperError as error:  # no PIN can be checked: not counted as wrong
            log.error("staff PIN not checked: %s", error)
            return Attempt(None, None, str(error))
        try:
            pins = self._pins()
        except Exception as error:  # the store's error, and no hash read before to fall back on
            log.error("staff PIN not checked: the database cannot be read: %s", error)
            return Attempt(None, None, f"database: {error}")
        for role in (chosen, other_role(chosen)):
            stored = pins[role]
            if locked[role] is None and stored is not None and pin_matches(pin, stored, pepper):
                self._save(_open_locks(), (role.value, "login", None))  # every lock cleared
                return Attempt(role, None)
        with self._mutex:
            lock = self._memory.locks[chosen].after_wrong_pin(now)
        until = lock.locked_until(now)
        action = "wrong PIN" if until is None else "wrong PIN, locked"
        self._save({chosen: lock}, ("unknown", action, f"role {chosen.value}"))
        return Attempt(None, until)

    # -- memory and database ---------------------------------------------------------

    def _load(self, now: datetime) -> dict[Role, datetime | None]:
        """The locks from the database, merged into memory: for each role the database wins
        when it holds what memory last wrote (so IT's unlock counts), else the longer of
        the two. A stored end further than the longest lock from now is brought back and
        written back, so a wrong clock never stretches it (nor keeps it at "5 minutes")."""
        try:
            rows = self._store.pin_failures()
        except Exception as error:  # the store's error: memory still holds the locks
            log.error("wrong-PIN locks not read: %s", error)
            rows = {}
        write_back: Locks = {}
        with self._mutex:
            memory = self._memory
            for role in Role:
                if role in rows:
                    failures, until = rows[role]
                    stored = PinLock(failures, until).normalised(now)
                    stretched = until is not None and until > now + LONGEST_LOCK
                    if memory.saved[role]:
                        memory.locks[role] = stored
                        if stretched:
                            write_back[role] = stored
                    else:  # memory was not written: it counts too
                        memory.locks[role] = memory.locks[role].merged(
                            PinLock(stored.failures, None) if stretched else stored
                        )
                memory.locks[role] = memory.locks[role].normalised(now)
            locks = dict(memory.locks)
        if write_back:
            self._save(write_back, None)
        return {role: lock.locked_until(now) for role, lock in locks.items()}

    def _pins(self) -> dict[Role, PinHash | None]:
        """Both roles' hashes; when the database cannot be read, the last ones read, so
        staff still reach the staff screen (where a failed disk is shown) on a broken disk."""
        try:
            pins = {role: self._store.pin(role) for role in Role}
        except Exception:
            with self._mutex:
                known = self._memory.pins
            if known is None:
                raise
            log.error("staff PINs not read: checked against the last ones read")
            return known
        with self._mutex:
            self._memory.pins = pins
        return pins

    def _save(self, locks: Locks, audit: tuple[str, str, str | None] | None) -> None:
        """Memory first, then the database. A write that fails (a full disk, a read-only
        or busy database) must neither stop staff from reaching a broken kiosk nor undo
        the lock: memory keeps counting."""
        with self._mutex:
            for role, lock in locks.items():
                self._memory.locks[role], self._memory.saved[role] = lock, False
        try:
            self._store.set_pin_failures(
                {role: (lock.failures, lock.until) for role, lock in locks.items()}, audit
            )
        except Exception as error:  # the store's error; logged, memory holds the count
            log.error(
                "staff access not recorded (%s): %s", " ".join(audit[:2] if audit else ()), error
            )
            return
        with self._mutex:
            for role, lock in locks.items():
                if self._memory.locks[role] == lock:
                    self._memory.saved[role] = True
