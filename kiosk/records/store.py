"""The kiosk's database as the rest of the kiosk holds it: one database object
(kiosk/records/database.py: the file, its checks, its transactions, backup) with a
repository per kind of record.

    store = DeclarationStore(path)
    store.declarations.save(declaration, flags)    # kiosk/records/declarations.py
    store.prints.unprinted(since)                  # kiosk/records/print_records.py
    store.staff.pin(Role.IT)                       # kiosk/records/staff_records.py
    store.audit.add(Actor.IT, "backup")            # kiosk/records/audit.py
    store.outbox.due(now, limit)                   # kiosk/records/outbox.py
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.records.audit import AuditTrail
from kiosk.records.database import (
    BackupTargetError,
    DamagedStore,
    Database,
    StoreBusy,
    StoreError,
    purge_record_path,
)
from kiosk.records.declarations import (
    Declarations,
    Purged,
    Saved,
    StoredDeclaration,
    Summary,
    initials,
)
from kiosk.records.outbox import Outbox
from kiosk.records.print_records import PrintRecords
from kiosk.records.staff_records import StaffRecords

__all__ = [
    "BackupTargetError",
    "DamagedStore",
    "DeclarationStore",
    "Purged",
    "Saved",
    "StoreBusy",
    "StoreError",
    "StoredDeclaration",
    "Summary",
    "initials",
    "purge_record_path",
]


class DeclarationStore(Database):
    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        busy_timeout: float = 5.0,  # seconds to wait for another process's lock
        *,
        repair: bool = True,  # the kiosk moves a damaged file aside; commands must not
    ) -> None:
        super().__init__(path, clock, busy_timeout, repair=repair)
        self.declarations = Declarations(self)
        self.prints = PrintRecords(self)
        self.staff = StaffRecords(self)
        self.audit = AuditTrail(self)
        self.outbox = Outbox(self)
