"""The accessibility bar: larger text, high contrast and read aloud, as a patient uses them.

Speech is listened to through a recording engine (what would be said, in which
language), and, for each language, rendered by espeak-ng to a WAV file and measured.
"""

from __future__ import annotations

import array
import shutil
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.patient.flow import Screen
from kiosk.resources import resource_path
from kiosk.services.speech import EspeakSpeech, NoSpeech, Spoken
from tests.helpers.journey import FakeClock
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import tour
from ui import theme
from ui.theme import px_per_mm_for

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}
LANGUAGES = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))


class RecordingSpeech:
    """A speech engine that hears everything and says nothing."""

    def __init__(self) -> None:
        self.said: list[list[tuple[str, str]]] = []
        self.stops = 0

    def available(self, language: str) -> bool:
        return True

    def say(self, parts: Spoken) -> bool:
        self.said.append(list(parts))
        return True

    def stop(self) -> None:
        self.stops += 1

    def unavailable_because(self, language: str) -> str | None:
        return None

    def last_text(self) -> str:
        return " ".join(text for text, _ in self.said[-1]) if self.said else ""


@pytest.fixture
def speech() -> RecordingSpeech:
    return RecordingSpeech()


@pytest.fixture
def app(qtbot, tmp_path: Path, speech: RecordingSpeech) -> Iterator[KioskUnderTest]:
    with running_kiosk(qtbot, tmp_path / "data", speech=speech) as kiosk:
        yield kiosk


def settle() -> None:
    """Let the window lay out the new screen and speak it (a zero timer)."""
    for _ in range(3):
        QApplication.processEvents()


def to_question(app: KioskUnderTest, language: str = "en") -> None:
    app.tap(f"language-{language}")
    app.tap("next")
    app.tap("skip")
    assert app.screen() is Screen.QUESTION


def pixel(app: KioskUnderTest, widget_name: str) -> QColor:
    """The colour painted just inside the top left corner of a visible widget."""
    widget = app.visible(widget_name, QWidget)
    at = widget.mapTo(app.window, QPoint(2, 2))
    return app.window.grab().toImage().pixelColor(at)


# -- the bar ---------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", SIZES)
def test_the_bar_is_at_the_very_bottom_of_every_patient_screen(
    qtbot, tmp_path: Path, orientation: str
) -> None:
    size = SIZES[orientation]
    with running_kiosk(qtbot, tmp_path / "data", size=size) as app:
        px_per_mm = px_per_mm_for(
            app.window.screen().physicalDotsPerInch(),
            size.width(),
            size.height(),
            full_screen=False,
        )
        seen = []
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            seen.append(screen)
            bar = app.visible("access-bar", QWidget)
            nav = app.visible("navigation", QWidget)
            assert bar.mapTo(app.window, QPoint(0, bar.height())).y() == size.height(), screen
            assert bar.y() >= nav.y() + nav.height(), screen
            for name in ("access-larger-text", "access-high-contrast", "access-read-aloud"):
                assert app.visible(name, QPushButton).height() >= 10 * px_per_mm  # touch floor
        assert "welcome" in seen and "done" in seen


def test_larger_text_is_half_as_large_again_and_buttons_keep_their_size(
    app: KioskUnderTest,
) -> None:
    to_question(app)
    title = app.visible("title", QLabel)
    answer = app.visible("answer-for_whom-self", QPushButton)
    before = (title.font().pixelSize(), answer.font().pixelSize(), answer.height())
    app.tap("access-larger-text")
    settle()
    assert app.visible("access-larger-text", QPushButton).isChecked()
    assert title.font().pixelSize() >= 1.5 * before[0] - 1
    assert answer.font().pixelSize() >= 1.5 * before[1] - 1
    assert answer.height() >= before[2]  # never smaller to touch
    app.tap("access-larger-text")
    settle()
    assert title.font().pixelSize() == before[0]


def test_high_contrast_paints_light_on_black(app: KioskUnderTest) -> None:
    to_question(app)
    assert pixel(app, "screen-question") == QColor(theme.STANDARD.background)
    app.tap("access-high-contrast")
    settle()
    assert pixel(app, "screen-question") == QColor(theme.HIGH_CONTRAST.background)
    assert app.visible("title", QLabel).palette().windowText().color() == QColor(
        theme.HIGH_CONTRAST.text
    )
    assert app.visible("access-high-contrast", QPushButton).isChecked()


