"""The command line: arguments for every command, and the commands other than `run`.

`python main.py --help`; each command also has `--help`. The work itself is in
`kiosk/commands/admin.py`; this module parses, opens what a command needs, and dispatches.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.assembly import build_submission, load_domain
from kiosk.commands import admin as commands
from kiosk.commands import reprint as print_commands
from kiosk.config import CONFIG_ENV, Config, explain_config
from kiosk.content.languages import describe, language_states
from kiosk.content.locales import Language
from kiosk.content.questionnaire import Questionnaire
from kiosk.records.store import BackupTargetError, DeclarationStore
from kiosk.resources import I18N_DIR, content_root
from kiosk.staff.access import PIN_LENGTHS, SHORTEST_PIN, Role


def _add_common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config, --set and --log-level, before or after the command."""

    # After the command, the same options land in their own names ("sub_..."), merged
    # with those given before the command once parsed.
    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    prefix = "" if top else "sub_"

    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        dest=f"{prefix}config",
        help=f"TOML configuration file (default: ${CONFIG_ENV}, else built-in defaults)",
        default=default(None),
    )
    parser.add_argument(
        "--set",
        action="append",
        metavar="SECTION.KEY=VALUE",
        dest=f"{prefix}overrides",
        help="override one config key, e.g. --set slip.paper=a4 (repeatable)",
        default=default([]),
    )
    parser.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        dest=f"{prefix}log_level",
        help="messages written to stderr (default: INFO for run, WARNING otherwise)",
        default=default(None),
    )


