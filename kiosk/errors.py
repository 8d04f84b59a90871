"""Errors that stop the kiosk with a message a person can act on."""


class KioskError(Exception):
    """Base of the kiosk's own errors."""


class ConfigError(KioskError):
    """The configuration is invalid: the message names the key, the value and the fix."""


class ContentError(KioskError):
    """A content or questionnaire file is invalid: the message names the file and entry."""