def test_the_choices_end_with_the_session(app: KioskUnderTest, speech: RecordingSpeech) -> None:
    to_question(app)
    for name in ("access-larger-text", "access-high-contrast", "access-read-aloud"):
        app.tap(name)
    settle()
    stops = speech.stops
    app.flow.reset()  # what the idle wipe and "Finish" do
    app.window.show_state()
    settle()
    assert speech.stops > stops  # silenced
    for name in ("access-larger-text", "access-high-contrast", "access-read-aloud"):
        assert not app.visible(name, QPushButton).isChecked(), name
    assert pixel(app, "screen-welcome") == QColor(theme.STANDARD.background)
    said = len(speech.said)
    app.tap("language-en")
    settle()
    assert len(speech.said) == said  # read aloud is off for the next patient


# -- read aloud ------------------------------------------------------------------------


def test_read_aloud_says_the_screen_in_the_patients_language(
    app: KioskUnderTest, speech: RecordingSpeech
) -> None:
    to_question(app, "nl")
    app.tap("access-read-aloud")
    settle()
    spoken = speech.said[-1]
    assert {language for _, language in spoken} == {"nl"}
    text = speech.last_text()
    question = app.kiosk.content.language("nl").question("for_whom")
    assert question.text in text
    for option in question.options.values():
        assert option in text
    assert "Raak een knop één keer aan" in text  # how the second touch works, first
    # The next screen is said on its own, after silencing this one.
    app.tap("answer-for_whom-self")  # first touch: said
    app.tap("answer-for_whom-self")  # second touch: chosen
    stops = speech.stops
    app.tap("next")
    app.tap("next")
    settle()
    assert app.screen() is Screen.LAST_NAME
    assert speech.stops > stops
    assert app.visible("title", QLabel).accessibleName() in speech.last_text()
    assert "Raak een knop" not in speech.last_text()


def test_a_first_touch_says_the_button_and_a_second_presses_it(
    app: KioskUnderTest, speech: RecordingSpeech
) -> None:
    to_question(app)
    app.tap("access-read-aloud")
    settle()
    options = app.kiosk.content.language("en").question("for_whom").options
    app.tap("answer-for_whom-child")
    assert speech.said[-1] == [(options["child"], "en")]
    assert "for_whom" not in app.flow.answers  # only heard, not chosen
    app.tap("answer-for_whom-self")  # another button: heard instead
    assert speech.said[-1] == [(options["self"], "en")]
    app.tap("answer-for_whom-self")
    settle()
    assert app.flow.answers["for_whom"] == "self"
    assert speech.last_text() == f"{options['self']}, chosen"
    # The bar acts at once: one touch switches speech off.
    stops = speech.stops
    app.tap("access-read-aloud")
    settle()
    assert speech.stops > stops
    assert not app.visible("access-read-aloud", QPushButton).isChecked()
    app.tap("next")
    assert app.screen() is Screen.LAST_NAME


def test_the_welcome_screen_offers_each_language_in_its_own_voice(
    app: KioskUnderTest, speech: RecordingSpeech
) -> None:
    app.tap("access-read-aloud")
    settle()
    by_language = {language: text for text, language in speech.said[-1] if "Nederlands" in text}
    assert by_language == {"nl": "Kies uw taal: Nederlands"}
    voices = {language for _, language in speech.said[-1]}
    assert set(app.kiosk.config.kiosk.languages) <= voices


def test_without_an_engine_the_button_says_speech_is_unavailable(qtbot, tmp_path: Path) -> None:
    for engine in (NoSpeech(), EspeakSpeech(executable="no-such-espeak-ng")):
        with running_kiosk(qtbot, tmp_path / "data", speech=engine) as app:
            app.tap("language-de")
            button = app.visible("access-read-aloud", QPushButton)
            assert not button.isEnabled()
            assert button.accessibleName() == "Sprachausgabe nicht verfügbar"
            app.tap("next")  # the rest of the kiosk works as ever
            assert app.screen() is Screen.PAGE