def days_kept(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number of days, 1 to 3650")
    return days


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="radiology-kiosk",
        description="Touchscreen kiosk for the interventional radiology waiting room: "
        "patients read the explanation and declare their conditions; reception gets a slip.",
        epilog=f"Without --config, the file named by ${CONFIG_ENV} is used, or the defaults: "
        "database and slips in ~/.local/share/radiology-kiosk, slips written as PDF files. "
        "Every key is listed with its default in config.example.toml. Exit codes: 0 done; "
        "1 a problem was found (doctor) or a slip did not print (reprint); 2 a bad argument, "
        "configuration or content, nothing was done; 3 no declaration with that reference; "
        "4 the database cannot be opened or written. Messages go to stderr.",
    )
    _add_common_options(parser, top=True)
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="kiosk mode: frameless full screen that a patient cannot close "
        "(display.kiosk_mode = true)",
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str, details: str = "") -> argparse.ArgumentParser:
        sub = subcommands.add_parser(name, help=summary, description=details or summary)
        _add_common_options(sub, top=False)
        return sub

    run = command("run", "start the kiosk (the default)")
    run.add_argument(
        "--kiosk",
        action="store_true",
        default=argparse.SUPPRESS,
        help="kiosk mode: frameless full screen that a patient cannot close "
        "(display.kiosk_mode = true)",
    )
    command(
        "check-config",
        "validate the configuration and print every key with its value and source",
    ).add_argument("--json", action="store_true", help="print JSON for a script")
    command(
        "doctor",
        "check the database, disk, printer, fonts, display and languages",
        "Check what the kiosk needs: whether its user can create and write the data folder, "
        "the database (and its -wal, -shm) and the slips folder; database integrity and "
        "schema, free disk, the printer "
        "queue, fonts, display, the languages offered and their review state. Prints one "
        "line per check; exit code 1 when a problem was found. Never changes anything.",
    ).add_argument("--json", action="store_true", help="print JSON for a script")
    languages = command(
        "languages",
        "list the languages shipped, offered, and reviewed by a translator",
        "Every language shipped in resources/locales/: whether it is offered "
        "(kiosk.languages, in button order), whether a qualified translator has reviewed it, "
        "and whether its screen texts are compiled.",
    )
    languages.add_argument("--json", action="store_true", help="print JSON for a script")
    pin = command(
        "set-pin",
        "set the PIN of a staff role (typed twice, not shown)",
        "Set the PIN that opens staff mode on the kiosk: 4 to 12 digits for the staff role "
        "(reception), 6 to 12 for the it role (which may also leave the kiosk for the "
        "desktop). Hashed with staff.pepper_file's secret when one is configured. It also "
        "opens a PIN pad locked by wrong PINs. From a script, give the PIN on standard input.",
    )
    pin.add_argument("--role", choices=[role.value for role in Role], required=True)
    unlock = command(
        "unlock-staff",
        "open the PIN pad again after wrong PINs locked it",
        "Five wrong PINs in a row for a role (the PIN pad's Reception or IT button) close "
        "that role's PIN for 30 s, doubling up to 5 minutes. This clears the lock and the "
        "count of both roles, or of --role (audited); the kiosk sees it the next time its "
        "PIN pad is opened.",
    )
    unlock.add_argument(
        "--role", choices=[role.value for role in Role], help="only this role (default: both)"
    )
    listing = command("list", "list a day's declarations (default: today)")
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="the day (or today, yesterday)")
    listing.add_argument("--flagged", action="store_true", help="only those with answers to check")
    listing.add_argument("--unprinted", action="store_true", help="only those not printed")
    listing.add_argument("--json", action="store_true", help="print JSON for a script")
    show = command("show", "print one declaration as a text summary (staff language)")
    show.add_argument("reference", metavar="REF", help="the reference on the slip, e.g. K7F-3QX")
    show.add_argument("--json", action="store_true", help="print JSON for a script")
    reprint = command(
        "reprint",
        "print a declaration's slip again, or every slip of today not printed",
        "Print one declaration's slip again (REF), or with --unprinted every slip of today "
        "that is not on paper, oldest first; it stops at the first the printer does not "
        "take. The kiosk also retries those by itself every 30 s.",
    )
    reprint.add_argument("reference", nargs="?", metavar="REF", help="the reference, e.g. K7F-3QX")
    reprint.add_argument(
        "--unprinted", action="store_true", help="every slip of today not printed, instead of REF"
    )
    purge = command("purge", "delete declarations older than the retention period")
    purge.add_argument(
        "--older-than",
        type=days_kept,
        metavar="DAYS",
        help="days to keep (default: retention.days of the configuration)",
    )
    export = command(
        "export",
        "write declarations as CSV or JSON to standard output",
        "Write declarations (identity, answers, flags, print state) to standard output; "
        "they hold patient data: keep the file where the hospital's rules allow.",
    )
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    backup = command(
        "backup",
        "copy the database, consistently, while the kiosk runs",
        "Copy the live database to FILE with SQLite's online backup (the kiosk keeps "
        "working). The copy holds patient data: store it where the hospital's rules allow.",
    )
    backup.add_argument("target", metavar="FILE", type=Path, help="a new file (never overwritten)")
    questionnaire = command(
        "questionnaire",
        "the questionnaire for clinical sign-off: a PDF (--review-pack), else text",
        "Every question in the order asked, with the patient's words, the slip's clinical "
        "words, the names on the box, the flags, when each follow-up is asked, the dates an "
        "answer such as 'yesterday' is printed as, the slip's fixed wordings and a signature "
        "block, in the staff language (kiosk.staff_language). Without --review-pack, the same "
        "as plain text on standard output. Holds no patient data.",
    )
    questionnaire.add_argument(
        "--review-pack",
        type=Path,
        metavar="FILE",
        help="write it as a PDF to FILE, for clinicians to read and sign (replaced if it "
        "exists; readable by its owner only)",
    )
    questionnaire.add_argument(
        "--language",
        metavar="CODE",
        help="another enabled language (kiosk.languages), e.g. nl (default: the staff language)",
    )
    export.add_argument("--date", metavar="YYYY-MM-DD", help="one day only (default: all kept)")
    arguments = parser.parse_args(argv)
    arguments.command = arguments.command or "run"
    arguments.overrides = [*arguments.overrides, *getattr(arguments, "sub_overrides", [])]
    arguments.config = getattr(arguments, "sub_config", None) or arguments.config
    arguments.log_level = getattr(arguments, "sub_log_level", None) or arguments.log_level
    if arguments.kiosk:
        arguments.overrides = [*arguments.overrides, "display.kiosk_mode=true"]
    return arguments


def list_languages(config: Config, as_json: bool) -> int:
    states = language_states(config, content_root(config.kiosk.resources_dir) / "locales", I18N_DIR)
    if as_json:
        print(json.dumps([state.as_json() for state in states], ensure_ascii=False, indent=2))
    else:
        print(describe(states))
    return 0


