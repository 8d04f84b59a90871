"""The kiosk's configuration: one frozen, typed schema, declared once.

Sources, later ones winning: the defaults below, the TOML file (`--config PATH` or the
KIOSK_CONFIG environment variable), then `--set section.key=value` overrides. Any
unknown key, wrong type or out-of-range value stops the start with a message naming
the key, the value and what was expected.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.config_fhir import FhirSection, check_fhir
from kiosk.errors import ConfigError
from kiosk.tomlfile import read_toml

CONFIG_ENV = "KIOSK_CONFIG"
_LANGUAGE_CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz_")


def _setting(
    default: Any,
    help: str,
    *,
    choices: tuple[str, ...] = (),
    minimum: int | None = None,
    maximum: int | None = None,
) -> Any:
    return field(
        default=default,
        metadata={"help": help, "choices": choices, "minimum": minimum, "maximum": maximum},
    )


@dataclass(frozen=True)
class KioskSection:
    languages: tuple[str, ...] = _setting(
        ("fr", "nl", "en", "es", "ar", "it", "de", "pt", "tr", "ro"),
        "Languages offered to patients, in the order of their buttons.",
    )
    default_language: str = _setting("fr", "Language of the welcome screen after each reset.")
    staff_language: str = _setting("fr", "Language of the printed slip, for reception.")
    hospital_name: str = _setting("Hôpital universitaire", "Hospital name on the slip header.")
    department_name: str = _setting(
        "Radiologie interventionnelle", "Department name on the slip header."
    )
    data_dir: str = _setting(
        "",
        "Database and slips folder; empty: the user's data folder "
        "($XDG_DATA_HOME/radiology-kiosk).",
    )
    resources_dir: str = _setting(
        "",
        "A copy of resources/ with the hospital's own "
        "questionnaire and texts; empty: the bundled one.",
    )
    id: str = _setting(
        "kiosk", "This kiosk's name in the hospital's record (fhir): letters, digits, - and ."
    )


@dataclass(frozen=True)
class DisplaySection:
    fullscreen: bool = _setting(False, "Fill the whole screen (true on the kiosk PC).")
    kiosk_mode: bool = _setting(
        False,
        "Lock the kiosk down (true on the kiosk PC; --kiosk turns it on): frameless full "
        "screen, closing and escape shortcuts ignored, no mouse cursor. Only IT's staff "
        "PIN leaves it.",
    )
    orientation: str = _setting(
        "portrait", "Window shape when not full screen.", choices=("portrait", "landscape")
    )


@dataclass(frozen=True)
class FlowSection:
    done_return_seconds: int = _setting(
        20,
        "Seconds the thank-you screen stays before the welcome screen returns.",
        minimum=5,
        maximum=300,
    )
    idle_seconds: int = _setting(
        90,
        'Seconds without a touch before an "are you still there?" countdown appears.',
        minimum=20,
        maximum=900,
    )
    idle_warning_seconds: int = _setting(
        30,
        'Seconds the countdown gives to tap "I need more time" before the session is wiped.',
        minimum=20,
        maximum=120,
    )


@dataclass(frozen=True)
class IdentitySection:
    max_name_length: int = _setting(
        50, "Longest last or first name accepted, in characters.", minimum=10, maximum=120
    )
    card_reader: str = _setting(
        "auto",
        'The Belgian eID card reader: "auto" (the identity is read from the card when a '
        'reader is there, typing stays possible) or "off" (names are typed).',
        choices=("auto", "off"),
    )
    keep_national_number: bool = _setting(
        False,
        "Read the national number from the card and store it with the declaration (never "
        "shown, never printed in full); only if the hospital's DPO decided the record "
        "exchange needs it.",
    )


@dataclass(frozen=True)
class SlipSection:
    paper: str = _setting(
        "receipt80",
        "Slip layout: 80 mm receipt roll, A5 or A4 sheet (the print job asks for the same).",
        choices=("receipt80", "a5", "a4"),
    )


@dataclass(frozen=True)
class PrinterSection:
    backend: str = _setting(
        "auto",
        'Where slips go: "cups" (a print queue), "folder" (PDF files), or "auto": CUPS when '
        "the system has a default printer, else the folder.",
        choices=("auto", "cups", "folder"),
    )
    queue: str = _setting("", "CUPS queue for slips; empty: the system's default printer.")
    copies: int = _setting(1, "Copies of each slip.", minimum=1, maximum=5)
    folder: str = _setting("", "Folder for the folder backend; empty: <data_dir>/slips.")


@dataclass(frozen=True)
class StaffSection:
    long_press_seconds: int = _setting(
        3,
        "How long staff hold the top corner of the screen (the department's name) to "
        "open the PIN pad.",
        minimum=2,
        maximum=10,
    )
    idle_seconds: int = _setting(
        120, "Staff mode locks itself after this long without a touch.", minimum=30, maximum=900
    )
    pepper_file: str = _setting(
        "",
        "A file holding a secret (at least 16 random bytes) mixed into every staff PIN's "
        "hash, kept outside the database so a stolen copy of it cannot be used to find the "
        "PINs; readable by the kiosk's user only. Empty: no pepper. After setting or "
        "changing it, set both PINs again (set-pin).",
    )


@dataclass(frozen=True)
class RetentionSection:
    days: int = _setting(
        7,
        "Declarations older than this many days are deleted (at start, daily, and by "
        "`purge`). A week covers a procedure postponed by a few days.",
        minimum=1,
        maximum=3650,
    )


@dataclass(frozen=True)
class SpeechSection:
    enabled: bool = _setting(
        True,
        'Offer "read aloud" on the patient screens (espeak-ng). Without espeak-ng, a voice '
        "for the patient's language or an audio device, the button says speech is "
        "unavailable.",
    )
    words_per_minute: int = _setting(
        140,
        "Speaking rate; slower than espeak-ng's 175 for listeners who are old, ill or anxious.",
        minimum=80,
        maximum=260,
    )


@dataclass(frozen=True)
class Config:
    kiosk: KioskSection = field(default_factory=KioskSection)
    display: DisplaySection = field(default_factory=DisplaySection)
    flow: FlowSection = field(default_factory=FlowSection)
    identity: IdentitySection = field(default_factory=IdentitySection)
    slip: SlipSection = field(default_factory=SlipSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    staff: StaffSection = field(default_factory=StaffSection)
    retention: RetentionSection = field(default_factory=RetentionSection)
    speech: SpeechSection = field(default_factory=SpeechSection)
    fhir: FhirSection = field(default_factory=FhirSection)

    @property
    def data_dir(self) -> Path:
        if self.kiosk.data_dir:
            return Path(self.kiosk.data_dir).expanduser()
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        return Path(base) / "radiology-kiosk"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "kiosk.sqlite3"

    @property
    def slip_folder(self) -> Path:
        return (
            Path(self.printer.folder).expanduser()
            if self.printer.folder
            else (self.data_dir / "slips")
        )


_SECTIONS: dict[str, type] = {
    "kiosk": KioskSection,
    "display": DisplaySection,
    "flow": FlowSection,
    "identity": IdentitySection,
    "slip": SlipSection,
    "printer": PrinterSection,
    "staff": StaffSection,
    "retention": RetentionSection,
    "speech": SpeechSection,
    "fhir": FhirSection,
}


def setting_docs() -> list[tuple[str, Any, str]]:
    """(key, default, explanation) for every setting, in schema order."""
    return [
        (f"{name}.{item.name}", item.default, item.metadata["help"])
        for name, section in _SECTIONS.items()
        for item in fields(section)
    ]


def load_config(
    path: Path | None = None,
    overrides: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Build the validated config from the file (or $KIOSK_CONFIG) and `--set` overrides."""
    environ = os.environ if environ is None else environ
    described = "config file"
    if path is None and environ.get(CONFIG_ENV):
        path = Path(environ[CONFIG_ENV])
        described = f"config file (from ${CONFIG_ENV})"
    config = Config()
    origins = []
    if path is not None:
        config = _apply(config, _read_file(path, described), str(path))
        origins.append(str(path))
    if overrides:
        data: dict[str, dict[str, Any]] = {}
        for override in overrides:
            section, key, value = _parse_override(override)
            data.setdefault(section, {})[key] = value
        config = _apply(config, data, "--set")
        origins.append("--set")
    _check_languages(config, " and ".join(origins) or "defaults")
    _check_queue(config, " and ".join(origins) or "defaults")
    _check_resources(config, " and ".join(origins) or "defaults")
    check_fhir(config.kiosk.id, config.fhir, " and ".join(origins) or "defaults")
    return config


