"""The command line: the arguments of every command, and the dispatch of those but `run`.

`python main.py --help`; each command also has `--help`. Each command is one unit in
kiosk/commands/catalog.py (its help, arguments and work); this module builds the parser
from them, and runs the one asked for with a `Context` that opens what it needs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from kiosk.commands.catalog import BY_NAME, COMMANDS
from kiosk.commands.unit import Context
from kiosk.config import CONFIG_ENV, Config


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
    for unit in COMMANDS:
        unit.arguments(command(unit.name, unit.summary, unit.details))
    arguments = parser.parse_args(argv)
    arguments.command = arguments.command or "run"
    arguments.overrides = [*arguments.overrides, *getattr(arguments, "sub_overrides", [])]
    arguments.config = getattr(arguments, "sub_config", None) or arguments.config
    arguments.log_level = getattr(arguments, "sub_log_level", None) or arguments.log_level
    if arguments.kiosk:
        arguments.overrides = [*arguments.overrides, "display.kiosk_mode=true"]
    return arguments


def administer(arguments: argparse.Namespace, config: Config) -> int:
    """Every command but run: its unit (kiosk/commands/catalog.py), given what it needs."""
    unit = BY_NAME[arguments.command]
    context = Context(unit.name, arguments, config, sys.stdout, sys.stderr, unit.actor)
    with closing(context):
        return unit.run(context)
