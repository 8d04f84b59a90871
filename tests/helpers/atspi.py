"""The real kiosk on a private X server and private D-Bus and AT-SPI buses, driven from
another process through AT-SPI, as a screen reader would drive it.

    with KioskA11y(workdir) as kiosk:
        kiosk.driver.call("press", id="next")

Start order (each step waits for the previous one to be ready, never a blind sleep):
 1. Xvfb -displayfd: Xvfb picks a free display and writes its number once it accepts
    connections.
 2. A private session bus (dbus-daemon with no service activation): nothing touches the
    machine's own session.
 3. at-spi-bus-launcher --launch-immediately on that bus; wait until
    org.a11y.Bus.GetAddress answers. at-spi2-registryd is started by the bus for the
    first client.
 4. `main.py run` with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and AT_SPI_BUS_ADDRESS.
 5. tests/helpers/atspi_driver.py under the system Python (python3-pyatspi), by pid;
    its first step waits until the kiosk is registered with a showing window.
Teardown is the reverse, each process by its pid: SIGTERM, wait, reap. Debian packages:
xvfb, python3-pyatspi, at-spi2-core, dbus-daemon, dbus-bin (scripts/setup.sh test).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"  # has python3-pyatspi; the venv has not
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
DRIVER = HERE / "atspi_driver.py"

# What must not leak in from the caller's session (real bus, real display...).
SCRUBBED = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "AT_SPI_BUS_ADDRESS",
    "XDG_RUNTIME_DIR",
    "XAUTHORITY",
    "QT_QPA_PLATFORM",
    "QT_ACCESSIBILITY",
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON",
    "NO_AT_BRIDGE",
    "GTK_MODULES",
    "SESSION_MANAGER",
    "KIOSK_CONFIG",
)


def missing_tools() -> list[str]:
    """What this machine lacks to run the harness (empty: it can)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


SESSION_CONF = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>  <!-- required; the command line address replaces it -->
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class HarnessError(Exception):
    pass


class LineReader:
    """Lines from a child's pipe, each with a deadline (a hung child must not hang us).
    Reads the raw fd with select(); keeps what came after the line for the next call."""

    def __init__(self, stream) -> None:
        self.fd = stream if isinstance(stream, int) else stream.fileno()
        self.buffer = b""

    def line(self, timeout: float, what: str) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise HarnessError(f"timed out waiting for {what}")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise HarnessError(f"{what}: the process closed its output ({self.buffer!r})")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode().strip()


