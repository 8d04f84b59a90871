"""What IT and reception do from a shell: the commands behind `python main.py <command>`.

Each command writes its report to `out`, its complaints to `err` (with what to do next),
and returns the exit code (see `ExitCode`). None of them needs a display. `doctor` is in
kiosk/doctor/checks.py.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from kiosk.config import Config
from kiosk.content.casing import upper
from kiosk.content.locales import Content, Language
from kiosk.content.questionnaire import Questionnaire
from kiosk.errors import ExitCode as ExitCode  # the commands' codes, kept where they are told
from kiosk.files import write_atomically
from kiosk.job_state import JobState
from kiosk.patient.clinical import ClinicalSummary
from kiosk.patient.declaration import Declaration, answer_to_json
from kiosk.printing.printers import purge_slip_files
from kiosk.records.store import DeclarationStore, StoredDeclaration, Summary
from kiosk.resources import resource_path
from kiosk.staff.access import (
    PepperError,
    PinError,
    Role,
    check_pin_format,
    hash_pin,
    pin_matches,
    read_pepper,
)

FIRST_DAY = date(1900, 1, 1)  # `list`/`export --date`: days whose midnights all exist
LAST_DAY = date(9999, 12, 30)  # (the next midnight, in any time zone, fits a datetime)


PURGE_COMMAND_WAIT_SECONDS = 30.0  # IT can wait longer than the kiosk's daily purge


def parse_day(text: str | None, today: date) -> date:
    """`YYYY-MM-DD`, `today` or `yesterday`; raises ValueError with what is expected."""
    if text in (None, "today"):
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(text or "")
    except ValueError:
        raise ValueError(
            f"--date {text!r}: expected a day as YYYY-MM-DD, or today or yesterday"
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:  # the day's bounds must exist in every time zone
        raise ValueError(
            f"--date {text!r}: expected a day from {FIRST_DAY:%Y-%m-%d} to {LAST_DAY:%Y-%m-%d}"
        )
    return day


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The kiosk's local day, as an interval of instants (each midnight with the UTC
    offset in force on its own date: a summer day is not shifted by winter time)."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return start, end


def print_words(summary: Summary) -> str:
    if summary.print_state is None:
        return "NOT PRINTED (never sent)"
    if summary.printed and summary.backend == "folder":
        return "PDF file only (no paper)"
    if summary.printed:
        return f"printed ({summary.print_state})"
    if summary.backend == "folder" and summary.print_state == JobState.COMPLETED:
        return "NOT PRINTED (PDF file only: no printer answered)"
    return f"NOT PRINTED ({summary.print_state})"


# -- check-config --------------------------------------------------------------------------


def check_config(
    settings: Sequence[tuple[str, Any, str]],
    out: TextIO,
    as_json: bool,
    problems: Sequence[str] = (),
    err: TextIO | None = None,
) -> int:
    """The effective configuration, each key with where its value comes from. `problems`
    (a file named by a key that cannot be used) go to `err`, and the exit code is 2."""
    if as_json:
        rows = [
            {"key": key, "value": list(value) if isinstance(value, tuple) else value, "source": s}
            for key, value, s in settings
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        section = ""
        for key, value, source in settings:
            name, item = key.split(".")
            if name != section:
                out.write(f"{'' if not section else chr(10)}[{name}]\n")
                section = name
            shown = json.dumps(
                list(value) if isinstance(value, tuple) else value, ensure_ascii=False
            )
            out.write(f"{item} = {shown}  # {source}\n")
    for problem in problems:
        if err is not None:
            err.write(f"radiology-kiosk: check-config: {problem}\n")
    if problems:
        return ExitCode.USAGE
    if not as_json:
        out.write("\nThe configuration is valid.\n")
    return ExitCode.OK


# -- set-pin -------------------------------------------------------------------------------


def set_pin(
    store: DeclarationStore, role: Role, pin: str, err: TextIO, pepper_file: str = ""
) -> int:
    """The role's new PIN, hashed with the pepper when one is configured; it also clears
    the PIN pad's lock."""
    try:
        check_pin_format(pin, role)
        pepper = read_pepper(pepper_file)
    except (PinError, PepperError) as error:
        err.write(f"radiology-kiosk: set-pin: {error}\n")
        return ExitCode.USAGE
    for other in Role:
        stored = store.staff.pin(other)
        if other is not role and stored is not None and pin_matches(pin, stored, pepper):
            err.write(
                f"radiology-kiosk: set-pin: that PIN is already the {other.value} role's: "
                "choose another (the PIN decides the role)\n"
            )
            return ExitCode.USAGE
    store.staff.set_pin(role, hash_pin(pin, pepper))
    return ExitCode.OK


