"""The patient's journey as a plain state machine: which screen comes next.

The flow never touches the database or the printer. It decides the screens, keeps the
answers of the current session, and hands out one Declaration per session when the
patient submits; the submission service reports the outcome back with `finish()`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from kiosk.content.questionnaire import (
    FOR_WHOM,
    SELF,
    Group,
    Kind,
    Question,
    Questionnaire,
    Typed,
    asked_after,
    split_key,
)
from kiosk.identity.eid import CardFault
from kiosk.patient.card import CardIntents, CardSession, IdentitySource
from kiosk.patient.declaration import (
    Answer,
    Declaration,
    InvalidInput,
    Outcome,
    Problem,
    accept_typed,
    clean_name,
    parse_birth_date,
)
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


class Flow(SessionClock, CardIntents):
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

    def _root(self, key: str) -> Question:
        question = self._questions[split_key(key)[0]]
        while question.parent is not None:
            question = self._questions[question.parent]
        return question

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

    def next_returns_to_review(self) -> bool:
        """True when Next ends a change begun from the review and goes back to it."""
        if self._editing_from_review is None or self.step == REVIEW:
            return False
        steps = self.steps()
        if self.step not in steps:
            return False
        following = steps[steps.index(self.step) + 1]
        return not self._inside_edit(following)

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

    def answer(self, key: str, option: str) -> None:
        """A tap on an answer of the question on screen (toggles on a "multi" question).

        `key` is the step's key: the question id, with ":<item>" on a per-item question."""
        self.touch()
        question = self.question
        if question is None or key != self.step.key or option not in question.options:
            return
        if question.typed:  # "I don't know" instead of typing: what was typed goes
            self.answers[key] = option
            self.problem = None
        elif question.kind is Kind.SINGLE:
            self.answers[key] = option
        else:
            previous = self.answers.get(key)
            chosen = set(previous) if isinstance(previous, frozenset) else set()
            if option in chosen:
                chosen.discard(option)
            elif option in question.exclusive:
                chosen = {option}
            else:
                chosen = (chosen - question.exclusive) | {option}
            if chosen:
                self.answers[key] = frozenset(chosen)
            else:
                self.answers.pop(key, None)
        self._forget_hidden_answers()

    def type_answer(self, text: str) -> None:
        """What is in the field of a typed question (a medicine's name, a weight), as
        typed so far. Empty: no answer (a follow-up is never required)."""
        self.touch()
        question = self.question
        if question is None or not question.typed:
            return
        key = self.step.key
        if text.strip():
            self.answers[key] = Typed(text)
        elif isinstance(self.answers.get(key), Typed):
            del self.answers[key]
        self.problem = None
        if question.kind is Kind.TEXT and len(" ".join(text.split())) > self._max_name_length:
            self.problem = Problem.NAME_TOO_LONG

    def type_name(self, text: str) -> None:
        """The text in the name field on screen, as typed so far."""
        self.touch()
        if self.step.screen in self.names:
            self.names[self.step.screen] = text
            # Said as soon as it happens, not only when the patient taps Next.
            too_long = len(" ".join(text.split())) > self._max_name_length
            self.problem = Problem.NAME_TOO_LONG if too_long else None

    def type_birth_date(self, digits: str) -> None:
        self.touch()
        if self.step.screen is Screen.BIRTH_DATE:
            self.birth_digits = digits
            self.problem = None

    def edit(self, step: Step) -> bool:
        """From the review screen, go and change one answer (then come back)."""
        self.touch()
        if self.step != REVIEW or step not in self.steps() or step.screen is Screen.PAGE:
            return False
        self._editing_from_review = step
        self._before_edit = (dict(self.names), self.birth_digits, dict(self.answers))
        self.step = step
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

    def birth_date(self) -> date:
        return parse_birth_date(self.birth_digits, self._clock().date())

    # -- helpers ----------------------------------------------------------------------

    def _validate_identity(self, screen: Screen) -> None:
        if screen is Screen.BIRTH_DATE:
            self.birth_date()
        else:
            self.names[screen] = clean_name(self.names[screen], self._max_name_length)

    def _validate_typed(self, question: Question, key: str) -> None:
        answer = self.answers.get(key)
        if isinstance(answer, Typed):
            self.answers[key] = accept_typed(question, answer, self._max_name_length)

    def _answers_to_submit(self) -> dict[str, Answer]:
        """The answers as stored. A typed answer that cannot be accepted (left half-typed
        by going back) is left out rather than stored wrong."""
        answers: dict[str, Answer] = {}
        for key, answer in self.answers.items():
            if isinstance(answer, Typed):
                try:
                    question = self._questions[split_key(key)[0]]
                    answer = accept_typed(question, answer, self._max_name_length)
                except InvalidInput:
                    continue
            answers[key] = answer
        return answers

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

    def _forget_hidden_answers(self) -> None:
        asked = {step.key for step in self.steps() if step.screen is Screen.QUESTION}
        for key in list(self.answers):
            if key not in asked:
                del self.answers[key]
