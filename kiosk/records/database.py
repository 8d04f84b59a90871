"""The kiosk's one database object: one SQLite file, a versioned schema, nothing
acknowledged lost.

WAL journal with synchronous=FULL, so a commit that returned survives a power cut. At
start a failed `quick_check` moves the damaged file aside (kept for IT, never deleted)
and a fresh database is started. One connection, shared by the kiosk's threads under a
lock: `read()` for reads, `transaction()` for writes (another program's write lock waited
out in short tries). Rows are read by their column names (sqlite3.Row). What is stored
is the repositories' business (kiosk/records/declarations.py, print_records.py,
staff_records.py, audit.py); kiosk/records/store.py puts them together.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from kiosk.records.schema import MIGRATIONS

log = logging.getLogger(__name__)
# Another program's write lock is waited for in tries of this long, the store's own lock
# let go in between (see Database.transaction).
BEGIN_WAIT_MS = 100
BEGIN_RETRY_SECONDS = 0.02

DATABASE_SUFFIXES = ("", "-wal", "-shm")  # the database's files: itself, its WAL, its index
PURGE_WAIT_SECONDS = 5.0  # a purge tries its truncating checkpoint again for this long
PURGE_RETRY_SECONDS = 0.2  # between two tries, the lock let go


def purge_record_path(database: Path) -> Path:
    """Where an unfinished purge is recorded (beside the database) until one finishes."""
    return database.with_name(f"{database.name}.purge-incomplete")


def owner_only_files(database: Path) -> None:
    """The database, its -wal and its -shm readable by their owner only (0600). A file
    this user cannot change (owned by root after a restore) is logged; `doctor` tells."""
    for suffix in DATABASE_SUFFIXES:
        name = Path(f"{database}{suffix}")
        try:
            mode = stat.S_IMODE(os.lstat(name).st_mode)
            if mode != 0o600 and not name.is_symlink():
                os.chmod(name, 0o600)
                log.warning("%s was mode %o: made owner-only (600)", name, mode)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.error("%s: cannot make it owner-only: %s", name, error.strerror)


def owner_only_folder(folder: Path) -> None:
    """The data folder open to its owner only (0700); a shared folder (sticky, as /tmp)
    or another user's is left as it is, and logged."""
    try:
        info = os.stat(folder)
        mode = stat.S_IMODE(info.st_mode)
        if not mode & 0o077:
            return
        if info.st_mode & stat.S_ISVTX or info.st_uid != os.geteuid():
            log.error("%s is mode %o and not this user's own folder: choose another", folder, mode)
            return
        os.chmod(folder, 0o700)
        log.warning("%s was mode %o: made owner-only (700)", folder, mode)
    except OSError as error:
        log.error("%s: cannot make it owner-only: %s", folder, error.strerror)


class StoreError(Exception):
    """The database cannot be used (unwritable, full disk, damaged)."""


class StoreBusy(StoreError):
    """Another program holds the database's write lock (IT's sqlite3 shell, a long purge,
    set-pin): the write can succeed once it lets go."""


