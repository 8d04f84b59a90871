"""Where the record is: a FHIR server (httpx, over HTTPS with the hospital's CA, a bearer
token from an owner-only file, an optional client certificate) or a folder an
integration engine reads. Each send says how it ended: delivered, to try again later,
or refused for good (parked, with the server's words)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from kiosk.config_fhir import FhirSection, token_problem
from kiosk.files import write_atomically

Json = dict[str, Any]
# Asked again later: the server was busy, overloaded or down for a moment.
RETRIED_STATUSES = frozenset({408, 429})


class Ended(Enum):
    DELIVERED = "delivered"
    LATER = "later"
    REFUSED = "refused"  # parked: sending the same again would be refused again


@dataclass(frozen=True)
class Sent:
    ended: Ended
    status: str  # "201", "503", "timeout", "refused", "folder"...
    reason: str | None = None


class Target(Protocol):
    name: str

    def send(self, bundle: Json, name: str) -> Sent: ...

    def publish(self, questionnaire: Json) -> Sent: ...

    def close(self) -> None: ...


def outcome_text(body: str) -> str:
    """The words of an OperationOutcome (each issue's details or diagnostics), else the
    start of the body."""
    try:
        data = json.loads(body)
    except ValueError:
        return body.strip()[:300] or "no explanation given"
    if isinstance(data, dict) and data.get("resourceType") == "OperationOutcome":
        words = [
            issue.get("details", {}).get("text") or issue.get("diagnostics") or issue.get("code")
            for issue in data.get("issue", [])
            if isinstance(issue, dict)
        ]
        text = "; ".join(str(word) for word in words if word)
        if text:
            return text[:500]
    return body.strip()[:300]


class ServerTarget:
    """A FHIR R4 server: each Bundle POSTed to its base URL as a transaction."""

    name = "fhir"

    def __init__(self, settings: FhirSection) -> None:
        import httpx  # loaded when the record is first sent to

        self._settings = settings
        self._base = settings.base_url.rstrip("/")
        verify: Any = True
        if settings.ca_file or settings.client_cert:  # OSError, ssl.SSLError: for the caller
            import ssl

            cafile = str(Path(settings.ca_file).expanduser()) if settings.ca_file else None
            verify = ssl.create_default_context(cafile=cafile)
            if settings.client_cert:
                verify.load_cert_chain(str(Path(settings.client_cert).expanduser()))
        timeout = httpx.Timeout(settings.timeout_seconds)
        self._client = httpx.Client(verify=verify, timeout=timeout, follow_redirects=False)

    def _headers(self) -> dict[str, str] | Sent:
        headers = {
            "Content-Type": "application/fhir+json",
            "Accept": "application/fhir+json",
        }
        token_file = self._settings.token_file
        if token_file:
            problem = token_problem(token_file)  # read at each send: a fixed file is used
            if problem:
                return Sent(Ended.LATER, "token", problem)
            token = Path(token_file).expanduser().read_text(encoding="utf-8").strip()
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def send(self, bundle: Json, name: str) -> Sent:
        return self._request("POST", self._base, bundle)

    def publish(self, questionnaire: Json) -> Sent:
        url = f"{self._base}/Questionnaire/{questionnaire['id']}"
        return self._request("PUT", url, questionnaire)

    def _request(self, method: str, url: str, body: Json) -> Sent:
        import httpx

        headers = self._headers()
        if isinstance(headers, Sent):
            return headers
        try:
            answer = self._client.request(
                method, url, content=json.dumps(body).encode("utf-8"), headers=headers
            )
        except httpx.TimeoutException as error:
            return Sent(Ended.LATER, "timeout", f"no answer within the timeout ({error})")
        except httpx.ConnectError as error:
            return Sent(Ended.LATER, "refused", f"cannot connect: {error}")
        except httpx.TransportError as error:  # closed mid-answer, TLS, network
            return Sent(Ended.LATER, "network", f"{type(error).__name__}: {error}")
        status = answer.status_code
        if 200 <= status < 300:
            return Sent(Ended.DELIVERED, str(status))
        reason = outcome_text(answer.text)
        if status in RETRIED_STATUSES or status >= 500:
            return Sent(Ended.LATER, str(status), reason)
        return Sent(Ended.REFUSED, str(status), reason)

    def close(self) -> None:
        self._client.close()


class FolderTarget:
    """One JSON Bundle per declaration in a folder, written whole or not at all."""

    name = "folder"

    def __init__(self, settings: FhirSection) -> None:
        self._folder = Path(settings.folder).expanduser()

    def _write(self, name: str, resource: Json) -> Sent:
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(resource, ensure_ascii=False, indent=1).encode("utf-8")
            write_atomically(self._folder / f"{name}.json", data)
        except OSError as error:
            return Sent(Ended.LATER, "folder", f"{self._folder}: {error.strerror or error}")
        return Sent(Ended.DELIVERED, "folder")

    def send(self, bundle: Json, name: str) -> Sent:
        return self._write(name, bundle)

    def publish(self, questionnaire: Json) -> Sent:
        return self._write(f"Questionnaire-{questionnaire['id']}", questionnaire)

    def close(self) -> None:
        pass


def target_for(settings: FhirSection) -> Target | None:
    if settings.base_url:
        return ServerTarget(settings)
    if settings.folder:
        return FolderTarget(settings)
    return None


def target_name(settings: FhirSection) -> str | None:
    """What the outbox rows are written for: "fhir", "folder", or None (off)."""
    if settings.base_url:
        return ServerTarget.name
    if settings.folder:
        return FolderTarget.name
    return None
