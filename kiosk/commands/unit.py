"""One command of the command line as one unit: its name and help, its arguments, who
the audit trail names for it, and its work, given what it needs through a `Context`.

Adding a command is adding one `Command` to kiosk/commands/catalog.py; the parser
(kiosk/commands/cli.py) and the dispatch read that list.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from kiosk.assembly import load_domain
from kiosk.config import Config
from kiosk.content.locales import Content, Language
from kiosk.content.questionnaire import Questionnaire
from kiosk.records.audit import Actor
from kiosk.records.store import DeclarationStore


@dataclass
class Context:
    """What a command is given: its arguments, the configuration, its two streams, and,
    opened on first use, the questionnaire and content and the database (never repaired
    from here: a damaged file is the running kiosk's to move aside)."""

    name: str
    arguments: argparse.Namespace
    config: Config
    out: TextIO
    err: TextIO
    actor: Actor = Actor.IT
    _domain: tuple[Questionnaire, Content] | None = field(default=None, repr=False)
    _store: DeclarationStore | None = field(default=None, repr=False)

    @property
    def questionnaire(self) -> Questionnaire:
        return self._load()[0]

    @property
    def content(self) -> Content:
        return self._load()[1]

    @property
    def staff_language(self) -> Language:
        return self.content.language(self.config.kiosk.staff_language)

    @property
    def store(self) -> DeclarationStore:
        if self._store is None:
            self._store = DeclarationStore(self.config.database_path, repair=False)
        return self._store

    def audit(self, action: str, reference: str | None = None, detail: str | None = None) -> None:
        """The command's line in the audit trail, marked as the command line's."""
        where = f"{detail} (command line)" if detail else "command line"
        self.store.audit.add(self.actor, action, reference, where)

    def complain(self, text: str) -> None:
        self.err.write(f"radiology-kiosk: {self.name}: {text}\n")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _load(self) -> tuple[Questionnaire, Content]:
        if self._domain is None:
            self._domain = load_domain(self.config)
        return self._domain


@dataclass(frozen=True)
class Command:
    name: str
    summary: str  # one line, in `--help`'s list
    run: Callable[[Context], int]  # the exit code (kiosk/errors.py ExitCode)
    details: str = ""  # the command's own `--help`
    arguments: Callable[[argparse.ArgumentParser], None] = lambda _parser: None
    actor: Actor = Actor.IT


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for a script")
