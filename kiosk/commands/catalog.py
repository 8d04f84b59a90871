"""Every command of the command line but `run`, each one unit (kiosk/commands/unit.py):
its help, its arguments, who the audit trail names, and its work. The work that reports
to a stream is in kiosk/commands/admin.py and kiosk/commands/reprint.py."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk.assembly import build_submission
from kiosk.commands import admin, translation
from kiosk.commands import reprint as printing
from kiosk.commands.record import RECORD_COMMANDS
from kiosk.commands.unit import Command, Context, json_option
from kiosk.config import explain_config
from kiosk.config_fhir import file_problems
from kiosk.content.languages import describe, language_states
from kiosk.errors import ExitCode
from kiosk.records.store import BackupTargetError, StoredDeclaration
from kiosk.resources import I18N_DIR, content_root
from kiosk.staff.access import PIN_LENGTHS, SHORTEST_PIN, Role

ROLES = [role.value for role in Role]


def days_kept(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number of days, 1 to 3650")
    return days


def read_pin(role: str) -> str:
    """The PIN, typed twice without echo at a terminal; one line on stdin from a script."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    shortest, longest = SHORTEST_PIN[Role(role)], PIN_LENGTHS.stop - 1
    first = getpass.getpass(f"New PIN for {role} ({shortest} to {longest} digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ValueError("the two PINs differ: nothing was changed")
    return first


def _today() -> datetime:
    return admin.day_bounds(datetime.now().astimezone().date())[0]


# -- configuration and the PC ------------------------------------------------------------


def check_config(context: Context) -> int:
    arguments = context.arguments
    settings = explain_config(arguments.config, arguments.overrides)
    problems = admin.pepper_problems(context.config.staff.pepper_file)
    problems += file_problems(context.config.fhir)
    return admin.check_config(settings, context.out, arguments.json, problems, context.err)


def doctor(context: Context) -> int:
    from kiosk.doctor import checks  # not at the kiosk's start-up, which imports this module

    return checks.report(checks.findings_for(context.config), context.out, context.arguments.json)


def languages(context: Context) -> int:
    config = context.config
    locales = content_root(config.kiosk.resources_dir) / "locales"
    states = language_states(config, locales, I18N_DIR)
    if context.arguments.json:
        context.out.write(
            json.dumps([state.as_json() for state in states], ensure_ascii=False, indent=2) + "\n"
        )
    else:
        context.out.write(describe(states) + "\n")
    return ExitCode.OK


def questionnaire(context: Context) -> int:
    arguments = context.arguments
    return admin.questionnaire_pack(
        context.config,
        context.questionnaire,
        context.content,
        arguments.review_pack,
        arguments.language,
        context.out,
        context.err,
    )


# -- staff access --------------------------------------------------------------------------


def set_pin(context: Context) -> int:
    role = context.arguments.role
    try:
        pin = read_pin(role)
    except (ValueError, EOFError, KeyboardInterrupt) as error:
        context.complain(str(error) or "cancelled")
        return ExitCode.USAGE
    code = admin.set_pin(
        context.store, Role(role), pin, context.err, context.config.staff.pepper_file
    )
    if code == ExitCode.OK:
        context.out.write(f"PIN for {role} set.\n")
    return code


def unlock_staff(context: Context) -> int:
    role = Role(context.arguments.role) if context.arguments.role else None
    return admin.unlock_staff(context.store, context.out, role)


# -- declarations ----------------------------------------------------------------------------


def list_day(context: Context) -> int:
    arguments = context.arguments
    try:
        day = admin.parse_day(arguments.date, datetime.now().astimezone().date())
    except ValueError as error:
        context.complain(str(error))
        return ExitCode.USAGE
    start, end = admin.day_bounds(day)
    summaries = context.store.declarations.summaries(
        start, end, flagged_only=arguments.flagged, unprinted_only=arguments.unprinted
    )
    context.audit("list", None, f"{day:%Y-%m-%d}")
    return admin.list_declarations(summaries, day, context.out, arguments.json)


def show(context: Context) -> int:
    stored = _find(context)
    if stored is None:
        return ExitCode.NOT_FOUND
    context.audit("show", stored.reference)
    attempts = context.store.prints.print_attempts(stored.id)
    return admin.show(
        stored,
        context.questionnaire,
        context.content,
        context.staff_language,
        attempts,
        context.out,
        context.arguments.json,
    )


def reprint(context: Context) -> int:
    arguments = context.arguments
    if arguments.unprinted == (arguments.reference is not None):
        context.complain("give a reference REF or --unprinted")
        return ExitCode.USAGE
    stored = None if arguments.unprinted else _find(context)
    if not arguments.unprinted and stored is None:
        return ExitCode.NOT_FOUND
    store, out, err = context.store, context.out, context.err
    service = build_submission(context.config, context.questionnaire, context.content, store)
    if stored is None:
        context.audit("reprint unprinted")
        return printing.reprint_unprinted(service, store, _today(), out, err)
    context.audit("reprint", stored.reference)
    return printing.reprint(service, stored.reference, out, err)


def _find(context: Context) -> StoredDeclaration | None:
    reference = context.arguments.reference
    stored = context.store.declarations.find(reference)
    if stored is None:
        context.complain(
            f"no declaration {reference!r}: check the reference on the slip, or see `list`"
        )
    return stored


def purge(context: Context) -> int:
    config, older_than = context.config, context.arguments.older_than
    days = config.retention.days if older_than is None else older_than
    return admin.purge(
        context.store,
        config.slip_folder,
        days,
        lambda: datetime.now(UTC),
        context.out,
        context.err,
        actor=context.actor,
    )


def export(context: Context) -> int:
    arguments = context.arguments
    if arguments.date:
        try:
            day = admin.parse_day(arguments.date, datetime.now().astimezone().date())
        except ValueError as error:
            context.complain(str(error))
            return ExitCode.USAGE
        start, end = admin.day_bounds(day)
    else:
        start, end = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)
    store = context.store
    records = []
    for summary in reversed(store.declarations.summaries(start, end)):
        stored = store.declarations.find(summary.reference)
        if stored is not None:
            records.append(
                admin.declaration_record(stored, context.questionnaire, context.staff_language)
            )
    context.audit("export", None, f"{len(records)} declaration(s), {arguments.format}")
    return admin.export(records, context.out, arguments.format)


