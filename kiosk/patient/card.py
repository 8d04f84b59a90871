"""The identity card's part of the patient's journey, without Qt or PC/SC.

The card reader service (kiosk/identity/reader.py) reports cards going in, read, failing
and coming out; the window passes each report to the flow (`CardIntents`, a part of
kiosk/patient/flow.py's `Flow`), which keeps what the session knows of them in a
`CardSession`. A new session gets a new one: nothing of a card read for one patient is
there for the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from kiosk.identity.eid import CardFault, CardIdentity
from kiosk.patient.declaration import InvalidInput, Problem, clean_name, parse_birth_date
from kiosk.patient.steps import CARD, CARD_CONFIRM, IDENTITY, REVIEW, WELCOME, Screen, Step

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


class CardIntents:
    """The flow's card intents, on the flow's own state (declared below, set by `Flow`):
    a card going in from the welcome screen to the review shows the card screen, a card
    read asks "is this you?", "yes" fills the identity and goes back where the patient
    was, "no" or "type instead" forgets the card and goes to typing."""

    card_reader: bool  # identity.card_reader is "auto"
    card_in_reader: bool  # a fact of the kiosk, kept across sessions
    reader_problem: CardFault | None
    card: CardSession
    names: dict[Screen, str]
    birth_digits: str
    problem: Problem | None
    _before_card: Step | None  # where the patient was when a card went in
    _editing_from_review: Step | None
    _max_name_length: int
    _clock: Callable[[], datetime]

    @property
    def step(self) -> Step:
        raise NotImplementedError

    @step.setter
    def step(self, step: Step) -> None:
        raise NotImplementedError

    def touch(self) -> None:
        raise NotImplementedError

    def steps(self) -> list[Step]:
        raise NotImplementedError

    def _takes_cards(self) -> bool:
        """A card fills the identity from the welcome screen to the review, not once the
        declaration is on its way (nor on the thank-you screen: the next patient's)."""
        return self.card_reader and self.step.screen not in (Screen.SUBMITTING, Screen.DONE)

    def card_inserted(self) -> bool:
        """A card went in: the card screen says it is being read."""
        self.card_in_reader = True
        if not self._takes_cards():
            return False
        self.touch()
        if self.card.identity is not None:  # another card: the first one's data go
            self._forget_card_identity()
        self.card.reading_since = self._clock()
        self.card.fault = None
        if self.step not in (CARD, CARD_CONFIRM):
            self._before_card = self.step
        self.step = CARD
        return True

    def reader_changed(self, problem: CardFault | None) -> bool:
        """The reader is there and pcscd answers (None), or NO_READER / NO_SERVICE: the
        card screen then says so at once and offers typing. A card being read fails."""
        self.reader_problem = problem
        if problem is not None:
            self.card_in_reader = False
            if self.card.reading:
                return self.card_failed(problem)
        return self.step == CARD

    def _forget_card_identity(self) -> None:
        if self.card.confirmed:
            self.names = {Screen.LAST_NAME: "", Screen.FIRST_NAME: ""}
            self.birth_digits = ""
        self.card = CardSession(reads=self.card.reads)

    def card_read(self, identity: CardIdentity) -> bool:
        """The card's identity: the patient is asked whether it is theirs."""
        self.card_in_reader = True
        if not self._takes_cards() or self.card.reading_since is None:
            return False  # a read that took too long, or for a session that has ended
        self.card.reading_since = None
        try:
            clean_name(identity.last_name, self._max_name_length)
            clean_name(identity.first_name(self._max_name_length) or "x", self._max_name_length)
            parse_birth_date(identity.birth_date.strftime("%d%m%Y"), self._clock().date())
        except InvalidInput:
            self.card.fault = CardFault.UNREADABLE
            return True
        self.card.identity = identity
        self.card.confirmed = False
        self.card.reads += 1
        self.step = CARD_CONFIRM
        return True

    def card_failed(self, fault: CardFault) -> bool:
        """No identity from the card: the card screen says why, kindly, and offers typing."""
        if fault in (CardFault.NO_READER, CardFault.NO_SERVICE):
            self.card_in_reader = False
        if not self._takes_cards() or (self.card.reading_since is None and self.step != CARD):
            return False
        self.card.reading_since = None
        self.card.fault = fault
        if self.step != CARD:
            self._before_card = self.step
            self.step = CARD
        return True

    def card_removed(self) -> None:
        self.card_in_reader = False

    def confirm_card(self) -> bool:
        """ "Yes, that's me": the card's name and date of birth are the declaration's."""
        self.touch()
        identity = self.card.identity
        if self.step != CARD_CONFIRM or identity is None:
            return False
        self.card.confirmed = True
        self.names[Screen.LAST_NAME] = clean_name(identity.last_name, self._max_name_length)
        self.names[Screen.FIRST_NAME] = identity.first_name(self._max_name_length)
        self.birth_digits = identity.birth_date.strftime("%d%m%Y")
        self.problem = None
        self.step = self._after_card(CARD_CONFIRM)
        return True

    def type_instead(self) -> bool:
        """ "No" to the card's identity, or "type my name instead" on the card screen:
        nothing of the card stays; the names are typed."""
        self.touch()
        if self.step not in (CARD, CARD_CONFIRM):
            return False
        self._forget_card_identity()  # what the card filled in goes with it
        self._editing_from_review = None
        self._before_card = None
        self.problem = None
        self.step = IDENTITY[0]
        return True

    def _after_card(self, here: Step) -> Step:
        """Where a confirmed card leads: back where the patient was when it went in, if
        that comes before the identity (or the review); else on past the identity."""
        before, self._before_card = self._before_card, None
        steps = self.steps()
        if self._editing_from_review is not None or before == REVIEW:
            self._editing_from_review = None
            return REVIEW
        if before == WELCOME:
            return steps[0]
        if before in steps and steps.index(before) < steps.index(here):
            return before
        return steps[steps.index(here) + 1]

    def _card_too_slow(self) -> bool:
        if self.card.reading and self.card.elapsed(self._clock()) > CARD_READ_PATIENCE_SECONDS:
            self.card.reading_since = None
            self.card.fault = CardFault.TOO_SLOW
            return True
        return False
