"""systemd's notify protocol, spoken to a socket of the test's own."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.services.watchdog import Watchdog


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(path))
    listener.settimeout(2)
    yield listener, str(path)
    listener.close()


def test_ready_pings_and_stopping_reach_systemd(systemd: tuple[socket.socket, str]) -> None:
    listener, path = systemd
    watchdog = Watchdog({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000"})

    assert watchdog.ready() and watchdog.ping() and watchdog.stopping()

    assert [listener.recv(64) for _ in range(3)] == [b"READY=1", b"WATCHDOG=1", b"STOPPING=1"]
    assert watchdog.ping_interval_ms == 10_000  # half of systemd's 20 s


def test_the_abstract_namespace_is_understood() -> None:
    name = f"kiosk-test-{os.getpid()}"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind("\0" + name)
    listener.settimeout(2)
    try:
        assert Watchdog({"NOTIFY_SOCKET": "@" + name}).ready()
        assert listener.recv(64) == b"READY=1"
    finally:
        listener.close()


def test_outside_systemd_nothing_is_sent_and_nothing_fails() -> None:
    watchdog = Watchdog({})
    assert not watchdog.enabled and watchdog.ping_interval_ms is None
    assert not watchdog.ping()


def test_a_watchdog_meant_for_another_process_is_not_pinged(
    systemd: tuple[socket.socket, str],
) -> None:
    _, path = systemd
    other = str(os.getpid() + 1)
    watchdog = Watchdog({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": other})
    assert watchdog.ping_interval_ms is None


def test_a_vanished_systemd_is_logged_not_raised(tmp_path: Path) -> None:
    assert not Watchdog({"NOTIFY_SOCKET": str(tmp_path / "gone")}).ready()
