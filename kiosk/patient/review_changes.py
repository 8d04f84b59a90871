"""A change begun from the review, a part of the patient's flow (`ReviewChanges`, mixed
into kiosk/patient/flow.py's `Flow`, on the flow's own state): "change" on a review row
goes to that screen, Next goes on through the follow-ups the change brings and then back
to the review, and Back cancels the change, keeping the last valid name, date or typed
answer. (What the review lists is kiosk/patient/review.py.)"""

from __future__ import annotations

from kiosk.content.questionnaire import Question, split_key
from kiosk.patient.declaration import Answer, InvalidInput
from kiosk.patient.steps import IDENTITY_SCREENS, REVIEW, Screen, Step


class ReviewChanges:
    """The flow's changes from the review, on the flow's own state (declared here, set by
    `Flow`)."""

    names: dict[Screen, str]
    birth_digits: str
    answers: dict[str, Answer]
    _questions: dict[str, Question]
    _editing_from_review: Step | None  # the step the change began on
    # Name, birth date and answers as they were when a change from the review began.
    _before_edit: tuple[dict[Screen, str], str, dict[str, Answer]] | None

    @property
    def step(self) -> Step:
        raise NotImplementedError

    @step.setter
    def step(self, step: Step) -> None:
        raise NotImplementedError

    @property
    def question(self) -> Question | None:
        raise NotImplementedError

    def touch(self) -> None:
        raise NotImplementedError

    def steps(self) -> list[Step]:
        raise NotImplementedError

    def _validate_identity(self, screen: Screen) -> None:
        raise NotImplementedError

    def _validate_typed(self, question: Question, key: str) -> None:
        raise NotImplementedError

    def next_returns_to_review(self) -> bool:
        """True when Next ends a change begun from the review and goes back to it."""
        if self._editing_from_review is None or self.step == REVIEW:
            return False
        steps = self.steps()
        if self.step not in steps:
            return False
        following = steps[steps.index(self.step) + 1]
        return not self._inside_edit(following)

    def edit(self, step: Step) -> bool:
        """From the review screen, go and change one answer (then come back)."""
        self.touch()
        if self.step != REVIEW or step not in self.steps() or step.screen is Screen.PAGE:
            return False
        self._editing_from_review = step
        self._before_edit = (dict(self.names), self.birth_digits, dict(self.answers))
        self.step = step
        return True

    def _abandon_edit(self) -> None:
        """Backing out of a change keeps the last valid name, date or typed answer, not a
        half-typed or emptied one: Back cancels the change."""
        if self._before_edit is None:
            return
        names, digits, answers = self._before_edit
        screen, question, key = self.step.screen, self.question, self.step.key
        if screen in IDENTITY_SCREENS:
            try:
                self._validate_identity(screen)
            except InvalidInput:
                if screen is Screen.BIRTH_DATE:
                    self.birth_digits = digits
                else:
                    self.names[screen] = names[screen]
        elif question is not None and question.typed:
            try:
                self._validate_typed(question, key)
                kept = key in self.answers
            except InvalidInput:
                kept = False
            if not kept and key in answers:
                self.answers[key] = answers[key]
            elif not kept:
                self.answers.pop(key, None)

    def _inside_edit(self, step: Step) -> bool:
        """True when `step` belongs to the change begun from the review: a follow-up of the
        question being changed or, for one drug or allergen, another of its questions."""
        root = self._editing_from_review
        if root is None or root.screen is not Screen.QUESTION:
            return False
        if step.screen is not Screen.QUESTION:
            return False
        root_id, root_item = split_key(root.key)
        step_id, step_item = split_key(step.key)
        if root_item is not None:
            same_parent = self._questions[step_id].parent == self._questions[root_id].parent
            return step_item == root_item and same_parent
        question = self._questions[step_id]
        while question.parent is not None:
            if question.parent == root_id:
                return True
            question = self._questions[question.parent]
        return False
