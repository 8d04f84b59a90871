"""What the card reader service reported, waited for without sleeping blindly."""

from __future__ import annotations

import queue
import time
from typing import TypeVar

from kiosk.identity.reader import CardEvent, ReaderChanged, ReaderState

E = TypeVar("E")


class Reports:
    def __init__(self) -> None:
        self.events: queue.Queue[tuple[float, CardEvent]] = queue.Queue()
        self.seen: list[CardEvent] = []

    def __call__(self, event: CardEvent) -> None:
        self.events.put((time.monotonic(), event))

    def wait_for(self, kind: type[E], timeout: float = 5.0) -> tuple[float, E]:
        """The next report of `kind` (and when it came); the others are kept in `seen`."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {kind.__name__} within {timeout} s; saw {self.seen}")
            try:
                at, event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(event)
            if isinstance(event, kind):
                return at, event

    def wait_state(self, state: ReaderState, timeout: float = 5.0) -> None:
        while True:
            _, changed = self.wait_for(ReaderChanged, timeout)
            if changed.state is state:
                return
