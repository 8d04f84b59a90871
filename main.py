"""Start the radiology waiting-room kiosk: `python main.py --help`.

This is the one place that builds the config, the store, the printer and the flow,
and hands them to the window.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import commands
from kiosk.config import CONFIG_ENV, Config, explain_config, load_config
from kiosk.content import Content, Language, load_content
from kiosk.cups import AutoPrinter, CupsPrinter
from kiosk.errors import KioskError
from kiosk.flow import Clock, Flow, utc_now
from kiosk.housekeeping import Housekeeper
from kiosk.languages import describe, language_states
from kiosk.printing import FolderPrinter, Printer
from kiosk.questionnaire import Questionnaire, load_questionnaire
from kiosk.resources import SLIP_FONTS, resource_path
from kiosk.staff import Role
from kiosk.staff_desk import StaffDesk, queue_words
from kiosk.store import DeclarationStore, StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.slip import SlipRenderer
from kiosk.submission import SubmissionService
from kiosk.watchdog import Watchdog

log = logging.getLogger("kiosk")
I18N_DIR = Path(__file__).resolve().parent / "i18n"  # the screens' Qt catalogs


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
        "Check what the kiosk needs: database integrity and schema, free disk, the printer "
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
        "Set the PIN that opens staff mode on the kiosk: 4 to 8 digits. Reception uses the "
        "staff role; the it role may also leave the kiosk for the desktop. From a script, "
        "give the PIN on standard input.",
    )
    pin.add_argument("--role", choices=[role.value for role in Role], required=True)
    listing = command("list", "list a day's declarations (default: today)")
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="the day (or today, yesterday)")
    listing.add_argument("--flagged", action="store_true", help="only those with answers to check")
    listing.add_argument("--unprinted", action="store_true", help="only those not printed")
    listing.add_argument("--json", action="store_true", help="print JSON for a script")
    show = command("show", "print one declaration as a text summary (staff language)")
    show.add_argument("reference", metavar="REF", help="the reference on the slip, e.g. K7F-3QX")
    show.add_argument("--json", action="store_true", help="print JSON for a script")
    reprint = command("reprint", "print a declaration's slip again")
    reprint.add_argument("reference", metavar="REF", help="the reference, e.g. K7F-3QX")
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
    export.add_argument("--date", metavar="YYYY-MM-DD", help="one day only (default: all kept)")
    arguments = parser.parse_args(argv)
    arguments.command = arguments.command or "run"
    arguments.overrides = [*arguments.overrides, *getattr(arguments, "sub_overrides", [])]
    arguments.config = getattr(arguments, "sub_config", None) or arguments.config
    arguments.log_level = getattr(arguments, "sub_log_level", None) or arguments.log_level
    if arguments.kiosk:
        arguments.overrides = [*arguments.overrides, "display.kiosk_mode=true"]
    return arguments


def load_domain(config: Config) -> tuple[Questionnaire, Content]:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    questionnaire = load_questionnaire(root / "questionnaire.toml")
    content = load_content(root / "locales", config.kiosk.languages, questionnaire)
    return questionnaire, content


def slip_renderer(
    config: Config, questionnaire: Questionnaire, content: Content
) -> Callable[[], SlipRenderer]:
    staff = content.language(config.kiosk.staff_language)

    @cache
    def renderer() -> SlipRenderer:  # ReportLab is loaded on the first slip, not at start
        from kiosk.slip import SlipRenderer

        return SlipRenderer(
            questionnaire,
            staff,
            config.kiosk.hospital_name,
            config.kiosk.department_name,
            config.slip.paper,
            resource_path("fonts"),
            lambda code: staff.language_name(code, content.language(code).name),
        )

    return renderer


def build_submission(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    store: DeclarationStore,
    printer: Printer | None = None,
) -> SubmissionService:
    renderer = slip_renderer(config, questionnaire, content)
    return SubmissionService(store, questionnaire, renderer, printer or choose_printer(config))


def build_staff_desk(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    store: DeclarationStore,
    service: SubmissionService,
    printer: Printer,
) -> StaffDesk:
    renderer = slip_renderer(config, questionnaire, content)

    def render_slip(reference: str) -> bytes | None:
        stored = store.find(reference)
        return None if stored is None else renderer().render(stored.declaration, stored.reference)

    def render_test_page(now: datetime, where: str) -> bytes:
        return renderer().render_test_page(now.astimezone(), where)

    return StaffDesk(config, store, service, render_slip, render_test_page, printer)


def choose_printer(config: Config) -> Printer:
    """The configured backend; "auto" asks at each slip whether CUPS has a default printer."""
    folder = FolderPrinter(config.slip_folder)
    cups = CupsPrinter(config.printer.queue, config.slip.paper, config.printer.copies)
    backend = config.printer.backend
    log.info("printer backend: %s (slips folder %s)", backend, config.slip_folder)
    if backend == "cups":
        return cups
    if backend == "folder":
        return folder
    return AutoPrinter(cups, folder)


@dataclass(frozen=True)
class Kiosk:
    """Everything the window needs, built once from the config."""

    config: Config
    questionnaire: Questionnaire
    content: Content
    store: DeclarationStore
    service: SubmissionService
    staff_desk: StaffDesk
    housekeeper: Housekeeper

    def new_flow(self, clock: Clock = utc_now) -> Flow:
        config = self.config
        return Flow(
            self.questionnaire,
            len(self.content.language(config.kiosk.default_language).pages),
            config.kiosk.default_language,
            config.identity.max_name_length,
            config.flow.done_return_seconds,
            idle_seconds=config.flow.idle_seconds,
            idle_warning_seconds=config.flow.idle_warning_seconds,
            clock=clock,
        )


def build_kiosk(config: Config) -> Kiosk:
    """Raises KioskError or StoreError with a message for IT."""
    questionnaire, content = load_domain(config)
    try:
        store = DeclarationStore(config.database_path)
    except StoreError as error:  # say which setting leads there
        raise StoreError(f"kiosk.data_dir = {str(config.data_dir)!r}: {error}") from error
    printer = choose_printer(config)
    service = build_submission(config, questionnaire, content, store, printer)
    desk = build_staff_desk(config, questionnaire, content, store, service, printer)
    housekeeper = Housekeeper(service, store, config.slip_folder, config.retention.days, utc_now)
    return Kiosk(config, questionnaire, content, store, service, desk, housekeeper)


def list_languages(config: Config, as_json: bool) -> int:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    states = language_states(config, root / "locales", I18N_DIR)
    if as_json:
        print(json.dumps([state.as_json() for state in states], ensure_ascii=False, indent=2))
    else:
        print(describe(states))
    return 0


def read_pin(role: str) -> str:
    """The PIN, typed twice without echo at a terminal; one line on stdin from a script."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass(f"New PIN for {role} (4 to 8 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ValueError("the two PINs differ: nothing was changed")
    return first


def doctor_findings(config: Config) -> list[commands.Finding]:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    findings = [commands.Finding("config", "ok", "valid")]
    try:
        load_domain(config)
        findings.append(commands.Finding("content", "ok", f"{root} loads"))
    except KioskError as error:
        findings.append(commands.Finding("content", "problem", str(error)))
    findings += commands.database_findings(config.database_path)
    findings += commands.disk_findings(config.data_dir)
    findings += printer_findings(config)
    missing = [name for name in SLIP_FONTS if not (root / "fonts" / name).is_file()]
    findings.append(
        commands.Finding("fonts", "problem", f"missing in {root / 'fonts'}: {missing}")
        if missing
        else commands.Finding("fonts", "ok", "the slip's fonts are there")
    )
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")
    platform = os.environ.get("QT_QPA_PLATFORM")
    findings.append(
        commands.Finding(
            "display",
            "ok" if display or platform else "warning",
            f"Qt platform {platform}"
            if platform
            else f"display {display}"
            if display
            else "no display in this shell (normal over SSH; the kiosk session has its own)",
        )
    )
    findings += commands.language_findings(language_states(config, root / "locales", I18N_DIR))
    return findings


def printer_findings(config: Config) -> list[commands.Finding]:
    folder = commands.Finding("printer", "ok", f"slips are written to {config.slip_folder}")
    if config.printer.backend == "folder":
        return [folder]
    cups = CupsPrinter(config.printer.queue, config.slip.paper, config.printer.copies)
    auto = config.printer.backend == "auto"
    if not cups.available():
        missing = "CUPS client (lp, lpstat) not installed: apt-get install cups-client"
        if auto:
            return [commands.Finding("printer", "warning", missing), folder]
        return [commands.Finding("printer", "problem", missing)]
    queue = cups.destination()
    if queue is None:
        if auto:
            return [commands.Finding("printer", "warning", "no default CUPS printer"), folder]
        return [
            commands.Finding(
                "printer",
                "problem",
                "no printer.queue and no default CUPS printer: set printer.queue",
            )
        ]
    status = cups.status(queue)
    words = queue_words(status)
    return [commands.Finding("printer", "ok" if status.ready else "problem", f"{queue}: {words}")]


def administer(arguments: argparse.Namespace, config: Config) -> int:
    """Every command but run."""
    out, err = sys.stdout, sys.stderr
    name = arguments.command
    if name == "check-config":
        settings = explain_config(arguments.config, arguments.overrides)
        return commands.check_config(settings, out, arguments.json)
    if name == "languages":
        return list_languages(config, arguments.json)
    if name == "doctor":
        return commands.doctor(doctor_findings(config), out, arguments.json)
    questionnaire, content = load_domain(config)
    staff = content.language(config.kiosk.staff_language)
    with closing(DeclarationStore(config.database_path, repair=False)) as store:
        if name == "set-pin":
            try:
                pin = read_pin(arguments.role)
            except (ValueError, EOFError, KeyboardInterrupt) as error:
                err.write(f"radiology-kiosk: set-pin: {error or 'cancelled'}\n")
                return commands.ExitCode.USAGE
            code = commands.set_pin(store, Role(arguments.role), pin, err)
            if code == commands.ExitCode.OK:
                out.write(f"PIN for {arguments.role} set.\n")
            return code
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
            return commands.reprint(service, stored.reference, out, err)
        if name == "purge":
            days = config.retention.days if arguments.older_than is None else arguments.older_than
            return commands.purge(store, config.slip_folder, days, lambda: datetime.now(UTC), out)
        if name == "export":
            return export_declarations(arguments, store, questionnaire, staff)
        if name == "backup":
            copied = store.backup(arguments.target)
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


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=arguments.log_level or ("INFO" if arguments.command == "run" else "WARNING"),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        config = load_config(arguments.config, arguments.overrides)
        if arguments.command == "run":
            try:
                kiosk = build_kiosk(config)
            except StoreError as error:
                log.error("the kiosk cannot work: %s", error)
                return run_out_of_order(config, error)
            return run(kiosk)
        return administer(arguments, config)
    except (KioskError, StoreError) as error:
        print(f"radiology-kiosk: {error}", file=sys.stderr)
        return (
            commands.ExitCode.DATABASE if isinstance(error, StoreError) else commands.ExitCode.USAGE
        )


OUT_OF_ORDER_REPAIRED = 75  # the database opens again: systemd (Restart=always) restarts us


def run_out_of_order(config: Config, error: StoreError) -> int:
    """The database cannot be opened: patients are told to go to reception (in every
    language offered), IT reads why in the journal and with `doctor`, and the kiosk
    starts afresh once the database opens again."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from ui.app import window_size
    from ui.lockdown import Lockdown
    from ui.out_of_order import OutOfOrderWindow
    from ui.texts import Translations
    from ui.theme import Theme, px_per_mm_for

    _, content = load_domain(config)
    translations = Translations(I18N_DIR, content.languages.values())
    messages = [
        (translations.words(code).text("out_of_order"), language.rtl)
        for code, language in content.languages.items()
    ]
    app = QApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen()
    size = window_size(config, screen)
    full = config.display.fullscreen or config.display.kiosk_mode
    theme = Theme(
        px_per_mm_for(screen.physicalDotsPerInch(), size.width(), size.height(), full_screen=full)
    )

    def database_opens() -> bool:
        try:
            DeclarationStore(config.database_path).close()
        except StoreError as still:
            log.error("the kiosk still cannot work: %s", still)
            return False
        return True

    window = OutOfOrderWindow(
        theme, messages, database_opens, lambda: app.exit(OUT_OF_ORDER_REPAIRED)
    )
    window.resize(size)
    if config.display.kiosk_mode:
        Lockdown(window)
    if full:
        window.showFullScreen()
    else:
        window.show()
    print(f"radiology-kiosk: {error} (showing 'out of order' to patients)", file=sys.stderr)
    watchdog = serve(window, lambda: app.exit(commands.ExitCode.DATABASE))
    status = app.exec()
    watchdog.stopping()
    return status


def serve(window: QWidget, stop: Callable[[], None]) -> Watchdog:
    """What every kiosk window needs from its process: systemd told it is ready once the
    event loop runs, watchdog pings from the GUI thread's own timer (a frozen screen gets
    restarted), and SIGTERM / Ctrl+C leaving through `stop` (Python sees a signal only
    between Qt events: a timer gives it the chance)."""
    from PySide6.QtCore import QTimer

    watchdog = Watchdog()
    QTimer.singleShot(0, watchdog.ready)
    interval = watchdog.ping_interval_ms
    if interval is not None:
        pings = QTimer(window)
        pings.timeout.connect(watchdog.ping)
        pings.start(interval)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop())
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    return watchdog


def run(kiosk: Kiosk) -> int:
    config = kiosk.config
    log.info("database %s", config.database_path)

    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from ui.texts import Translations

    try:
        translations = Translations(I18N_DIR, kiosk.content.languages.values())
    except KioskError as error:
        print(f"radiology-kiosk: {error}", file=sys.stderr)
        return 2
    try:
        kiosk.housekeeper.purge_expired()  # retention: at start, then daily
    except StoreError as error:
        log.error("retention purge failed: %s", error)
    app = QApplication(sys.argv[:1])
    window = build_window(
        config,
        kiosk.new_flow(),
        kiosk.content,
        kiosk.service.submit,
        housekeeping=kiosk.housekeeper,
        translations=translations,
        staff_desk=kiosk.staff_desk,
    )

    def leave_for_desktop() -> None:  # IT only, from staff mode
        window.allow_close()
        app.exit(0)

    if window.staff_mode is not None:
        window.staff_mode.exit_requested.connect(leave_for_desktop)
    if config.display.fullscreen or config.display.kiosk_mode:
        window.showFullScreen()
    else:
        window.show()
    watchdog = serve(window, leave_for_desktop)
    status = app.exec()
    watchdog.stopping()
    window.wait_for_background()  # never cut an acknowledged save short
    kiosk.store.close()
    return status


def entry_point() -> int:
    """`radiology-kiosk` and `python main.py`: a closed pipe (`| head`) ends quietly."""
    try:
        status = main()
        sys.stdout.flush()  # here, where a closed pipe is caught, not at interpreter exit
        return status
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(entry_point())
