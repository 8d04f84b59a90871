"""A second real FHIR R4 server: Medplum's router (@medplum/fhir-router, npm) over its
in-memory repository, with Medplum's validator on every write (R4 invariants such as
qrs-1 included) and search by identifier, so the kiosk's conditional creates are tested
as the issue asks. tests/fhir_servers/medplum/server.mjs serves it on a free loopback
port; `scripts/setup.sh test` installs Node 22 in .venv-node (Debian's Node is 20) and
the pinned npm packages beside the script."""

from __future__ import annotations

import subprocess
import time
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.helpers.fhir_server import free_port
from tests.helpers.processes import end_group

ROOT = Path(__file__).resolve().parents[2]
NODE = ROOT / ".venv-node" / "bin" / "node"
SERVER = ROOT / "tests" / "fhir_servers" / "medplum"
NEEDED = (22, 18)  # @medplum/fhir-router 5.x: "engines": "^22.18.0 || >=24.2.0"


@cache
def node_missing() -> str | None:
    """None, or why no Node 22 is here: the one reason the Medplum tests are skipped."""
    if not NODE.exists():
        return f"{NODE} missing: Node 22 was not installed (run scripts/setup.sh test)"
    try:
        found = subprocess.run(
            [str(NODE), "--version"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError) as error:
        return f"{NODE} does not run here: {error}"
    version = tuple(int(part) for part in found.lstrip("v").split(".")[:2])
    if version < NEEDED:
        return f"{NODE} is Node {found}; Medplum needs 22.18 or later"
    return None


def medplum_missing() -> str | None:
    """Why the server cannot start although Node is here: a setup to finish, not a skip."""
    if not (SERVER / "node_modules" / "@medplum" / "fhir-router").is_dir():
        return f"{SERVER / 'node_modules'} incomplete: run scripts/setup.sh test"
    return None


class MedplumServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/fhir"
        self._process: subprocess.Popen[bytes] | None = None
        self._client = httpx.Client(
            headers={"Accept": "application/fhir+json", "Content-Type": "application/fhir+json"},
            timeout=30,
        )

    def _log(self) -> str:
        return (self.folder / "server.log").read_text(errors="replace")

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        self._process = subprocess.Popen(
            [str(NODE), "server.mjs", str(self.port)],
            cwd=SERVER,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 60  # loading R4's definitions takes a few seconds
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the Medplum server exited: {self._log()}")
            try:
                if self._client.get(f"{self.base_url}/metadata").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the Medplum server did not answer: {self._log()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        end_group(process, 5)

    def __enter__(self) -> MedplumServer:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
        self._client.close()

    # -- as the record system, or a client of the server, would ---------------------------

    def post(self, body: dict[str, Any]) -> httpx.Response:
        """A Bundle POSTed to the base, as the kiosk sends it: the answer as it came."""
        return self._client.post(self.base_url, json=body)

    def read(self, path: str, **params: str) -> dict[str, Any]:
        answer = self._client.get(f"{self.base_url}/{path}", params=params)
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def search(self, resource_type: str, **params: str) -> list[dict[str, Any]]:
        bundle = self.read(resource_type, **params)
        return [
            entry["resource"]
            for entry in bundle.get("entry", [])
            if entry.get("search", {}).get("mode", "match") == "match"
        ]

    def count(self, resource_type: str) -> int:
        return len(self.search(resource_type))
