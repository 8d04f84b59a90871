"""The patient view, made from the flow without Qt (issue 17): which screen, which buttons,
which texts, where the patient is. The words are a stand-in that writes each text's key
and values, so a test reads what the view asked for."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.locales import Language, load_content
from kiosk.patient.declaration import Outcome
from kiosk.patient.flow import DONE_LONGEST_SECONDS, IDENTITY, REVIEW, WELCOME, Flow, Screen, Step
from kiosk.patient.presenter import (
    BirthDateView,
    DoneView,
    NameView,
    PageView,
    PatientView,
    QuestionView,
    ReviewView,
    Shown,
    TextView,
    WelcomeView,
    languages_line,
    present,
)
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_NO_ANSWERS
from tests.helpers.domain import content, questionnaire
from tests.helpers.journey import FakeClock, make_flow, walk


@dataclass(frozen=True)
class Said:
    """Words that say which text and values were asked for: "next", "progress(1/9)"."""

    language: Language

    def text(self, key: str, **values: object) -> str:
        shown = ",".join(f"{name}={value}" for name, value in sorted(values.items()))
        return f"{key}({shown})" if values else key

    def number(self, value: int) -> str:
        return f"#{value}"

    def birth_date(self, digits: str) -> str:
        return f"born {digits}"


def view_of(flow: Flow, code: str = "fr") -> PatientView:
    return present(flow, Said(content().language(code)))


def test_the_welcome_screen_has_start_and_no_back_nor_language_switches() -> None:
    view = view_of(make_flow())

    assert view.shown is Shown.WELCOME and view.title == "department"
    nav = view.navigation
    assert nav.back is None and nav.skip is None and nav.submit is None
    assert nav.next == "start\u00a0\u00a0›" and nav.next_spoken == "start" and nav.next_enabled
    assert not view.header.languages_shown and view.header.progress is None
    assert view.language == "fr" and not view.rtl


def test_an_explanation_page_offers_skip_and_counts_its_pages() -> None:
    flow = make_flow()
    flow.next()

    view = view_of(flow)

    assert view.shown is Shown.PAGE and isinstance(view.content, PageView)
    assert view.navigation.skip == "skip" and view.navigation.back is not None
    assert view.header.languages_shown
    text, current, total = view.header.progress or ("", 0, 0)
    assert (current, total) == (1, len(content().language("fr").pages))
    assert text == f"page_progress(current=#1,total=#{total})"


def test_a_required_question_waits_for_an_answer_before_next() -> None:
    flow = make_flow()
    walk(flow, stop_at=Step(Screen.QUESTION, "for_whom"))

    before = view_of(flow)
    flow.answer("for_whom", "self")
    after = view_of(flow)

    assert isinstance(before.content, QuestionView) and before.content.answer is None
    assert not before.navigation.next_enabled and after.navigation.next_enabled
    assert isinstance(after.content, QuestionView) and after.content.answer == "self"
    assert after.content.hint == "choose_one" and after.navigation.skip is None


def test_a_question_about_one_drug_names_it_as_the_patient_knows_it() -> None:
    flow = make_flow()
    answers = {
        **ALL_NO_ANSWERS,
        "anticoagulants": "yes",
        "anticoagulant_drugs": frozenset({"rivaroxaban"}),
    }
    walk(flow, answers, stop_at=Step(Screen.QUESTION, "anticoagulant_told_to_stop:rivaroxaban"))

    view = view_of(flow)

    assert isinstance(view.content, QuestionView)
    assert view.content.item == "Xarelto (Rivaroxaban)" and not view.content.item_typed
    assert view.content.key == "anticoagulant_told_to_stop:rivaroxaban"


def test_another_medicine_is_typed_on_its_own_screen_and_kept_as_typed() -> None:
    flow = make_flow()
    answers = {
        **ALL_NO_ANSWERS,
        "anticoagulants": "yes",
        "anticoagulant_drugs": frozenset({"other"}),
    }
    walk(flow, answers, stop_at=Step(Screen.QUESTION, "anticoagulant_other_name"))
    flow.type_answer("Asaflow 80")

    view = view_of(flow)

    assert view.shown is Shown.TEXT and isinstance(view.content, TextView)
    assert view.content.typed == "Asaflow 80" and not view.content.dont_know_chosen
    assert view.content.shown.question_id == "anticoagulant_other_name"
    assert view.content.keys["space"] == "key_space"
    flow.answer("anticoagulant_other_name", "dont_know")
    chosen = view_of(flow).content
    assert isinstance(chosen, TextView) and chosen.dont_know_chosen and chosen.typed == ""


def test_a_refused_name_says_why_with_the_longest_length() -> None:
    flow = make_flow(max_name_length=5)
    walk(flow, stop_at=IDENTITY[0])
    flow.type_name("Abcdefgh")
    flow.next()

    view = view_of(flow)

    assert view.shown is Shown.LAST_NAME and isinstance(view.content, NameView)
    assert view.content.problem is not None and "max=#5" in view.content.problem
    assert view.content.prompt == "last_name_self" and view.content.typed == "Abcdefgh"


def test_the_birth_date_prompt_follows_for_whom() -> None:
    flow = make_flow()
    answers = {**ALL_NO_ANSWERS, "for_whom": "child"}
    walk(flow, answers, stop_at=IDENTITY[2])

    view = view_of(flow)

    assert isinstance(view.content, BirthDateView) and view.content.prompt == "birth_date_other"


def test_the_review_offers_confirm_and_no_next() -> None:
    flow = make_flow()
    walk(flow)
    flow.saw_whole_review()

    view = view_of(flow)

    assert view.shown is Shown.REVIEW and isinstance(view.content, ReviewView)
    assert view.navigation.submit == "submit" and view.navigation.next is None
    assert view.navigation.submit_enabled
    assert view.content.items and view.navigation.back is not None


def test_saving_reassures_after_a_while_then_the_outcome_gives_the_reference() -> None:
    clock = FakeClock()
    flow = make_flow(clock=clock)
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None

    saving = view_of(flow)
    clock.advance(5)
    slow = view_of(flow)
    flow.finish(declaration.session_id, Outcome.NOT_PRINTED, "K7F-3QX")
    done = view_of(flow)

    assert isinstance(saving.content, DoneView) and saving.content.saving == "saving"
    assert isinstance(slow.content, DoneView) and slow.content.saving == "saving_slow"
    for view in (saving, slow, done):  # outside the form: no way back, no switches
        assert view.shown is Shown.DONE and view.navigation.back is None
        assert not view.header.languages_shown and view.navigation.next is None
    assert isinstance(done.content, DoneView) and done.content.saving is None
    assert done.content.message == "done_not_printed"
    assert done.content.reference == "done_reference(reference=K7F-3QX)"


def test_where_the_patient_is_changes_with_each_step_and_each_patient() -> None:
    flow = make_flow()
    first = view_of(flow)
    flow.next()
    second = view_of(flow)
    flow.reset()
    again = view_of(flow)

    assert first.place != second.place
    assert again.session_id != first.session_id and again.place != first.place
    assert view_of(flow) == again  # the same state, the same view


def test_arabic_is_drawn_right_to_left() -> None:
    arabic = load_content(resource_path("locales"), ("ar",), questionnaire()).language("ar")

    view = present(make_flow(), Said(arabic))

    assert view.rtl and view.language == "ar" and view.header.language == "ar"
    assert not view_of(make_flow()).rtl


def test_the_thank_you_screen_counts_down_and_can_be_kept_longer_but_not_forever() -> None:
    clock = FakeClock()
    flow = make_flow(clock=clock, done_return_seconds=20)
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None
    flow.finish(declaration.session_id, Outcome.NOT_PRINTED, "K7F-3QX")

    clock.advance(5)
    done = view_of(flow).content
    assert isinstance(done, DoneView)
    assert done.countdown == "done_countdown(seconds=#15)"
    assert done.more_time == "done_more_time"

    assert flow.keep_done()
    kept = view_of(flow).content
    assert isinstance(kept, DoneView) and kept.countdown == "done_countdown(seconds=#75)"

    while flow.keep_done():  # tapped again and again
        pass
    capped = view_of(flow).content
    assert isinstance(capped, DoneView) and capped.more_time is None  # no more to give
    assert capped.countdown == f"done_countdown(seconds=#{DONE_LONGEST_SECONDS - 5})"
    clock.advance(DONE_LONGEST_SECONDS - 6)
    assert not flow.tick() and flow.step.screen is Screen.DONE
    clock.advance(1)
    assert flow.tick() and flow.step == WELCOME and flow.reference is None


def test_without_more_time_the_thank_you_screen_goes_at_its_time() -> None:
    clock = FakeClock()
    flow = make_flow(clock=clock, done_return_seconds=20)
    walk(flow)
    declaration = flow.submit()
    assert declaration is not None and flow.done_countdown() is None
    flow.finish(declaration.session_id, Outcome.PRINTED, "K7F-3QX")

    clock.advance(19)
    assert not flow.tick() and flow.done_countdown() == 1
    clock.advance(1)
    assert flow.tick() and flow.done_countdown() is None
    assert not flow.keep_done()  # on the welcome screen: nothing to keep


def answer_something(flow: Flow) -> None:
    question = flow.question
    if question is not None and question.options and not flow.answer_now:
        flow.answer(flow.step.key, next(iter(question.options)))


def test_confirm_waits_until_every_part_of_the_review_was_shown() -> None:
    flow = make_flow()
    walk(flow)

    unseen = view_of(flow).navigation
    assert flow.saw_whole_review()  # the review screen says its last part was shown
    seen = view_of(flow).navigation

    assert unseen.submit == "review_see_all" and not unseen.submit_enabled
    assert seen.submit == "submit" and seen.submit_enabled


def test_a_review_seen_must_be_seen_again_after_a_change() -> None:
    flow = make_flow()
    walk(flow, ALL_NO_ANSWERS)
    flow.saw_whole_review()
    flow.edit(Step(Screen.QUESTION, "allergy"))
    flow.answer("allergy", "no")
    flow.next()

    assert flow.step == REVIEW
    assert not view_of(flow).navigation.submit_enabled
    assert not flow.saw_whole_review() or view_of(flow).navigation.submit_enabled


def test_seeing_the_review_counts_only_on_the_review() -> None:
    flow = make_flow()
    walk(flow, stop_at=IDENTITY[0])

    assert not flow.saw_whole_review() and not flow.review_seen


def test_next_says_back_to_the_review_at_the_end_of_a_change() -> None:
    flow = make_flow()
    walk(flow, ALL_NO_ANSWERS)
    flow.edit(Step(Screen.QUESTION, "allergy"))

    assert view_of(flow).navigation.next == "back_to_review\u00a0\u00a0›"
    flow.answer("allergy", "yes")  # follow-ups to answer first: Next goes on to them
    assert view_of(flow).navigation.next == "next\u00a0\u00a0›"
    assert flow.next()
    for _ in range(20):  # the follow-ups of the change, then back to the review
        if flow.next_returns_to_review():
            break
        assert view_of(flow).navigation.next_spoken == "next"
        answer_something(flow)
        assert flow.next() and flow.step != REVIEW
    assert view_of(flow).navigation.next_spoken == "back_to_review"
    assert flow.next() and flow.step == REVIEW


def test_next_is_plain_next_on_the_way_to_the_review() -> None:
    flow = make_flow()
    walk(flow, ALL_NO_ANSWERS, stop_at=Step(Screen.QUESTION, "thyroid"))

    assert view_of(flow).navigation.next_spoken == "next"


def test_the_birth_date_hint_says_a_part_can_be_tapped() -> None:
    flow = make_flow()
    walk(flow, stop_at=IDENTITY[2])

    view = view_of(flow)

    assert isinstance(view.content, BirthDateView)
    assert view.content.hint == "birth_date_hint birth_date_correct"


BRUSSELS = load_content(resource_path("locales"), ("fr", "nl", "en"), questionnaire())


def brussels_flow(clock: FakeClock | None = None) -> Flow:
    """A flow offering French, Dutch and English, in that order (as in Brussels)."""
    return Flow(
        questionnaire(),
        page_count=len(BRUSSELS.language("fr").pages),
        default_language="fr",
        max_name_length=50,
        done_return_seconds=20,
        clock=clock or FakeClock(),
        languages=("fr", "nl", "en"),
    )


@dataclass(frozen=True)
class Tagged:
    """Words that say which language they are: "nl:welcome_title"."""

    words: Said

    @property
    def language(self) -> Language:
        return self.words.language

    def text(self, key: str, **values: object) -> str:
        return f"{self.language.code}:{self.words.text(key, **values)}"

    def number(self, value: int) -> str:
        return self.words.number(value)

    def birth_date(self, digits: str) -> str:
        return self.words.birth_date(digits)


def test_the_welcome_screen_greets_in_the_first_two_languages_until_one_is_chosen() -> None:
    flow = brussels_flow()
    words = {code: Said(BRUSSELS.language(code)) for code in ("fr", "nl", "en")}

    greeting = present(flow, words["fr"], lambda code: Tagged(words[code]))
    flow.choose_language("fr")
    chosen = present(flow, words["fr"], lambda code: Tagged(words[code]))

    assert flow.languages[:2] == ("fr", "nl")
    assert isinstance(greeting.content, WelcomeView)
    assert greeting.content.title == "fr:welcome_title\u00a0· nl:welcome_title"
    assert greeting.content.text == "fr:welcome_text\n\nnl:welcome_text"
    assert isinstance(chosen.content, WelcomeView)
    assert chosen.content.title == "welcome_title"  # French only, as chosen


def test_a_language_chosen_is_kept_when_the_patient_goes_back_to_the_welcome() -> None:
    flow = brussels_flow()
    flow.choose_language("nl")
    flow.next()
    flow.back()  # from the first page

    assert flow.step == WELCOME and flow.language_chosen and flow.language == "nl"


def test_a_chosen_language_left_on_the_welcome_screen_is_forgotten() -> None:
    clock = FakeClock()
    flow = make_flow(clock=clock)
    flow.choose_language("fr")  # the default, chosen: the greeting is French only
    clock.advance(10_000)

    assert flow.tick() and not flow.language_chosen


def test_choose_your_language_breaks_only_between_languages() -> None:
    line = languages_line(["Choisissez votre langue", "Kies uw taal", "Kies uw taal"])

    assert line == "Choisissez\u00a0votre\u00a0langue\u00a0· Kies\u00a0uw\u00a0taal"
    assert [part.count(" ") for part in line.split("\u00a0· ")] == [0, 0]
