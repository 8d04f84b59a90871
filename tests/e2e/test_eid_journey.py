"""A patient identified by the Belgian eID card, through the real PC/SC stack (pcscd,
vpcd's virtual reader, a test card process: tests/helpers/pcsc.py), from the welcome
screen to the stored row and the slip, by taps; and each fault on the way."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.patient.flow import Screen
from kiosk.resources import resource_path
from tests.e2e.test_patient_journey import answer_every_question, slip_text, visible_text
from tests.helpers.journey import FakeClock
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.pcsc import VirtualReader, pcsc_available
from tests.helpers.vpcd_card import identity_file

pytestmark = pytest.mark.e2e

MARIE = identity_file("Vandenberghe-Lefèvre", "Marie-Thérèse", "15 MARS 1948", "J")
NAME_ON_SCREEN_SECONDS = 1.5  # from the card going in to the name on screen (issue 21)
SLIP_FR = tomllib.loads((resource_path("locales") / "fr" / "slip.toml").read_text())["slip"]


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[VirtualReader]:
    reason = pcsc_available()
    if reason is not None:
        pytest.skip(f"no private PC/SC stack: {reason}")
    with VirtualReader(tmp_path) as virtual:
        yield virtual


def reader_ready(app: KioskUnderTest) -> None:
    app.qtbot.waitUntil(lambda: app.flow.reader_problem is None, timeout=5000)


def to_the_card_screen(app: KioskUnderTest) -> None:
    app.tap("language-en")
    app.tap("next")
    app.tap("skip")
    app.tap("answer-for_whom-self")
    app.tap("next")
    assert app.screen() is Screen.CARD
    assert app.visible("type-instead", QAbstractButton).text() == "Type my name instead"


def shown(app: KioskUnderTest, name: str) -> str:
    """A label's text as read (without the invisible breaks long names get)."""
    return app.visible(name, QLabel).text().replace("\u200b", "")


def status(app: KioskUnderTest) -> str:
    return app.visible("status", QLabel).text()


def test_a_card_put_in_identifies_the_patient_on_the_slip(qtbot, tmp_path, reader) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reader_ready(app)
        staff_line = app.window.findChild(QLabel, "staff-reader")
        assert staff_line is not None and staff_line.text() == "Lecteur de cartes\u202f: prêt"
        to_the_card_screen(app)
        put_in = time.monotonic()
        reader.insert(MARIE)
        qtbot.waitUntil(lambda: app.screen() is Screen.CARD_CONFIRM, timeout=5000)
        assert shown(app, "card-last_name") == "Vandenberghe-Lefèvre"
        assert time.monotonic() - put_in < NAME_ON_SCREEN_SECONDS
        assert shown(app, "card-first_name") == "Marie-Thérèse J."
        assert "Is this you?" in visible_text(app)
        assert "48031512345" not in app.all_text()  # never on screen
        app.tap("card-confirm")
        answer_every_question(app, {"pregnancy": ["not_applicable"]})
        assert app.screen() is Screen.REVIEW
        assert "Vandenberghe-Lefèvre" in app.visible("edit-last_name", QAbstractButton).text()
        app.see_the_whole_review()
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10000)

        [row] = app.rows(
            "SELECT last_name, first_name, birth_date, identity_source, national_number "
            "FROM declarations"
        )
        assert row == ("Vandenberghe-Lefèvre", "Marie-Thérèse J.", "1948-03-15", "card", None)
        [slip] = app.slips()
        text = slip_text(slip)
        assert "VANDENBERGHE-LEFÈVRE" in text and "15/03/1948" in text
        assert " ".join(SLIP_FR["card_read"].split()) in text
        assert " ".join(SLIP_FR["unverified"].split()) not in text
        assert app.rows("SELECT action FROM audit") == [("card_read",)]

        # The card is still in: the thank-you screen says so until it is taken out.
        reminder = app.visible("card-reminder", QLabel)
        assert reminder.text() == "Do not forget your identity card in the reader."
        reader.remove()
        qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=5000)
        app.tap("restart")
        assert "Vandenberghe" not in app.all_text()  # the next patient sees nothing of it


def test_a_card_left_in_is_never_the_next_patients(qtbot, tmp_path, reader) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reader_ready(app)
        reader.insert(MARIE)  # on the welcome screen
        qtbot.waitUntil(lambda: app.screen() is Screen.CARD_CONFIRM, timeout=5000)
        app.tap("card-confirm")
        qtbot.waitUntil(lambda: app.flow.card_in_reader)
        app.tap("back")  # back to the welcome screen: a new session
        assert app.screen() is Screen.WELCOME
        assert app.flow.card_in_reader and app.flow.card.identity is None
        assert "Vandenberghe" not in app.all_text()


def test_a_card_taken_out_during_the_read_leads_to_typing(qtbot, tmp_path, reader) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reader_ready(app)
        to_the_card_screen(app)
        reader.remove_after(4)
        reader.insert(identity_file("Peeters", "An", "05 JAN 1980", padding=600))
        qtbot.waitUntil(lambda: "came out too soon" in status(app), timeout=5000)
        app.tap("type-instead")
        assert app.screen() is Screen.LAST_NAME


def test_another_kind_of_card(qtbot, tmp_path, reader) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reader_ready(app)
        to_the_card_screen(app)
        reader.insert_other_card()
        qtbot.waitUntil(lambda: "not a Belgian identity card" in status(app), timeout=5000)


def test_pcscd_stopped_on_the_card_screen(qtbot, tmp_path, reader) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        reader_ready(app)
        to_the_card_screen(app)
        reader.stop_pcscd()
        qtbot.waitUntil(lambda: "not available just now" in status(app), timeout=5000)
        app.tap("type-instead")
        assert app.screen() is Screen.LAST_NAME


def test_no_reader_plugged_in_the_name_is_typed(qtbot, tmp_path) -> None:
    reason = pcsc_available()
    if reason is not None:
        pytest.skip(f"no private PC/SC stack: {reason}")
    with (
        VirtualReader(tmp_path, plugged_in=False),
        running_kiosk(qtbot, tmp_path / "data") as app,
    ):
        qtbot.waitUntil(lambda: app.window.reader_state.value == "reader_none", timeout=5000)
        app.tap("language-en")
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        app.tap("next")
        assert app.screen() is Screen.LAST_NAME  # no card screen without a reader


def test_a_card_left_in_is_reminded_before_the_session_is_wiped(qtbot, tmp_path, reader) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock) as app:
        reader_ready(app)
        reader.insert(MARIE)
        qtbot.waitUntil(lambda: app.screen() is Screen.CARD_CONFIRM, timeout=5000)
        app.tap("card-confirm")
        clock.advance(95)  # past idle_seconds: "are you still there?"
        app.window.tick()
        warning = app.visible("idle-countdown", QLabel).text()
        assert "N’oubliez pas votre carte d’identité dans le lecteur." in warning
        clock.advance(30)
        app.window.tick()
        assert app.screen() is Screen.WELCOME
        assert "Vandenberghe" not in app.all_text()
