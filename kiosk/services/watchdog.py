"""systemd's notify protocol, without a dependency: READY, WATCHDOG pings, STOPPING.

Under a unit with `Type=notify` and `WatchdogSec=`, systemd passes `NOTIFY_SOCKET` (a
datagram socket; a leading "@" is Linux's abstract namespace) and `WATCHDOG_USEC`. The
kiosk pings from a timer on the GUI thread, so a frozen screen stops the pings and
systemd restarts the kiosk. Outside systemd every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class Watchdog:
    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        environ = os.environ if environ is None else environ
        address = environ.get("NOTIFY_SOCKET", "")
        self._address = "\0" + address[1:] if address.startswith("@") else address
        usec = environ.get("WATCHDOG_USEC", "")
        pid = environ.get("WATCHDOG_PID", "")
        for_us = not pid or pid == str(os.getpid())
        self._timeout_usec = int(usec) if usec.isdigit() and for_us else 0

    @property
    def enabled(self) -> bool:
        return bool(self._address)

    @property
    def ping_interval_ms(self) -> int | None:
        """How often to ping: half of systemd's timeout; None without a watchdog."""
        if not self._address or not self._timeout_usec:
            return None
        return max(50, self._timeout_usec // 2000)

    def notify(self, message: str) -> bool:
        if not self._address:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self._address)
                sock.sendall(message.encode())
        except OSError as error:  # systemd gone or restarting: nothing to do but say so
            log.warning("systemd notify %r failed: %s", message, error)
            return False
        return True

    def ready(self) -> bool:
        return self.notify("READY=1")

    def ping(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")
