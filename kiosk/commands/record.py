"""The commands about the hospital's record (kiosk/fhir, the outbox): `outbox list`,
`outbox retry REF`, `outbox drop REF` and `fhir questionnaire`. Appended to the catalog
(kiosk/commands/catalog.py) like its own entries."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from kiosk.assembly import fhir_makers
from kiosk.commands.unit import Command, Context
from kiosk.errors import ExitCode
from kiosk.fhir.validate import validate
from kiosk.records.outbox import OutboxEntry, OutboxState


def describe(entry: OutboxEntry) -> str:
    """A row's state as reception and IT read it."""
    if entry.state is OutboxState.DELIVERED:
        return "sent to the record"
    if entry.state is OutboxState.PARKED:
        return f"parked: {entry.reason or entry.last_status}"
    if entry.attempts:
        return f"waiting ({entry.attempts} tries; last: {entry.reason or entry.last_status})"
    return "waiting"


def write_entries(entries: list[OutboxEntry], out: TextIO, as_json: bool) -> None:
    if as_json:
        rows = [
            {
                "reference": entry.reference,
                "made": entry.created_at.isoformat(),
                "target": entry.target,
                "state": entry.state.value,
                "attempts": entry.attempts,
                "next_try": entry.next_try_at.isoformat(),
                "last_status": entry.last_status,
                "reason": entry.reason,
            }
            for entry in entries
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if not entries:
        out.write("Nothing waits for the hospital's record.\n")
        return
    for entry in entries:
        made = entry.created_at.astimezone()
        out.write(f"{made:%Y-%m-%d %H:%M}  {entry.reference}  {describe(entry)}\n")


def outbox(context: Context) -> int:
    arguments = context.arguments
    outbox = context.store.outbox
    if arguments.action == "list":
        states = tuple(OutboxState) if arguments.all else (OutboxState.WAITING, OutboxState.PARKED)
        write_entries(outbox.entries(states), context.out, arguments.json)
        return ExitCode.OK
    if arguments.action == "retry" and arguments.all and not arguments.reference:
        count = outbox.retry_parked(context.actor)
        context.out.write(f"{count} parked declaration(s) sent again within a few seconds.\n")
        return ExitCode.OK
    if not arguments.reference:
        context.complain(f"outbox {arguments.action} needs a reference, e.g. K7F-3QX")
        return ExitCode.USAGE
    if arguments.action == "retry":
        entry = outbox.retry(arguments.reference, context.actor)
        if entry is None:
            context.complain(f"{arguments.reference}: no declaration in the outbox by that name")
            return ExitCode.NOT_FOUND
        if entry.state is OutboxState.DELIVERED:
            context.out.write(f"{entry.reference}: already sent to the record.\n")
        else:
            context.out.write(f"{entry.reference}: sent again within a few seconds.\n")
        return ExitCode.OK
    if not outbox.drop(arguments.reference, context.actor):
        context.complain(f"{arguments.reference}: no declaration by that reference")
        return ExitCode.NOT_FOUND
    context.out.write(f"{arguments.reference}: deleted; the hospital's record never had it.\n")
    return ExitCode.OK


def _outbox_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("list", "retry", "drop"))
    parser.add_argument("reference", nargs="?", help="the declaration's reference (K7F-3QX)")
    parser.add_argument(
        "--all",
        action="store_true",
        help="list: the delivered ones too; retry: every parked one (no REF)",
    )
    parser.add_argument("--json", action="store_true", help="list: JSON for a script")


def fhir(context: Context) -> int:
    words, _ = fhir_makers(context.config, context.questionnaire, context.content)
    resource = words.resource()
    validate(resource)
    context.out.write(json.dumps(resource, ensure_ascii=False, indent=2) + "\n")
    return ExitCode.OK


def _fhir_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=("questionnaire",))


RECORD_COMMANDS: tuple[Command, ...] = (
    Command(
        "outbox",
        "what the hospital's record has not received yet: list, retry REF|--all, drop REF",
        outbox,
        "Each declaration is kept in an outbox until the hospital's record ([fhir]) has it. "
        "list: those waiting (tried again by themselves) and parked (refused by the record, "
        "with its reason; --all adds those delivered). retry REF: send a parked one again; "
        "retry --all: every parked one (after fixing a refusal that was the set-up's: an "
        "expired token, a wrong base_url). "
        "drop REF: delete a declaration the record will never receive (audited); `purge` "
        "keeps undelivered declarations until then.",
        _outbox_arguments,
    ),
    Command(
        "fhir",
        "print the FHIR R4 Questionnaire made from the questionnaire file",
        fhir,
        "fhir questionnaire: the Questionnaire the kiosk publishes to the record (JSON), "
        "its linkIds the question ids, every offered language as translations.",
        _fhir_arguments,
    ),
)
