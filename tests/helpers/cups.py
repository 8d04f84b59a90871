"""A real CUPS daemon of the test's own, so printing is tested against the real thing.

`PrivateCups` writes a cupsd.conf and a cups-files.conf into a fresh folder under /tmp,
runs `cupsd -f` on them as a child process and talks to it only through a Unix socket in
that folder: clients find it through `CUPS_SERVER` (see `PrivateCups.env`). Nothing
listens on port 631 and nothing in /etc/cups is read or written, so a system cupsd, if
one runs, is neither used nor disturbed.

Queues made by `add_pdf_queue` print to a file: the Generic PDF Printer PPD of
cups-filters (its PJL wrapper removed), so the file is the PDF that a real printer would
have been sent, and pypdf reads its text back.

Needs root (cupsd changes to user lp to run the filters) and Debian's `cups` package.
`cups_available()` says why not, for a skip.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, Protocol, Self

import kiosk.printing.cups as cups_client

WhichJobs = Literal["all", "completed", "not-completed"]

INSTALL_HINT = "apt-get install -y --no-install-recommends cups"
# cups-filters' "Generic PDF Printer", where Debian 12 has it; elsewhere, searched for.
GENERIC_PDF_PPD = Path("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd")
PPD_DIRS = (Path("/usr/share/ppd"), Path("/usr/share/cups/model"))
FILTER_DIR = Path("/usr/lib/cups/filter")
SBIN_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
# The client variables that could send a job elsewhere than where the test said.
CLIENT_VARIABLES_TO_CLEAR = ("PRINTER", "LPDEST")
# cupsd passes little of its environment on to filters; they need no more than this.
DAEMON_ENV = {"PATH": SBIN_PATH, "LANG": "C.UTF-8"}
# Every command is bounded: CUPS answers these in milliseconds.
COMMAND_TIMEOUT = 15.0
# What cupsd makes a job's job-printer-state-message when it collects a failed filter's
# exit status before it has read the filter's last "ERROR:" line: which of the two comes
# first is a race inside cupsd (SIGCHLD against its read of the filters' stderr pipe).
# The error read afterwards is logged but never copied into the message (CUPS 2.4:
# scheduler/main.c sets the job's status level to error with "Filter failed", and
# scheduler/job.c's update_job copies a message only while the level is above error).
FILTER_FAILED = "Filter failed"
# A file: URI that lpadmin takes as it is, and cupsd opens as it is.
SAFE_PATH = re.compile(r"/[A-Za-z0-9_./+-]+")

# cups-daemon, cups-client, and cups-ipp-utils (ipptool, for the jobs' states).
TOOLS = (
    "cupsd",
    "lpadmin",
    "lpstat",
    "lp",
    "cupsenable",
    "cupsdisable",
    "cupsaccept",
    "cupsreject",
    "ipptool",
)


class CupsError(RuntimeError):
    """A CUPS command failed, or the daemon did not come up."""


class _MonkeyPatch(Protocol):
    """What `patch_environ` uses of pytest's monkeypatch fixture."""

    def setenv(self, name: str, value: str, prepend: str | None = None) -> None: ...

    def delenv(self, name: str, raising: bool = True) -> None: ...


@dataclass(frozen=True)
class Job(cups_client.Job):
    """A job as the kiosk reads it over IPP, with what a test waits for."""

    @property
    def done(self) -> bool:
        """No longer waiting nor printing: completed, canceled or aborted."""
        return self.state in ("completed", "canceled", "aborted")

    @property
    def failed(self) -> bool:
        """Aborted, or stopped: what CUPS 2.4 does to a job whose filter failed or whose
        output file could not be opened (processing-stopped, in the "not-completed" set,
        until someone cancels or restarts it)."""
        return self.state in ("aborted", "processing-stopped")


def _tool(name: str) -> str | None:
    """`cupsd` and `lpadmin` live in /usr/sbin, which a non-login PATH may miss."""
    return shutil.which(name) or shutil.which(name, path=SBIN_PATH)


