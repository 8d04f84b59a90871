"""The `[fhir]` section: where declarations go in the hospital's record (a FHIR R4
server, or a folder an integration engine reads), and the checks that tie its keys
together. Declared here rather than in kiosk/config.py, which wires it in."""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.errors import ConfigError

# A FHIR id is [A-Za-z0-9\-\.]{1,64}; the kiosk's id goes into ids ("kiosk-<id>-<ref>").
KIOSK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _setting(
    default: Any,
    help: str,
    *,
    choices: tuple[str, ...] = (),
    minimum: int | None = None,
    maximum: int | None = None,
) -> Any:
    """As kiosk/config.py's: the same metadata, so `_check` reads both alike."""
    return field(
        default=default,
        metadata={"help": help, "choices": choices, "minimum": minimum, "maximum": maximum},
    )


@dataclass(frozen=True)
class FhirSection:
    base_url: str = _setting(
        "",
        "The hospital's FHIR R4 server (https://...); each declaration is sent there as a "
        "transaction Bundle. Empty, with folder empty too: nothing is sent (the default).",
    )
    folder: str = _setting(
        "",
        "A folder where each declaration is written as one FHIR JSON Bundle (atomically), for "
        "an integration engine that picks up files. Use either this or base_url.",
    )
    token_file: str = _setting(
        "",
        "A file holding the bearer token for base_url, readable by the kiosk's user only. "
        "Empty: no Authorization header.",
    )
    ca_file: str = _setting(
        "",
        "The CA certificate(s) (PEM) the server's certificate is checked against; empty: "
        "the system's.",
    )
    client_cert: str = _setting(
        "",
        "A PEM file with the kiosk's client certificate and its key, when the server asks "
        "for one (mutual TLS); empty: none.",
    )
    timeout_seconds: int = _setting(
        10,
        "Seconds to connect, and to wait for each answer, before trying later.",
        minimum=1,
        maximum=120,
    )
    retry_max_seconds: int = _setting(
        900,
        "Longest wait between two tries of a declaration the record did not take (the wait "
        "doubles from 1 s up to this).",
        minimum=1,
        maximum=86400,
    )
    questionnaire_url: str = _setting(
        "urn:radiology-kiosk:questionnaire",
        "The Questionnaire's canonical URL, which each QuestionnaireResponse names.",
    )
    identifier_system: str = _setting(
        "urn:radiology-kiosk:declaration",
        "The system of each declaration's identifier (its value: kiosk.id and reference).",
    )
    create: str = _setting(
        "conditional",
        "How each declaration's resources enter the record. conditional: created with "
        "ifNoneExist on their identifiers, so a declaration sent again is found, not made "
        "twice (the server must search QuestionnaireResponse, DocumentReference and Device "
        "by identifier). put: each written to an id the kiosk makes from kiosk.id and the "
        "reference, for servers without that search (sekmet-fhir).",
        choices=("conditional", "put"),
    )

    @property
    def enabled(self) -> bool:
        return bool(self.base_url or self.folder)


def check_fhir(kiosk_id: str, fhir: FhirSection, origin: str) -> None:
    """Raise ConfigError naming the key, the value and what was expected."""

    def fail(key: str, value: str, expected: str) -> ConfigError:
        return ConfigError(f"{origin}: {key} = {value!r}: expected {expected}")

    if not KIOSK_ID.match(kiosk_id):
        raise fail(
            "kiosk.id",
            kiosk_id,
            "1 to 40 letters, digits, '-' or '.', starting with a letter or digit "
            '(the name of this kiosk in the record, e.g. "ir-waiting-2")',
        )
    if fhir.base_url and fhir.folder:
        raise fail("fhir.folder", fhir.folder, "empty when fhir.base_url is set: one target")
    if fhir.base_url:
        parts = urlsplit(fhir.base_url)
        local_http = parts.scheme == "http" and parts.hostname in _LOOPBACK
        if not parts.hostname or (parts.scheme != "https" and not local_http):
            raise fail(
                "fhir.base_url",
                fhir.base_url,
                "an https:// URL of a FHIR server (http:// only on this machine: 127.0.0.1)",
            )
    for key in ("questionnaire_url", "identifier_system"):
        value = getattr(fhir, key)
        if ":" not in value or any(c.isspace() for c in value):
            raise fail(f"fhir.{key}", value, "an absolute URI (https://... or urn:...)")
    for key in ("ca_file", "client_cert"):
        value = getattr(fhir, key)
        if value and not fhir.base_url:
            raise fail(f"fhir.{key}", value, "empty unless fhir.base_url is set")


def token_problem(token_file: str) -> str | None:
    """Why `fhir.token_file` cannot be used (None when it can, or when unset): it must be
    a file the kiosk's user can read and nobody else can."""
    if not token_file:
        return None
    path = Path(token_file).expanduser()
    try:
        mode = path.stat().st_mode
        token = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        return f"fhir.token_file = {token_file!r}: cannot be read ({error.strerror})"
    except UnicodeDecodeError:
        return f"fhir.token_file = {token_file!r}: expected a text token, found binary data"
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return (
            f"fhir.token_file = {token_file!r}: readable by others (mode {stat.S_IMODE(mode):04o}):"
            f" expected owner-only; run chmod 600 {token_file}"
        )
    if not token or any(c.isspace() for c in token):
        return f"fhir.token_file = {token_file!r}: expected one token on one line"
    return None


def file_problems(fhir: FhirSection) -> list[str]:
    """The files the `[fhir]` keys name that cannot be used, for check-config and doctor."""
    problems = []
    problem = token_problem(fhir.token_file)
    if problem:
        problems.append(problem)
    for key in ("ca_file", "client_cert"):
        value = getattr(fhir, key)
        if value and not Path(value).expanduser().is_file():
            problems.append(f"fhir.{key} = {value!r}: expected a PEM file; there is none")
    return problems