def backup(context: Context) -> int:
    target = context.arguments.target
    try:
        copied = context.store.backup(target)
    except BackupTargetError as error:  # the file given, not the database
        context.complain(str(error))
        return ExitCode.USAGE
    context.audit("backup", None, f"{copied} declaration(s)")
    context.out.write(f"{copied} declaration(s) copied to {target}\n")
    return ExitCode.OK


# -- their arguments -------------------------------------------------------------------------


def _pin_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", choices=ROLES, required=True)


def _unlock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", choices=ROLES, help="only this role (default: both)")


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day (or today, yesterday)")
    parser.add_argument("--flagged", action="store_true", help="only those with answers to check")
    parser.add_argument("--unprinted", action="store_true", help="only those not printed")
    json_option(parser)


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", metavar="REF", help="the reference on the slip, e.g. K7F-3QX")
    json_option(parser)


def _reprint_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", nargs="?", metavar="REF", help="the reference, e.g. K7F-3QX")
    parser.add_argument(
        "--unprinted", action="store_true", help="every slip of today not printed, instead of REF"
    )


def _purge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--older-than",
        type=days_kept,
        metavar="DAYS",
        help="days to keep (default: retention.days of the configuration)",
    )


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["csv", "json"], default="csv")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="one day only (default: all kept)")


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar="FILE", type=Path, help="a new file (never overwritten)")


