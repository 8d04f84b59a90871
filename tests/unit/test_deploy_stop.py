"""`systemctl stop radiology-kiosk` stops the kiosk alone, by its PID, and waits for it.

The unit's own ExecStart and ExecStop lines run here, as systemd would run them, on a
process tree shaped like the kiosk PC's: a dummy cage (the unit's main process, whose
arguments name main.py) starting the unit's command for the kiosk, a dummy kiosk that
takes a while to finish a save after SIGTERM, and a command run by IT (or the nightly
backup) as the same user, also naming main.py. Only /opt/radiology-kiosk and the two
programs are replaced.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.unit.test_deploy_files import unit

SAVE_SECONDS = 1.5  # how long the dummy kiosk takes to finish its save after SIGTERM
INSTALLED = "/opt/radiology-kiosk"

DUMMY_KIOSK = """\
import os, signal, sys, time
role = "kiosk" if sys.argv[-2:] == ["run", "--kiosk"] else "cli"

def say(text):
    with open(os.path.join(os.environ["DUMMY_LOG"], role + ".log"), "a") as log:
        log.write(text + "\\n")

def stop(*_):
    say("SIGTERM")
    time.sleep(float(os.environ["DUMMY_SAVE_SECONDS"]))  # an acknowledged save ends
    say("saved")
    sys.exit(0)

signal.signal(signal.SIGTERM, stop)
say(f"ready {os.getpid()}")
while True:
    time.sleep(1)
"""

# cage runs its client and ends with it; SIGTERM ends the Wayland display at once, and
# the kiosk with it (its save cut short): here, SIGKILL.
DUMMY_CAGE = """\
import os, signal, subprocess, sys

def say(text):
    with open(os.path.join(os.environ["DUMMY_LOG"], "cage.log"), "a") as log:
        log.write(text + "\\n")

client = subprocess.Popen(sys.argv[sys.argv.index("--") + 1 :])

def stop(*_):
    say("SIGTERM while the kiosk " + ("runs" if client.poll() is None else "is gone"))
    client.kill()
    client.wait()
    sys.exit(1)

