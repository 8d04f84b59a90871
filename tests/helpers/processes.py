"""Test servers run as process groups (a server and the workers it starts): ended
together, politely first."""

from __future__ import annotations

import os
import signal
import subprocess


def end_group(
    process: subprocess.Popen[bytes] | subprocess.Popen[str] | None, grace: float
) -> None:
    """SIGTERM to the process's group, SIGKILL after `grace` seconds; nothing if it is
    already gone. The process must have been started with `start_new_session=True`."""
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
