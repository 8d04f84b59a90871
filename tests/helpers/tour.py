"""A tour of every patient screen, driving the flow directly (for renders and layout checks)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QApplication

from kiosk.content.questionnaire import DONT_KNOW, split_key
from kiosk.patient.flow import Flow, Screen
from ui.main_window import MainWindow, Submit

TourAnswer = str | tuple[str, ...]

# Answers that open the longest follow-ups, so the tour meets the longest screens: the
# weight of a child (the number screen), two drugs, one of them named by the patient
# (the typed-text screen, then one screen per drug naming it), two allergens.
# An answer given by question id serves every item of a per-item question; a key with
# its item ("anticoagulant_last_dose:other") serves that item only. A typed question
# takes the text typed (or "dont_know").
TOUR_ANSWERS: Mapping[str, TourAnswer] = {
    "for_whom": "child",
    "child_weight": "23",
    "anticoagulants": "yes",
    "anticoagulant_drugs": ("rivaroxaban", "other"),
    "anticoagulant_other_name": "D'Arcy-Vandenbroucke Forte",
    "anticoagulant_told_to_stop": "yes",
    "anticoagulant_last_dose": "yesterday",
    "anticoagulant_last_dose:other": "days_6_7",
    "pregnancy": "possibly",
    "breastfeeding": "no",
    "allergy": "yes",
    "allergy_to": ("iodinated_contrast", "other"),
    "allergy_other_name": "Chlorhexidine",
    "allergy_reaction": "breathing",
    "diabetes": "dont_know",
    "diabetes_medicines": ("metformin", "glp1"),
    "renal_insufficiency": "yes",
    "renal_dialysis": "no",
    "renal_transplant": "dont_know",
    "thyroid": "dont_know",
    "fasting_asked": "yes",
    "fasting_last_food": "over_6h",
    "fasting_last_drink": "h2_6",
    "escort_home": "yes",
}
LONG_LAST_NAME = "Van den Bossche-Lefèvre d'Ursel"
LONG_FIRST_NAME = "Marie-Hélène Françoise"


def settle() -> None:
    """Let Qt lay out what the last state change showed."""
    QApplication.processEvents()
    QApplication.processEvents()


def planned(answers: Mapping[str, TourAnswer], key: str, default: TourAnswer) -> TourAnswer:
    """The answer planned for a step's key: by key, else by question id."""
    return answers.get(key, answers.get(split_key(key)[0], default))


def tour(
    window: MainWindow,
    flow: Flow,
    submit: Submit,
    answers: Mapping[str, TourAnswer] = TOUR_ANSWERS,
) -> Iterator[str]:
    """Walk the whole journey, yielding a name for each screen once it is shown.
    A tuple of answers taps each of them (several answers to a "multi" question).
    Questions are named `question-<key>` (`question-anticoagulant_last_dose-other` for a
    per-item one), typed ones `text-<id>` and `number-<id>`."""
    window.show_state()
    settle()
    yield "welcome"
    flow.next()
    window.show_state()
    settle()
    window.access_bar.languages.click()  # the chooser, over the first page
    settle()
    yield "languages"
    window.language_chooser.close_requested.emit()
    settle()
    while flow.step.screen is not Screen.REVIEW:
        window.show_state()
        step = flow.step
        question = flow.question
        if step.screen is Screen.PAGE:
            name = f"page-{int(step.key) + 1}"
        elif question is not None and question.typed:
            typed = planned(answers, step.key, DONT_KNOW)
            assert isinstance(typed, str), f"{step.key}: type one text, got {typed!r}"
            if typed == DONT_KNOW:
                flow.answer(step.key, DONT_KNOW)
            else:
                flow.type_answer(typed)
            name = f"{question.kind.value}-{step.key}"
        elif question is not None:
            chosen = planned(answers, step.key, "no")
            for option in (chosen,) if isinstance(chosen, str) else chosen:
                flow.answer(step.key, option)
            name = f"question-{step.key.replace(':', '-')}"
        elif step.screen is Screen.LAST_NAME:
            flow.type_name(LONG_LAST_NAME)
            name = step.screen.value
        elif step.screen is Screen.FIRST_NAME:
            flow.type_name(LONG_FIRST_NAME)
            name = step.screen.value
        else:
            flow.type_birth_date("03041958")
            name = step.screen.value
        window.show_state()
        settle()
        yield name
        # A page, or answers, longer than the screen: part by part.
        if step.screen is Screen.PAGE or name.startswith("question-"):
            screen = window.screens.page if step.screen is Screen.PAGE else window.screens.question
            while screen.turn(+1):
                settle()
                yield f"{name}-part-{screen.part()[0]}"
        assert flow.next(), f"the tour is stuck on {name}: {flow.problem}"
    window.show_state()
    settle()
    yield "review"
    review = window.screens.review  # a review longer than the screen: page by page
    while review.turn(+1):
        settle()
        yield f"review-part-{review.page() + 1}"
    declaration = flow.submit()
    assert declaration is not None
    window.show_state()
    settle()
    yield "saving"
    result = submit(declaration)
    flow.finish(result.session_id, result.outcome, result.reference)
    window.show_state()
    settle()
    yield "done"
