"""What the review screen lists: every answer given so far, in the patient's words."""

from __future__ import annotations

from dataclasses import dataclass

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


def answer_text(language: Language, question: Question, answer: Answer | None) -> str | None:
    return None if answer is None else language.answer_text(question, answer)


def review_items(flow: Flow, language: Language) -> list[ReviewItem]:
    questions = flow.questionnaire.by_id()
    asked = [step for step in flow.steps() if step.screen is Screen.QUESTION]
    asked_ids = {step.key for step in asked}
    not_answered = language.text("not_answered")
    items: list[ReviewItem] = []
    for step in flow.steps():
        if step.screen in (Screen.LAST_NAME, Screen.FIRST_NAME):
            label = language.text(f"review_{step.screen.value}")
            value = flow.names[step.screen]
            items.append(ReviewItem(step, step.screen.value, label, value, ()))
        elif step.screen is Screen.BIRTH_DATE:
            digits = flow.birth_digits
            value = f"{digits[:2]}/{digits[2:4]}/{digits[4:]}" if len(digits) == 8 else ""
            items.append(
                ReviewItem(step, step.screen.value, language.text("review_birth_date"), value, ())
            )
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
