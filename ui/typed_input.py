"""What the patient types, passed to the flow key by key: the names, the date of birth,
and typed answers (another medicine's name, a child's weight). With read aloud on, the
field is read back after each key ("D", "Du", ...), as a screen reader would."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.content.questionnaire import DONT_KNOW
from kiosk.patient.flow import Flow
from ui.read_aloud import ReadAloud
from ui.screens.stack import PatientScreens
from ui.texts import Words


class TypedInput:
    def __init__(
        self,
        flow: Flow,
        screens: PatientScreens,
        read_aloud: ReadAloud,
        words: Callable[[], Words],
        show_state: Callable[[], None],
    ) -> None:
        self._flow = flow
        self._screens = screens
        self._read_aloud = read_aloud
        self._words = words
        self._show_state = show_state
        screens.last_name.text_edited.connect(self._name_typed)
        screens.first_name.text_edited.connect(self._name_typed)
        screens.birth_date.digits_changed.connect(self._digits_typed)
        screens.text.text_edited.connect(self._answer_typed)
        screens.number.digits_changed.connect(self._number_typed)
        for screen in (screens.text, screens.number):
            screen.answered.connect(self._answered)

    def _name_typed(self, text: str) -> None:
        had_problem = self._flow.problem is not None
        self._flow.type_name(text)
        if had_problem or self._flow.problem is not None:
            self._show_state()  # show or clear the message under the field
        self._say_typed(text)

    def _digits_typed(self, digits: str) -> None:
        had_problem = self._flow.problem is not None
        self._flow.type_birth_date(digits)
        if had_problem or self._flow.problem is not None:
            self._show_state()  # the entry shows the digits; the message under it goes
        self._say_typed(self._screens.birth_date.spoken_value())

    def _answer_typed(self, text: str) -> None:
        self._type_answer(text)
        self._say_typed(text)

    def _number_typed(self, digits: str) -> None:
        self._type_answer(digits)
        self._say_typed(self._screens.number.spoken_value())

    def _type_answer(self, text: str) -> None:
        """A medicine's name or a weight as typed so far: "I don't know", if it was the
        answer, is no longer; a message about what was typed before goes."""
        flow = self._flow
        before = (flow.problem, flow.answer_now == DONT_KNOW)
        flow.type_answer(text)
        if before != (flow.problem, flow.answer_now == DONT_KNOW):
            self._show_state()

    def _answered(self, key: str, option: str) -> None:
        """ "I don't know" instead of typing: the field is emptied by the flow."""
        self._flow.answer(key, option)
        self._show_state()

    def _say_typed(self, text: str) -> None:
        """Read aloud: after a key, what the field now holds (spelt by the voice)."""
        if self._read_aloud.active and self._read_aloud.confirmed is not None:
            self._read_aloud.confirmed = None
            words = self._words()
            self._read_aloud.say([(text or words.text("field_empty"), words.language.code)])
