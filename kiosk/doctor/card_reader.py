"""`doctor`'s line on the eID card reader: whether pcscd answers and a reader is plugged
in. It only looks at the reader's state: a card in it is never read."""

from __future__ import annotations

from kiosk.config import Config
from kiosk.doctor.findings import Finding
from kiosk.identity.reader import ReaderState, reader_state_now

_ADVICE = {
    ReaderState.NO_LIBRARY: "pyscard is not installed (scripts/setup.sh installs it)",
    ReaderState.NO_SERVICE: "pcscd is not running: apt-get install pcscd libccid, then "
    "systemctl enable --now pcscd.socket",
    ReaderState.NO_READER: "no card reader plugged in (a CCID USB reader; lsusb shows it)",
}


def card_reader_findings(config: Config, timeout_seconds: float = 2.0) -> list[Finding]:
    """A warning, not a problem: without a reader patients type their names."""
    if config.identity.card_reader == "off":
        return [Finding("card", "ok", "eID card reader turned off (identity.card_reader)")]
    changed = reader_state_now(timeout_seconds)
    advice = _ADVICE.get(changed.state)
    if advice is not None:
        return [Finding("card", "warning", f"{advice}; until then patients type their names")]
    card = " (a card is in it)" if changed.state is ReaderState.CARD_IN else ""
    return [Finding("card", "ok", f"eID card reader ready: {changed.reader}{card}")]