# -- the voice itself --------------------------------------------------------------------


def listen(path: Path) -> tuple[float, float]:
    with wave.open(str(path)) as sound:
        frames = sound.readframes(sound.getnframes())
        seconds = sound.getnframes() / sound.getframerate()
    samples = array.array("h", frames)
    return seconds, (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_screen_read_aloud_is_heard_in_each_language(
    qtbot, tmp_path: Path, speech: RecordingSpeech, language: str
) -> None:
    with running_kiosk(
        qtbot, tmp_path / "data", f"kiosk.languages={list(LANGUAGES)}", speech=speech
    ) as app:
        to_question(app, language)
        app.tap("access-read-aloud")
        settle()
        parts = speech.said[-1]
    assert {spoken_in for _, spoken_in in parts} == {language}
    voice = app.window._content.language(language).voice
    engine = EspeakSpeech(voices={language: voice})
    seconds, loudness = listen(engine.render_wav(parts, tmp_path / "screen.wav"))
    words = sum(len(text.split()) for text, _ in parts)
    assert 0.15 * words < seconds < 1.5 * words, (seconds, words)  # the words, not a beep
    assert loudness > 500  # not silence


def test_the_idle_warning_is_said_as_it_appears_and_more_time_needs_two_touches(
    qtbot, tmp_path: Path, speech: RecordingSpeech
) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock, speech=speech) as app:
        to_question(app)
        app.tap("access-read-aloud")
        settle()
        clock.advance(95)  # idle_seconds and a little: the countdown shows
        app.window.tick()
        settle()
        assert app.visible("idle-overlay", QWidget).isVisible()
        words = app.window._words()
        assert words.text("idle_title") in speech.last_text()
        assert words.text("more_time") in speech.last_text()
        # Any touch tells the kiosk the patient is there; the screen is said again.
        app.tap("more-time")
        settle()
        assert app.screen() is Screen.QUESTION
        assert app.visible("title", QLabel).accessibleName() in speech.last_text()


def test_staff_mode_silences_read_aloud_and_its_keys_act_on_one_touch(
    qtbot, tmp_path: Path, speech: RecordingSpeech
) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock, speech=speech) as app:
        app.tap("access-read-aloud")
        settle()
        stops = speech.stops
        corner = app.visible("department", QLabel)
        qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        for _ in range(3):  # staff hold the department's name
            clock.advance(1)
            app.window.tick()
        qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert app.visible("screen-pin", QWidget)
        assert speech.stops > stops  # the patient screen's speech is cut off
        said = len(speech.said)
        app.tap("pin-digit-1")
        assert len(speech.said) == said  # typed, not spoken
        assert len(app.visible("pin-dots", QLabel).text().replace(" ", "")) == 1


@pytest.mark.parametrize("action", ["Press", "Toggle"])
def test_assistive_technology_chooses_with_either_action_a_checkable_button_offers(
    app: KioskUnderTest, action: str
) -> None:
    """Qt offers "Toggle" before "Press" on a checkable button; a screen reader may use
    either. Both must do what a tap does, and the screen must never show a choice the
    kiosk did not make."""

    def act(name: str) -> None:
        interface = QAccessible.queryAccessibleInterface(app.visible(name, QPushButton))
        actions = interface.actionInterface()
        wanted = {"Press": actions.pressAction(), "Toggle": actions.toggleAction()}[action]
        assert wanted in actions.actionNames()
        actions.doAction(wanted)
        app.qtbot.wait(300)  # "Press" clicks after a short animation

    act("language-nl")
    assert app.flow.language == "nl"
    checked = [
        c for c in ("fr", "nl", "en") if app.visible(f"language-{c}", QPushButton).isChecked()
    ]
    assert checked == ["nl"]
    app.tap("next")
    app.tap("skip")
    act("answer-for_whom-child")
    act("answer-for_whom-self")
    assert app.flow.answers["for_whom"] == "self"
    shown = [
        o for o in ("self", "child") if app.visible(f"answer-for_whom-{o}", QPushButton).isChecked()
    ]
    assert shown == ["self"]
    act("access-high-contrast")
    assert app.flow.assistance.high_contrast
    assert pixel(app, "screen-question") == QColor(theme.HIGH_CONTRAST.background)


