"""The patient's screens in one stack: built once, reused for every patient, and filled
from the flow's state when shown. The main window wires their intents to the flow."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.content.locales import Language
from kiosk.content.questionnaire import DONT_KNOW, Kind, Question, Typed
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import Flow, Screen
from kiosk.patient.review import item_label, review_items
from ui.privacy import forget_clipboards
from ui.screens.birth_date_screen import BirthDateScreen
from ui.screens.done_screen import DoneScreen
from ui.screens.name_screen import NameScreen
from ui.screens.number_screen import NumberScreen
from ui.screens.page_screen import PageScreen
from ui.screens.question_screen import QuestionScreen
from ui.screens.review_screen import ReviewScreen
from ui.screens.text_screen import TextScreen, TypedQuestion
from ui.screens.welcome_screen import WelcomeScreen
from ui.texts import Words
from ui.theme import Theme
from ui.widgets.page_stack import PageStack

_OUTCOME_TEXT = {
    Outcome.PRINTED: "done_printed",
    Outcome.NOT_PRINTED: "done_not_printed",
    Outcome.NOT_SAVED: "save_failed",
}
_NAME_KEYS = ("space", "backspace", "apostrophe", "hyphen")


def birth_date_prompt(flow: Flow, words: Words) -> str:
    return words.text("birth_date_other" if flow.for_someone_else else "birth_date_self")


def problem_text(flow: Flow, words: Words) -> str | None:
    """Why Next refused what was typed, in the patient's words (with the longest name,
    or the numbers accepted, filled in)."""
    if flow.problem is None:
        return None
    question = flow.question
    low, high = question.range if question is not None and question.range else (0, 0)
    return words.text(
        flow.problem.value,
        max=words.number(flow.max_name_length),
        low=words.number(low),
        high=words.number(high),
        unit=question.unit if question is not None and question.unit else "",
    )


class PatientScreens(PageStack):
    def __init__(self, theme: Theme, languages: list[Language], choose_language: list[str]) -> None:
        super().__init__()
        self.setObjectName("screens")
        self.welcome = WelcomeScreen(theme, languages, choose_language)
        self.page = PageScreen(theme)
        self.question = QuestionScreen(theme)
        self.text = TextScreen(theme)  # a typed answer: the name of another medicine
        self.number = NumberScreen(theme)  # a typed number: a child's weight
        self.last_name = NameScreen(theme, "last_name")
        self.first_name = NameScreen(theme, "first_name")
        self.birth_date = BirthDateScreen(theme)
        self.review = ReviewScreen(theme)
        self.done = DoneScreen(theme)
        self._by_screen: dict[Screen, QWidget] = {
            Screen.WELCOME: self.welcome,
            Screen.PAGE: self.page,
            Screen.QUESTION: self.question,
            Screen.LAST_NAME: self.last_name,
            Screen.FIRST_NAME: self.first_name,
            Screen.BIRTH_DATE: self.birth_date,
            Screen.REVIEW: self.review,
            Screen.SUBMITTING: self.done,
            Screen.DONE: self.done,
        }
        for widget in [*dict.fromkeys(self._by_screen.values()), self.text, self.number]:
            self.addWidget(widget)

    def widget_for(self, flow: Flow) -> QWidget:
        """The screen of the flow's step (a typed question has a screen of its own)."""
        question = flow.question
        if question is not None and question.kind is Kind.TEXT:
            return self.text
        if question is not None and question.kind is Kind.NUMBER:
            return self.number
        return self._by_screen[flow.step.screen]

    def forget_patient(self) -> None:
        """A new session: nothing of the previous patient stays in any screen."""
        for screen in (
            self.question,
            self.text,
            self.number,
            self.last_name,
            self.first_name,
            self.birth_date,
            self.review,
            self.done,
        ):
            screen.reset()
        forget_clipboards()  # nor in the clipboard or the selection, for a middle click

    def refit(self, theme: Theme) -> None:
        """Larger text or high contrast changed: the screens that divide their contents
        into parts measure them again."""
        self.birth_date.set_theme(theme)
        self.page.refit()
        self.question.refit()
        self.review.refit()

    def show_step(self, flow: Flow, words: Words) -> None:
        """Fill the screen of the flow's step and show it."""
        language = words.language
        screen = flow.step.screen
        problem = problem_text(flow, words)
        if screen is Screen.WELCOME:
            self.welcome.show_language(language.code, words)
        elif screen is Screen.PAGE:
            self.page.show_page(language.pages[int(flow.step.key)])
        elif screen is Screen.QUESTION and flow.question is not None:
            if flow.question.typed:
                self._show_typed(flow, words, flow.question, problem)
            else:
                self._show_question(flow, words, flow.question)
        elif screen in (Screen.LAST_NAME, Screen.FIRST_NAME):
            name_screen = self.last_name if screen is Screen.LAST_NAME else self.first_name
            suffix = "other" if flow.for_someone_else else "self"
            name_screen.show_name(
                words.text(f"{screen.value}_{suffix}"),
                words.text("name_hint"),
                flow.names[screen],
                problem,
                language.keyboard,
                {key: words.text(f"key_{key}") for key in _NAME_KEYS},
            )
        elif screen is Screen.BIRTH_DATE:
            self.birth_date.show_birth_date(
                birth_date_prompt(flow, words), words, flow.birth_digits, problem
            )
        elif screen is Screen.REVIEW:
            self.review.show_review(
                words.text("review_title"),
                words.text("review_text"),
                review_items(flow, language, words),
                words.text("review_change"),
                words.text("review_previous"),
                words.text("review_more"),
            )
        elif screen is Screen.SUBMITTING:
            self.done.show_saving(words.text("saving_slow" if flow.saving_slowly() else "saving"))
        elif screen is Screen.DONE and flow.outcome is not None:
            self.done.show_outcome(
                words.text("done_title"),
                words.text(_OUTCOME_TEXT[flow.outcome]),
                words.text("done_reference", reference=flow.reference) if flow.reference else None,
                words.text("done_directions"),
                words.text("restart"),
            )
        self.setCurrentWidget(self.widget_for(flow))

    def _show_question(self, flow: Flow, words: Words, question: Question) -> None:
        language = words.language
        hint = words.text("choose_several" if question.kind is Kind.MULTI else "choose_one")
        if not question.required:
            hint = f"{hint} {words.text('optional')}"
        item = flow.item
        parent = flow.questionnaire.by_id().get(question.parent or "")
        typed = item is not None and parent is not None and parent.typed_name(item, flow.answers)
        self.question.show_question(
            question,
            flow.step.key,
            language.question(question.id),
            {option: language.option_label(question, option) for option in question.options},
            flow.answer_now,
            hint,
            item=(
                item_label(flow.questionnaire, language, flow.answers, question, item)
                if item is not None
                else None
            ),
            item_typed=bool(typed),
            for_someone_else=flow.for_someone_else,
            previous=words.text("review_previous"),
            more=words.text("review_more"),
        )

    def _show_typed(
        self, flow: Flow, words: Words, question: Question, problem: str | None
    ) -> None:
        """A typed answer: a name on the keyboard, or a number on the keypad."""
        language = words.language
        asked, help_text = language.question(question.id).asked(flow.for_someone_else)
        answer = flow.answer_now
        typed = answer.text if isinstance(answer, Typed) else ""
        number = question.kind is Kind.NUMBER
        shown = TypedQuestion(
            question.id,
            flow.step.key,
            asked,
            help_text,
            words.text("number_hint" if number else "text_hint"),
            language.option_label(question, DONT_KNOW),
            problem,
        )
        if number:
            self.number.show_number(
                shown,
                typed,
                answer == DONT_KNOW,
                question.unit or "",
                question.range[1] if question.range else 9999,
                words.text("key_backspace"),
                words.text("field_empty"),
            )
        else:
            self.text.show_text(
                shown,
                typed,
                answer == DONT_KNOW,
                language.keyboard,
                {key: words.text(f"key_{key}") for key in _NAME_KEYS},
            )
