"""Fixtures of the Qt-free tests: a flow on a clock the test moves by hand."""

from __future__ import annotations

import pytest

from kiosk.patient.flow import Flow
from tests.helpers.flow_steps import LANGUAGES, PAGES, QUESTIONNAIRE
from tests.helpers.journey import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def flow(clock: FakeClock) -> Flow:
    return Flow(
        QUESTIONNAIRE,
        page_count=PAGES,
        default_language="fr",
        max_name_length=50,
        done_return_seconds=20,
        clock=clock,
        languages=LANGUAGES,
    )