def read_pin(role: str) -> str:
    """The PIN, typed twice without echo at a terminal; one line on stdin from a script."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    shortest, longest = SHORTEST_PIN[Role(role)], PIN_LENGTHS.stop - 1
    first = getpass.getpass(f"New PIN for {role} ({shortest} to {longest} digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ValueError("the two PINs differ: nothing was changed")
    return first


def administer(arguments: argparse.Namespace, config: Config) -> int:
    """Every command but run."""
    out, err = sys.stdout, sys.stderr
    name = arguments.command
    if name == "check-config":
        settings = explain_config(arguments.config, arguments.overrides)
        problems = commands.pepper_problems(config.staff.pepper_file)
        return commands.check_config(settings, out, arguments.json, problems, err)
    if name == "languages":
        return list_languages(config, arguments.json)
    if name == "doctor":
        from kiosk.doctor import (
            checks as doctor,  # not at the kiosk's start-up, which imports this module
        )

        return doctor.report(doctor.findings_for(config), out, arguments.json)
    questionnaire, content = load_domain(config)
    if name == "questionnaire":
        return commands.questionnaire_pack(
            config, questionnaire, content, arguments.review_pack, arguments.language, out, err
        )
    staff = content.language(config.kiosk.staff_language)
    with closing(DeclarationStore(config.database_path, repair=False)) as store:
        if name == "set-pin":
            try:
                pin = read_pin(arguments.role)
            except (ValueError, EOFError, KeyboardInterrupt) as error:
                err.write(f"radiology-kiosk: set-pin: {error or 'cancelled'}\n")
                return commands.ExitCode.USAGE
            code = commands.set_pin(store, Role(arguments.role), pin, err, config.staff.pepper_file)
            if code == commands.ExitCode.OK:
                out.write(f"PIN for {arguments.role} set.\n")
            return code
        if name == "unlock-staff":
            role = Role(arguments.role) if arguments.role else None
            return commands.unlock_staff(store, out, role)
        if name == "list":
            try:
                day = commands.parse_day(arguments.date, datetime.now().astimezone().date())
            except ValueError as error:
                err.write(f"radiology-kiosk: list: {error}\n")
                return commands.ExitCode.USAGE
            start, end = commands.day_bounds(day)
            summaries = store.summaries(
                start, end, flagged_only=arguments.flagged, unprinted_only=arguments.unprinted
            )
            store.audit("it", "list", None, f"{day:%Y-%m-%d} (command line)")
            return commands.list_declarations(summaries, day, out, arguments.json)
        if name == "reprint" and (arguments.unprinted or arguments.reference is None):
            if arguments.unprinted == (arguments.reference is not None):
                err.write("radiology-kiosk: reprint: give a reference REF or --unprinted\n")
                return commands.ExitCode.USAGE
            store.audit("it", "reprint unprinted", None, "command line")
            service = build_submission(config, questionnaire, content, store)
            today = commands.day_bounds(datetime.now().astimezone().date())[0]
            return print_commands.reprint_unprinted(service, store, today, out, err)
        if name in ("show", "reprint"):
            stored = store.find(arguments.reference)
            if stored is None:
                err.write(
                    f"radiology-kiosk: {name}: no declaration {arguments.reference!r}: "
                    "check the reference on the slip, or see `list`\n"
                )
                return commands.ExitCode.NOT_FOUND
            store.audit("it", name, stored.reference, "command line")
            if name == "show":
                attempts = store.print_attempts(stored.id)
                return commands.show(
                    stored, questionnaire, content, staff, attempts, out, arguments.json
                )
            service = build_submission(config, questionnaire, content, store)
            return print_commands.reprint(service, stored.reference, out, err)
        if name == "purge":
            days = config.retention.days if arguments.older_than is None else arguments.older_than
            return commands.purge(
                store, config.slip_folder, days, lambda: datetime.now(UTC), out, err
            )
        if name == "export":
            return export_declarations(arguments, store, questionnaire, staff)
        if name == "backup":
            try:
                copied = store.backup(arguments.target)
            except BackupTargetError as error:  # the file given, not the database
                err.write(f"radiology-kiosk: backup: {error}\n")
                return commands.ExitCode.USAGE
            store.audit("it", "backup", None, f"{copied} declaration(s)")
            out.write(f"{copied} declaration(s) copied to {arguments.target}\n")
            return commands.ExitCode.OK
    raise AssertionError(name)


def export_declarations(
    arguments: argparse.Namespace,
    store: DeclarationStore,
    questionnaire: Questionnaire,
    staff: Language,
) -> int:
    if arguments.date:
        try:
            day = commands.parse_day(arguments.date, datetime.now().astimezone().date())
        except ValueError as error:
            sys.stderr.write(f"radiology-kiosk: export: {error}\n")
            return commands.ExitCode.USAGE
        start, end = commands.day_bounds(day)
    else:
        start, end = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)
    records = []
    for summary in reversed(store.summaries(start, end)):
        stored = store.find(summary.reference)
        if stored is not None:
            records.append(commands.declaration_record(stored, questionnaire, staff))
    store.audit("it", "export", None, f"{len(records)} declaration(s), {arguments.format}")
    return commands.export(records, sys.stdout, arguments.format)
