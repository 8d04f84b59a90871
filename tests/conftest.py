"""Shared by every tier: Qt runs offscreen, so the tests need no display; `cups` is a
real CUPS daemon of the test's own."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.cups import PrivateCups, cups_available
from tests.helpers.pcsc import SOCKET as PCSC_SOCKET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PC/SC clients of this test run (pyscard, a kiosk started by a test) talk to the private
# pcscd of tests/helpers/pcsc.py, never to the machine's; libpcsclite reads it once.
os.environ["PCSCLITE_CSOCK_NAME"] = str(PCSC_SOCKET)


@pytest.fixture
def cups() -> Iterator[PrivateCups]:
    """A started cupsd of this test's own, on a socket under /tmp; stopped and removed after.

    It has no queue yet: `cups.add_pdf_queue(name, path)`. Point clients at it with
    `env=cups.client_env()`, or `cups.patch_environ(monkeypatch)` for code that inherits
    os.environ. Skips, saying why, where a private cupsd cannot run (not root, no CUPS).
    Starting and stopping take some 30 ms, so each test gets a fresh one.
    """
    reason = cups_available()
    if reason is not None:
        pytest.skip(f"no private CUPS daemon: {reason}")
    with PrivateCups() as server:
        yield server
