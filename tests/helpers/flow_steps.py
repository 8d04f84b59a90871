"""Shared by the flow tests: the bundled questionnaire and ways to name its steps."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.questionnaire import Kind, Question, Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.patient.declaration import Answer
from kiosk.patient.flow import IDENTITY, Flow, Screen, Step
from tests.helpers.journey import NO_TO_ALL, bundled_content, bundled_questionnaire

QUESTIONNAIRE = bundled_questionnaire()
QUESTIONS = QUESTIONNAIRE.by_id()
PAGES = len(bundled_content().language("fr").pages)
LANGUAGES = tuple(bundled_content().languages)  # offered, as kiosk.languages by default
LAST_NAME_STEP, FIRST_NAME_STEP, BIRTH_DATE_STEP = IDENTITY


def ask(question_id: str) -> Step:
    return Step(Screen.QUESTION, question_id)


def asked_ids(steps: list[Step]) -> list[str]:
    return [step.key for step in steps if step.screen is Screen.QUESTION]


def visible_ids(flow: Flow) -> set[str]:
    return set(asked_ids(flow.steps()))


def answers_showing(question: Question) -> dict[str, Answer]:
    """NO_TO_ALL, changed so that `question` (a follow-up) is asked."""
    answers: dict[str, Answer] = dict(NO_TO_ALL)
    while question.parent is not None:
        parent = QUESTIONS[question.parent]
        shown_by = question.when_order[0] if question.each else sorted(question.when)[0]
        answers[parent.id] = shown_by if parent.kind is Kind.SINGLE else frozenset({shown_by})
        question = parent
    return answers


def first_option(question: Question) -> Answer:
    option = question.options[0]
    return frozenset({option}) if question.kind is Kind.MULTI else option


# A follow-up of a follow-up: the bundled questionnaire has none, the format allows it.
NESTED_QUESTIONNAIRE = """
version = "nested.1"

[[question]]
id = "allergy"
group = "declaration"
kind = "single"
options = ["yes", "no", "dont_know"]
required = true

  [[question.followup]]
  id = "allergy_to"
  kind = "multi"
  when = ["yes"]
  options = ["latex", "other", "dont_know"]

    [[question.followup.followup]]
    id = "latex_reaction"
    kind = "single"
    when = ["latex"]
    options = ["yes", "no", "dont_know"]
"""


def nested_questionnaire(folder: Path, *, then_escort_home: bool = False) -> Questionnaire:
    """NESTED_QUESTIONNAIRE written to `folder` and loaded; optionally with a second
    top-level question after it."""
    text = NESTED_QUESTIONNAIRE
    if then_escort_home:
        text += (
            '\n[[question]]\nid = "escort_home"\ngroup = "practical"\nkind = "single"\n'
            'options = ["yes", "no", "dont_know"]\n'
        )
    path = folder / "questionnaire.toml"
    path.write_text(text, encoding="utf-8")
    return load_questionnaire(path)
