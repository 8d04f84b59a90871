"""A tour of every patient screen, driving the flow directly (for renders and layout checks)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QApplication

from kiosk.flow import Flow, Screen
from ui.main_window import MainWindow, Submit

# Answers that open the longest follow-ups, so the tour meets the longest screens.
TOUR_ANSWERS: Mapping[str, str | tuple[str, ...]] = {
    "for_whom": "accompanied",
    "anticoagulants": "yes",
    "anticoagulant_drugs": "apixaban",
    "anticoagulant_told_to_stop": "yes",
    "anticoagulant_last_dose": "yesterday",
    "pregnancy": "possibly",
    "breastfeeding": "no",
    "allergy": "yes",
    "allergy_to": "iodinated_contrast",
    "allergy_reaction": "breathing",
    "diabetes": "dont_know",
    "renal_insufficiency": "yes",
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


def tour(
    window: MainWindow,
    flow: Flow,
    submit: Submit,
    answers: Mapping[str, str | tuple[str, ...]] = TOUR_ANSWERS,
) -> Iterator[str]:
    """Walk the whole journey, yielding a name for each screen once it is shown.
    A tuple of answers taps each of them (several answers to a "multi" question)."""
    window.show_state()
    settle()
    yield "welcome"
    flow.next()
    while flow.step.screen is not Screen.REVIEW:
        window.show_state()
        step = flow.step
        if step.screen is Screen.PAGE:
            name = f"page-{int(step.key) + 1}"
        elif step.screen is Screen.QUESTION:
            chosen = answers.get(step.key, "no")
            for option in (chosen,) if isinstance(chosen, str) else chosen:
                flow.answer(step.key, option)
            name = f"question-{step.key}"
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
        if step.screen in (Screen.PAGE, Screen.QUESTION):
            screen = window.screens.page if step.screen is Screen.PAGE else window.screens.question
            while screen.turn(+1):
                settle()
                yield f"{name}-part-{screen.part()[0]}"
        assert flow.next(), f"the tour is stuck on {name}: {flow.problem}"
    window.show_state()
    settle()
    yield "review"
    declaration = flow.submit()
    assert declaration is not None
    window.show_state()
    settle()
    yield "saving"
    result = submit(declaration)
    flow.finish(result.session_id, result.outcome)
    window.show_state()
    settle()
    yield "done"
