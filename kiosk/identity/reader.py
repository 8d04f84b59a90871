"""The card reader service: PC/SC (pcscd, through pyscard), on a thread of its own.

It watches the first reader for a card going in and out, reads the identity file of
each card put in (kiosk/identity/eid.py) and reports what happened through one
callback, on its own thread: the window's bridge (ui/card_reader.py) hands the reports
to the GUI thread. It keeps nothing of a card once reported.

pyscard is imported when the service starts, so the kiosk runs (typing only) on a PC
where it is not installed; `reader_state` says so for `doctor` and staff.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kiosk.identity.eid import CardError, CardFault, CardIdentity, read_identity

POLL_MS = 250  # how long one wait for a change lasts: also how soon stop() is heard
REMOVAL_WAIT_MS = 900  # after a broken read: long enough for pcscd to see the card gone
RETRY_SECONDS = 1.0  # between two tries to reach pcscd or find a reader


class ReaderState(Enum):
    """The reader as staff and `doctor` see it. The value is the staff text's key."""

    OFF = "reader_off"  # identity.card_reader = "off"
    NO_LIBRARY = "reader_no_library"  # pyscard is not installed
    NO_SERVICE = "reader_no_service"  # pcscd is not running
    NO_READER = "reader_none"  # no reader plugged in
    READY = "reader_ready"  # a reader, no card
    CARD_IN = "reader_card_in"  # a card is in the reader


@dataclass(frozen=True)
class ReaderChanged:
    state: ReaderState
    reader: str = ""  # its name, as PC/SC gives it


@dataclass(frozen=True)
class CardInserted:
    """A card went in; its identity is being read."""


@dataclass(frozen=True)
class CardRead:
    identity: CardIdentity


@dataclass(frozen=True)
class CardFailed:
    fault: CardFault


@dataclass(frozen=True)
class CardRemoved:
    """The card came out of the reader."""


CardEvent = ReaderChanged | CardInserted | CardRead | CardFailed | CardRemoved
Report = Callable[[CardEvent], None]


def _fault_of(code: int, scard: Any) -> CardFault:
    """A PC/SC error code as the patient's fault."""
    if code in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
        return CardFault.NO_SERVICE
    if code in (scard.SCARD_E_READER_UNAVAILABLE, scard.SCARD_E_UNKNOWN_READER):
        return CardFault.NO_READER
    if code in (scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD):
        return CardFault.REMOVED
    return CardFault.UNREADABLE


