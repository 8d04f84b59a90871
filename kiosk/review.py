"""What the review screen lists: every answer given so far, in the patient's words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.content import Language
from kiosk.declaration import Answer
from kiosk.flow import Flow, Screen, Step
from kiosk.questionnaire import Question


@dataclass(frozen=True)
class ReviewItem:
    step: Step  # where "change" takes the patient
    name: str  # stable id for the button's objectName: a question id or a field name
    label: str
    value: str
    details: tuple[str, ...]  # follow-up answers, "title: answer"


class ReviewWords(Protocol):
    """The screen's own words (the answers come from the content)."""

    def text(self, key: str) -> str: ...

    def birth_date(self, digits: str) -> str: ...


def answer_text(language: Language, question: Question, answer: Answer | None) -> str | None:
    return None if answer is None else language.answer_text(question, answer)


def review_items(flow: Flow, language: Language, words: ReviewWords) -> list[ReviewItem]:
    questions = flow.questionnaire.by_id()
    asked = [step for step in flow.steps() if step.screen is Screen.QUESTION]
    asked_ids = {step.key for step in asked}
    not_answered = words.text("not_answered")
    items: list[ReviewItem] = []
    for step in flow.steps():
        if step.screen in (Screen.LAST_NAME, Screen.FIRST_NAME):
            label = words.text(f"review_{step.screen.value}")
            value = flow.names[step.screen]
            items.append(ReviewItem(step, step.screen.value, label, value, ()))
        elif step.screen is Screen.BIRTH_DATE:
            label = words.text("review_birth_date")
            value = words.birth_date(flow.birth_digits) if len(flow.birth_digits) == 8 else ""
            items.append(ReviewItem(step, step.screen.value, label, value, ()))
        elif step.screen is Screen.QUESTION and questions[step.key].parent is None:
            question = questions[step.key]
            details = tuple(
                f"{language.question(followup.id).title}: "
                f"{answer_text(language, followup, flow.answers.get(followup.id)) or not_answered}"
                for followup in _asked_followups(question, asked_ids)
            )
            chosen = answer_text(language, question, flow.answers.get(question.id))
            items.append(
                ReviewItem(
                    step,
                    question.id,
                    language.question(question.id).title,
                    chosen or not_answered,
                    details,
                )
            )
    return items


def _asked_followups(question: Question, asked_ids: set[str]) -> list[Question]:
    found = []
    for followup in question.followups:
        if followup.id in asked_ids:
            found.append(followup)
            found.extend(_asked_followups(followup, asked_ids))
    return found