class Driver:
    """The venv side of driver.py's `script` mode: one request, one JSON reply."""

    def __init__(self, env: dict[str, str], pid: int, log_path: Path, timeout: float = 10.0):
        argv = [SYSTEM_PYTHON, str(DRIVER), "--pid", str(pid)]
        argv += ["--timeout", str(timeout), "script"]
        with open(log_path, "wb") as log:  # the child keeps its own copy of the fd
            self.process = subprocess.Popen(
                argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env
            )
        self._replies = LineReader(self.process.stdout)

    def call(
        self, op: str, reply_timeout: float = 60.0, check: bool = True, **step: Any
    ) -> dict[str, Any]:
        """Send one step, return its JSON result; HarnessError if it failed and check."""
        step["op"] = op
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(step) + "\n").encode())
        self.process.stdin.flush()
        reply: dict[str, Any] = json.loads(self._replies.line(reply_timeout, f"driver {op}"))
        if check and not reply.get("ok"):
            raise HarnessError(f"driver step {step} failed: {reply.get('error')}")
        return reply

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.call("quit", reply_timeout=5, check=False)
                self.process.stdin.close()  # type: ignore[union-attr]
                self.process.wait(5)
            except (HarnessError, OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


class KioskA11y:
    """Xvfb + private session bus + AT-SPI bus + the kiosk + a driver, as one unit.

    kiosk_env: environment changes for the kiosk only; a None value removes a variable
    (e.g. {"AT_SPI_BUS_ADDRESS": None}).
    reap_orphans: make this process a "child subreaper" (Linux prctl) so that the two
    processes we do not spawn ourselves, the accessibility bus's dbus-daemon (whose
    parent, at-spi-bus-launcher, exits without waiting for it) and at-spi2-registryd
    (D-Bus-activated, detached), are re-parented to us and reaped in stop(); without
    it they stay as <defunct> entries until init reaps them. In a pytest process this
    also adopts every other orphan of the session; leave it off there if that matters.
    """

    def __init__(
        self,
        workdir: Path | None = None,
        screen: str = "1080x1920x24",
        settings: tuple[str, ...] = ("printer.backend=folder",),
        qt_always_on: bool = True,
        kiosk_env: dict[str, str | None] | None = None,
        launcher_args: tuple[str, ...] = ("--launch-immediately",),
        start_timeout: float = 20.0,
        reap_orphans: bool = False,
    ):
        self.own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kiosk-a11y-"))
        self.screen = screen
        self.settings = settings
        self.qt_always_on = qt_always_on
        self.kiosk_env = dict(kiosk_env or {})
        self.launcher_args = launcher_args
        self.start_timeout = start_timeout
        self.reap_orphans = reap_orphans
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.orphans: dict[str, int] = {}  # started on our behalf, not by us
        self.env: dict[str, str] = {}
        self.timings: dict[str, float] = {}
        self.driver: Driver | None = None
        self.kiosk: subprocess.Popen[bytes] | None = None

    # -- start -------------------------------------------------------------------------

    def _spawn(self, name: str, argv: list[str], **kwargs) -> subprocess.Popen[bytes]:
        with open(self.workdir / f"{name}.log", "wb") as log:  # the child keeps a copy
            kwargs.setdefault("stdout", log)
            process = subprocess.Popen(argv, stderr=log, stdin=subprocess.DEVNULL, **kwargs)
        self.processes.append((name, process))
        return process

    def _mark(self, label: str, since: float) -> None:
        self.timings[label] = round(time.monotonic() - since, 3)

    def start(self) -> KioskA11y:
        t0 = time.monotonic()
        if self.reap_orphans:
            _become_subreaper()
        runtime = self.workdir / "run"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = self.workdir / "data"
        data.mkdir(exist_ok=True)
        base = {k: v for k, v in os.environ.items() if k not in SCRUBBED}

        # 1. Xvfb on a display it chooses itself (no race on a guessed number).
        read_fd, write_fd = os.pipe()
        self._spawn(
            "xvfb",
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        try:
            display = ":" + LineReader(read_fd).line(self.start_timeout, "Xvfb's display")
        finally:
            os.close(read_fd)
        self._mark("xvfb", t0)

        # 2. A private session bus, its socket in our own runtime dir. Its config has NO
        #    service directories: nothing is D-Bus-activated on it. (With the stock
        #    session.conf, asking org.a11y.Bus before our launcher owns the name makes
        #    dbus-daemon activate a SECOND at-spi-bus-launcher.)
        config = self.workdir / "session.conf"
        config.write_text(SESSION_CONF)
        bus = self._spawn(
            "dbus-session",
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--print-address=1",
                f"--address=unix:path={runtime / 'bus'}",
            ],
            stdout=subprocess.PIPE,
            env=base,
        )
        address = LineReader(bus.stdout).line(self.start_timeout, "the session bus address")
        self._mark("session_bus", t0)

        self.env = {
            **base,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            # at-spi-bus-launcher puts the accessibility bus socket in
            # $XDG_RUNTIME_DIR/at-spi/bus_<display>; keep it private too.
            "XDG_RUNTIME_DIR": str(runtime),
        }

        # 3. The accessibility bus (a dbus-daemon child of the launcher).
        launcher = self._spawn(
            "at-spi-bus-launcher", [BUS_LAUNCHER, *self.launcher_args], env=self.env
        )
        a11y_address = self._wait_a11y_bus()
        self.env["AT_SPI_BUS_ADDRESS"] = a11y_address  # for the driver: no guessing
        for pid in _children(launcher.pid):
            self.orphans["a11y dbus-daemon"] = pid
        self._mark("a11y_bus", t0)

        # 4. The kiosk.
        # Qt connects to the accessibility bus, and turns its AT-SPI bridge on, when
        # AT_SPI_BUS_ADDRESS is set; without it, it asks org.a11y.Bus on the session bus
        # and only turns on if org.a11y.Status.IsEnabled (false here) or
        # QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. Set both: either alone works (NOTES.md).
        kiosk_env = {**self.env, "QT_QPA_PLATFORM": "xcb"}
        if self.qt_always_on:
            kiosk_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        for key, value in self.kiosk_env.items():  # a None value removes the variable
            if value is None:
                kiosk_env.pop(key, None)
            else:
                kiosk_env[key] = value
        argv = [sys.executable, "main.py", "--set", f"kiosk.data_dir={data}"]
        for setting in self.settings:
            argv += ["--set", setting]
        argv.append("run")
        t_kiosk = time.monotonic()
        self.kiosk = self._spawn("kiosk", argv, cwd=REPO, env=kiosk_env)

        # 5. The driver, and the kiosk's window in the accessibility tree.
        self.driver = Driver(self.env, self.kiosk.pid, self.workdir / "driver.log")
        try:
            self.driver.call("wait_app", timeout=self.start_timeout)
        except HarnessError as error:
            raise HarnessError(f"{error}\nkiosk.log:\n{self.log('kiosk')}") from None
        self._mark("kiosk_registered_after_spawn", t_kiosk)
        self._mark("total_to_app", t0)
        registry = self.registry_pid()  # activated by the kiosk's registration
        if registry is not None:
            self.orphans["at-spi2-registryd"] = registry
        return self

    def _wait_a11y_bus(self) -> str:
        deadline = time.monotonic() + self.start_timeout
        while True:
            reply = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply=literal",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                ],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=10,
            )
            if reply.returncode == 0 and reply.stdout.strip():
                return reply.stdout.strip()
            if time.monotonic() > deadline:
                raise HarnessError(f"org.a11y.Bus never answered: {reply.stderr.strip()}")
            # Until the launcher owns the name: org.freedesktop.DBus.Error.ServiceUnknown.
            time.sleep(0.05)

    def registry_pid(self) -> int | None:
        """at-spi2-registryd's pid, asked of the accessibility bus (it is not our child)."""
        reply = subprocess.run(
            [
                "dbus-send",
                f"--bus={self.env['AT_SPI_BUS_ADDRESS']}",
                "--print-reply=literal",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                "string:org.a11y.atspi.Registry",
            ],
            capture_output=True,
            text=True,
            timeout=10,
        )
        words = reply.stdout.split()
        return int(words[-1]) if reply.returncode == 0 and words else None

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- stop --------------------------------------------------------------------------

    def stop(self) -> dict[str, object]:
        """Driver, kiosk, launcher, session bus, Xvfb: SIGTERM each (SIGKILL after 10 s)
        and reap it; then wait for the two orphans, which leave by themselves once their
        bus is gone (SIGTERM by pid if not). Returns every exit status."""
        if "AT_SPI_BUS_ADDRESS" in self.env and "at-spi2-registryd" not in self.orphans:
            try:  # start() failed before asking: the driver may have activated it
                registry = self.registry_pid()
                if registry is not None:
                    self.orphans["at-spi2-registryd"] = registry
            except (OSError, subprocess.SubprocessError):
                pass
        if self.driver is not None:
            self.driver.close()
            self.driver = None
        statuses: dict[str, object] = {}
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process.stdout is not None:
                process.stdout.close()
            statuses[name] = process.returncode
        for name, pid in self.orphans.items():
            statuses[name] = _finish_orphan(pid)
        self.processes.clear()
        self.orphans.clear()
        if self.own_workdir and os.environ.get("KEEP_WORKDIR") != "1":
            shutil.rmtree(self.workdir, ignore_errors=True)
        return statuses

    def __enter__(self) -> KioskA11y:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def _become_subreaper() -> None:
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(word) for word in handle.read().split()]
    except FileNotFoundError:
        return []


def _finish_orphan(pid: int, timeout: float = 5.0) -> str:
    """Wait for a process we did not spawn to end; reap it if it became our child."""
    deadline = time.monotonic() + timeout
    signalled = False
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)  # -N: killed by signal N
                return f"reaped (exit {code})" + (" after our SIGTERM" if signalled else "")
        except ChildProcessError:  # not ours (no subreaper): it is init's to reap
            if not _alive(pid):
                return "exited" + (" after our SIGTERM" if signalled else "")
        if time.monotonic() > deadline:
            if signalled:
                return "STILL RUNNING"
            os.kill(pid, signal.SIGTERM)
            signalled, deadline = True, time.monotonic() + timeout
        time.sleep(0.02)


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (a zombie is reaped by init)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
