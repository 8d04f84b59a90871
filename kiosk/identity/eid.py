"""The Belgian eID (and Kids-ID) identity file: read over APDUs, parsed from Fedict's TLV.

Only the identity file, 3F00/DF01/4031, is ever selected: never the photo (4035) nor the
address (4033). Of it, the kiosk keeps the surname, the first names, the third-name
initial and the date of birth; the national number only when the hospital keeps it
(`identity.keep_national_number`). Tags and month spellings are those of Fedict's
eid-mw (cardcomm/pkcs11, plugins_tools/eid-viewer/conversions/dob.cpp).

No PC/SC here: `read_identity` talks through a `transmit` function, so the same code is
driven by pyscard on the kiosk (kiosk/identity/reader.py) and by a plain function in the
unit tests.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

# (data, SW1, SW2) for one command APDU
Transmit = Callable[[list[int]], tuple[list[int], int, int]]

IDENTITY_PATH = (0x3F00, 0xDF01, 0x4031)
CHUNK = 0xF8  # the card's largest READ BINARY answer (eid-mw reads 248 bytes at a time)
MAX_FILE = 4096  # the identity file is under 300 bytes; anything past this is not an eID

TAG_NATIONAL_NUMBER = 0x06
TAG_SURNAME = 0x07
TAG_FIRST_NAMES = 0x08
TAG_THIRD_INITIAL = 0x09
TAG_BIRTH_DATE = 0x0C
TAG_DOCUMENT_TYPE = 0x0F  # "1" identity card, ... "7"/"8" Kids-ID (not kept, only looked at)

# As written on the card, in the language of the commune that issued it.
MONTHS: Mapping[str, int] = {
    # French
    "JAN": 1,
    "FEV": 2,
    "MARS": 3,
    "AVR": 4,
    "MAI": 5,
    "JUIN": 6,
    "JUIL": 7,
    "AOUT": 8,
    "SEPT": 9,
    "OCT": 10,
    "NOV": 11,
    "DEC": 12,
    # Dutch (JAN, APR, NOV, DEC as above)
    "FEB": 2,
    "MAAR": 3,
    "MEI": 5,
    "JUN": 6,
    "JUL": 7,
    "AUG": 8,
    "SEP": 9,
    "OKT": 10,
    # German (JAN, FEB, APR, MAI, JUN, JUL, AUG, SEP, OKT, NOV as above)
    "MÄR": 3,
    "MAR": 3,  # "MÄR" written without its umlaut by some readers of older cards
    "DEZ": 12,
}
_BIRTH_DATE = re.compile(r"^\s*(\d{1,2})[ .]+([^\d\s.]+)[ .]+(\d{4})\s*$")


class CardFault(Enum):
    """Why a card gave no identity. The value is the key of the patient's message."""

    UNREADABLE = "card_unreadable"  # upside down, dirty, not answering
    NOT_EID = "card_not_eid"  # a bank card, a health insurance card...
    REMOVED = "card_removed"  # taken out during the read
    NO_READER = "card_no_reader"  # the reader was unplugged
    NO_SERVICE = "card_no_service"  # pcscd is not running
    TOO_SLOW = "card_too_slow"  # the read took longer than the patient should wait


class CardError(Exception):
    def __init__(self, fault: CardFault, detail: str = "") -> None:
        super().__init__(detail or fault.value)
        self.fault = fault


@dataclass(frozen=True)
class CardIdentity:
    """What the kiosk keeps of a card: nothing else, never the raw file."""

    last_name: str
    first_names: str
    third_initial: str
    birth_date: date
    # Only when identity.keep_national_number is on; never shown, never printed in full.
    national_number: str | None = field(default=None, repr=False)

    def first_name(self, max_length: int) -> str:
        """The first names as the kiosk stores them, with the third-name initial; given
        names that would not fit `max_length` are left out from the end (a card may
        hold four long given names)."""
        names = self.first_names.split()
        initial = [f"{self.third_initial}."] if self.third_initial else []
        while len(names) > 1 and len(" ".join(names + initial)) > max_length:
            names.pop()
        return " ".join(names + initial)[:max_length].strip()


