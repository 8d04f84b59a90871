"""The slow kiosk PC profile: a command run in a cgroup v1 CPU quota, a quarter of one core
(2.5 ms of CPU in every 10 ms period), as a cheap fanless kiosk PC has a fraction of this
machine's core. Everything the command starts (the start figure's processes, the worker
thread) shares the same quota."""

from __future__ import annotations

import errno
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

QUOTA_US = 2500
PERIOD_US = 10_000
# Where cgroup v1 mounts its cpu controller; the test of the refusal points it elsewhere.
CPU_CONTROLLER = Path(os.environ.get("KIOSK_BENCH_CPU_CGROUP", "/sys/fs/cgroup/cpu"))


class Refused(Exception):
    """The slow profile cannot run here: the message says why."""


def check_can_run() -> None:
    if os.geteuid() != 0:
        raise Refused(
            f"--slow-pc needs root to create a CPU cgroup (running as uid {os.geteuid()}): "
            "run it with sudo"
        )
    if not (CPU_CONTROLLER / "cpu.cfs_quota_us").is_file():
        raise Refused(
            f"--slow-pc needs the cgroup v1 cpu controller, mounted at {CPU_CONTROLLER} "
            "(no cpu.cfs_quota_us there); this machine has none"
        )


@contextmanager
def cpu_quota(quota_us: int = QUOTA_US, period_us: int = PERIOD_US) -> Iterator[Path]:
    """A new CPU cgroup with this quota, removed afterwards, even on error: whatever is
    still in it then is killed first (only what was put in it, the benchmark's processes)."""
    check_can_run()
    cgroup = CPU_CONTROLLER / f"kiosk-bench-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        cgroup.mkdir()
    except OSError as error:
        raise Refused(f"--slow-pc could not create the cgroup {cgroup}: {error}") from None
    try:
        try:
            (cgroup / "cpu.cfs_period_us").write_text(f"{period_us}\n")
            (cgroup / "cpu.cfs_quota_us").write_text(f"{quota_us}\n")
        except OSError as error:
            raise Refused(f"--slow-pc could not set the quota in {cgroup}: {error}") from None
        yield cgroup
    finally:
        remove(cgroup)


def remove(cgroup: Path) -> None:
    for _ in range(50):
        try:
            pids = (cgroup / "cgroup.procs").read_text().split()
        except FileNotFoundError:
            return
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)
        try:
            cgroup.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError as error:
            if error.errno != errno.EBUSY:
                break
        time.sleep(0.1)
    print(f"--slow-pc: could not remove the cgroup {cgroup}; rmdir it by hand", file=sys.stderr)


def run_in_quota(command: Sequence[str]) -> int:
    """Run the command in a new quarter-core cgroup and return its exit status. A shell
    writes its own PID to the cgroup, then execs the command: nothing of the command runs
    outside the quota."""
    with cpu_quota() as cgroup:
        wrapper = ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', str(cgroup / "cgroup.procs")]
        process = subprocess.Popen([*wrapper, *command])
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.kill()
            process.wait()
            return 130


def own_quota() -> str:
    """The CPU quota of this process's cgroup, for the report's machine line; Refused if
    there is none (a slow-profile table must not be measured at full speed)."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if "cpu" in controllers.split(","):
            folder = CPU_CONTROLLER / path.lstrip("/")
            quota = int((folder / "cpu.cfs_quota_us").read_text())
            period = int((folder / "cpu.cfs_period_us").read_text())
            if quota > 0:
                return (
                    f"in a cgroup v1 CPU quota of {quota} µs per {period} µs period "
                    f"({quota / period:.2f} of one core)"
                )
    raise Refused("this process is not in a CPU quota: run the slow profile with --slow-pc")
