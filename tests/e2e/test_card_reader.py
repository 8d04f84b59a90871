"""The card reader service through the real PC/SC stack: pcscd, vpcd's virtual reader and
a test card process speaking its protocol (tests/helpers/pcsc.py), invented people."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.doctor.card_reader import card_reader_findings
from kiosk.identity.eid import CardFault
from kiosk.identity.reader import (
    CardFailed,
    CardInserted,
    CardRead,
    CardReaderService,
    CardRemoved,
    ReaderState,
    reader_state_now,
)
from tests.helpers.card_events import Reports
from tests.helpers.pcsc import VirtualReader, pcsc_available
from tests.helpers.vpcd_card import identity_file

READ_TARGET_SECONDS = 1.5  # from the card going in to its identity known (issue 21)


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[VirtualReader]:
    reason = pcsc_available()
    if reason is not None:
        pytest.skip(f"no private PC/SC stack: {reason}")
    with VirtualReader(tmp_path) as virtual:
        yield virtual


@pytest.fixture
def reports() -> Iterator[Reports]:
    collected = Reports()
    service = CardReaderService(collected)
    service.start()
    yield collected
    service.stop()


PEOPLE = [
    # (surname, first names, third initial, as written on the card, born)
    ("Vandenberghe-Lefèvre", "Marie-Thérèse", "J", "15 MARS 1948", date(1948, 3, 15)),
    ("Çelik", "Ayşe Nur", "", "02 AOUT 1961", date(1961, 8, 2)),
    ("D'Hondt", "Pieter-Jan", "K", "30 MAAR 1977", date(1977, 3, 30)),
    ("Schröder", "Jürgen", "", "24.DEZ.1955", date(1955, 12, 24)),
    ("Müller", "Käthe", "", "01.MÄR.1940", date(1940, 3, 1)),
    (
        "de Saint-Exupéry d'Aubigny",
        "Jean-Baptiste Maximilien Alexandre Théodore Hippolyte",
        "F",
        "09 JUIL 2001",
        date(2001, 7, 9),
    ),
    ("Janssens", "Lotte", "", "17 MEI 2019", date(2019, 5, 17)),  # a Kids-ID
]


@pytest.mark.parametrize(("surname", "first", "initial", "written", "born"), PEOPLE)
def test_a_card_put_in_is_read_through_pcscd(
    reader, reports, surname, first, initial, written, born
) -> None:
    reports.wait_state(ReaderState.READY)
    kids = surname == "Janssens"
    reader.insert(
        identity_file(surname, first, written, initial, document_type="8" if kids else "1")
    )
    reports.wait_for(CardInserted)
    _, read = reports.wait_for(CardRead)
    assert read.identity.last_name == surname
    assert read.identity.first_names == first
    assert read.identity.third_initial == initial
    assert read.identity.birth_date == born
    assert read.identity.national_number is None
    reader.remove()
    reports.wait_for(CardRemoved)


def test_the_name_is_known_within_a_second_and_a_half_of_the_card_going_in(reader, reports) -> None:
    reports.wait_state(ReaderState.READY)
    put_in = time.monotonic()
    reader.insert(identity_file("Peeters", "An", "05 JAN 1980"))
    read_at, _ = reports.wait_for(CardRead)
    assert read_at - put_in < READ_TARGET_SECONDS


@pytest.mark.parametrize(
    ("put_in", "fault"),
    [
        (lambda reader: reader.insert(b"\x07\x05garb\x0c\xff\xffage" * 5), CardFault.NOT_EID),
        (lambda reader: reader.insert_other_card(), CardFault.NOT_EID),
        (lambda reader: reader.insert_upside_down(), CardFault.UNREADABLE),
    ],
    ids=["garbage-in-the-identity-file", "another-kind-of-card", "upside-down"],
)
def test_a_card_that_gives_no_identity_says_why(reader, reports, put_in, fault) -> None:
    reports.wait_state(ReaderState.READY)
    put_in(reader)
    _, failed = reports.wait_for(CardFailed)
    assert failed.fault is fault


def test_a_card_taken_out_during_the_read(reader, reports) -> None:
    reports.wait_state(ReaderState.READY)
    reader.remove_after(4)  # the three SELECTs and one READ BINARY
    reader.insert(identity_file("Peeters", "An", "05 JAN 1980", padding=600))
    _, failed = reports.wait_for(CardFailed)
    assert failed.fault is CardFault.REMOVED
    reports.wait_for(CardRemoved)


def test_pcscd_stopped_and_started_again(reader, reports) -> None:
    reports.wait_state(ReaderState.READY)
    reader.stop_pcscd()
    reports.wait_state(ReaderState.NO_SERVICE)
    reader.start_pcscd()
    reports.wait_state(ReaderState.READY)
    reader.insert(identity_file("Peeters", "An", "05 JAN 1980"))
    reports.wait_for(CardRead)


def test_no_reader_plugged_in(tmp_path) -> None:
    reason = pcsc_available()
    if reason is not None:
        pytest.skip(f"no private PC/SC stack: {reason}")
    with VirtualReader(tmp_path, plugged_in=False):
        assert reader_state_now().state is ReaderState.NO_READER


def test_no_pcscd_at_all() -> None:
    pytest.importorskip("smartcard", reason="pyscard is not installed")
    assert reader_state_now().state is ReaderState.NO_SERVICE


def test_doctor_sees_a_card_in_the_reader_without_reading_it(reader) -> None:
    reader.insert(identity_file("Peeters", "An", "05 JAN 1980"))
    time.sleep(0.6)  # pcscd sees the card at its next look, every 400 ms
    assert reader_state_now().state in (ReaderState.CARD_IN, ReaderState.READY)


def test_doctor_reports_the_reader(tmp_path) -> None:
    reason = pcsc_available()
    if reason is not None:
        pytest.skip(f"no private PC/SC stack: {reason}")
    config = load_config(overrides=[], environ={})
    [finding] = card_reader_findings(config)
    assert finding.level == "warning" and "pcscd is not running" in finding.message
    with VirtualReader(tmp_path):
        [finding] = card_reader_findings(config)
        assert finding.level == "ok" and "Virtual PCD" in finding.message
    off = load_config(overrides=["identity.card_reader=off"], environ={})
    assert card_reader_findings(off)[0].message.startswith("eID card reader turned off")