signal.signal(signal.SIGTERM, stop)
client.wait()
say("the kiosk exited")
"""


def systemd_argv(value: str, environ: Mapping[str, str]) -> list[str]:
    """A unit's command line as systemd runs it: lines ending in a backslash joined,
    words split by its quoting, `%%` and `$$` unescaped, `${NAME}` replaced, a word
    `$NAME` replaced and split (a `$NAME` inside a word stays for the shell)."""
    argv: list[str] = []
    for word in shlex.split(value.replace("\\\n", " ")):
        assert "%" not in word.replace("%%", ""), f"a specifier this test ignores: {word}"
        word = word.replace("%%", "%")
        whole = re.fullmatch(r"\$(\w+)", word)
        if whole:
            argv.extend(environ.get(whole[1], "").split())
            continue
        argv.append(
            re.sub(
                r"\$(\$|\{(\w+)\})",
                lambda m: "$" if m[1] == "$" else environ.get(m[2] or "", ""),
                word,
            )
        )
    return argv


def installed_at(root: Path, argv: list[str]) -> list[str]:
    """The same command with the kiosk installed at `root` and the dummy programs."""
    cage = root / "cage.py"
    out: list[str] = []
    for word in argv:
        if word == "/usr/bin/cage":
            out += [sys.executable, str(cage)]
        elif word == f"{INSTALLED}/.venv/bin/python":
            out.append(sys.executable)
        else:
            out.append(word.replace(INSTALLED, str(root)))
    return out


def wait_for(predicate: object, what: str, seconds: float = 10.0) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def read(path: Path) -> str:
    return path.read_text() if path.exists() else ""


class Tree:
    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "opt" / "radiology-kiosk"
        self.root.mkdir(parents=True)
        (self.root / "main.py").write_text(DUMMY_KIOSK)
        (self.root / "cage.py").write_text(DUMMY_CAGE)
        self.logs = tmp_path / "logs"
        self.logs.mkdir()
        self.runtime = tmp_path / "run" / "radiology-kiosk"
        self.runtime.mkdir(parents=True)
        self.environ = {
            **os.environ,
            "DUMMY_LOG": str(self.logs),
            "DUMMY_SAVE_SECONDS": str(SAVE_SECONDS),
            "RUNTIME_DIRECTORY": str(self.runtime),
        }
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, argv: list[str]) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(argv, env=self.environ)
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        return read(self.logs / f"{name}.log")

    def cli_run(self) -> subprocess.Popen[bytes]:
        cli = self.start(
            [
                sys.executable,
                str(self.root / "main.py"),
                "--config",
                "/etc/radiology-kiosk/kiosk.toml",
                "backup",
                "/var/backups/radiology-kiosk/kiosk-20261204T0230.sqlite3",
            ]
        )
        wait_for(lambda: "ready" in self.log("cli"), "the command run by IT")
        return cli

    def exec_stop(self, main_pid: int | None) -> tuple[subprocess.CompletedProcess[bytes], float]:
        service = unit("radiology-kiosk.service")["Service"]
        environ = dict(self.environ)
        environ.pop("MAINPID", None)
        if main_pid is not None:
            environ["MAINPID"] = str(main_pid)  # systemd sets it for ExecStop
        argv = installed_at(self.root, systemd_argv(service["ExecStop"], environ))
        began = time.monotonic()
        done = subprocess.run(argv, env=environ, timeout=120, check=False)
        return done, time.monotonic() - began


@pytest.fixture
def tree(tmp_path: Path) -> Iterator[Tree]:
    made = Tree(tmp_path)
    try:
        yield made
    finally:
        for process in made.processes:
            if process.poll() is None:
                process.kill()
            process.wait()


def test_stop_sends_sigterm_to_the_kiosk_alone_and_waits_for_its_save(tree: Tree) -> None:
    service = unit("radiology-kiosk.service")["Service"]
    cage = tree.start(installed_at(tree.root, systemd_argv(service["ExecStart"], tree.environ)))
    wait_for(lambda: "ready" in tree.log("kiosk"), "the kiosk under cage")
    kiosk_pid = int(tree.log("kiosk").split()[1])
    cli = tree.cli_run()
    pid_file = read(tree.runtime / "kiosk.pid")

    done, took = tree.exec_stop(main_pid=cage.pid)

    assert tree.log("kiosk").splitlines()[1:] == ["SIGTERM", "saved"]  # before ExecStop ended
    assert "SIGTERM" not in tree.log("cage")  # cage was left to end with its client
    assert cli.poll() is None and "SIGTERM" not in tree.log("cli")
    assert done.returncode == 0 and took >= SAVE_SECONDS
    assert cage.wait(timeout=10) == 0 and "the kiosk exited" in tree.log("cage")
    assert pid_file.strip() == str(kiosk_pid)  # the unit's shell wrote the kiosk's own PID


def test_stop_leaves_a_pid_that_is_no_longer_cages_kiosk_alone(tree: Tree) -> None:
    cli = tree.cli_run()
    other = tree.start(["sleep", "60"])  # cage, whose kiosk has gone
    # The kiosk's PID, left behind, now another program's: a command run as the kiosk user.
    (tree.runtime / "kiosk.pid").write_text(f"{cli.pid}\n")

    done, took = tree.exec_stop(main_pid=other.pid)

    assert done.returncode == 0 and took < 5
    assert cli.poll() is None and "SIGTERM" not in tree.log("cli")


@pytest.mark.parametrize("main_pid", [None, 1])
def test_stop_without_a_kiosk_does_nothing(tree: Tree, main_pid: int | None) -> None:
    cli = tree.cli_run()

    done, took = tree.exec_stop(main_pid=main_pid)  # no kiosk.pid: it never started

    assert done.returncode == 0 and took < 5
    assert cli.poll() is None and "SIGTERM" not in tree.log("cli")