def explain_config(
    path: Path | None = None,
    overrides: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> list[tuple[str, Any, str]]:
    """(key, effective value, where it comes from) for every setting, in schema order."""
    environ = os.environ if environ is None else environ
    config = load_config(path, overrides, environ)
    sources: dict[str, str] = {}
    described = "config file"
    if path is None and environ.get(CONFIG_ENV):
        path = Path(environ[CONFIG_ENV])
        described = f"config file (from ${CONFIG_ENV})"
    if path is not None:
        for section, table in _read_file(path, described).items():
            for key in table:
                sources[f"{section}.{key}"] = str(path)
    for override in overrides:
        section, key, _ = _parse_override(override)
        sources[f"{section}.{key}"] = "--set"
    return [
        (
            key,
            getattr(getattr(config, key.split(".")[0]), key.split(".")[1]),
            sources.get(key, "default"),
        )
        for key, _default, _help in setting_docs()
    ]


def _read_file(path: Path, described: str) -> dict[str, dict[str, Any]]:
    raw = read_toml(path, ConfigError, described)
    for section, table in raw.items():
        if not isinstance(table, dict) and section in _SECTIONS:
            raise ConfigError(f"{path}: {section} = {table!r}: expected a [{section}] table")
        if not isinstance(table, dict):
            home = next(
                (
                    name
                    for name, kind in _SECTIONS.items()
                    if section in {item.name for item in fields(kind)}
                ),
                None,
            )
            hint = f"put it under [{home}]" if home else f"sections are {', '.join(_SECTIONS)}"
            raise ConfigError(f"{path}: {section} = {table!r} is outside any [section]: {hint}")
        if section not in _SECTIONS:
            raise ConfigError(
                f"{path}: unknown section [{section}]; expected one of {', '.join(_SECTIONS)}"
            )
    return {section: dict(table) for section, table in raw.items()}


def _parse_override(text: str) -> tuple[str, str, Any]:
    key, sep, value_text = text.partition("=")
    section, dot, name = key.strip().partition(".")
    if not sep or not dot or not name:
        raise ConfigError(
            f"--set {text!r}: expected section.key=value, for example --set slip.paper=a4"
        )
    if section not in _SECTIONS:
        raise ConfigError(
            f"--set {text!r}: unknown section {section!r}; expected one of {', '.join(_SECTIONS)}"
        )
    value_text = value_text.strip()
    try:  # a TOML value (number, boolean, list, quoted string) ...
        value = tomllib.loads(f"v = {value_text}")["v"]
    except tomllib.TOMLDecodeError:
        value = value_text  # ... or a bare word, taken as a string
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(
            f"--set {section}.{name}: the value nests arrays or tables too deeply: "
            "expected a number, true or false, a text or a list of texts"
        ) from None
    return section, name, value


def _apply(config: Config, data: Mapping[str, Mapping[str, Any]], origin: str) -> Config:
    """The config with one layer of values (a file, or the --set overrides) validated on top."""
    for section_name, values in data.items():
        section_type = _SECTIONS[section_name]
        known = {item.name: item for item in fields(section_type)}
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(
                    f"{origin}: unknown key {section_name}.{key}; "
                    f"[{section_name}] has {', '.join(known)}"
                )
            changes[key] = _check(f"{section_name}.{key}", value, known[key], origin)
        config = replace(
            config, **{section_name: replace(getattr(config, section_name), **changes)}
        )
    return config


def _check(key: str, value: Any, item: Any, origin: str) -> Any:
    default = item.default
    meta = item.metadata

    def fail(expected: str) -> ConfigError:
        return ConfigError(f"{origin}: {key} = {value!r}: expected {expected}")

    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise fail("true or false")
    elif isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(f"a whole number from {meta['minimum']} to {meta['maximum']}")
        if not meta["minimum"] <= value <= meta["maximum"]:
            raise fail(f"a whole number from {meta['minimum']} to {meta['maximum']}")
    elif isinstance(default, tuple):
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise fail('a non-empty list of language codes such as ["fr", "en"]')
        if len(set(value)) != len(value):
            raise fail("each language once")
        value = tuple(value)
    elif isinstance(default, str):
        if not isinstance(value, str):
            raise fail("a text in quotes")
        if any(unicodedata.category(char) == "Cc" for char in value):
            # A NUL byte cannot be in a path or a queue name; a line break or an escape
            # has no place on a slip's header either.
            raise fail("a text without control characters (NUL bytes, line breaks, tabs)")
        if meta["choices"] and value not in meta["choices"]:
            raise fail(" or ".join(f'"{choice}"' for choice in meta["choices"]))
    return value


_QUEUE_NAME = re.compile(r"^[^\s,/#\\]*$")


def _check_queue(config: Config, origin: str) -> None:
    queue = config.printer.queue
    if not _QUEUE_NAME.match(queue):
        raise ConfigError(
            f"{origin}: printer.queue = {queue!r}: expected one CUPS queue name "
            "(no spaces, commas, slashes or #)"
        )


def _check_resources(config: Config, origin: str) -> None:
    """A hospital's own copy of resources/ must be there: named here, with its key, rather
    than as a missing file deep inside it."""
    value = config.kiosk.resources_dir
    if not value:
        return
    root = Path(value)
    missing = [
        name
        for name, there in (
            ("questionnaire.toml", (root / "questionnaire.toml").is_file()),
            ("locales/", (root / "locales").is_dir()),
        )
        if not there
    ]
    if not root.is_dir() or missing:
        found = (
            "it is not a folder"
            if not root.is_dir()
            else f"{', '.join(missing)} missing in {root.absolute()}"
        )
        raise ConfigError(
            f"{origin}: kiosk.resources_dir = {value!r}: expected a folder holding a copy of "
            f"resources/ (questionnaire.toml, locales/), or empty for the bundled one; {found}"
        )


def _check_languages(config: Config, origin: str) -> None:
    section = config.kiosk
    for code in section.languages:
        if not code or not set(code) <= _LANGUAGE_CODE_CHARS:
            raise ConfigError(
                f'{origin}: kiosk.languages contains {code!r}: expected language codes such as "fr"'
            )
    for key in ("default_language", "staff_language"):
        value = getattr(section, key)
        if value not in section.languages:
            raise ConfigError(
                f"{origin}: kiosk.{key} = {value!r}: expected one of the "
                f"enabled kiosk.languages {list(section.languages)}"
            )
