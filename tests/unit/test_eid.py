"""The eID identity file: Fedict TLV, the birth date in the card's language, the APDUs
that read it (a plain function stands in for the card here; tests/e2e/test_card_reader.py
reads the same files through pcscd)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.identity.eid import (
    CardError,
    CardFault,
    CardIdentity,
    parse_birth_date,
    parse_identity,
    parse_tlv,
    read_identity,
)
from tests.helpers.vpcd_card import EID_ATR, Card, identity_file, tlv

MONTHS = [
    # French
    ("02 JAN 1950", date(1950, 1, 2)),
    ("02 FEV 1950", date(1950, 2, 2)),
    ("02 MARS 1950", date(1950, 3, 2)),
    ("02 AVR 1950", date(1950, 4, 2)),
    ("02 MAI 1950", date(1950, 5, 2)),
    ("02 JUIN 1950", date(1950, 6, 2)),
    ("02 JUIL 1950", date(1950, 7, 2)),
    ("02 AOUT 1950", date(1950, 8, 2)),
    ("02 SEPT 1950", date(1950, 9, 2)),
    ("02 OCT 1950", date(1950, 10, 2)),
    ("02 NOV 1950", date(1950, 11, 2)),
    ("02 DEC 1950", date(1950, 12, 2)),
    # Dutch
    ("02 FEB 1950", date(1950, 2, 2)),
    ("02 MAAR 1950", date(1950, 3, 2)),
    ("02 MEI 1950", date(1950, 5, 2)),
    ("02 JUN 1950", date(1950, 6, 2)),
    ("02 JUL 1950", date(1950, 7, 2)),
    ("02 AUG 1950", date(1950, 8, 2)),
    ("02 SEP 1950", date(1950, 9, 2)),
    ("02 OKT 1950", date(1950, 10, 2)),
    # German, with dots
    ("02.JAN.1950", date(1950, 1, 2)),
    ("02.MÄR.1950", date(1950, 3, 2)),
    ("02.MAI.1950", date(1950, 5, 2)),
    ("02.OKT.1950", date(1950, 10, 2)),
    ("02.DEZ.1950", date(1950, 12, 2)),
    # padded as the card writes three-letter months, one digit day
    ("2 JAN  1950", date(1950, 1, 2)),
]


@pytest.mark.parametrize(("written", "born"), MONTHS)
def test_every_month_spelling_of_the_three_languages_is_read(written, born) -> None:
    assert parse_birth_date(written) == born


@pytest.mark.parametrize("written", ["", "15 XYZ 1948", "15 MARS", "  .  . 1948", "31 FEV 1950"])
def test_a_birth_date_that_is_not_one_is_refused(written) -> None:
    with pytest.raises(ValueError):
        parse_birth_date(written)


def test_lengths_over_127_use_the_extended_form() -> None:
    long = "É" * 150  # 300 bytes
    data = tlv(0x07, long.encode()) + tlv(0x08, b"Ann")
    assert data[1] == 0x82 and data[2] == 0x2C  # 300 = 2 * 128 + 44
    assert parse_tlv(data) == {0x07: long.encode(), 0x08: b"Ann"}


def test_a_length_past_the_end_is_not_an_identity() -> None:
    with pytest.raises(ValueError):
        parse_tlv(b"\x07\x20abc")


def test_the_identity_keeps_names_and_birth_date_and_not_the_national_number() -> None:
    raw = identity_file("Vandenberghe-Lefèvre", "Marie-Thérèse", "15 MARS 1948", "J")
    identity = parse_identity(raw)
    assert identity == CardIdentity("Vandenberghe-Lefèvre", "Marie-Thérèse", "J", date(1948, 3, 15))
    assert identity.national_number is None
    kept = parse_identity(raw, keep_national_number=True)
    assert kept.national_number == "48031512345"
    assert "48031512345" not in repr(kept)  # nor in a log line that prints it


def test_long_first_names_are_shortened_at_a_name_keeping_the_initial() -> None:
    identity = CardIdentity(
        "Dupont", "Jean-Baptiste Maximilien Alexandre Théodore", "F", date(1990, 1, 1)
    )
    assert identity.first_name(50) == "Jean-Baptiste Maximilien Alexandre Théodore F."
    assert identity.first_name(30) == "Jean-Baptiste Maximilien F."
    assert identity.first_name(10) == "Jean-Bapti"


def transmit_to(card: Card, log: list[list[int]]):
    def transmit(apdu: list[int]) -> tuple[list[int], int, int]:
        log.append(apdu)
        answer = card.answer(bytes(apdu))
        return list(answer[:-2]), answer[-2], answer[-1]

    return transmit


def test_the_card_is_read_file_by_file_in_chunks_with_wrong_length_answers() -> None:
    raw = identity_file("Peeters", "Jan", "01 MEI 2015", document_type="8", padding=300)
    log: list[list[int]] = []
    identity = read_identity(transmit_to(Card(EID_ATR, raw), log))
    assert identity.last_name == "Peeters" and identity.birth_date == date(2015, 5, 1)
    selected = [apdu[5:7] for apdu in log if apdu[1] == 0xA4]
    assert selected == [[0x3F, 0x00], [0xDF, 0x01], [0x40, 0x31]]  # never 4033 or 4035
    reads = [apdu for apdu in log if apdu[1] == 0xB0]
    assert len(reads) >= 3  # several chunks, one of them asked again with the exact length


def test_a_card_without_the_identity_file_is_another_kind_of_card() -> None:
    with pytest.raises(CardError) as raised:
        read_identity(transmit_to(Card(EID_ATR, eid=False), []))
    assert raised.value.fault is CardFault.NOT_EID


def test_garbage_in_the_identity_file_is_not_an_identity() -> None:
    with pytest.raises(CardError) as raised:
        read_identity(transmit_to(Card(EID_ATR, b"\x07\xff\xff\xff\x00garbage" * 9), []))
    assert raised.value.fault is CardFault.NOT_EID