def test_a_landscape_question_is_read_as_a_person_reads_it(
    qtbot, tmp_path: Path, speech: RecordingSpeech
) -> None:
    """The question column first, then the answers in their order: never across."""
    with running_kiosk(qtbot, tmp_path / "data", size=SIZES["landscape"], speech=speech) as app:
        app.flow.choose_language("de")
        for _ in tour(app.window, app.flow, app.kiosk.service.submit):
            if app.flow.step.key == "anticoagulant_drugs":
                break
        app.tap("access-read-aloud")
        settle()
        said = [text for text, _ in speech.said[-1]]
        question = app.flow.question
        assert question is not None
        german = app.kiosk.content.language("de")
        # Each answer as the patient knows it: the names on the box, then the substance.
        options = [german.option_label(question, option) for option in question.options]
        chosen = app.window._words().text("answer_chosen")
        shown = [text.removesuffix(f", {chosen}") for text in said if text]
        in_order = [text for text in shown if text in options]
        assert in_order == [o for o in options if o in in_order] and len(in_order) >= 6
        first_answer = said.index(next(t for t in said if t.startswith(options[0])))
        assert said.index(app.visible("title", QLabel).accessibleName()) < first_answer


def test_a_chosen_language_button_does_not_jump_the_reading_order(
    app: KioskUnderTest, speech: RecordingSpeech
) -> None:
    app.tap("language-de")
    app.tap("access-read-aloud")
    settle()
    voices = [language for text, language in speech.said[-1] if ":" in text]
    assert voices == list(app.kiosk.config.kiosk.languages)


def test_a_key_typed_with_read_aloud_says_what_the_field_now_holds(
    app: KioskUnderTest, speech: RecordingSpeech
) -> None:
    to_question(app)
    app.tap("answer-for_whom-self")
    app.tap("next")
    app.tap("access-read-aloud")
    settle()
    app.tap("key-d")
    assert speech.said[-1][0][0].lower() == "d"  # the key, heard
    app.tap("key-d")
    assert speech.said[-1] == [("D", "en")]  # typed: the field says D
    app.tap("access-larger-text")
    settle()
    assert speech.said[-1] == [("D", "en")]  # nothing stale replayed


@pytest.mark.parametrize("orientation", SIZES)
def test_larger_text_turned_on_at_the_review_repages_it_without_overlap(
    qtbot, tmp_path: Path, orientation: str
) -> None:
    with running_kiosk(qtbot, tmp_path / "data", size=SIZES[orientation]) as app:
        app.flow.choose_language("de")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        for _ in range(2):  # on, then off again
            app.tap("access-larger-text")
            settle()
            rows = [
                w
                for w in app.window.findChildren(QPushButton)
                if w.isVisible() and w.objectName().startswith("edit-")
            ]
            boxes = [QRect(w.mapTo(app.window, QPoint(0, 0)), w.size()) for w in rows]
            assert rows
            for index, box in enumerate(boxes):
                assert all(not box.intersects(other) for other in boxes[index + 1 :])
                assert box.bottom() < app.visible("navigation", QWidget).y()
            for row in rows:  # every line of every row drawn inside it
                needed = row.heightForWidth(row.width())
                assert needed <= row.height(), row.objectName()


def test_the_review_turned_with_read_aloud_reads_the_new_rows_and_stays_there(
    qtbot, tmp_path: Path, speech: RecordingSpeech
) -> None:
    with running_kiosk(qtbot, tmp_path / "data", size=SIZES["landscape"], speech=speech) as app:
        app.flow.choose_language("de")
        app.flow.assist(larger_text=True)
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        app.tap("access-read-aloud")
        settle()
        first = speech.last_text()
        app.tap("review-more")  # heard
        app.tap("review-more")  # pressed
        settle()
        assert app.visible("review-previous", QPushButton).isVisible()  # still on page 2
        rows = [
            w
            for w in app.window.findChildren(QPushButton)
            if w.isVisible() and w.objectName().startswith("edit-")
        ]
        assert rows and all(row.accessibleName() in speech.last_text() for row in rows)
        assert speech.last_text() != first
