"""A private PC/SC stack: pcscd in the foreground with vpcd's virtual reader, and a test
card process (tests/helpers/vpcd_card.py) behind it. No hardware.

Debian 12's pcscd always serves /run/pcscd/pcscd.comm (the client library alone honours
PCSCLITE_CSOCK_NAME), so each pcscd runs in a mount namespace of its own where
/run/pcscd is a folder of the test's: tests run side by side with another pcscd on the
machine. The client side reads PCSCLITE_CSOCK_NAME once per process (libpcsclite keeps
the first answer): tests/conftest.py points it, for the whole test run, at SOCKET_DIR.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SOCKET_DIR = Path(f"/tmp/kiosk-pcsc-{os.getpid()}")
SOCKET = SOCKET_DIR / "pcscd.comm"
ROOT = Path(__file__).resolve().parents[2]


def pcsc_available() -> str | None:
    """None when the private stack can run here, else why not."""
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (apt-get install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd driver is not installed (apt-get install vsmartcard-vpcd)"
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return "a private pcscd needs root and unshare (its socket path is fixed)"
    try:
        import smartcard  # noqa: F401
    except ImportError:
        return "pyscard is not installed"
    return None


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port + 1), timeout=0.2).close()
    except OSError:
        return False
    return True


def _free_port_pair() -> int:
    for _ in range(50):
        port = random.randrange(20000, 60000, 2)
        sockets = []
        try:
            for each in (port, port + 1):
                probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sockets.append(probe)
                probe.bind(("127.0.0.1", each))
            return port
        except OSError:
            continue
        finally:
            for probe in sockets:
                probe.close()
    raise RuntimeError("no two free ports in a row")


class VirtualReader:
    """`with VirtualReader(tmp_path) as reader:` a card slot, pcscd serving it."""

    def __init__(self, folder: Path, plugged_in: bool = True) -> None:
        """`plugged_in` False: pcscd runs with no reader at all."""
        self.folder = folder
        self.plugged_in = plugged_in
        self.port = _free_port_pair()
        self.card: subprocess.Popen[str] | None = None
        self.pcscd: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> VirtualReader:
        self.card = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.vpcd_card", str(self.port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.card.stdout is not None
        assert self.card.stdout.readline().strip() == "ready"
        self.start_pcscd()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop_pcscd()
        shutil.rmtree(SOCKET_DIR, ignore_errors=True)  # its socket and pid file
        if self.card is not None:
            self.card.kill()
            self.card.wait()
            for stream in (self.card.stdin, self.card.stdout):
                if stream is not None:
                    stream.close()

    def start_pcscd(self) -> None:
        SOCKET_DIR.mkdir(mode=0o755, exist_ok=True)
        for leftover in SOCKET_DIR.iterdir():
            leftover.unlink()
        conf = self.folder / "reader.conf"
        conf.write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME /dev/null:0x{self.port:X}\n"
            f"LIBPATH {VPCD_DRIVER}\n"
            f"CHANNELID 0x{self.port:X}\n"
            if self.plugged_in
            else "\n"
        )
        Path("/run/pcscd").mkdir(exist_ok=True)
        log = (self.folder / "pcscd.log").open("ab")
        self.pcscd = subprocess.Popen(
            [
                "unshare",
                "--mount",
                "sh",
                "-c",
                f'mount --bind "{SOCKET_DIR}" /run/pcscd && exec pcscd --foreground '
                f'--config "{conf}"',
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 10
        while not SOCKET.exists() or (self.plugged_in and not _listening(self.port)):
            if self.pcscd.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"pcscd did not start: {(self.folder / 'pcscd.log').read_text()}"
                )
            time.sleep(0.02)

    def stop_pcscd(self) -> None:
        if self.pcscd is not None and self.pcscd.poll() is None:
            self.pcscd.terminate()
            try:
                self.pcscd.wait(5)
            except subprocess.TimeoutExpired:
                self.pcscd.kill()
                self.pcscd.wait()
        self.pcscd = None

    def _say(self, line: str) -> None:
        assert self.card is not None and self.card.stdin is not None
        assert self.card.stdout is not None
        self.card.stdin.write(line + "\n")
        self.card.stdin.flush()
        assert self.card.stdout.readline().strip() == "ok"

    def insert(self, identity: bytes) -> None:
        self._say(f"insert {identity.hex()}")

    def insert_other_card(self) -> None:
        self._say("insert-other")

    def insert_upside_down(self) -> None:
        self._say("insert-mute")

    def remove(self) -> None:
        self._say("remove")

    def remove_after(self, commands: int) -> None:
        """The card is pulled out after `commands` more commands (mid-read)."""
        self._say(f"remove-after {commands}")

    def slow(self, seconds: float) -> None:
        self._say(f"slow {seconds}")
