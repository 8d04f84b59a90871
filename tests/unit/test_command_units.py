"""The command line as units (issue 17): one list of commands that the parser and the
dispatch both read, a context that opens only what a command needs, and the audit
trail's actor as a type."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from kiosk.commands.catalog import BY_NAME, COMMANDS
from kiosk.commands.cli import parse_arguments
from kiosk.commands.unit import Context
from kiosk.config import load_config
from kiosk.errors import ExitCode
from kiosk.records.audit import Actor
from kiosk.records.store import DeclarationStore
from kiosk.resources import resource_path


def context_for(tmp_path: Path, *argv: str) -> tuple[Context, io.StringIO, io.StringIO]:
    arguments = parse_arguments(list(argv))
    config = load_config(
        overrides=[f'kiosk.data_dir="{tmp_path / "data"}"', *arguments.overrides], environ={}
    )
    out, err = io.StringIO(), io.StringIO()
    unit = BY_NAME[arguments.command]
    return Context(unit.name, arguments, config, out, err, unit.actor), out, err


def test_every_command_is_parsed_from_its_own_unit() -> None:
    assert len(BY_NAME) == len(COMMANDS)
    for unit in COMMANDS:
        assert unit.actor is Actor.IT  # the command line is IT's, in the audit trail
        assert parse_arguments([unit.name, *_needed(unit.name)]).command == unit.name


def _needed(name: str) -> list[str]:
    return {
        "set-pin": ["--role", "it"],
        "show": ["K7F-3QX"],
        "backup": ["/tmp/x.sqlite3"],
        "translation-pack": ["--language", "nl"],
        "language-reviewed": ["--language", "nl", "--by", "A. Peeters"],
        "outbox": ["list"],
        "fhir": ["questionnaire"],
    }.get(name, [])


@pytest.mark.parametrize("name", ["check-config", "languages", "questionnaire"])
def test_a_command_that_needs_no_database_never_opens_it(tmp_path: Path, name: str) -> None:
    context, out, _ = context_for(tmp_path, name)

    assert BY_NAME[name].run(context) == ExitCode.OK

    assert out.getvalue()
    assert not (tmp_path / "data").exists()  # not even created


def test_the_translation_pack_needs_no_database(tmp_path: Path) -> None:
    pack = tmp_path / "nl.pdf"
    context, out, _ = context_for(
        tmp_path, "translation-pack", "--language", "nl", "--output", str(pack)
    )

    assert BY_NAME["translation-pack"].run(context) == ExitCode.OK

    assert pack.read_bytes().startswith(b"%PDF-") and str(pack) in out.getvalue()
    assert not (tmp_path / "data").exists()


def test_a_review_date_to_come_is_refused_and_nothing_is_changed(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resource_path("locales"), resources / "locales")
    shutil.copy(resource_path("questionnaire.toml"), resources / "questionnaire.toml")
    before = (resources / "locales" / "nl" / "language.toml").read_bytes()
    context, _, err = context_for(
        tmp_path,
        "language-reviewed",
        "--language",
        "nl",
        "--by",
        "A. Peeters",
        "--on",
        "2999-01-01",
        "--set",
        f'kiosk.resources_dir="{resources}"',
    )

    assert BY_NAME["language-reviewed"].run(context) == ExitCode.USAGE

    assert "--on 2999-01-01: a review cannot be recorded before it is made" in err.getvalue()
    assert (resources / "locales" / "nl" / "language.toml").read_bytes() == before
    assert not (tmp_path / "data").exists()


def test_the_command_lines_audit_lines_name_it_and_the_command_line(tmp_path: Path) -> None:
    context, _, _ = context_for(tmp_path, "list")
    try:
        assert BY_NAME["list"].run(context) == ExitCode.OK
    finally:
        context.close()

    store = DeclarationStore(tmp_path / "data" / "kiosk.sqlite3")
    try:
        [entry] = [e for e in store.audit.entries() if e.action == "list"]
    finally:
        store.close()
    assert entry.role == Actor.IT.value == "it"
    assert entry.detail is not None and entry.detail.endswith("(command line)")


def test_a_missing_reference_is_said_with_the_command_name(tmp_path: Path) -> None:
    context, _, err = context_for(tmp_path, "show", "K7F-3QX")
    try:
        assert BY_NAME["show"].run(context) == ExitCode.NOT_FOUND
    finally:
        context.close()
    assert err.getvalue().startswith("radiology-kiosk: show: no declaration 'K7F-3QX'")
