"""The patient's journey as a plain state machine: which screen comes next.

The flow never touches the database or the printer. It decides the screens, keeps the
answers of the current session, and hands out one Declaration per session when the
patient submits; the submission service reports the outcome back with `finish()`.

`Flow` keeps the session's state and moves between the screens; its parts, mixed in on its
own state, are in their own modules: the journey's plan (kiosk/patient/plan.py), what the
patient gives (answering.py), a change begun from the review (review_changes.py), the
identity card (card.py) and the session's clock (session_clock.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from kiosk.content.questionnaire import FOR_WHOM, SELF, Question, Questionnaire, split_key
from kiosk.identity.eid import CardFault
from kiosk.patient.answering import AnswerIntents
from kiosk.patient.card import CardIntents, CardSession, IdentitySource
from kiosk.patient.declaration import (
    Answer,
    Declaration,
    InvalidInput,
    Outcome,
    Problem,
    clean_name,
)
from kiosk.patient.plan import JourneyPlan
from kiosk.patient.review_changes import ReviewChanges
from kiosk.patient.session_clock import DONE_LONGEST_SECONDS as DONE_LONGEST_SECONDS
from kiosk.patient.session_clock import DONE_MORE_SECONDS as DONE_MORE_SECONDS
from kiosk.patient.session_clock import Assistance as Assistance
from kiosk.patient.session_clock import SessionClock
from kiosk.patient.steps import CARD as CARD
from kiosk.patient.steps import CARD_CONFIRM as CARD_CONFIRM
from kiosk.patient.steps import IDENTITY as IDENTITY
from kiosk.patient.steps import IDENTITY_SCREENS as IDENTITY_SCREENS
from kiosk.patient.steps import OUTSIDE_FORM as OUTSIDE_FORM
from kiosk.patient.steps import REVIEW as REVIEW
from kiosk.patient.steps import WELCOME as WELCOME
from kiosk.patient.steps import Screen as Screen
from kiosk.patient.steps import Step as Step

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Flow(SessionClock, JourneyPlan, AnswerIntents, ReviewChanges, CardIntents):
    def __init__(
        self,
        questionnaire: Questionnaire,
        page_count: int,
        default_language: str,
        max_name_length: int,
        done_return_seconds: int,
        clock: Clock = utc_now,
        new_session_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        idle_seconds: int = 90,
        idle_warning_seconds: int = 30,
        *,
        languages: Sequence[str],
        card_reader: bool = False,
    ) -> None:
        """`languages`: the codes offered to patients (kiosk.languages), the default
        among them; `choose_language` takes no other. `card_reader`: the identity step
        offers the eID card first (identity.card_reader)."""
        if default_language not in languages:
            raise ValueError(f"default language {default_language!r} not in {list(languages)}")
        self.questionnaire = questionnaire
        self.languages = tuple(languages)
        self._questions = questionnaire.by_id()
        self._page_count = page_count
        self._default_language = default_language
        self._max_name_length = max_name_length
        self._done_return_seconds = done_return_seconds
        self._idle_seconds = idle_seconds
        self._idle_warning_seconds = idle_warning_seconds
        self._clock = clock
        self._new_session_id = new_session_id
        self.card_reader = card_reader
        # A card in the reader is a fact of the kiosk, not of a session: the card left by
        # one patient is still there when the next session starts (but nothing it held).
        self.card_in_reader = False
        # The reader as last reported; until its first report, as if it had none.
        self.reader_problem: CardFault | None = CardFault.NO_SERVICE
        self.reset()

    # -- state ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self._step

    @step.setter
    def step(self, step: Step) -> None:
        # Leaving the review, or coming to it again, it has to be seen again in full.
        if step != getattr(self, "_step", None):
            self._review_seen = False
        self._step = step

    def reset(self) -> None:
        """Forget the patient: a new session on the welcome screen."""
        self.step = WELCOME
        self.language = self._default_language
        # A language chosen by the person at the screen (the welcome screen greets in
        # the first two languages until then).
        self.language_chosen = False
        self.assistance = Assistance()
        self.session_id = self._new_session_id()
        self.answers: dict[str, Answer] = {}
        self.names: dict[Screen, str] = {Screen.LAST_NAME: "", Screen.FIRST_NAME: ""}
        self.birth_digits = ""
        self.problem: Problem | None = None
        self.outcome: Outcome | None = None
        self.reference: str | None = None  # as printed, once saved
        self._editing_from_review: Step | None = None
        # Name, birth date and answers as they were when a change from the review began.
        self._before_edit: tuple[dict[Screen, str], str, dict[str, Answer]] | None = None
        self._done_at: datetime | None = None
        self._done_until: datetime | None = None
        self._review_seen = False
        self._last_touch = self._clock()
        self._declaration: Declaration | None = None
        self.card = CardSession()
        self._before_card: Step | None = None  # where the patient was when a card went in

    @property
    def for_someone_else(self) -> bool:
        """True when the person at the screen fills the form in for a child or another
        person: the questions then speak of "the patient" rather than "you"."""
        return self.answers.get(FOR_WHOM, SELF) != SELF

    @property
    def max_name_length(self) -> int:
        return self._max_name_length

    @property
    def question(self) -> Question | None:
        if self.step.screen is not Screen.QUESTION:
            return None
        return self._questions.get(split_key(self.step.key)[0])

    @property
    def item(self) -> str | None:
        """On a question asked per chosen answer: that answer ("rivaroxaban")."""
        return split_key(self.step.key)[1] if self.step.screen is Screen.QUESTION else None

    @property
    def answer_now(self) -> Answer | None:
        """The answer of the question on screen, as given so far."""
        return self.answers.get(self.step.key) if self.step.screen is Screen.QUESTION else None

    def can_go_next(self) -> bool:
        screen = self.step.screen
        if screen is Screen.QUESTION:
            question = self.question
            return question is not None and (
                not question.required or bool(self.answers.get(self.step.key))
            )
        if screen is Screen.CARD_CONFIRM:
            return self.card.confirmed
        return screen in (
            Screen.CARD,
            Screen.WELCOME,
            Screen.PAGE,
            Screen.LAST_NAME,
            Screen.FIRST_NAME,
            Screen.BIRTH_DATE,
        )

    def can_go_back(self) -> bool:
        return self.step.screen not in OUTSIDE_FORM

    @property
    def review_seen(self) -> bool:
        """The patient has seen every part of the review since it was last shown (the
        screen says so: it knows its parts); until then, nothing can be confirmed."""
        return self.step == REVIEW and self._review_seen

    def saw_whole_review(self) -> bool:
        """The review screen has shown its last part; True if this is news."""
        if self.step != REVIEW or self._review_seen:
            return False
        self._review_seen = True
        return True

    # -- the patient's intents --------------------------------------------------------

    def assist(self, **choices: bool) -> None:
        """Change accessibility choices (`larger_text`, `high_contrast`, `read_aloud`)."""
        self.assistance = replace(self.assistance, **choices)
        self.touch()

    def choose_language(self, code: str) -> bool:
        """Switch to an offered language; False (nothing changed) for any other code, or
        once the declaration is on its way."""
        self.touch()
        if code not in self.languages or self.step.screen in (Screen.SUBMITTING, Screen.DONE):
            return False
        self.language = code
        self.language_chosen = True
        return True

    def next(self) -> bool:
        """Go on if the current screen allows it; False (and `problem` set) otherwise."""
        self.touch()
        if not self.can_go_next():
            return False
        self.problem = None
        try:
            if self.step.screen in IDENTITY_SCREENS:
                self._validate_identity(self.step.screen)
            elif self.question is not None and self.question.typed:
                self._validate_typed(self.question, self.step.key)
        except InvalidInput as invalid:
            self.problem = invalid.problem
            return False
        if self.step == WELCOME:
            self.step = self.steps()[0]
            return True
        steps = self.steps()
        following = steps[steps.index(self.step) + 1]
        if self._editing_from_review is not None and not self._inside_edit(following):
            following = REVIEW
        if following == REVIEW:
            self._editing_from_review = None
        self.step = following
        return True

    def back(self) -> bool:
        self.touch()
        if not self.can_go_back():
            return False
        self.problem = None
        if self._editing_from_review is not None:
            self._abandon_edit()
            self._editing_from_review = None
            self.step = REVIEW
            return True
        steps = self.steps()
        position = steps.index(self.step)
        if position == 0:
            # The welcome screen is where the next patient starts: forget this one,
            # but keep the language the person at the screen just chose.
            language, chosen = self.language, self.language_chosen
            self.reset()
            self.language, self.language_chosen = language, chosen
            return True
        self.step = steps[position - 1]
        return True

    def skip_pages(self) -> bool:
        self.touch()
        if self.step.screen is not Screen.PAGE:
            return False
        self.step = next(step for step in self.steps() if step.screen is not Screen.PAGE)
        return True

    def submit(self) -> Declaration | None:
        """The declaration to save, once per session; None if not ready or already sent."""
        self.touch()
        if self.step != REVIEW or self._declaration is not None:
            return None
        self._declaration = Declaration(
            session_id=self.session_id,
            language=self.language,
            last_name=clean_name(self.names[Screen.LAST_NAME], self._max_name_length),
            first_name=clean_name(self.names[Screen.FIRST_NAME], self._max_name_length),
            birth_date=self.birth_date(),
            answers=self._answers_to_submit(),
            questionnaire_version=self.questionnaire.version,
            submitted_at=self._clock(),
            identity_source=self.identity_source.value,
            national_number=self.card.identity.national_number
            if self.identity_source is IdentitySource.CARD and self.card.identity is not None
            else None,
        )
        self.step = Step(Screen.SUBMITTING)
        return self._declaration

    def finish(self, session_id: str, outcome: Outcome, reference: str | None = None) -> bool:
        """The submission service's report. Ignored unless it is for this session."""
        if self.step.screen is not Screen.SUBMITTING or session_id != self.session_id:
            return False
        self.outcome = outcome
        self.reference = reference
        self.step = Step(Screen.DONE)
        self._done_at = self._clock()
        self._done_until = self._done_at + timedelta(seconds=self._done_return_seconds)
        return True

    def restart(self) -> bool:
        """ "Finish" on the thank-you screen: a new session. Anywhere else (a second tap
        that arrives once the welcome screen is back) it does nothing."""
        if self.step.screen is not Screen.DONE:
            return False
        self.reset()
        return True

    def tick(self) -> bool:
        """Called every second or so: True when the flow went back to the welcome screen,
        after the thank-you screen's delay or when a patient walked away, or when a card
        took too long to read (the card screen then says to type instead)."""
        now = self._clock()
        if self._card_too_slow():
            return True
        done_long_enough = self._done_until is not None and now >= self._done_until
        if done_long_enough or self.idle_countdown() == 0 or self._welcome_left_changed(now):
            self.reset()
            return True
        return False
