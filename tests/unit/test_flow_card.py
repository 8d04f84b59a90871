"""The identity card in the patient's journey, without a screen or a reader: a card put
in on the welcome screen or later, confirmed or refused, every fault, and the next
patient."""

from __future__ import annotations

from datetime import date

from kiosk.identity.eid import CardFault, CardIdentity
from kiosk.patient.card import CARD_READ_PATIENCE_SECONDS, IdentitySource
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import CARD, CARD_CONFIRM, IDENTITY, REVIEW, WELCOME, Flow, Screen
from tests.helpers.flow_steps import ask
from tests.helpers.journey import FakeClock, make_flow, walk

MARIE = CardIdentity("Vandenberghe-Lefèvre", "Marie-Thérèse", "J", date(1948, 3, 15), "48031512345")


def card_flow(clock: FakeClock | None = None) -> Flow:
    flow = make_flow(clock=clock or FakeClock(), card_reader=True)
    flow.reader_changed(None)  # the reader reported itself ready
    return flow


def put_in(flow: Flow, identity: CardIdentity = MARIE) -> None:
    assert flow.card_inserted()
    assert flow.step == CARD and flow.card.reading
    assert flow.card_read(identity)


def test_the_card_comes_first_and_typing_is_one_tap_away() -> None:
    flow = card_flow()
    flow.next()
    visited = walk(flow, stop_at=CARD)
    assert visited[-2] == ask("for_whom")
    assert flow.type_instead()
    assert flow.step == IDENTITY[0]
    assert flow.back() and flow.step == CARD  # and back to the card


def test_a_card_put_in_on_the_welcome_screen_fills_the_identity_once_confirmed() -> None:
    flow = card_flow()
    put_in(flow)
    assert flow.step == CARD_CONFIRM
    assert not flow.can_go_next()  # "is this you?" waits for an answer
    assert flow.identity_source is IdentitySource.TYPED  # not until confirmed
    assert flow.confirm_card()
    assert flow.step == flow.steps()[0]  # the journey starts where it always does
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None
    assert (declaration.last_name, declaration.first_name) == (
        "Vandenberghe-Lefèvre",
        "Marie-Thérèse J.",
    )
    assert declaration.birth_date == date(1948, 3, 15)
    assert declaration.identity_source == "card"
    assert declaration.national_number == "48031512345"  # read only when the hospital keeps it


def test_a_card_put_in_on_the_card_screen_goes_on_past_the_identity() -> None:
    flow = card_flow()
    flow.next()
    walk(flow, stop_at=CARD)
    put_in(flow)
    assert flow.confirm_card()
    steps = flow.steps()
    assert CARD not in steps and not set(IDENTITY) & set(steps)
    assert flow.step == steps[steps.index(CARD_CONFIRM) + 1]
    assert flow.back() and flow.step == CARD_CONFIRM and flow.can_go_next()


def test_no_types_instead_and_forgets_the_card() -> None:
    flow = card_flow()
    flow.next()
    walk(flow, stop_at=CARD)
    put_in(flow)
    assert flow.type_instead()
    assert flow.step == IDENTITY[0]
    assert flow.card.identity is None
    assert flow.names[Screen.LAST_NAME] == ""
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None and declaration.identity_source == "typed"
    assert declaration.national_number is None


def test_a_card_on_the_review_returns_to_the_review() -> None:
    flow = card_flow()
    flow.next()
    walk(flow)
    put_in(flow)
    assert flow.confirm_card()
    assert flow.step == REVIEW
    assert flow.submit() is not None


def test_every_fault_stays_on_the_card_screen_with_typing_offered() -> None:
    for fault in CardFault:
        flow = card_flow()
        flow.next()
        walk(flow, stop_at=CARD)
        assert flow.card_inserted()
        assert flow.card_failed(fault)
        assert flow.step == CARD and flow.card.fault is fault
        assert flow.type_instead() and flow.step == IDENTITY[0]


def test_a_read_that_takes_too_long_says_so_and_a_late_answer_is_ignored() -> None:
    clock = FakeClock()
    flow = card_flow(clock)
    flow.card_inserted()
    clock.advance(CARD_READ_PATIENCE_SECONDS + 1)
    assert flow.tick()
    assert flow.card.fault is CardFault.TOO_SLOW
    assert not flow.card_read(MARIE)
    assert flow.card.identity is None


def test_the_reader_unplugged_during_a_read() -> None:
    flow = card_flow()
    flow.card_inserted()
    flow.reader_changed(CardFault.NO_READER)
    assert flow.card.fault is CardFault.NO_READER and not flow.card_in_reader


def test_the_next_patient_never_sees_the_previous_card() -> None:
    flow = card_flow()
    put_in(flow)
    flow.confirm_card()
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None
    flow.finish(declaration.session_id, Outcome.PRINTED)
    assert flow.card_in_reader  # left in: the thank-you screen reminds the patient
    assert flow.card_inserted() is False  # a card on the thank-you screen fills nothing
    flow.restart()
    assert flow.step == WELCOME
    assert flow.card.identity is None and flow.names[Screen.LAST_NAME] == ""
    assert flow.card_in_reader  # still in the reader, but nothing of it in the session
    flow.card_removed()
    assert not flow.card_in_reader


def test_a_second_card_replaces_the_first() -> None:
    flow = card_flow()
    put_in(flow)
    flow.confirm_card()
    other = CardIdentity("Peeters", "Jan", "", date(2015, 5, 1))
    put_in(flow, other)
    assert flow.names[Screen.LAST_NAME] == ""  # the first card's name is gone
    flow.confirm_card()
    assert flow.names[Screen.LAST_NAME] == "Peeters"


def test_without_a_reader_the_identity_is_typed_as_before() -> None:
    flow = make_flow()
    assert CARD not in flow.steps()
    assert not flow.card_inserted()
    unplugged = make_flow(card_reader=True)  # on, but no reader has reported itself
    assert CARD not in unplugged.steps()
    unplugged.reader_changed(None)
    assert CARD in unplugged.steps()


def test_the_reader_going_away_while_on_the_card_screen_says_so() -> None:
    flow = card_flow()
    flow.next()
    walk(flow, stop_at=CARD)
    assert flow.reader_changed(CardFault.NO_SERVICE)
    assert flow.step == CARD and CARD in flow.steps()
    assert flow.type_instead()
    assert CARD not in flow.steps()