def _questionnaire_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--review-pack",
        type=Path,
        metavar="FILE",
        help="write it as a PDF to FILE, for clinicians to read and sign (replaced if it "
        "exists; readable by its owner only)",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="another enabled language (kiosk.languages), e.g. nl (default: the staff language)",
    )


COMMANDS: tuple[Command, ...] = (
    Command(
        "check-config",
        "validate the configuration and print every key with its value and source",
        check_config,
        arguments=json_option,
    ),
    Command(
        "doctor",
        "check the database, disk, printer, fonts, display and languages",
        doctor,
        "Check what the kiosk needs: whether its user can create and write the data folder, "
        "the database (and its -wal, -shm) and the slips folder; database integrity and "
        "schema, free disk, the printer queue, fonts, display, the languages offered and "
        "their review state. Prints one line per check; exit code 1 when a problem was "
        "found. Never changes anything.",
        json_option,
    ),
    Command(
        "languages",
        "list the languages shipped, offered, and reviewed by a translator",
        languages,
        "Every language shipped in resources/locales/: whether it is offered "
        "(kiosk.languages, in button order), whether a qualified translator has reviewed it, "
        "and whether its screen texts are compiled.",
        json_option,
    ),
    *translation.COMMANDS,  # translation-pack, language-reviewed
    Command(
        "set-pin",
        "set the PIN of a staff role (typed twice, not shown)",
        set_pin,
        "Set the PIN that opens staff mode on the kiosk: 4 to 12 digits for the staff role "
        "(reception), 6 to 12 for the it role (which may also leave the kiosk for the "
        "desktop). Hashed with staff.pepper_file's secret when one is configured. It also "
        "opens a PIN pad locked by wrong PINs. From a script, give the PIN on standard input.",
        _pin_arguments,
    ),
    Command(
        "unlock-staff",
        "open the PIN pad again after wrong PINs locked it",
        unlock_staff,
        "Five wrong PINs in a row for a role (the PIN pad's Reception or IT button) close "
        "that role's PIN for 30 s, doubling up to 5 minutes. This clears the lock and the "
        "count of both roles, or of --role (audited); the kiosk sees it the next time its "
        "PIN pad is opened.",
        _unlock_arguments,
    ),
    Command("list", "list a day's declarations (default: today)", list_day, "", _list_arguments),
    Command(
        "show",
        "print one declaration as a text summary (staff language)",
        show,
        "",
        _show_arguments,
    ),
    Command(
        "reprint",
        "print a declaration's slip again, or every slip of today not printed",
        reprint,
        "Print one declaration's slip again (REF), or with --unprinted every slip of today "
        "that is not on paper, oldest first; it stops at the first the printer does not "
        "take. The kiosk also retries those by itself every 30 s.",
        _reprint_arguments,
    ),
    Command(
        "purge",
        "delete declarations older than the retention period",
        purge,
        "",
        _purge_arguments,
    ),
    Command(
        "export",
        "write declarations as CSV or JSON to standard output",
        export,
        "Write declarations (identity, answers, flags, print state) to standard output; "
        "they hold patient data: keep the file where the hospital's rules allow.",
        _export_arguments,
    ),
    Command(
        "backup",
        "copy the database, consistently, while the kiosk runs",
        backup,
        "Copy the live database to FILE with SQLite's online backup (the kiosk keeps "
        "working). The copy holds patient data: store it where the hospital's rules allow.",
        _backup_arguments,
    ),
    Command(
        "questionnaire",
        "the questionnaire for clinical sign-off: a PDF (--review-pack), else text",
        questionnaire,
        "Every question in the order asked, with the patient's words, the slip's clinical "
        "words, the names on the box, the flags, when each follow-up is asked, the dates an "
        "answer such as 'yesterday' is printed as, the slip's fixed wordings and a signature "
        "block, in the staff language (kiosk.staff_language). Without --review-pack, the same "
        "as plain text on standard output. Holds no patient data.",
        _questionnaire_arguments,
    ),
    *RECORD_COMMANDS,
)
BY_NAME = {command.name: command for command in COMMANDS}
