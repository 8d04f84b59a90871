"""A real FHIR R4 server of the test's own: sekmet-fhir (FastAPI, SQLite storage,
transactions), installed by `scripts/setup.sh test` in .venv-fhir, started on a free
loopback port with its storage in the test's temporary folder, and read back with httpx
as the hospital's record system would read it. Stopped (and started again, with the
same storage) by the test, to play a server that is down."""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.helpers.processes import end_group

ROOT = Path(__file__).resolve().parents[2]
SEKMET = ROOT / ".venv-fhir" / "bin" / "sekmet"
TOKEN = "kiosk-test-token-7f3a"


def fhir_server_available() -> str | None:
    """None, or why no server can be started here."""
    if not SEKMET.exists():
        return f"{SEKMET} missing: run scripts/setup.sh test"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FhirServer:
    """`tls`: served over https with a self-signed certificate of its own (`ca_file`, the
    file a client must trust), made by sekmet's `keys tls-cert`."""

    def __init__(self, folder: Path, tls: bool = False) -> None:
        self.folder = folder
        self.port = free_port()
        scheme = "https" if tls else "http"
        self.base_url = f"{scheme}://127.0.0.1:{self.port}/fhir"
        self._process: subprocess.Popen[bytes] | None = None
        (folder / "keys").mkdir(parents=True, exist_ok=True)
        self.ca_file: Path | None = None
        tls_settings = {}
        if tls:
            subprocess.run(
                [str(SEKMET), "keys", "tls-cert", "127.0.0.1", "--out", str(folder / "keys/tls")],
                check=True,
                capture_output=True,
                cwd=folder,
            )
            self.ca_file = folder / "keys" / "tls.crt"
            tls_settings = {
                "tls_certfile": str(self.ca_file),
                "tls_keyfile": str(folder / "keys" / "tls.key"),
            }
        settings = {
            "base_url": self.base_url,
            "host": "127.0.0.1",  # its default is every interface
            "port": self.port,
            "data_dir": str(folder / "data"),
            "db_path": str(folder / "data" / "fhir.sqlite3"),
            "own_private_key_path": str(folder / "keys" / "private.pem"),
            "server_auth": {"types": ["bearer"], "tokens": [TOKEN]},
            "simulator": {"enabled": False},
            "validation": {"inbound": "strict"},
            "log_inbound": False,
            **tls_settings,
        }
        (folder / "data").mkdir(parents=True, exist_ok=True)
        (folder / "keys").mkdir(exist_ok=True)
        self.settings = folder / "settings.json"  # YAML is a superset of JSON
        self.settings.write_text(json.dumps(settings))
        verify: ssl.SSLContext | bool = True
        if self.ca_file is not None:
            verify = ssl.create_default_context(cafile=str(self.ca_file))
        self._client = httpx.Client(
            headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/fhir+json"},
            timeout=10,
            verify=verify,
        )

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SEKMET_")}
        self._process = subprocess.Popen(
            [str(SEKMET), "serve", "--config", str(self.settings)],
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"sekmet exited: {(self.folder / 'server.log').read_text()}")
            try:
                if self._client.get(f"{self.base_url}/metadata").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"sekmet did not answer: {(self.folder / 'server.log').read_text()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        # uvicorn waits for open TLS connections (a kiosk's keep-alive) to end: 3 s at most
        end_group(process, 3)

    def __enter__(self) -> FhirServer:
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

    # -- read back, as the record system would ---------------------------------------------

    def read(self, path: str) -> dict[str, Any]:
        answer = self._client.get(f"{self.base_url}/{path}")
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def search(self, resource_type: str, **params: str) -> list[dict[str, Any]]:
        bundle = self.read(
            f"{resource_type}?" + "&".join(f"{k}={v}" for k, v in params.items())
            if params
            else resource_type
        )
        return [
            entry["resource"]
            for entry in bundle.get("entry", [])
            if entry.get("search", {}).get("mode", "match") == "match"
            and entry["resource"]["resourceType"] == resource_type
        ]

    def count(self, resource_type: str) -> int:
        return len(self.search(resource_type))
