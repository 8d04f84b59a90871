"""Who may open staff mode: PINs stored as salted scrypt hashes, and a lockout that grows.

Two roles: `staff` (reception: today's declarations, reprint, printer status) and `it`
(the same, plus leaving the kiosk for the desktop). A PIN is 4 to 8 digits, typed on the
kiosk's PIN pad. After five wrong PINs in a row, staff entry is locked for 30 seconds, and
each further wrong PIN doubles the wait (up to an hour); a right PIN resets the count.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from functools import partial
from typing import Protocol

log = logging.getLogger(__name__)

PIN_LENGTHS = range(4, 9)
FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
# scrypt cost: about 50 ms and 16 MiB per check here; slow enough to make guessing a
# stolen database's 4-digit PINs take hours rather than seconds, quick enough at the desk.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class Role(Enum):
    STAFF = "staff"
    IT = "it"


class PinError(ValueError):
    """A PIN that cannot be used: says what is expected."""


@dataclass(frozen=True)
class PinHash:
    salt: bytes
    digest: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def check_pin_format(pin: str) -> str:
    if not pin.isascii() or not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        raise PinError(
            f"a PIN is {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits (0-9), "
            "typed on the kiosk's PIN pad"
        )
    return pin


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024**2, dklen=32)


def hash_pin(pin: str) -> PinHash:
    salt = secrets.token_bytes(16)
    return PinHash(salt, _scrypt(check_pin_format(pin), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))


def pin_matches(pin: str, stored: PinHash) -> bool:
    candidate = _scrypt(pin, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(candidate, stored.digest)


class PinStore(Protocol):
    def pin(self, role: Role) -> PinHash | None: ...

    def pin_failures(self) -> tuple[int, datetime | None]: ...

    def set_pin_failures(self, failures: int, locked_until: datetime | None) -> None: ...

    def audit(self, role: str, action: str, reference: str | None = None) -> None: ...


@dataclass(frozen=True)
class Attempt:
    role: Role | None  # the role whose PIN was typed; None when wrong or locked
    locked_until: datetime | None  # staff entry closed until then


def lock_after(failures: int) -> timedelta | None:
    """How long entry stays closed after this many wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return None
    doubled: timedelta = FIRST_LOCK * 2 ** min(failures - FREE_ATTEMPTS, 16)
    return min(doubled, LONGEST_LOCK)


class StaffAccess:
    """Checks a PIN against both roles, counts failures, and writes the audit trail."""

    def __init__(self, store: PinStore) -> None:
        self._store = store

    def configured(self) -> bool:
        return any(self._store.pin(role) is not None for role in Role)

    def locked_until(self, now: datetime) -> datetime | None:
        _, until = self._store.pin_failures()
        return until if until is not None and until > now else None

    def try_pin(self, pin: str, now: datetime) -> Attempt:
        locked = self.locked_until(now)
        if locked is not None:
            return Attempt(None, locked)
        for role in (Role.IT, Role.STAFF):
            stored = self._store.pin(role)
            if stored is not None and pin_matches(pin, stored):
                self._record(partial(self._store.set_pin_failures, 0, None))
                self._record(partial(self._store.audit, role.value, "login"))
                return Attempt(role, None)
        failures, _ = self._store.pin_failures()
        failures += 1
        wait = lock_after(failures)
        until = now + wait if wait is not None else None
        self._record(partial(self._store.set_pin_failures, failures, until))
        action = "wrong PIN" if until is None else "wrong PIN, locked"
        self._record(partial(self._store.audit, "unknown", action))
        return Attempt(None, until)

    @staticmethod
    def _record(write: Callable[[], None]) -> None:
        """A write that must not stop staff from reaching a broken kiosk (a full disk,
        a read-only database): staff mode is where they see what is wrong."""
        try:
            write()
        except Exception as error:  # the store's error; logged, staff mode opens anyway
            log.error("staff access not recorded: %s", error)
