"""The patient's screen as one immutable value, made from the flow without Qt.

Each change of the flow is shown the same way: `present(flow, words)` says which screen is
up, every text on it and around it (header, navigation), which buttons show, and where
the patient is for read aloud; the window only draws the `PatientView` it is given
(ui/main_window.py). Decisions about the journey stay in the flow; decisions about what a
screen says are made here, once, and tested without a screen
(tests/unit/test_presenter.py). The view's parts, one dataclass per screen, are in
kiosk/patient/views.py (imported from here too).

`words` is the patient's language's screen texts (ui/texts.py `Words` on the kiosk, a
plain stand-in in the tests): `text(key, **values)`, `number(n)`, `birth_date(digits)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from kiosk.content.locales import Language
from kiosk.content.questionnaire import DONT_KNOW, Kind, Question, Typed
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import OUTSIDE_FORM, Flow, Screen
from kiosk.patient.review import item_label, review_items
from kiosk.patient.views import BirthDateView as BirthDateView
from kiosk.patient.views import CardConfirmView as CardConfirmView
from kiosk.patient.views import CardView as CardView
from kiosk.patient.views import Content
from kiosk.patient.views import DoneView as DoneView
from kiosk.patient.views import HeaderView as HeaderView
from kiosk.patient.views import NameView as NameView
from kiosk.patient.views import NavigationView as NavigationView
from kiosk.patient.views import NumberView as NumberView
from kiosk.patient.views import PageView as PageView
from kiosk.patient.views import PatientView as PatientView
from kiosk.patient.views import QuestionView as QuestionView
from kiosk.patient.views import ReviewView as ReviewView
from kiosk.patient.views import Shown as Shown
from kiosk.patient.views import TextView as TextView
from kiosk.patient.views import TypedQuestion as TypedQuestion
from kiosk.patient.views import WelcomeView as WelcomeView

NAME_KEYS = ("space", "backspace", "apostrophe", "hyphen", "shift", "script")  # word keys
_OUTCOME_TEXT = {
    Outcome.PRINTED: "done_printed",
    Outcome.NOT_PRINTED: "done_not_printed",
    Outcome.NOT_SAVED: "save_failed",
}


class PatientWords(Protocol):
    @property
    def language(self) -> Language: ...

    def text(self, key: str, **values: object) -> str: ...

    def number(self, value: int) -> str: ...

    def birth_date(self, digits: str) -> str: ...


WordsOf = Callable[[str], PatientWords]
GREETING_LANGUAGES = 2  # the welcome screen greets in the first two languages offered
# Between the languages of one line: the line may break after the dot, never inside a
# phrase ("Kies uw taal" stays whole).
LANGUAGES_SEPARATOR = "\u00a0· "
TITLES_SEPARATOR = "\u00a0· "


def present(flow: Flow, words: PatientWords, words_of: WordsOf | None = None) -> PatientView:
    """`words_of(code)`: another language's words, for the welcome screen's greeting in
    several languages (without it, the greeting is in the patient's language only)."""
    language = words.language
    step = flow.step
    shown, content = _content(flow, words, language)
    if isinstance(content, WelcomeView) and words_of is not None:
        content = _greeting(flow, words, words_of)
    return PatientView(
        session_id=flow.session_id,
        language=language.code,
        rtl=language.rtl,
        shown=shown,
        content=content,
        header=_header(flow, words),
        navigation=_navigation(flow, words),
        title=words.text("department"),
        place=(flow.session_id, step, language.code, flow.outcome, _card_place(flow)),
    )


def _card_place(flow: Flow) -> object:
    """The card screen is said again when its news changes (reading, then a fault)."""
    if flow.step.screen is not Screen.CARD:
        return None
    return (flow.card.reading, flow.card.fault, flow.reader_problem)


def _greeting(flow: Flow, words: PatientWords, words_of: WordsOf) -> WelcomeView:
    if flow.language_chosen:
        return WelcomeView(words.text("welcome_title"), words.text("welcome_text"))
    greeting = [words_of(code) for code in flow.languages[:GREETING_LANGUAGES]]
    return WelcomeView(
        TITLES_SEPARATOR.join(dict.fromkeys(each.text("welcome_title") for each in greeting)),
        "\n\n".join(dict.fromkeys(each.text("welcome_text") for each in greeting)),
    )


def unbroken(phrase: str) -> str:
    """A phrase that never breaks across lines: its spaces made non-breaking."""
    return phrase.replace(" ", "\u00a0")


def languages_line(phrases: Iterable[str]) -> str:
    """ "Choose your language" in every language, on as many lines as it takes, broken
    only between two languages, each said once."""
    return LANGUAGES_SEPARATOR.join(unbroken(phrase) for phrase in dict.fromkeys(phrases))


def problem_text(flow: Flow, words: PatientWords) -> str | None:
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


def birth_date_view(flow: Flow, words: PatientWords) -> BirthDateView:
    return BirthDateView(
        words.text("birth_date_other" if flow.for_someone_else else "birth_date_self"),
        f"{words.text('birth_date_hint')} {words.text('birth_date_correct')}",
        words.text("day"),
        words.text("month"),
        words.text("year"),
        words.text("key_backspace"),
        flow.birth_digits,
        problem_text(flow, words),
    )


def _header(flow: Flow, words: PatientWords) -> HeaderView:
    progress, page = flow.progress(), flow.page_progress()
    shown = progress or page
    key = "progress" if progress else "page_progress"
    bar = (
        (words.text(key, current=words.number(shown[0]), total=words.number(shown[1])), *shown)
        if shown
        else None
    )
    return HeaderView(
        department=words.text("department"),
        choose_language=words.text("choose_language"),
        language=words.language.code,
        # On the welcome screen its own big buttons choose the language; once the form
        # is submitted, the language can no longer change.
        languages_shown=flow.step.screen not in OUTSIDE_FORM,
        progress=bar,
    )


def _navigation(flow: Flow, words: PatientWords) -> NavigationView:
    screen = flow.step.screen
    if screen is Screen.WELCOME:
        next_key = "start"
    elif flow.next_returns_to_review():
        next_key = "back_to_review"  # the change made from the review is complete
    else:
        next_key = "next"
    back, next_words = words.text("back"), words.text(next_key)
    review_seen = flow.review_seen
    # No-break spaces: the arrow never sits alone on a line of its own.
    return NavigationView(
        name=words.text("navigation"),
        back=f"‹\u00a0\u00a0{back}" if flow.can_go_back() else None,
        skip=words.text("skip") if screen is Screen.PAGE else None,
        next=f"{next_words}\u00a0\u00a0›"
        if screen not in (Screen.REVIEW, Screen.SUBMITTING, Screen.DONE, Screen.CARD)
        and (screen is not Screen.CARD_CONFIRM or flow.can_go_next())
        else None,
        next_enabled=flow.can_go_next(),
        submit=(words.text("submit" if review_seen else "review_see_all"))
        if screen is Screen.REVIEW
        else None,
        back_spoken=back,
        next_spoken=next_words,
        submit_enabled=review_seen,
    )


def _content(flow: Flow, words: PatientWords, language: Language) -> tuple[Shown, Content]:
    screen = flow.step.screen
    question = flow.question
    if screen is Screen.WELCOME:
        return Shown.WELCOME, WelcomeView(words.text("welcome_title"), words.text("welcome_text"))
    if screen is Screen.PAGE:
        return Shown.PAGE, PageView(language.pages[int(flow.step.key)])
    if screen is Screen.QUESTION and question is not None:
        if question.kind is Kind.TEXT:
            return Shown.TEXT, _text(flow, words, language, question)
        if question.kind is Kind.NUMBER:
            return Shown.NUMBER, _number(flow, words, language, question)
        return Shown.QUESTION, _question(flow, words, language, question)
    if screen in (Screen.LAST_NAME, Screen.FIRST_NAME):
        suffix = "other" if flow.for_someone_else else "self"
        return Shown(screen.value), NameView(
            screen,
            words.text(f"{screen.value}_{suffix}"),
            words.text("name_hint"),
            flow.names[screen],
            problem_text(flow, words),
            language.keyboard,
            {key: words.text(f"key_{key}") for key in NAME_KEYS},
        )
    if screen is Screen.BIRTH_DATE:
        return Shown.BIRTH_DATE, birth_date_view(flow, words)
    if screen is Screen.CARD:
        return Shown.CARD, card_view(flow, words)
    if screen is Screen.CARD_CONFIRM and flow.card.identity is not None:
        return Shown.CARD_CONFIRM, card_confirm_view(flow, words)
    if screen is Screen.REVIEW:
        return Shown.REVIEW, ReviewView(
            words.text("review_title"),
            words.text("review_text"),
            tuple(review_items(flow, language, words)),
            words.text("review_change"),
            words.text("review_previous"),
            words.text("review_more"),
        )
    if screen is Screen.DONE and flow.outcome is not None:
        reference = flow.reference
        left = flow.done_countdown() or 0
        return Shown.DONE, DoneView(
            None,
            words.text("done_title"),
            words.text(_OUTCOME_TEXT[flow.outcome]),
            words.text("done_reference", reference=reference) if reference else None,
            words.text("done_directions"),
            words.text("restart"),
            countdown=words.text("done_countdown", seconds=words.number(left)),
            more_time=words.text("done_more_time") if flow.can_keep_done() else None,
            card_reminder=words.text("card_take_back") if flow.card_in_reader else None,
        )
    # Saving (a save takes milliseconds; longer, the patient is reassured).
    return Shown.DONE, DoneView(words.text("saving_slow" if flow.saving_slowly() else "saving"))


def card_view(flow: Flow, words: PatientWords) -> CardView:
    reading = flow.card.reading
    fault = flow.card.fault or (None if reading else flow.reader_problem)
    status = words.text("card_reading") if reading else None
    if fault is not None:
        status = words.text(fault.value)
    return CardView(
        words.text("card_title"),
        words.text("card_text"),
        status,
        reading,
        words.text("card_type_instead"),
    )


def card_confirm_view(flow: Flow, words: PatientWords) -> CardConfirmView:
    identity = flow.card.identity
    assert identity is not None
    return CardConfirmView(
        words.text("card_confirm_other" if flow.for_someone_else else "card_confirm_self"),
        (
            (words.text("review_last_name"), identity.last_name),
            (words.text("review_first_name"), identity.first_name(flow.max_name_length)),
            (
                words.text("review_birth_date"),
                words.birth_date(identity.birth_date.strftime("%d%m%Y")),
            ),
        ),
        words.text("card_yes"),
        words.text("card_no"),
    )


def _question(flow: Flow, words: PatientWords, language: Language, question: Question) -> Content:
    hint = words.text("choose_several" if question.kind is Kind.MULTI else "choose_one")
    if not question.required:
        hint = f"{hint} {words.text('optional')}"
    item = flow.item
    parent = flow.questionnaire.by_id().get(question.parent or "")
    typed = item is not None and parent is not None and parent.typed_name(item, flow.answers)
    return QuestionView(
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


def _typed_question(
    flow: Flow, words: PatientWords, language: Language, question: Question, hint: str
) -> TypedQuestion:
    asked, help_text = language.question(question.id).asked(flow.for_someone_else)
    return TypedQuestion(
        question.id,
        flow.step.key,
        asked,
        help_text,
        words.text(hint),
        language.option_label(question, DONT_KNOW),
        problem_text(flow, words),
    )


def _typed(flow: Flow) -> tuple[str, bool]:
    answer = flow.answer_now
    return (answer.text if isinstance(answer, Typed) else ""), answer == DONT_KNOW


def _text(flow: Flow, words: PatientWords, language: Language, question: Question) -> TextView:
    """The name of another medicine or allergen, on the keyboard."""
    typed, dont_know = _typed(flow)
    return TextView(
        _typed_question(flow, words, language, question, "text_hint"),
        typed,
        dont_know,
        language.keyboard,
        {key: words.text(f"key_{key}") for key in NAME_KEYS},
    )


def _number(flow: Flow, words: PatientWords, language: Language, question: Question) -> NumberView:
    """A number on the keypad: a child's weight."""
    typed, dont_know = _typed(flow)
    return NumberView(
        _typed_question(flow, words, language, question, "number_hint"),
        typed,
        dont_know,
        question.unit or "",
        question.range[1] if question.range else 9999,
        words.text("key_backspace"),
        words.text("field_empty"),
    )
