"""Retention runs at start and daily, and never against a clock that went backwards."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.assembly import build_kiosk
from kiosk.config import load_config
from kiosk.printing.printers import PrintResult, purge_slip_files
from kiosk.records.store import DeclarationStore
from kiosk.services.housekeeping import Housekeeper
from tests.helpers.declarations import make_declaration

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class FollowNothing:
    def follow_jobs(self) -> int:
        return 0

    def retry_unprinted(
        self,
        since: datetime | None = None,
        limit: int | None = None,
        *,
        waiting: bool = True,
        follow: bool = True,
    ) -> dict[str, PrintResult]:
        return {}

    def delivered(self, result: PrintResult) -> bool:
        return result.on_paper

    def save_pending(self) -> int:
        return 0


def store_with(path: Path, *ages_in_days: int) -> DeclarationStore:
    store = DeclarationStore(path)
    for number, age in enumerate(ages_in_days):
        store.declarations.save(
            make_declaration(session_id=f"s{number}", submitted_at=NOW - timedelta(days=age)), []
        )
    return store


def test_expired_declarations_go_at_start_and_then_once_a_day(tmp_path: Path) -> None:
    store = store_with(tmp_path / "kiosk.sqlite3", 10, 1)
    clock = [NOW]
    ticks = [0.0]
    keeper = Housekeeper(FollowNothing(), store, tmp_path / "slips", 7, lambda: clock[0])
    keeper._monotonic = lambda: ticks[0]  # the process's own uptime

    assert keeper.purge_expired() == 1 and store.declarations.count() == 1
    clock[0] += timedelta(hours=1)
    ticks[0] += 3600
    keeper()  # an hour later: not due again yet
    assert store.declarations.count() == 1
    clock[0] += timedelta(days=7)  # the other one is now 8 days old; a patient comes
    ticks[0] += 7 * 86400
    store.declarations.save(make_declaration(session_id="new", submitted_at=clock[0]), [])
    keeper()
    assert (
        store.declarations.count() == 1 and store.declarations.newest() == clock[0]
    )  # the old one went
    store.close()


def test_a_clock_ahead_at_start_deletes_nothing_within_retention_of_the_newest(
    tmp_path: Path,
) -> None:
    store = store_with(tmp_path / "kiosk.sqlite3", 30, 3, 0)
    # The kiosk PC boots a year ahead (no time sync yet).
    keeper = Housekeeper(
        FollowNothing(), store, tmp_path / "slips", 7, lambda: NOW + timedelta(days=365)
    )

    assert keeper.purge_expired() == 1  # only the one 30 days older than the newest
    assert store.declarations.count() == 2
    store.close()


def test_no_purge_when_the_clock_jumped_since_the_last_one(tmp_path: Path) -> None:
    store = store_with(tmp_path / "kiosk.sqlite3", 30, 0)
    clock = [NOW - timedelta(days=20)]  # a wrong clock at start: nothing is due by it
    ticks = [0.0]
    keeper = Housekeeper(FollowNothing(), store, tmp_path / "slips", 7, lambda: clock[0])
    keeper._monotonic = lambda: ticks[0]
    assert keeper.purge_expired() == 0

    clock[0] = NOW + timedelta(days=400)  # ... then set far ahead, a day later
    ticks[0] += 86400
    keeper()

    assert store.declarations.count() == 2
    assert keeper.purge_refused is not None and "jumped" in keeper.purge_refused
    store.close()


def test_a_clock_behind_the_newest_declaration_purges_nothing(tmp_path: Path) -> None:
    store = store_with(tmp_path / "kiosk.sqlite3", 30, 0)
    keeper = Housekeeper(
        FollowNothing(),
        store,
        tmp_path / "slips",
        7,
        lambda: NOW - timedelta(days=400),
    )

    assert keeper.purge_expired() == 0
    assert store.declarations.count() == 2  # a clock a year behind at boot deletes nothing
    store.close()


def test_half_written_slips_are_purged_with_the_old_ones(tmp_path: Path) -> None:
    old = [tmp_path / "20261101T100000Z-K7F-3QX.pdf", tmp_path / ".slip-abc.part"]
    new = tmp_path / "20261127T100000Z-K7F-3QY.pdf"
    for path in [*old, new]:
        path.write_bytes(b"%PDF")
    month_ago = (NOW - timedelta(days=30)).timestamp()
    for path in old:
        os.utime(path, (month_ago, month_ago))

    assert purge_slip_files(tmp_path, NOW - timedelta(days=7)) == 2
    assert [path.name for path in tmp_path.iterdir()] == [new.name]


def test_the_store_writes_with_full_durability(tmp_path: Path) -> None:
    """What "acknowledged" rests on: a commit is on disk before save() returns."""
    store = DeclarationStore(tmp_path / "kiosk.sqlite3")
    try:
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_staff_see_damaged_copies_a_refused_purge_and_pending_declarations(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    overrides = [f'kiosk.data_dir="{data}"', "printer.backend=folder"]
    build_kiosk(load_config(overrides=overrides, environ={})).store.close()
    damaged = data / "kiosk.sqlite3.damaged-20261201T101010Z"
    damaged.write_bytes(b"moved aside by an earlier start")  # IT has not dealt with it

    (data / "pending").mkdir()
    (data / "pending" / "s1.json").write_text("{}", encoding="utf-8")  # kept while locked
    kiosk = build_kiosk(load_config(overrides=overrides, environ={}))  # a later start
    kiosk.housekeeper.purge_refused = "the clock jumped by +31536000 s"
    faults = dict(kiosk.staff_desk.faults(datetime.now(UTC)))
    kiosk.store.close()

    assert faults["staff_fault_damaged"] == {"path": str(damaged)}
    assert faults["staff_fault_purge"] == {"reason": "the clock jumped by +31536000 s"}
    assert faults["staff_fault_pending"] == {"count": "1"}
