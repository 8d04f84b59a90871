"""The identity card's screens, in every language and both orientations, standard and
larger text: nothing clipped (the same measure as tests/ui/test_screens_fit.py). The
card screen with each of its messages, the confirmation with the longest names a card
may hold, the thank-you screen reminding the card."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.identity.eid import CardFault, CardIdentity
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import Screen
from tests.helpers.journey import walk
from tests.helpers.kiosk_app import running_kiosk
from tests.helpers.tour import settle
from tests.ui.test_screens_fit import LANGUAGES, MODES, SIZES, clipped

LONGEST = CardIdentity(
    "Vandenberghe-Lefèvre de Saint-Exupéry",
    "Marie-Thérèse Jean-Baptiste Maximilienne Hippolyte",
    "J",
    date(1948, 3, 15),
)
SHOTS = os.environ.get("KIOSK_CARD_SHOTS")  # a folder: each screen saved there as a PNG


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_screens_fit(
    qtbot, tmp_path: Path, language: str, orientation: str, mode: str
) -> None:
    with running_kiosk(
        qtbot,
        tmp_path / "data",
        f"kiosk.languages={list(LANGUAGES)}",
        size=SIZES[orientation],
        card_reader=False,
    ) as app:
        flow, window = app.flow, app.window
        flow.choose_language(language)
        flow.assist(**MODES[mode])
        flow.reader_changed(None)

        def check(name: str) -> None:
            window.show_state()
            settle()
            if SHOTS:
                window.grab().save(f"{SHOTS}/{language}-{orientation}-{mode[:8]}-{name}.png")
            problems = clipped(window)
            assert not problems, f"{language} {orientation} {name}: {problems}"

        flow.card_inserted()
        assert app.screen() is Screen.CARD
        check("card-reading")
        for fault in CardFault:
            flow.card_failed(fault)
            check(f"card-{fault.value}")
        flow.card_inserted()
        flow.card_read(LONGEST)
        assert app.screen() is Screen.CARD_CONFIRM
        check("card-confirm")
        flow.confirm_card()
        walk(flow)
        declaration = flow.submit()
        assert declaration is not None
        flow.finish(declaration.session_id, Outcome.PRINTED, "K7F-3QX")
        flow.card_in_reader = True
        check("done-card-reminder")


@pytest.mark.parametrize(("language", "side"), [("ar", "right"), ("fr", "left")])
def test_the_names_read_from_the_card_start_on_the_screens_reading_side(
    qtbot, tmp_path: Path, language: str, side: str
) -> None:
    """In Arabic the captions are on the right; the Latin names under them were drawn on
    the left, as left-to-right paragraphs."""
    with running_kiosk(qtbot, tmp_path / "data", card_reader=False) as app:
        flow = app.flow
        flow.choose_language(language)
        flow.reader_changed(None)
        flow.card_inserted()
        flow.card_read(LONGEST)
        app.window.show_state()
        settle()
        for name in ("card-last_name", "card-first_name"):
            value = app.visible(name, QLabel)
            caption = app.visible(f"{name}-label", QLabel)
            edge = value.mapTo(app.window, value.rect().topLeft()).x()
            text = value.fontMetrics().horizontalAdvance(value.text().split("\n")[0])
            drawn_at = (
                edge + value.width() - text
                if value.alignment() & Qt.AlignmentFlag.AlignRight
                else edge
            )
            caption_edge = caption.mapTo(app.window, caption.rect().topLeft()).x()
            if side == "right":
                assert drawn_at > app.window.width() / 2 - text / 2, name
                assert value.alignment() & Qt.AlignmentFlag.AlignRight, name
            else:
                assert drawn_at == caption_edge, name
