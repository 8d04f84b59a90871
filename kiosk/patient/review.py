"""What the review screen lists: every answer given so far, in the patient's words.

A top-level question is one row, its plain follow-ups inside it ("Which blood thinner:
Xarelto (Rivaroxaban), ..."). A question asked once per chosen drug or allergen gives
each of them a row of its own, right under its question: the item as the patient knows
it, then its answers ("Told to stop: No · Last dose: Yesterday"), changed from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from kiosk.content.locales import Language
from kiosk.content.questionnaire import Question, Questionnaire, asked_after
from kiosk.patient.declaration import Answer
from kiosk.patient.flow import Flow, Screen, Step

ANSWERS_SEPARATOR = " · "  # between the answers of one drug or allergen


@dataclass(frozen=True)
class ReviewItem:
    step: Step  # where "change" takes the patient
    name: str  # stable id for the button's objectName: an answer's key or a field name
    label: str
    value: str
    details: tuple[str, ...]  # follow-up answers, "title: answer"
    # A chosen drug or allergen's own row: the id of the top-level question it is
    # listed under (None for a question's row or the identity).
    under: str | None = None


class ReviewWords(Protocol):
    """The screen's own words (the answers come from the content)."""

    def text(self, key: str) -> str: ...

    def birth_date(self, digits: str) -> str: ...


def answer_text(language: Language, question: Question, answer: Answer | None) -> str | None:
    return None if answer is None else language.answer_text(question, answer)


def item_label(
    questionnaire: Questionnaire,
    language: Language,
    answers: Mapping[str, Answer],
    question: Question,
    item: str,
) -> str:
    """A chosen drug or allergen as the patient knows it, for a question asked about it
    (`question` is the per-item question, or the "multi" question it was chosen on):
    the answer's label ("Xarelto (Rivaroxaban)"), or, for an item the patient named
    (the "other" drug), the name they typed, exactly as typed."""
    questions = questionnaire.by_id()
    parent = questions[question.parent] if question.each and question.parent else question
    typed = parent.typed_name(item, answers)
    return typed.text.strip() if typed is not None else language.item_label(parent, item)


def review_items(flow: Flow, language: Language, words: ReviewWords) -> list[ReviewItem]:
    questionnaire = flow.questionnaire
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
        elif step.screen is Screen.CARD_CONFIRM:  # read from the card: a tap shows it again
            for screen in (Screen.LAST_NAME, Screen.FIRST_NAME):
                label = words.text(f"review_{screen.value}")
                items.append(ReviewItem(step, screen.value, label, flow.names[screen], ()))
            born = words.birth_date(flow.birth_digits) if len(flow.birth_digits) == 8 else ""
            label = words.text("review_birth_date")
            items.append(ReviewItem(step, "birth_date", label, born, ()))
        elif step.screen is Screen.QUESTION:
            question = questionnaire.question(step.key)
            if question is not None and question.parent is None:
                items += _question_rows(flow, language, question, not_answered)
    return items


def _question_rows(
    flow: Flow, language: Language, question: Question, not_answered: str
) -> list[ReviewItem]:
    """A top-level question's row (its plain follow-ups inside), then one row for each
    chosen drug or allergen that has questions of its own."""

    def said(asked: Question, key: str) -> str:
        return f"{language.question(asked.id).title}: {shown(asked, key)}"

    def shown(asked: Question, key: str) -> str:
        return answer_text(language, asked, flow.answers.get(key)) or not_answered

    details: list[str] = []
    per_item: dict[tuple[str, str], list[tuple[Question, str]]] = {}
    for asked in asked_after(question, flow.answers):
        if asked.question is question:
            continue
        if asked.item is None:
            details.append(said(asked.question, asked.key))
        else:
            parent = asked.question.parent or ""
            per_item.setdefault((parent, asked.item), []).append((asked.question, asked.key))
    rows = [
        ReviewItem(
            Step(Screen.QUESTION, question.id),
            question.id,
            language.question(question.id).title,
            shown(question, question.id),
            tuple(details),
        )
    ]
    questions = flow.questionnaire.by_id()
    for (parent, item), asked_about in per_item.items():
        _, first_key = asked_about[0]
        rows.append(
            ReviewItem(
                Step(Screen.QUESTION, first_key),
                first_key,
                item_label(flow.questionnaire, language, flow.answers, questions[parent], item),
                ANSWERS_SEPARATOR.join(said(asked, key) for asked, key in asked_about),
                (),
                under=question.id,
            )
        )
    return rows
