"""The card screens as the patient view says them (words as keys: see test_presenter.py):
the card screen's news, the confirmation's rows and its question for someone else, the
reminder of a card left in, and the review's rows for an identity read from a card."""

from __future__ import annotations

from datetime import date

from kiosk.identity.eid import CardFault, CardIdentity
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import CARD, CARD_CONFIRM, REVIEW, Flow
from kiosk.patient.presenter import CardConfirmView, CardView, DoneView, ReviewView, Shown
from tests.helpers.flow_steps import ask
from tests.helpers.journey import FakeClock, make_flow, walk
from tests.unit.test_presenter import view_of

MARIE = CardIdentity("Vandenberghe-Lefèvre", "Marie-Thérèse", "J", date(1948, 3, 15), "48031512345")


def card_flow() -> Flow:
    flow = make_flow(clock=FakeClock(), card_reader=True)
    flow.reader_changed(None)
    return flow


def test_the_card_screen_says_reading_then_why_not_and_hides_next() -> None:
    flow = card_flow()
    flow.card_inserted()
    view = view_of(flow)
    assert view.shown is Shown.CARD and isinstance(view.content, CardView)
    assert view.content.status == "card_reading" and view.content.reading
    assert view.content.type_instead == "card_type_instead"
    assert view.navigation.next is None and view.navigation.back is not None
    flow.card_failed(CardFault.REMOVED)
    view = view_of(flow)
    assert isinstance(view.content, CardView) and view.content.status == "card_removed"


def test_the_card_screen_says_the_reader_is_gone() -> None:
    flow = card_flow()
    flow.next()
    walk(flow, stop_at=CARD)
    flow.reader_changed(CardFault.NO_READER)
    view = view_of(flow)
    assert isinstance(view.content, CardView) and view.content.status == "card_no_reader"


def test_the_confirmation_shows_names_and_birth_date_never_the_national_number() -> None:
    flow = card_flow()
    flow.card_inserted()
    flow.card_read(MARIE)
    view = view_of(flow)
    assert view.shown is Shown.CARD_CONFIRM and isinstance(view.content, CardConfirmView)
    assert view.content.title == "card_confirm_self"
    assert view.content.rows == (
        ("review_last_name", "Vandenberghe-Lefèvre"),
        ("review_first_name", "Marie-Thérèse J."),
        ("review_birth_date", "born 15031948"),
    )
    assert "48031512345" not in repr(view)
    assert view.navigation.next is None  # yes or no, on the screen itself


def test_filling_in_for_someone_else_asks_whether_it_is_that_person() -> None:
    flow = card_flow()
    flow.next()
    walk(flow, {"for_whom": "child"}, stop_at=CARD)
    flow.card_inserted()
    flow.card_read(MARIE)
    view = view_of(flow)
    assert isinstance(view.content, CardConfirmView)
    assert view.content.title == "card_confirm_other"


def test_the_review_shows_the_card_identity_and_a_tap_shows_the_card_again() -> None:
    flow = card_flow()
    flow.card_inserted()
    flow.card_read(MARIE)
    flow.confirm_card()
    walk(flow)
    view = view_of(flow)
    assert isinstance(view.content, ReviewView)
    rows = {item.name: item for item in view.content.items}
    assert rows["last_name"].value == "Vandenberghe-Lefèvre"
    assert rows["birth_date"].value == "born 15031948"
    assert flow.edit(rows["last_name"].step) and flow.step == CARD_CONFIRM
    assert flow.confirm_card() and flow.step == REVIEW


def test_the_thank_you_screen_reminds_a_card_left_in() -> None:
    flow = card_flow()
    flow.card_inserted()
    flow.card_read(MARIE)
    flow.confirm_card()
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None
    flow.finish(declaration.session_id, Outcome.PRINTED, "K7F-3QX")
    view = view_of(flow)
    assert isinstance(view.content, DoneView) and view.content.card_reminder == "card_take_back"
    flow.card_removed()
    view = view_of(flow)
    assert isinstance(view.content, DoneView) and view.content.card_reminder is None


def test_the_card_step_comes_after_who_it_is_for() -> None:
    flow = card_flow()
    steps = flow.steps()
    assert steps.index(ask("for_whom")) + 1 == steps.index(CARD)
