"""The patient view's parts, as immutable values without Qt: which screen is up (`Shown`),
the header, the navigation, one view per screen (what it shows, every text in the
patient's words), and `PatientView`, the whole screen. kiosk/patient/presenter.py makes
them from the flow; the window and its screens draw them (ui/screens/stack.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from kiosk.content.locales import Keyboard, Page, QuestionText
from kiosk.content.questionnaire import Question
from kiosk.patient.declaration import Answer
from kiosk.patient.review import ReviewItem
from kiosk.patient.steps import Screen


class Shown(Enum):
    """Which of the patient screens is up (a typed answer has a screen of its own)."""

    WELCOME = "welcome"
    PAGE = "page"
    QUESTION = "question"
    TEXT = "text"
    NUMBER = "number"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    BIRTH_DATE = "birth_date"
    CARD = "card"  # insert the identity card (or type instead)
    CARD_CONFIRM = "card_confirm"  # "is this you?"
    REVIEW = "review"
    DONE = "done"  # "saving", then the outcome


@dataclass(frozen=True)
class HeaderView:
    department: str
    choose_language: str
    language: str  # the code of the language chosen
    languages_shown: bool  # the switches: not on the welcome screen, nor once submitted
    progress: tuple[str, int, int] | None  # its words, the step, the steps; None: no bar


@dataclass(frozen=True)
class NavigationView:
    name: str  # for a screen reader
    back: str | None  # a button's words; None: not shown
    skip: str | None
    next: str | None
    next_enabled: bool
    submit: str | None
    back_spoken: str = ""  # the words without the arrow, for a screen reader
    next_spoken: str = ""
    # Confirm waits until the patient has seen every part of the review (its words
    # then say to see the next part).
    submit_enabled: bool = True


@dataclass(frozen=True)
class WelcomeView:
    """Until a language is chosen, the title and text are the greeting in the first
    two languages offered (French and Dutch in Brussels), one after the other."""

    title: str
    text: str


@dataclass(frozen=True)
class PageView:
    page: Page


@dataclass(frozen=True)
class QuestionView:
    question: Question
    key: str  # where its answer is kept ("anticoagulant_last_dose:rivaroxaban")
    text: QuestionText
    options: Mapping[str, str]  # option id -> label, in the patient's language
    answer: Answer | None
    hint: str
    item: str | None  # the drug or allergen asked about, as the patient knows it
    item_typed: bool  # ... a name the patient typed, shown as typed
    for_someone_else: bool
    previous: str
    more: str


@dataclass(frozen=True)
class TypedQuestion:
    """What a typed-answer screen shows: the same for a text and a number."""

    question_id: str
    key: str  # where its answer is kept
    asked: str
    help: str | None
    hint: str
    dont_know: str  # the "I don't know" answer's words
    problem: str | None


@dataclass(frozen=True)
class TextView:
    shown: TypedQuestion
    typed: str
    dont_know_chosen: bool
    keyboard: Keyboard
    keys: Mapping[str, str]


@dataclass(frozen=True)
class NumberView:
    shown: TypedQuestion
    typed: str
    dont_know_chosen: bool
    unit: str
    highest: int
    erase: str
    empty: str


@dataclass(frozen=True)
class NameView:
    field: Screen  # LAST_NAME or FIRST_NAME
    prompt: str
    hint: str
    typed: str
    problem: str | None
    keyboard: Keyboard
    keys: Mapping[str, str]


@dataclass(frozen=True)
class BirthDateView:
    prompt: str
    hint: str
    day: str
    month: str
    year: str
    erase: str
    digits: str
    problem: str | None


@dataclass(frozen=True)
class CardView:
    """Insert the card: a picture, what is read, and typing one tap away. `status`: the
    card being read, or why the last one gave no name (kind words, never a dead end)."""

    title: str
    text: str
    status: str | None
    reading: bool
    type_instead: str


@dataclass(frozen=True)
class CardConfirmView:
    """What the card said, to be confirmed: (label, value) rows for the last name, the
    first names and the date of birth (never the national number)."""

    title: str
    rows: tuple[tuple[str, str], ...]
    yes: str
    no: str


@dataclass(frozen=True)
class ReviewView:
    title: str
    text: str
    items: tuple[ReviewItem, ...]
    change: str
    previous: str
    more: str


@dataclass(frozen=True)
class DoneView:
    """`saving` while the declaration is on its way; then the outcome."""

    saving: str | None
    title: str = ""
    message: str = ""
    reference: str | None = None
    directions: str = ""
    restart: str = ""
    countdown: str = ""  # "This screen closes in 20 seconds."
    more_time: str | None = None  # the "more time" button's words; None: not shown
    card_reminder: str | None = None  # the identity card is still in the reader


Content = (
    WelcomeView
    | PageView
    | QuestionView
    | TextView
    | NumberView
    | NameView
    | BirthDateView
    | CardView
    | CardConfirmView
    | ReviewView
    | DoneView
)


@dataclass(frozen=True)
class PatientView:
    session_id: str  # a new one: nothing of the previous patient may stay on any screen
    language: str
    rtl: bool
    shown: Shown
    content: Content
    header: HeaderView
    navigation: NavigationView
    title: str  # the window's, for a screen reader: the department
    # Where the patient is, for read aloud: the screen is said again when this changes.
    place: tuple[object, ...]
