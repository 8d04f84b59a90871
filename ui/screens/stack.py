"""The patient's screens in one stack: built once, reused for every patient, and filled
from the patient view (kiosk/patient/presenter.py) when shown. The main window wires
their intents to the flow."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.content.locales import Language
from kiosk.patient.presenter import (
    BirthDateView,
    CardConfirmView,
    CardView,
    DoneView,
    NameView,
    NumberView,
    PageView,
    PatientView,
    QuestionView,
    ReviewView,
    Shown,
    TextView,
    WelcomeView,
)
from ui.privacy import forget_clipboards
from ui.screens.birth_date_screen import BirthDateScreen
from ui.screens.card_confirm_screen import CardConfirmScreen
from ui.screens.card_screen import CardScreen
from ui.screens.done_screen import DoneScreen
from ui.screens.name_screen import NameScreen
from ui.screens.number_screen import NumberScreen
from ui.screens.page_screen import PageScreen
from ui.screens.question_screen import QuestionScreen
from ui.screens.review_screen import ReviewScreen
from ui.screens.text_screen import TextScreen
from ui.screens.welcome_screen import WelcomeScreen
from ui.theme import Theme
from ui.widgets.page_stack import PageStack


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
        self.card = CardScreen(theme)
        self.card_confirm = CardConfirmScreen(theme)
        self.review = ReviewScreen(theme)
        self.done = DoneScreen(theme)
        self._by_shown: dict[Shown, QWidget] = {
            Shown.WELCOME: self.welcome,
            Shown.PAGE: self.page,
            Shown.QUESTION: self.question,
            Shown.TEXT: self.text,
            Shown.NUMBER: self.number,
            Shown.LAST_NAME: self.last_name,
            Shown.FIRST_NAME: self.first_name,
            Shown.BIRTH_DATE: self.birth_date,
            Shown.CARD: self.card,
            Shown.CARD_CONFIRM: self.card_confirm,
            Shown.REVIEW: self.review,
            Shown.DONE: self.done,
        }
        for widget in self._by_shown.values():
            self.addWidget(widget)

    def widget_for(self, shown: Shown) -> QWidget:
        return self._by_shown[shown]

    def forget_patient(self) -> None:
        """A new session: nothing of the previous patient stays in any screen."""
        for screen in (
            self.question,
            self.text,
            self.number,
            self.last_name,
            self.first_name,
            self.birth_date,
            self.card,
            self.card_confirm,
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

    def show_view(self, view: PatientView) -> None:
        """Fill the screen the view is for, and show it."""
        content = view.content
        if isinstance(content, WelcomeView):
            self.welcome.show_language(view.language, content.title, content.text)
        elif isinstance(content, PageView):
            self.page.show_page(content.page)
        elif isinstance(content, QuestionView):
            self.question.show_question(
                content.question,
                content.key,
                content.text,
                content.options,
                content.answer,
                content.hint,
                item=content.item,
                item_typed=content.item_typed,
                for_someone_else=content.for_someone_else,
                previous=content.previous,
                more=content.more,
            )
        elif isinstance(content, TextView):
            self.text.show_text(
                content.shown,
                content.typed,
                content.dont_know_chosen,
                content.keyboard,
                content.keys,
            )
        elif isinstance(content, NumberView):
            self.number.show_number(
                content.shown,
                content.typed,
                content.dont_know_chosen,
                content.unit,
                content.highest,
                content.erase,
                content.empty,
            )
        elif isinstance(content, NameView):
            screen = self.last_name if view.shown is Shown.LAST_NAME else self.first_name
            screen.show_name(
                content.prompt,
                content.hint,
                content.typed,
                content.problem,
                content.keyboard,
                content.keys,
            )
        elif isinstance(content, BirthDateView):
            self.birth_date.show_birth_date(content)
        elif isinstance(content, CardView):
            self.card.show_card(content)
        elif isinstance(content, CardConfirmView):
            self.card_confirm.show_confirm(content)
        elif isinstance(content, ReviewView):
            self.review.show_review(
                content.title,
                content.text,
                content.items,
                content.change,
                content.previous,
                content.more,
            )
        elif isinstance(content, DoneView):
            if content.saving is not None:
                self.done.show_saving(content.saving)
            else:
                self.done.show_outcome(
                    content.title,
                    content.message,
                    content.reference,
                    content.directions,
                    content.restart,
                    content.countdown,
                    content.more_time,
                    content.card_reminder,
                )
        self.setCurrentWidget(self.widget_for(view.shown))