def parse_tlv(data: bytes) -> dict[int, bytes]:
    """Fedict's TLV: a tag byte, a length in 7-bit groups (high bit: more follow), the
    value. A zero tag ends the file (the rest is padding)."""
    fields: dict[int, bytes] = {}
    position = 0
    while position < len(data):
        tag = data[position]
        position += 1
        if tag == 0:
            break
        length = 0
        while True:
            if position >= len(data):
                raise ValueError("TLV length runs past the end of the file")
            byte = data[position]
            position += 1
            length = (length << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        if position + length > len(data):
            raise ValueError(f"TLV tag {tag:#04x} runs past the end of the file")
        fields.setdefault(tag, data[position : position + length])
        position += length
    return fields


def parse_birth_date(text: str) -> date:
    """ "15 MARS 1948", "15 MAAR 1948", "15.MÄR.1948", "05 JUIL 2019" as a date."""
    match = _BIRTH_DATE.match(unicodedata.normalize("NFC", text))
    if match is None:
        raise ValueError(f"not a birth date: {text!r}")
    day, month_word, year = match.groups()
    month = MONTHS.get(month_word.upper())
    if month is None:
        raise ValueError(f"unknown month {month_word!r}")
    return date(int(year), month, int(day))


def _text(value: bytes) -> str:
    return " ".join(unicodedata.normalize("NFC", value.decode("utf-8")).split())


def parse_identity(data: bytes, keep_national_number: bool = False) -> CardIdentity:
    """The identity file's fields the kiosk uses; ValueError when it is not one."""
    try:
        fields = parse_tlv(data)
        last_name = _text(fields[TAG_SURNAME])
        first_names = _text(fields.get(TAG_FIRST_NAMES, b""))
        third = _text(fields.get(TAG_THIRD_INITIAL, b""))
        born = parse_birth_date(fields[TAG_BIRTH_DATE].decode("utf-8"))
        national = _text(fields.get(TAG_NATIONAL_NUMBER, b"")) if keep_national_number else None
    except (KeyError, UnicodeDecodeError) as error:
        raise ValueError(f"not an eID identity file: {error!r}") from None
    if not last_name:
        raise ValueError("no surname on the card")
    return CardIdentity(last_name, first_names, third[:1], born, national or None)


def _check(sw1: int, sw2: int, doing: str) -> None:
    if (sw1, sw2) != (0x90, 0x00):
        raise CardError(CardFault.NOT_EID, f"{doing}: status {sw1:02X}{sw2:02X}")


def select_file(transmit: Transmit, file_id: int) -> None:
    """SELECT by file id, one level at a time (the eID does not take a whole path in
    one command on every card version); no answer data asked for (P2 0x0C)."""
    _data, sw1, sw2 = transmit([0x00, 0xA4, 0x02, 0x0C, 0x02, file_id >> 8, file_id & 0xFF])
    if sw1 == 0x61 or (sw1, sw2) == (0x90, 0x00):
        return
    _check(sw1, sw2, f"SELECT {file_id:04X}")


def read_binary(transmit: Transmit, limit: int = MAX_FILE) -> bytes:
    """READ BINARY the selected file in chunks, to its end: a 6Cxx answer gives the exact
    number of bytes left (asked again with it), 6B00 (offset past the end) and 6282 (end
    reached before Le bytes) end the file."""
    content = bytearray()
    wanted = CHUNK
    while len(content) < limit:
        offset = len(content)
        data, sw1, sw2 = transmit([0x00, 0xB0, offset >> 8, offset & 0xFF, wanted])
        if sw1 == 0x6C:
            if sw2 == 0 or sw2 == wanted:
                break
            wanted = sw2
            continue
        if (sw1, sw2) == (0x6B, 0x00):
            break
        if (sw1, sw2) == (0x62, 0x82):
            content += bytes(data)
            break
        _check(sw1, sw2, f"READ BINARY at {offset}")
        content += bytes(data)
        if len(data) < wanted or not data:
            break
        wanted = CHUNK
    return bytes(content)


def read_identity(transmit: Transmit, keep_national_number: bool = False) -> CardIdentity:
    """Select 3F00, DF01, 4031 in turn, read the identity file, parse it.
    CardError(NOT_EID) when the card has no such file or it holds no identity."""
    for file_id in IDENTITY_PATH:
        select_file(transmit, file_id)
    raw = read_binary(transmit)
    try:
        return parse_identity(raw, keep_national_number)
    except ValueError as error:
        raise CardError(CardFault.NOT_EID, str(error)) from None
