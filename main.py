"""Start the radiology waiting-room kiosk: `python main.py --help`.

This is the one place that builds the config, the store, the printer and the flow,
and hands them to the window.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.config import CONFIG_ENV, Config, load_config
from kiosk.content import Content, load_content
from kiosk.cups import AutoPrinter, CupsPrinter
from kiosk.errors import KioskError
from kiosk.flow import Clock, Flow, utc_now
from kiosk.languages import describe, language_states
from kiosk.printing import FolderPrinter, Printer
from kiosk.questionnaire import Questionnaire, load_questionnaire
from kiosk.resources import resource_path
from kiosk.store import DeclarationStore, StoreError
from kiosk.submission import Renderer, SubmissionService

log = logging.getLogger("kiosk")
I18N_DIR = Path(__file__).resolve().parent / "i18n"  # the screens' Qt catalogs


def _add_common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config, --set and --log-level, before or after the command."""

    # After the command, an option left out must not undo one given before it.
    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help=f"TOML configuration file (default: ${CONFIG_ENV}, else built-in defaults)",
        default=default(None),
    )
    parser.add_argument(
        "--set",
        action="append",
        metavar="SECTION.KEY=VALUE",
        dest="overrides",
        help="override one config key, e.g. --set slip.paper=a4 (repeatable)",
        default=default([]),
    )
    parser.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="messages written to stderr (default: INFO)",
        default=default("INFO"),
    )


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="radiology-kiosk",
        description="Touchscreen kiosk for the interventional radiology waiting room: "
        "patients read the explanation and declare their conditions; reception gets a slip.",
        epilog=f"Without --config, the file named by ${CONFIG_ENV} is used, or the defaults: "
        "database and slips in ~/.local/share/radiology-kiosk, slips written as PDF files. "
        "Every key is listed with its default in config.example.toml. Exit codes: 0 done, "
        "1 a problem was found (see the message), 2 the configuration or the content is "
        "wrong and nothing was done.",
    )
    _add_common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="start the kiosk (the default)")
    languages = commands.add_parser(
        "languages",
        help="list the languages shipped, offered, and reviewed by a translator",
        description="Every language shipped in resources/locales/: whether it is offered "
        "(kiosk.languages, in button order), whether a qualified translator has reviewed it, "
        "and whether its screen texts are compiled.",
    )
    languages.add_argument("--json", action="store_true", help="print JSON for a script")
    for command in (run, languages):
        _add_common_options(command, top=False)
    arguments = parser.parse_args(argv)
    arguments.command = arguments.command or "run"
    return arguments


def load_domain(config: Config) -> tuple[Questionnaire, Content]:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    questionnaire = load_questionnaire(root / "questionnaire.toml")
    content = load_content(root / "locales", config.kiosk.languages, questionnaire)
    return questionnaire, content


def build_submission(
    config: Config, questionnaire: Questionnaire, content: Content, store: DeclarationStore
) -> SubmissionService:
    staff = content.language(config.kiosk.staff_language)

    @cache
    def renderer() -> Renderer:  # ReportLab is loaded on the first slip, not at start
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

    return SubmissionService(store, questionnaire, renderer, choose_printer(config))


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
    except OSError as error:  # the data folder cannot be made: say which setting leads there
        raise StoreError(
            f"kiosk.data_dir = {str(config.data_dir)!r}: cannot create the database there "
            f"({error.strerror}: {error.filename})"
        ) from error
    return Kiosk(
        config,
        questionnaire,
        content,
        store,
        build_submission(config, questionnaire, content, store),
    )


def list_languages(config: Config, as_json: bool) -> int:
    root = Path(config.kiosk.resources_dir) if config.kiosk.resources_dir else resource_path()
    states = language_states(config, root / "locales", I18N_DIR)
    if as_json:
        print(json.dumps([state.as_json() for state in states], ensure_ascii=False, indent=2))
    else:
        print(describe(states))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=arguments.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        config = load_config(arguments.config, arguments.overrides)
        if arguments.command == "languages":
            return list_languages(config, arguments.json)
        kiosk = build_kiosk(config)
    except (KioskError, StoreError) as error:
        print(f"radiology-kiosk: {error}", file=sys.stderr)
        return 2
    return run(kiosk)


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
    app = QApplication(sys.argv[:1])
    window = build_window(
        config,
        kiosk.new_flow(),
        kiosk.content,
        kiosk.service.submit,
        housekeeping=kiosk.service.follow_jobs,
        translations=translations,
    )
    if config.display.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    status = app.exec()
    window.wait_for_background()  # never cut an acknowledged save short
    kiosk.store.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
