"""Kill a writer with SIGKILL at random moments; afterwards, check nothing acknowledged is lost.

    .venv/bin/python scripts/crash_loop.py DATABASE [--kills 1000] [--seed 1]

Each round forks a writer process that opens the kiosk's store (`DeclarationStore`, the
same code and settings as the kiosk: WAL, synchronous=FULL) and saves declarations one
after another, writing each reference to a pipe only once `save()` has returned: that is
the moment the kiosk tells a patient their answers are saved. The parent kills it with
SIGKILL after a random 0-25 ms: during the open, the integrity check, a migration or a
commit. Every other round counts those milliseconds from the writer's first acknowledged
save, so that on a loaded machine too the kills fall between and inside writes. Then it
checks, with a connection of its own, that `quick_check` is ok and that
every acknowledged reference is stored exactly once, and prints a JSON summary.
Exit code 0: nothing lost; 1: a loss or damage (the summary says which).

The parent stays single-threaded, so forking is safe. The test suite runs it with 200
kills; run it with 1000 or more before a release.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.patient.declaration import Declaration
from kiosk.records.store import DeclarationStore

ANSWERS = {"for_whom": "self", "anticoagulants": "no", "allergy": "yes"}


def write_forever(path: Path, round_number: int, acknowledged: int) -> None:
    """The child: save declarations until killed; report each one once it is committed."""
    store = DeclarationStore(path)
    number = 0
    while True:
        declaration = Declaration(
            session_id=f"{round_number}-{number}",
            language="fr",
            last_name="Crash",
            first_name=f"Test {number}",
            birth_date=date(1950, 1, 1),
            answers=ANSWERS,
            questionnaire_version="crash-loop",
            submitted_at=datetime.now(UTC),
        )
        saved = store.declarations.save(declaration, ["allergy"])
        os.write(acknowledged, f"{saved.reference}\n".encode())
        number += 1


def one_round(path: Path, round_number: int, wait: float, *, after_first: bool) -> list[str]:
    """One writer, killed `wait` seconds after it started, or (`after_first`) after its
    first acknowledged save: a loaded machine (a slow open, slow fsyncs) then still has
    its writer killed mid-work, not always before it wrote anything."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(reader)
        try:
            write_forever(path, round_number, writer)
        finally:
            os._exit(1)
    os.close(writer)
    received = b""
    if after_first:
        deadline = time.monotonic() + 30
        while b"\n" not in received and time.monotonic() < deadline:
            ready, _, _ = select.select([reader], [], [], 1.0)
            if ready:
                chunk = os.read(reader, 65536)
                if not chunk:
                    break
                received += chunk
    time.sleep(wait)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(reader, 65536):
        received += chunk
    os.close(reader)
    # A line cut by the kill was never acknowledged in full: only whole lines count.
    return [line for line in received.decode().split("\n")[:-1] if line]


def check(path: Path, acknowledged: list[str]) -> dict[str, object]:
    db = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in db.execute("PRAGMA quick_check")]
        stored: dict[str, int] = {}
        for (reference,) in db.execute("SELECT reference FROM declarations"):
            stored[reference] = stored.get(reference, 0) + 1
    finally:
        db.close()
    codes = [reference.replace("-", "") for reference in acknowledged]
    lost = [code for code in codes if stored.get(code, 0) == 0]
    repeated = [code for code in codes if stored.get(code, 0) > 1]
    return {
        "integrity": integrity,
        "acknowledged": len(codes),
        "stored": sum(stored.values()),
        "lost": lost,
        "stored_twice": repeated,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--longest-ms", type=float, default=25.0)
    arguments = parser.parse_args()
    chance = random.Random(arguments.seed)
    acknowledged: list[str] = []
    started = time.perf_counter()
    for round_number in range(arguments.kills):
        wait = chance.uniform(0, arguments.longest_ms / 1000)
        after_first = round_number % 2 == 1  # every other round: killed mid-work for sure
        acknowledged += one_round(arguments.database, round_number, wait, after_first=after_first)
    summary = check(arguments.database, acknowledged)
    summary["kills"] = arguments.kills
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(summary))
    ok = summary["integrity"] == ["ok"] and not summary["lost"] and not summary["stored_twice"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
