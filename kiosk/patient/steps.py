"""The journey's places: which screen, which step of it; the steps every flow shares.
(Kept apart from the flow so the card's part of it, kiosk/patient/card.py, can name them.)"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Screen(Enum):
    WELCOME = "welcome"
    PAGE = "page"
    QUESTION = "question"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    BIRTH_DATE = "birth_date"
    CARD = "card"  # "insert your identity card", or type instead
    CARD_CONFIRM = "card_confirm"  # "is this you?" with what the card said
    REVIEW = "review"
    SUBMITTING = "submitting"
    DONE = "done"


@dataclass(frozen=True)
class Step:
    screen: Screen
    # QUESTION: the key of its answer (the question id, with ":<item>" for a question
    # asked per chosen drug or allergen); PAGE: the page number
    key: str = ""


WELCOME = Step(Screen.WELCOME)
REVIEW = Step(Screen.REVIEW)
IDENTITY = (Step(Screen.LAST_NAME), Step(Screen.FIRST_NAME), Step(Screen.BIRTH_DATE))
IDENTITY_SCREENS = frozenset(step.screen for step in IDENTITY)
CARD = Step(Screen.CARD)
CARD_CONFIRM = Step(Screen.CARD_CONFIRM)
# Screens outside the form: nothing of the patient's answers on them, no going back, no
# language switch in the header, no idle warning.
OUTSIDE_FORM = frozenset({Screen.WELCOME, Screen.SUBMITTING, Screen.DONE})