def unlock_staff(store: DeclarationStore, out: TextIO, role: Role | None = None) -> int:
    """`unlock-staff [--role R]`: open the kiosk's PIN pad again after wrong PINs, for both
    roles or one. A running kiosk sees it the next time its PIN pad is opened."""
    counting = store.staff.unlock_pin_pad("command line", role)
    which = "both roles" if role is None else f"the {role.value} role"
    if counting:
        names = " and ".join(each.value for each in counting)
        out.write(f"PIN pad unlocked for {which}: the wrong-PIN count of {names} starts again.\n")
    else:
        out.write(f"The PIN pad was not locked for {which}.\n")
    return ExitCode.OK


def pepper_problems(pepper_file: str) -> list[str]:
    """What is wrong with `staff.pepper_file`, for check-config: nothing when unset."""
    try:
        read_pepper(pepper_file)
    except PepperError as error:
        return [f"{error}; until then no staff PIN opens staff mode"]
    return []


# -- list, show, export --------------------------------------------------------------------


def list_declarations(summaries: Sequence[Summary], day: date, out: TextIO, as_json: bool) -> int:
    if as_json:
        rows = [
            {**asdict(summary), "created_at": summary.created_at.isoformat()}
            for summary in summaries
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    if not summaries:
        out.write(f"No declaration on {day:%Y-%m-%d}.\n")
        return ExitCode.OK
    out.write(f"{'time':<7}{'reference':<11}{'initials':<10}{'to check':<10}print\n")
    for summary in summaries:
        local = summary.created_at.astimezone()
        flags = f"{len(summary.flags)} !" if summary.flags else "-"
        out.write(
            f"{local:%H:%M}  {summary.reference:<11}{summary.initials:<10}{flags:<10}"
            f"{print_words(summary)}\n"
        )
    out.write(f"\n{len(summaries)} declaration(s) on {day:%Y-%m-%d}.\n")
    return ExitCode.OK


def answer_lines(
    declaration: Declaration, questionnaire: Questionnaire, staff: Language
) -> list[tuple[str, str, bool]]:
    """(question or item, answer, flagged) in the order asked, in the staff language's
    clinical words: the words of the slip (kiosk/patient/clinical.py)."""
    return [
        (line.label, line.said(), line.flagged)
        for line in ClinicalSummary(questionnaire, staff).lines(declaration)
    ]


def declaration_record(
    stored: StoredDeclaration, questionnaire: Questionnaire, staff: Language
) -> dict[str, Any]:
    declaration = stored.declaration
    return {
        "reference": stored.reference,
        # the kiosk's local time, as on the slip, with its offset: unambiguous either way
        "created_at": declaration.submitted_at.astimezone().isoformat(),
        "language": declaration.language,
        "last_name": declaration.last_name,
        "first_name": declaration.first_name,
        "birth_date": declaration.birth_date.isoformat(),
        "flags": list(stored.flags),
        "print_state": stored.print_state,
        "answers": {key: answer_to_json(answer) for key, answer in declaration.answers.items()},
        "answers_text": [
            {"question": title, "answer": text, "flagged": flagged}
            for title, text, flagged in answer_lines(declaration, questionnaire, staff)
        ],
    }


def show(
    stored: StoredDeclaration,
    questionnaire: Questionnaire,
    content: Content,
    staff: Language,
    attempts: Sequence[dict[str, object]],
    out: TextIO,
    as_json: bool,
) -> int:
    record = declaration_record(stored, questionnaire, staff)
    if as_json:
        record["print_attempts"] = list(attempts)
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    declaration = stored.declaration
    language = content.language_name(declaration.language, staff)
    created = declaration.submitted_at.astimezone()
    age = ClinicalSummary(questionnaire, staff).age(
        declaration.birth_date, declaration.submitted_at
    )
    last_name = upper(declaration.last_name, declaration.language)
    out.write(
        f"{stored.reference}  {last_name} {declaration.first_name}, "
        f"born {declaration.birth_date:%d/%m/%Y} ({age})\n"
        f"filled in {created:%Y-%m-%d %H:%M} in {language}; "
        f"{len(stored.flags)} answer(s) to check\n\n"
    )
    for line in ClinicalSummary(questionnaire, staff).lines(declaration):  # the slip's lines
        out.write(f"{'!!' if line.flagged else '  '} {line.plain()}\n")
    out.write("\nprint attempts:\n" if attempts else "\nnever sent to a printer\n")
    for attempt in attempts:
        reason = f" ({attempt['reason']})" if attempt.get("reason") else ""
        where = f" {attempt['queue']}" if attempt.get("queue") else ""
        out.write(
            f"  {_local(str(attempt['created_at']))}  {attempt['backend']}{where}: "
            f"{attempt['state']}{reason}\n"
        )
    return ExitCode.OK


def export(records: Sequence[dict[str, Any]], out: TextIO, file_format: str) -> int:
    if file_format == "json":
        out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    columns = [
        "reference",
        "created_at",
        "language",
        "last_name",
        "first_name",
        "birth_date",
        "flags",
        "print_state",
        "answers",
        "answers_text",
    ]
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        writer.writerow(
            [
                neutralised(
                    " ".join(record[column])
                    if column == "flags"
                    else json.dumps(record[column], ensure_ascii=False)
                    if column == "answers"
                    else _said(record.get(column, []))
                    if column == "answers_text"
                    else record[column] or ""
                )
                for column in columns
            ]
        )
    return ExitCode.OK


def _local(stamp: str) -> str:
    """A stored UTC time as the kiosk's local time, as everywhere else staff read one."""
    try:
        return f"{datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M:%S}"
    except ValueError:
        return stamp


def _said(lines: Sequence[dict[str, Any]]) -> str:
    """The slip's words on one line: "!! " before an answer reception must not miss."""
    return " | ".join(
        f"{'!! ' if line['flagged'] else ''}{line['question']}: {line['answer']}" for line in lines
    )


def neutralised(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# -- reprint, purge ------------------------------------------------------------------------


def purge(
    store: DeclarationStore,
    slips: Path,
    days: int,
    now: Callable[[], datetime],
    out: TextIO,
    err: TextIO | None = None,
    wait: float | None = None,  # seconds; PURGE_COMMAND_WAIT_SECONDS
    actor: str = "it",  # who the audit trail names
) -> int:
    """Declarations, and the slip files of the folder backend, older than `days`. 0 done;
    1 deleted, but the database's WAL still holds them (another program reading it)."""
    before = now().astimezone(UTC) - timedelta(days=days)
    if wait is None:
        wait = PURGE_COMMAND_WAIT_SECONDS
    purged = store.declarations.purge_checked(before, role=actor, wait=wait)
    files = purge_slip_files(slips, before)
    out.write(
        f"{purged.removed} declaration(s) and {files} slip file(s) older than {days} day(s) "
        "deleted.\n"
    )
    if purged.kept:
        out.write(
            f"{purged.kept} declaration(s) kept: the hospital's record does not have them yet "
            "(python main.py outbox list).\n"
        )
    if purged.left is not None:
        (err or sys.stderr).write(f"radiology-kiosk: purge not completed: {purged.left}.\n")
        return ExitCode.PROBLEM
    return ExitCode.OK


def questionnaire_pack(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    target: Path | None,
    code: str | None,
    out: TextIO,
    err: TextIO,
) -> int:
    """`questionnaire [--review-pack FILE] [--language CODE]`: what clinicians sign off,
    as a PDF file or as text on stdout. 0 written; 2 a bad argument, nothing written."""
    from kiosk.commands.review_pack_content import as_text, build_pack  # only for this command

    code = code or config.kiosk.staff_language
    if code not in content.languages:
        enabled = ", ".join(content.languages)
        err.write(
            f"radiology-kiosk: questionnaire: --language {code!r} is not an enabled language "
            f"(kiosk.languages: {enabled})\n"
        )
        return ExitCode.USAGE
    language = content.language(code)
    staff = content.language(config.kiosk.staff_language)
    pack = build_pack(
        questionnaire,
        language,
        hospital=config.kiosk.hospital_name,
        department=config.kiosk.department_name,
        printed_at=datetime.now().astimezone(),
        language_name=content.language_name(code, staff),
    )
    if target is None:
        out.write(as_text(pack))
        return ExitCode.OK
    from kiosk.commands.review_pack import ReviewPackRenderer  # ReportLab: never at start-up

    pdf = ReviewPackRenderer(pack, resource_path("fonts")).render()
    try:
        write_atomically(target, pdf)
    except OSError as error:
        err.write(f"radiology-kiosk: questionnaire: cannot write {target}: {error.strerror}\n")
        return ExitCode.USAGE
    except ValueError:  # a NUL byte in the file name
        err.write(
            f"radiology-kiosk: questionnaire: --review-pack {str(target)!r}: expected a file "
            "name without a NUL byte\n"
        )
        return ExitCode.USAGE
    out.write(f"{target}: {len(pack.entries)} questions, version {pack.version}, {code}\n")
    return ExitCode.OK
