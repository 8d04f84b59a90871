"""The identity card's part of one patient's session, without Qt or PC/SC.

The card reader service (kiosk/identity/reader.py) reports cards going in, read, failing
and coming out; the flow keeps here what the session knows of them. A new session gets a
new `CardSession`: nothing of a card read for one patient is there for the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from kiosk.identity.eid import CardFault, CardIdentity

# Longer than this from the card going in to its identity known, and the patient is told
# to type instead (a read takes under half a second; a scratched chip can take minutes).
CARD_READ_PATIENCE_SECONDS = 8


class IdentitySource(Enum):
    """How the declaration's name and date of birth were obtained (stored with it)."""

    TYPED = "typed"  # typed on the kiosk: not verified
    CARD = "card"  # read from the eID card, and confirmed by the person at the screen


@dataclass
class CardSession:
    reading_since: datetime | None = None  # a card went in; its identity is on its way
    fault: CardFault | None = None  # the last card gave no identity, and why
    identity: CardIdentity | None = None  # read: waiting for "yes, that's me", or confirmed
    confirmed: bool = False
    # Cards read for this patient: the audit says a card was read, never what it held.
    reads: int = field(default=0)

    @property
    def reading(self) -> bool:
        return self.reading_since is not None

    def elapsed(self, now: datetime) -> float:
        return 0.0 if self.reading_since is None else (now - self.reading_since).total_seconds()