class PcscSession:
    """One card, connected: the `transmit` read_identity talks through."""

    def __init__(self, scard: Any, context: int, reader: str) -> None:
        self._scard = scard
        code, self._card, protocol = scard.SCardConnect(
            context,
            reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if code != scard.SCARD_S_SUCCESS:
            raise CardError(_fault_of(code, scard), scard.SCardGetErrorMessage(code))
        self._pci = (
            scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
        )

    def transmit(self, apdu: list[int]) -> tuple[list[int], int, int]:
        code, response = self._scard.SCardTransmit(self._card, self._pci, apdu)
        if code != self._scard.SCARD_S_SUCCESS:
            raise CardError(_fault_of(code, self._scard), self._scard.SCardGetErrorMessage(code))
        if len(response) < 2:
            raise CardError(CardFault.UNREADABLE, "answer without a status word")
        return list(response[:-2]), response[-2], response[-1]

    def close(self) -> None:
        self._scard.SCardDisconnect(self._card, self._scard.SCARD_LEAVE_CARD)


class CardReaderService:
    """`start()` runs the watch on a daemon thread; `stop()` ends it within POLL_MS."""

    def __init__(
        self, report: Report, keep_national_number: bool = False, read_cards: bool = True
    ) -> None:
        """`read_cards` False: only the reader's state is watched (doctor never reads a
        patient's card)."""
        self._report = report
        self._keep_national_number = keep_national_number
        self._read_cards = read_cards
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._state: ReaderChanged | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="card-reader", daemon=True)
            self._thread.start()

    def stop(self, wait_seconds: float = 2.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(wait_seconds)

    def _set_state(self, state: ReaderState, reader: str = "") -> None:
        changed = ReaderChanged(state, reader)
        if changed != self._state:
            self._state = changed
            self._report(changed)

    def _run(self) -> None:
        try:
            from smartcard import scard
        except ImportError:
            self._set_state(ReaderState.NO_LIBRARY)
            return
        while not self._stopping.is_set():
            code, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if code != scard.SCARD_S_SUCCESS:
                self._set_state(ReaderState.NO_SERVICE)
                self._stopping.wait(RETRY_SECONDS)
                continue
            try:
                self._watch(scard, context)
            finally:
                scard.SCardReleaseContext(context)
            if not self._stopping.is_set():
                self._stopping.wait(RETRY_SECONDS)

    def _watch(self, scard: Any, context: int) -> None:
        """Until pcscd goes away or the service stops: the first reader's card."""
        card_in = False
        while not self._stopping.is_set():
            code, readers = scard.SCardListReaders(context, [])
            if code in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
                self._lost_service(card_in)
                return
            if code != scard.SCARD_S_SUCCESS or not readers:
                if card_in:
                    self._report(CardRemoved())
                    card_in = False
                self._set_state(ReaderState.NO_READER)
                self._stopping.wait(RETRY_SECONDS)
                continue
            reader = readers[0]
            states = [(reader, scard.SCARD_STATE_UNAWARE)]
            while not self._stopping.is_set():
                code, states = scard.SCardGetStatusChange(context, POLL_MS, states)
                if code == scard.SCARD_E_TIMEOUT:
                    continue
                if code in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
                    self._lost_service(card_in)
                    return
                if code != scard.SCARD_S_SUCCESS:
                    break  # the reader went away: list the readers again
                _, event, _atr = states[0]
                if event & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                    break
                present = bool(event & scard.SCARD_STATE_PRESENT)
                if present and not card_in:
                    card_in = True
                    self._set_state(ReaderState.CARD_IN, reader)
                    self._read(scard, context, reader, mute=bool(event & scard.SCARD_STATE_MUTE))
                elif not present:
                    if card_in:
                        self._report(CardRemoved())
                    card_in = False
                    self._set_state(ReaderState.READY, reader)
                states = [(reader, event & ~scard.SCARD_STATE_CHANGED)]
            else:
                return

    def _gone(self, scard: Any, context: int, reader: str) -> bool:
        """Whether the card left the reader (pcscd looks every 400 ms)."""
        states = [(reader, scard.SCARD_STATE_PRESENT)]
        code, states = scard.SCardGetStatusChange(context, REMOVAL_WAIT_MS, states)
        return code == scard.SCARD_S_SUCCESS and bool(states[0][1] & scard.SCARD_STATE_EMPTY)

    def _lost_service(self, card_in: bool) -> None:
        if card_in:
            self._report(CardRemoved())
        self._set_state(ReaderState.NO_SERVICE)

    def _read(self, scard: Any, context: int, reader: str, mute: bool) -> None:
        if not self._read_cards:
            return
        self._report(CardInserted())
        if mute:  # upside down, or a card with no chip that answers
            self._report(CardFailed(CardFault.UNREADABLE))
            return
        try:
            session = PcscSession(scard, context, reader)
            try:
                identity = read_identity(session.transmit, self._keep_national_number)
            finally:
                session.close()
        except CardError as error:
            fault = error.fault
            if fault is CardFault.UNREADABLE and self._gone(scard, context, reader):
                fault = CardFault.REMOVED  # the read broke off because the card came out
            self._report(CardFailed(fault))
            return
        self._report(CardRead(identity))


def reader_state_now(timeout_seconds: float = 2.0) -> ReaderChanged:
    """The reader's state once, for `doctor`: the service's first report."""
    reports: list[CardEvent] = []
    arrived = threading.Event()

    def report(event: CardEvent) -> None:
        if isinstance(event, ReaderChanged) and not arrived.is_set():
            reports.append(event)
            arrived.set()

    service = CardReaderService(report, read_cards=False)
    service.start()
    arrived.wait(timeout_seconds)
    service.stop(0.5)
    found = [event for event in reports if isinstance(event, ReaderChanged)]
    return found[0] if found else ReaderChanged(ReaderState.NO_SERVICE)
