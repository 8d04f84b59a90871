"""Errors that stop the kiosk with a message a person can act on, and the exit codes the
command line reports them with."""

from __future__ import annotations

from enum import IntEnum


class KioskError(Exception):
    """Base of the kiosk's own errors."""


class ConfigError(KioskError):
    """The configuration is invalid: the message names the key, the value and the fix."""


class ContentError(KioskError):
    """A content or questionnaire file is invalid: the message names the file and entry."""


class ExitCode(IntEnum):
    """The command line's exit codes (README: "Exit codes")."""

    OK = 0
    PROBLEM = 1  # doctor found a problem; a reprint did not reach the printer; purge unfinished
    USAGE = 2  # a bad argument, configuration or content: nothing was done
    NOT_FOUND = 3  # no declaration with that reference
    DATABASE = 4  # the database cannot be opened
