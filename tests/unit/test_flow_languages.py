"""The flow takes only the languages the kiosk offers (issue 16)."""

from __future__ import annotations

import pytest

from kiosk.patient.flow import Flow, Screen
from tests.helpers.flow_steps import PAGES, QUESTIONNAIRE
from tests.helpers.journey import FakeClock


def offering(*codes: str, default: str = "fr") -> Flow:
    return Flow(
        QUESTIONNAIRE,
        page_count=PAGES,
        default_language=default,
        max_name_length=50,
        done_return_seconds=20,
        clock=FakeClock(),
        languages=codes,
    )


def test_an_offered_language_is_chosen() -> None:
    flow = offering("fr", "nl", "en")
    assert flow.choose_language("nl") is True
    assert flow.language == "nl"


@pytest.mark.parametrize("code", ["de", "xx", "", "../fr", "FR"])
def test_a_language_not_offered_is_refused_and_nothing_changes(code: str) -> None:
    flow = offering("fr", "nl", "en")
    flow.choose_language("en")

    assert flow.choose_language(code) is False
    assert flow.language == "en"
    assert flow.step.screen is Screen.WELCOME


def test_the_default_language_must_be_offered() -> None:
    with pytest.raises(ValueError, match="'de'"):
        offering("fr", "nl", default="de")


def test_the_offered_languages_are_the_configured_ones() -> None:
    flow = offering("nl", "fr")
    assert flow.languages == ("nl", "fr")