def generic_pdf_ppd() -> Path | None:
    """The Generic PDF Printer PPD of cups-filters, where this machine has it."""
    if GENERIC_PDF_PPD.is_file():
        return GENERIC_PDF_PPD
    for folder in PPD_DIRS:
        found = sorted(folder.glob("**/Generic-PDF*.ppd")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


def cups_available() -> str | None:
    """None when a private cupsd can run here; otherwise why not (for a skip)."""
    if os.geteuid() != 0:
        return "a private cupsd needs root: it runs its filters as user lp"
    missing = [name for name in TOOLS if _tool(name) is None]
    if missing:
        return f"{', '.join(missing)} not found ({INSTALL_HINT})"
    try:
        pwd.getpwnam("lp")
    except KeyError:
        return "there is no user lp for cupsd to run its filters as"
    if not (FILTER_DIR / "pdftopdf").is_file():
        return f"no pdftopdf filter in {FILTER_DIR} (cups-filters; {INSTALL_HINT})"
    if generic_pdf_ppd() is None:
        return f"no Generic PDF Printer PPD in /usr/share/ppd (cups-filters; {INSTALL_HINT})"
    return None


def _require(name: str) -> str:
    path = _tool(name)
    if path is None:
        raise CupsError(f"{name} not found ({INSTALL_HINT})")
    return path


CUPS_FILES_CONF = """\
# Written by tests/helpers/cups.py: everything cupsd keeps is under {root}.
ServerRoot {conf}
RequestRoot {spool}
CacheDir {cache}
StateDir {state}
TempDir {tmp}
ErrorLog {log}/error_log
AccessLog {log}/access_log
PageLog {log}/page_log
LogFilePerm 0644
FileDevice Yes
User lp
Group lp
SystemGroup root
"""

CUPSD_CONF = """\
# Written by tests/helpers/cups.py. Never run cupsctl on it: cupsctl rewrites it.
Listen {socket}
LogLevel {log_level}
MaxLogSize 0
Browsing No
BrowseLocalProtocols none
WebInterface No
DefaultAuthType Basic
ErrorPolicy abort-job
PreserveJobFiles No
PreserveJobHistory {job_history}
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class \
CUPS-Set-Default CUPS-Get-Devices Pause-Printer Resume-Printer Enable-Printer Disable-Printer \
Hold-New-Jobs Release-Held-New-Jobs Cancel-Jobs Purge-Jobs CUPS-Accept-Jobs CUPS-Reject-Jobs>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Cancel-Job Hold-Job Release-Job Restart-Job Set-Job-Attributes CUPS-Move-Job \
Cancel-My-Jobs>
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""


class PrivateCups:
    """A cupsd of the test's own, on a Unix socket in a fresh folder under /tmp.

    Use it as a context manager: entering starts the daemon and waits until it answers;
    leaving stops it (and anything it left running) and removes the folder.
    """

    def __init__(
        self,
        *,
        log_level: str = "debug",
        job_history: str = "1h",
        start_timeout: float = 10.0,
    ) -> None:
        self._log_level = log_level
        self._job_history = job_history
        self._start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._root: Path | None = None
        self._outputs: dict[Path, str] = {}
        ppd = generic_pdf_ppd()
        if ppd is None:
            raise CupsError(f"no Generic PDF Printer PPD ({INSTALL_HINT})")
        self._source_ppd = ppd

    # -- the folder -------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        """The folder that holds everything of this daemon (0755: lp must get through)."""
        if self._root is None:
            raise CupsError("the private CUPS has not been set up: use it as a context manager")
        return self._root

    @property
    def socket(self) -> Path:
        return self.root / "cups.sock"

    @property
    def error_log(self) -> Path:
        return self.root / "log" / "error_log"

    @property
    def ppd(self) -> Path:
        """The PPD that `add_pdf_queue` installs."""
        return self.root / "generic-pdf.ppd"

    def _make_root(self) -> None:
        # pytest's tmp_path is 0700 and lp, which runs the filters, could not get through it.
        _clear_abandoned_daemons()
        root = Path(tempfile.mkdtemp(prefix="kiosk-cups-", dir="/tmp"))
        self._root = root
        root.chmod(0o755)
        (root / "owner.pid").write_text(str(os.getpid()))
        # cupsd then gives spool, cache, state and tmp the owners and modes it wants.
        for name in ("conf", "log", "home", "client", "spool", "cache", "state", "tmp"):
            (root / name).mkdir()
            (root / name).chmod(0o1777 if name == "tmp" else 0o755)
        (root / "conf" / "cups-files.conf").write_text(
            CUPS_FILES_CONF.format(
                root=root,
                conf=root / "conf",
                spool=root / "spool",
                cache=root / "cache",
                state=root / "state",
                tmp=root / "tmp",
                log=root / "log",
            )
        )
        (root / "conf" / "cupsd.conf").write_text(
            CUPSD_CONF.format(
                socket=self.socket,
                log_level=self._log_level,
                job_history=self._job_history,
            )
        )
        # The Generic PDF PPD wraps the PDF in PJL (printer commands before %PDF and after
        # %%EOF); without its three JCL lines the output file is the plain PDF.
        lines = self._source_ppd.read_text(encoding="latin-1").splitlines(keepends=True)
        jcl = ("*JCLBegin:", "*JCLToPDFInterpreter:", "*JCLEnd:")
        self.ppd.write_text(
            "".join(line for line in lines if not line.startswith(jcl)), encoding="latin-1"
        )

    # -- the environment of clients ----------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        """The variables that point a CUPS client (lp, lpstat, libcups) at this daemon.

        CUPS_SERVER is the socket. CUPS_SERVERROOT and HOME are empty folders, so no
        client.conf or lpoptions of this machine or user (default queue, options) gets in.
        Also clear PRINTER and LPDEST (`CLIENT_VARIABLES_TO_CLEAR`); `client_env()` and
        `patch_environ()` do both.
        """
        return {
            "CUPS_SERVER": str(self.socket),
            "CUPS_SERVERROOT": str(self.root / "client"),
            "HOME": str(self.root / "home"),
        }

    def client_env(self) -> dict[str, str]:
        """This process's environment with `env` in it: for subprocess.run(env=...)."""
        environ = {k: v for k, v in os.environ.items() if k not in CLIENT_VARIABLES_TO_CLEAR}
        environ.update(self.env)
        return environ

    def patch_environ(self, monkeypatch: _MonkeyPatch) -> None:
        """Points code that inherits os.environ (the kiosk's own `lp` calls) at this daemon."""
        for name, value in self.env.items():
            monkeypatch.setenv(name, value)
        for name in CLIENT_VARIABLES_TO_CLEAR:
            monkeypatch.delenv(name, raising=False)

    def run(
        self, args: Sequence[str], *, check: bool = True, timeout: float = COMMAND_TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        """Runs a CUPS client command against this daemon; CupsError if it fails and check."""
        command = [_require(args[0]), *args[1:]]
        result = subprocess.run(
            command,
            env=self.client_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if check and result.returncode != 0:
            raise CupsError(
                f"{' '.join(args)} exited {result.returncode}: "
                f"{(result.stderr or result.stdout).strip()}"
            )
        return result

    # -- the daemon ---------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The daemon's process id while it runs."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def is_answering(self) -> bool:
        """Whether the daemon answers on its socket (`lpstat -r`; it exits 0 either way)."""
        result = self.run(["lpstat", "-r"], check=False, timeout=5)
        return result.stdout.strip() == "scheduler is running"

    def _cupsd(self, mode: str) -> list[str]:
        conf = self.root / "conf"
        files = ["-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")]
        return [_require("cupsd"), mode, *files]

    def start(self) -> None:
        """Starts cupsd in the foreground, as our child, and waits until it answers."""
        if self._process is not None:
            raise CupsError("the private cupsd is already running")
        with open(self.root / "log" / "cupsd.out", "ab") as out:
            self._process = subprocess.Popen(
                self._cupsd("-f"),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                # Its own session: whatever it starts can be found and ended on the way out.
                start_new_session=True,
                env=DAEMON_ENV,
            )
        deadline = time.monotonic() + self._start_timeout
        while True:
            code = self._process.poll()
            if code is not None:
                self._process = None
                raise CupsError(f"cupsd exited {code} on start\n{self._diagnosis()}")
            if self.is_answering():
                return
            if time.monotonic() > deadline:
                self.stop()
                raise CupsError(
                    f"cupsd did not answer on {self.socket} within {self._start_timeout} s\n"
                    f"{self._diagnosis()}"
                )
            time.sleep(0.01)

    def _diagnosis(self) -> str:
        """The logs, and what `cupsd -t` says of the configuration.

        Errors found before cupsd opens its error_log go to syslog when its output is a
        file, so the configuration test is run again with a pipe.
        """
        check = subprocess.run(
            self._cupsd("-t"),
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
            env=DAEMON_ENV,
            check=False,
        )
        said = (check.stdout + check.stderr).strip()
        return f"{self.log_tail()}\n--- cupsd -t:\n{said}"

    def stop(self, timeout: float = 10.0) -> None:
        """Stops the daemon (SIGTERM, then SIGKILL) and whatever it started. Idempotent."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=timeout)
        # Filters and backends still running in its session are ours too.
        for pid in _session_members(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the error_log (and of cupsd's own output), for failure messages.

        Of the debug lines, only the jobs' are kept: the rest is mostly our own polling.
        """
        parts = []
        for path in (self.root / "log" / "cupsd.out", self.error_log):
            if path.is_file():
                text = [
                    line
                    for line in path.read_text(errors="replace").splitlines()
                    if not line.startswith("D ") or "[Job " in line
                ][-lines:]
                if text:
                    parts.append(f"--- {path.name}:\n" + "\n".join(text))
        return "\n".join(parts) or "(cupsd logged nothing)"

    def __enter__(self) -> Self:
        self._make_root()
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stops the daemon and removes its folder."""
        self.stop()
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    # -- queues -------------------------------------------------------------------------------

    def add_pdf_queue(self, name: str, output: Path, *, page_size: str = "A4") -> None:
        """A queue, enabled and accepting, whose jobs end up as a PDF in `output`.

        Each job overwrites the file. cupsd (root) writes it, so its folder may be a
        pytest tmp_path; the file is root's, mode 0600.
        """
        self._add_queue(name, output, self.ppd, page_size)

    def add_filter_queue(self, name: str, output: Path, script: str) -> Path:
        """A queue like `add_pdf_queue`'s whose jobs go through `script` instead of CUPS'
        own filters: a filter of the test's own (a #! script, run as user lp by cupsd),
        to make a filter behave as CUPS' do only by chance. Returns the script's path.
        """
        folder = self.root / "filter"
        folder.mkdir(mode=0o755, exist_ok=True)  # cupsd runs no filter a user could change
        program = folder / name
        program.write_text(script)
        program.chmod(0o755)
        ppd = self.root / f"{name}.ppd"
        lines = self.ppd.read_text(encoding="latin-1").splitlines(keepends=True)
        ppd.write_text(
            "".join(line for line in lines if not line.startswith("*cupsFilter"))
            + f'*cupsFilter: "application/pdf 0 {program}"\n',
            encoding="latin-1",
        )
        self._add_queue(name, output, ppd, "A4")
        return program

    def _add_queue(self, name: str, output: Path, ppd: Path, page_size: str) -> None:
        output = output.absolute()
        if not SAFE_PATH.fullmatch(str(output)):
            raise ValueError(f"keep the output path to [A-Za-z0-9_./+-]: {output}")
        output.parent.mkdir(parents=True, exist_ok=True)
        self.run(
            [
                "lpadmin",
                "-p",
                name,
                "-E",
                "-v",
                f"file://{output}",
                "-P",
                str(ppd),
                "-o",
                f"PageSize={page_size}",
            ]
        )
        self._outputs[output] = name

    def disable(self, name: str, reason: str | None = None) -> None:
        """Stops the queue: it still takes jobs, and keeps them pending."""
        self.run(["cupsdisable", *(["-r", reason] if reason else []), name])

    def enable(self, name: str) -> None:
        self.run(["cupsenable", name])

    def reject(self, name: str, reason: str | None = None) -> None:
        """The queue refuses new jobs: `lp` fails."""
        self.run(["cupsreject", *(["-r", reason] if reason else []), name])

    def accept(self, name: str) -> None:
        self.run(["cupsaccept", name])

    def delete(self, name: str) -> None:
        """Removes the queue (and its jobs)."""
        self.run(["lpadmin", "-x", name])
        self._outputs = {path: queue for path, queue in self._outputs.items() if queue != name}

    # -- jobs ---------------------------------------------------------------------------------

    def jobs(self, name: str, which: WhichJobs = "all") -> list[Job]:
        """The queue's jobs, oldest first, with their IPP states (as the kiosk reads them)."""
        jobs = cups_client.read_jobs(name, which, self.client_env(), timeout=10)
        if jobs is None:
            raise CupsError(f"ipptool could not list the jobs of {name}\n{self.log_tail()}")
        return [Job(job.queue, job.id, job.state, job.reasons, job.message) for job in jobs]

    def job_errors(self, job: Job) -> list[str]:
        """The errors logged of the job, oldest first: what its filters and backend
        reported ("ERROR: ..." on their stderr), then cupsd's own.

        cupsd logs each line as it reads it, and sets a job's final state only once it
        has read all of them: by the time a job shows as stopped, its errors are here.
        Its job-printer-state-message, by contrast, may never hold them; see
        `failure_explained`.
        """
        marker = f" [Job {job.id}] "
        lines = self.error_log.read_text(errors="replace").splitlines()
        return [
            line.split(marker, 1)[1] for line in lines if line.startswith("E ") and marker in line
        ]

    def failure_explained(self, job: Job, words: str) -> bool:
        """Whether a failed job's filters reported an error with `words` in it, and its
        message is that error or, if cupsd collected the failed filter before it read
        the error, `FILTER_FAILED`. Either is final once the job shows as failed."""
        errors = [error for error in self.job_errors(job) if words in error]
        return bool(errors) and (job.message in errors or job.message == FILTER_FAILED)

    def wait_until_idle(self, name: str, timeout: float = 10.0) -> list[Job]:
        """Waits until each of the queue's jobs is done or failed; returns them all."""
        deadline = time.monotonic() + timeout
        while True:
            jobs = self.jobs(name)
            if all(job.done or job.failed for job in jobs):
                return jobs
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{name} still has jobs after {timeout} s: {jobs}\n{self.log_tail()}"
                )
            time.sleep(0.02)

    def wait_for_output(self, path: Path, timeout: float = 10.0) -> bytes:
        """Waits until the output file of a queue is written and the queue idle; returns it.

        CupsError as soon as the queue's last job failed or was canceled; TimeoutError if
        it is still pending (a disabled queue, say) when time is up.
        """
        path = path.absolute()
        queue = self._outputs.get(path)
        deadline = time.monotonic() + timeout
        while True:
            jobs = self.jobs(queue) if queue is not None else []
            last = jobs[-1] if jobs else None
            if last is not None and (last.failed or last.state == "canceled"):
                raise CupsError(
                    f"{last.request_id} is {last.state}: {last.message or last.reasons}\n"
                    f"{self.log_tail()}"
                )
            finished = last is None or last.state == "completed"
            if finished and path.is_file() and path.stat().st_size > 0:
                return path.read_bytes()
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"no output in {path} after {timeout} s; jobs of {queue}: {jobs}\n"
                    f"{self.log_tail()}"
                )
            time.sleep(0.02)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _clear_abandoned_daemons() -> None:
    """A test run killed outright (a CI timeout) leaves its cupsd and folder behind: end
    the daemons whose test process is gone, and remove their folders."""
    for folder in Path("/tmp").glob("kiosk-cups-*"):
        try:
            owner = int((folder / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue  # still running: another test session's daemon
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                command = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
                if "cupsd" in command and str(folder) in command:
                    os.kill(int(entry.name), signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


def _session_members(session: int) -> list[int]:
    """The processes of a session (Linux /proc): what cupsd started, if still running."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses.
        fields = stat.rpartition(")")[2].split()
        if len(fields) > 3 and int(fields[3]) == session:
            members.append(int(entry.name))
    return members
