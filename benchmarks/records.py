"""What the kiosk writes: 4. the slip, in memory, and 6. the store with many
declarations."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.figures import Row, spread
from benchmarks.patient import ANSWERS
from kiosk.assembly import Kiosk
from kiosk.content.questionnaire import Group
from kiosk.patient.declaration import Declaration
from kiosk.records.store import DeclarationStore
from kiosk.resources import resource_path


def bench_slip(kiosk: Kiosk, runs: int) -> list[Row]:
    from kiosk.printing.slip import SlipRenderer

    staff = kiosk.content.language("fr")
    renderer = SlipRenderer(
        kiosk.questionnaire,
        staff,
        "Hôpital",
        "Radiologie",
        "receipt80",
        resource_path("fonts"),
        lambda code: code,
    )
    declaration = sample_declaration(0)
    renderer.render(declaration, "K7F-3QX")  # fonts and caches: not measured

    def timed(render: Callable[[], bytes]) -> list[float]:
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            render()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    def without_qr() -> bytes:
        """The same slip without the reference block (the reference and its QR code)."""
        record = renderer.clinical.record(declaration)
        story = [
            *renderer.header(declaration),
            *renderer.identity(declaration, record),
            *renderer.summary(record),
            *renderer.section(record, Group.DECLARATION, "declarations"),
            *renderer.section(record, Group.PRACTICAL, "other_answers"),
        ]
        return renderer.build(story, "K7F-3QX").data

    with_qr = timed(lambda: renderer.render(declaration, "K7F-3QX").data)
    text_only = timed(without_qr)
    median = statistics.median(with_qr)
    return [
        Row(
            "slip render with QR code, in memory",
            "ms",
            *spread(with_qr),
            "≤ 5 ms",
            f"the same slip without reference and QR {statistics.median(text_only):.1f} ms",
            median / statistics.median(text_only),
            "met" if median <= 5 else "missed",
        )
    ]


def sample_declaration(number: int, when: datetime | None = None) -> Declaration:
    return Declaration(
        session_id=f"bench-{number}",
        language="fr",
        last_name="Peeters",
        first_name="An",
        birth_date=datetime(1950, 1, 2).date(),
        answers={"for_whom": "self", **{key: value for key, value in ANSWERS.items()}},
        questionnaire_version="bench",
        submitted_at=when or datetime.now(UTC),
    )


def bench_store(data: Path, rows: int, runs: int) -> list[Row]:
    path = data / "store" / "kiosk.sqlite3"
    store = DeclarationStore(path)
    store.close()
    now = datetime.now(UTC)
    per_day = 400  # a busy department: 400 a day, so `rows` spans rows/400 days
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO declarations (session_id, reference, created_at, language, for_whom, "
            "last_name, first_name, birth_date, answers, questionnaire_version, flags, "
            "flag_count) VALUES (?, ?, ?, 'fr', 'self', 'Peeters', 'An', '1950-01-02', "
            "'{\"allergy\": \"yes\"}', 'bench', '[\"allergy\"]', 1)",
            (
                (
                    f"bulk-{number}",
                    f"B{number:09d}",
                    (now - timedelta(days=number // per_day, seconds=number % per_day)).isoformat(),
                )
                for number in range(rows)
            ),
        )
    db.close()
    store = DeclarationStore(path)
    saves = []
    for number in range(runs):
        started = time.perf_counter()
        store.declarations.save(sample_declaration(number), ["allergy"])
        saves.append((time.perf_counter() - started) * 1000)
    today: list[float] = []
    start = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    for _ in range(runs):
        started = time.perf_counter()
        listed = store.declarations.summaries(start, start + timedelta(days=1))
        today.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    purged = store.declarations.purge(now - timedelta(days=rows // per_day - 1))  # one day's worth
    purge_ms = (time.perf_counter() - started) * 1000
    store.close()
    # Baseline: the same insert, with the same durability, in a bare table.
    bare = sqlite3.connect(data / "store" / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    bare_saves = []
    for number in range(runs):
        started = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t (body) VALUES (?)", (f"row {number}",))
        bare.execute("COMMIT")
        bare_saves.append((time.perf_counter() - started) * 1000)
    bare.close()
    save_median = statistics.median(saves)
    return [
        Row(
            f"save one declaration, synchronous=FULL ({rows:,} stored)",
            "ms",
            *spread(saves),
            "(reported)",
            f"bare WAL+FULL insert {statistics.median(bare_saves):.2f} ms",
            save_median / statistics.median(bare_saves),
        ),
        Row(
            f"staff 'today' list ({len(listed)} rows of {rows:,})",
            "ms",
            *spread(today),
            "≤ 10 ms",
            "",
            statistics.median(today) / 10,
            "met" if statistics.median(today) <= 10 else "missed",
        ),
        Row(
            f"purge one day ({purged} declarations, secure_delete)",
            "ms",
            purge_ms,
            purge_ms,
            purge_ms,
            "(reported)",
        ),
    ]
