"""Realistic declarations for tests, built directly (no flow, no store)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from kiosk.patient.declaration import Answer, Declaration

# A patient on two blood thinners (aspirin continued, apixaban stopped as told) and
# metformin, everything else "no".
DEFAULT_ANSWERS: Mapping[str, Answer] = {
    "for_whom": "self",
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"apixaban", "aspirin"}),
    "anticoagulant_told_to_stop:aspirin": "no",
    "anticoagulant_last_dose:aspirin": "today",
    "anticoagulant_told_to_stop:apixaban": "yes",
    "anticoagulant_last_dose:apixaban": "days_3",
    "pregnancy": "not_applicable",
    "allergy": "no",
    "diabetes": "yes",
    "diabetes_medicines": frozenset({"metformin"}),
    "renal_insufficiency": "no",
    "thyroid": "no",
    "fasting_asked": "yes",
    "fasting_last_food": "over_6h",
    "fasting_last_drink": "h2_6",
    "escort_home": "yes",
}

# Every one of the six declarations answered "no" (pregnancy: "not applicable").
ALL_NO_ANSWERS: Mapping[str, Answer] = {
    "for_whom": "self",
    "anticoagulants": "no",
    "pregnancy": "not_applicable",
    "allergy": "no",
    "diabetes": "no",
    "renal_insufficiency": "no",
    "thyroid": "no",
    "fasting_asked": "no",
    "escort_home": "yes",
}

ALL_DRUGS = frozenset(
    {
        "aspirin",
        "clopidogrel",
        "prasugrel",
        "ticagrelor",
        "acenocoumarol",
        "warfarin",
        "phenprocoumon",
        "rivaroxaban",
        "apixaban",
        "edoxaban",
        "dabigatran",
        "heparin",
        "other",
        "dont_know",
    }
)


def make_declaration(**overrides: Any) -> Declaration:
    """A submitted declaration; any field may be overridden, e.g. `answers=ALL_NO_ANSWERS`.

    `extra_answers={...}` adds or replaces answers on top of the default set, and a value
    of None removes that answer.
    """
    answers = dict(overrides.pop("answers", DEFAULT_ANSWERS))
    for question_id, answer in overrides.pop("extra_answers", {}).items():
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
    fields: dict[str, Any] = {
        "session_id": "0b6f2c1e-test",
        "language": "fr",
        "last_name": "Lefèvre",
        "first_name": "Marie-Hélène",
        "birth_date": date(1958, 4, 3),
        "answers": answers,
        "questionnaire_version": "2026-11-27.1",
        "submitted_at": datetime(2026, 11, 27, 13, 42, tzinfo=UTC),
    }
    fields.update(overrides)
    return Declaration(**fields)
