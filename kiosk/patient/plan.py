"""The journey's plan, a part of the patient's flow (`JourneyPlan`, mixed into
kiosk/patient/flow.py's `Flow`, on the flow's own state): the steps after the welcome
screen given the answers so far (the explanation pages, the questions asked with their
follow-ups, the identity typed or read from the card, the review), how the identity was
obtained, and where the patient is, for the progress bars."""

from __future__ import annotations

from kiosk.content.questionnaire import Group, Question, Questionnaire, asked_after
from kiosk.identity.eid import CardFault
from kiosk.patient.card import CardSession, IdentitySource
from kiosk.patient.declaration import Answer
from kiosk.patient.steps import CARD, CARD_CONFIRM, IDENTITY, REVIEW, Screen, Step


class JourneyPlan:
    """The flow's plan, on the flow's own state (declared here, set by `Flow`)."""

    questionnaire: Questionnaire
    answers: dict[str, Answer]
    card: CardSession
    card_reader: bool  # identity.card_reader is "auto"
    reader_problem: CardFault | None
    _questions: dict[str, Question]
    _page_count: int

    @property
    def step(self) -> Step:
        raise NotImplementedError

    def steps(self) -> list[Step]:
        """The journey after the welcome screen, given the answers so far."""
        steps = [Step(Screen.PAGE, str(number)) for number in range(self._page_count)]
        for question in self.questionnaire.in_group(Group.ABOUT):
            steps += self._question_steps(question)
        steps += self._identity_steps()
        for question in self.questionnaire.questions:
            if question.group is not Group.ABOUT:
                steps += self._question_steps(question)
        steps.append(REVIEW)
        return steps

    def _identity_steps(self) -> list[Step]:
        """Typed: last name, first name, birth date. With a reader, the card screen first
        (its "type instead" goes on to them); once a card is read, its confirmation
        alone."""
        if self.card.identity is not None:
            return [CARD_CONFIRM]
        # Only with a reader that works (or while the patient is on the card screen
        # it has just gone from, which then says so).
        if self.card_reader and (self.reader_problem is None or self.step == CARD):
            return [CARD, *IDENTITY]
        return list(IDENTITY)

    @property
    def identity_source(self) -> IdentitySource:
        confirmed = self.card.identity is not None and self.card.confirmed
        return IdentitySource.CARD if confirmed else IdentitySource.TYPED

    def _question_steps(self, question: Question) -> list[Step]:
        return [Step(Screen.QUESTION, asked.key) for asked in asked_after(question, self.answers)]

    def progress(self) -> tuple[int, int] | None:
        """(current, total) over the form: the questions asked, the identity and the
        review, one step per screen.

        Every screen moves the number on, follow-ups too. The total is the screens asked
        given the answers so far: a "yes" that brings follow-ups makes it larger, and
        un-choosing makes it smaller again; it never counts a screen that will not come."""
        form = [step for step in self.steps() if step.screen is not Screen.PAGE]
        if self.step in form:
            return form.index(self.step) + 1, len(form)
        return None

    def page_progress(self) -> tuple[int, int] | None:
        if self.step.screen is Screen.PAGE:
            return int(self.step.key) + 1, self._page_count
        return None