class DamagedStore(StoreError):
    """The file is damaged, and this store was told not to move it aside."""


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """A damaged or foreign file, as opposed to a lock, a full disk or a permission."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


class Database:
    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        busy_timeout: float = 5.0,  # seconds to wait for another process's lock
        *,
        repair: bool = True,  # the kiosk moves a damaged file aside; commands must not
    ) -> None:
        self.path = path
        self._clock = clock
        self._busy_timeout = busy_timeout
        self._repair = repair
        self._lock = threading.Lock()
        self.moved_aside: Path | None = None  # where a damaged database was put at start
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            owner_only_folder(path.parent)
            self._db = self._open_checked()
        except OSError as error:  # a data folder that is a file, a path that is a folder
            raise StoreError(f"{path}: cannot open the database: {error.strerror}") from error

    # -- opening ----------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        # Create the file ourselves so it is owner-only, and make an existing one so (a
        # restore with plain `cp` leaves 0644): SQLite gives a new -wal/-shm the database's
        # mode, and existing ones are set right here too.
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        owner_only_files(self.path)
        db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=self._busy_timeout
        )
        db.row_factory = sqlite3.Row  # columns read by their names
        db.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
        db.execute("PRAGMA journal_mode = WAL")
        owner_only_files(self.path)  # the -wal and -shm WAL mode just made
        db.execute("PRAGMA synchronous = FULL")
        # A WAL grown while a reader held it is cut back to 4 MiB at the next checkpoint.
        db.execute("PRAGMA journal_size_limit = 4194304")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left
        return db

    def _open_checked(self) -> sqlite3.Connection:
        damage = None
        try:
            db = self._connect()
            try:
                result = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
            except BaseException:
                db.close()
                raise
        except sqlite3.DatabaseError as error:
            if not is_damage(error):  # locked, full disk, no permission: not the file's fault
                raise StoreError(f"{self.path}: cannot open the database: {error}") from error
            damage = str(error)
        else:
            if result == ["ok"]:
                self._migrate(db)
                return db
            db.close()
            damage = "; ".join(result[:5])
        if not self._repair:
            raise DamagedStore(
                f"{self.path}: the database is damaged ({damage}); `doctor` tells more, and "
                "the kiosk moves it aside at its next start"
            )
        self.moved_aside = self._move_aside()
        log.error(
            "database %s failed its integrity check (%s); moved to %s and a new one started",
            self.path,
            damage,
            self.moved_aside,
        )
        db = self._connect()
        self._migrate(db)
        return db

    def _move_aside(self) -> Path:
        """Keep the damaged files for IT under a name that never overwrites an older one."""
        stamp = self._clock().strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        number = 1
        while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
            number += 1
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{number}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                source.rename(Path(f"{target}{suffix}"))
        return target

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this "
                f"kiosk knows ({len(MIGRATIONS)}): update the kiosk software"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                db.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except sqlite3.Error:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            log.info("database %s migrated to schema version %d", self.path, number)

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. Another program's write lock is waited for (up to the
        busy timeout) in short tries with the store's own lock let go in between: held
        through SQLite's whole wait, it made every other call of this store (a staff
        read, the housekeeper) wait behind it for seconds."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            with self._lock:
                if self._begin(last_try=time.monotonic() >= deadline):
                    try:
                        yield self._db
                        self._db.execute("COMMIT")
                    except sqlite3.Error as error:
                        self._roll_back()
                        raise self._error(error) from error
                    except BaseException:
                        self._roll_back()
                        raise
                    return
            time.sleep(BEGIN_RETRY_SECONDS)

    def _begin(self, *, last_try: bool) -> bool:
        """BEGIN IMMEDIATE, waiting at most a moment for another program's write lock;
        False to try again (after letting the store's lock go), or the error."""
        self._db.execute(f"PRAGMA busy_timeout = {BEGIN_WAIT_MS}")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.Error as error:
            problem = self._error(error)
            if isinstance(problem, StoreBusy) and not last_try:
                return False
            raise problem from error
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")

    def _error(self, error: sqlite3.Error) -> StoreError:
        # The primary code: Python reports extended ones (SQLITE_BUSY_RECOVERY...).
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreBusy(f"{self.path}: {error}")
        return StoreError(f"{self.path}: {error}")

    def _roll_back(self) -> None:
        """Undo an unfinished transaction; a connection too broken to roll back has lost
        it anyway (SQLite rolls back on the next open), so that error is only logged."""
        try:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
        except sqlite3.Error as error:
            log.error("database %s: rollback failed: %s", self.path, error)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for reads, while no other thread of this kiosk uses it; a read
        that fails (a failed disk) raises the store's error, never sqlite3's."""
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as error:
                raise self._error(error) from error

    def clock(self) -> datetime:
        return self._clock()

    def now(self) -> str:
        """The store's clock, as stored."""
        return self._clock().isoformat()

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the database file now. Left to SQLite's automatic
        checkpoint (every 1,000 pages), the WAL held the last ~200 declarations: a damaged
        WAL lost them all, silently. PASSIVE never waits for a reader; one that was
        reading keeps the rest for the next save. The declaration is already committed
        (acknowledged): a checkpoint that fails is logged, never the patient's problem."""
        try:
            with self._lock:
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as error:
            log.warning("database %s: checkpoint after a save failed: %s", self.path, error)

    def truncate_wal(self, wait: float) -> str | None:
        """Checkpoint the whole WAL into the database and truncate it to nothing; a reader
        holding an older snapshot keeps it busy, so try again (the lock let go between
        tries: the kiosk's saves go on) until `wait` runs out. None when done, else what
        is left, in words."""
        deadline = time.monotonic() + wait
        restore = f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}"
        while True:
            remaining = deadline - time.monotonic()
            try:
                with self._lock:
                    self._db.execute(
                        f"PRAGMA busy_timeout = {max(0, min(250, int(remaining * 1000)))}"
                    )
                    try:
                        busy, pages, copied = self._db.execute(
                            "PRAGMA wal_checkpoint(TRUNCATE)"
                        ).fetchone()
                    finally:
                        self._db.execute(restore)
            except sqlite3.Error as error:
                problem = f"the checkpoint failed ({error})"
            else:
                if not busy:
                    return None
                problem = (
                    f"another connection is reading the database, so its WAL "
                    f"({self.path.name}-wal, {pages} page(s), {copied} copied back) still holds "
                    "what was deleted"
                )
            if time.monotonic() >= deadline:
                return (
                    f"{problem}: the deleted declarations stay readable on disk until "
                    "`purge` is run again once nothing else has the database open (a "
                    "`doctor`, `export`, `backup` or sqlite3 still running?)"
                )
            time.sleep(PURGE_RETRY_SECONDS)

    # -- backup -----------------------------------------------------------------------

    def backup(self, target: Path) -> int:
        """A consistent copy of the live database (SQLite's online backup: the kiosk keeps
        working meanwhile), owner-only; returns the number of declarations copied.

        Copied to a temporary file beside the target, checked (`PRAGMA integrity_check`),
        synced, then given the target's name, which it never takes from an existing file:
        a failed backup leaves nothing that looks like a good one. `BackupTargetError`: the
        target is the problem (exists, cannot be written, full); `StoreError`: the copy of
        the live database failed its check."""
        try:
            if target.exists() or target.is_symlink():
                what = "is a folder: name a new file in it" if target.is_dir() else "exists"
                raise BackupTargetError(
                    f"{target} {what}: choose a new file name (nothing overwritten)"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )  # mode 0600
        except ValueError:  # a NUL byte
            raise BackupTargetError(
                f"{str(target)!r}: expected a file name without a NUL byte"
            ) from None
        except OSError as error:
            raise BackupTargetError(
                f"{target}: cannot write there ({error.strerror}): choose a folder this user "
                "can write"
            ) from error
        os.close(handle)
        temporary = Path(name)
        try:
            copied = self._copy_checked(temporary, target)
            _claim(temporary, target)
        except OSError as error:  # syncing the folder
            raise BackupTargetError(f"{target}: cannot write there ({error.strerror})") from error
        finally:
            temporary.unlink(missing_ok=True)
        return copied

    def _copy_checked(self, temporary: Path, target: Path) -> int:
        try:
            copy = sqlite3.connect(temporary)
            try:
                with self._lock:
                    self._db.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                check = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
                copied = int(copy.execute("SELECT count(*) FROM declarations").fetchone()[0])
            finally:
                copy.close()
            with temporary.open("rb") as written:
                os.fsync(written.fileno())
        except (sqlite3.Error, OSError) as error:  # the copy's side: a full or failing disk
            raise BackupTargetError(
                f"{target}: backup failed ({error}): nothing written; free space there, "
                "or choose another folder"
            ) from error
        if check != ["ok"]:
            raise StoreError(
                f"{target}: the copy failed its integrity check ({'; '.join(check[:3])}): "
                "nothing written; run `doctor` on the live database"
            )
        return copied


class BackupTargetError(StoreError):
    """`backup`'s target cannot be written: the file given, not the database, is at fault."""


def _claim(temporary: Path, target: Path) -> None:
    """Give the checked copy the target's name, never replacing a file that appeared
    meanwhile (a hard link fails if the name exists); where links are not supported (a
    FAT stick), a rename after a last look. Then the folder is synced."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise BackupTargetError(
            f"{target} exists: choose a new file name (nothing overwritten)"
        ) from None
    except OSError:
        if target.exists():
            raise BackupTargetError(
                f"{target} exists: choose a new file name (nothing overwritten)"
            ) from None
        try:
            os.rename(temporary, target)
        except OSError as error:
            raise BackupTargetError(f"{target}: cannot write there ({error.strerror})") from error
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
