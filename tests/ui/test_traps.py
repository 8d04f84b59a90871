"""Issue 18, "Traps": what caught elderly, anxious or hurried patients, on the screen.

- a wrong day in the date of birth is retyped by tapping the day;
- without a printer, the reference on the thank-you screen counts down and can be kept
  longer (never for ever);
- a review in parts cannot be confirmed before its last part was shown;
- the welcome screen greets in French and Dutch until a language is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.patient.declaration import Declaration, Outcome
from kiosk.patient.flow import DONE_LONGEST_SECONDS, Screen
from kiosk.services.submission import SubmissionResult
from tests.helpers.journey import NO_TO_ALL, FakeClock, walk
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import settle, tour

LANDSCAPE = QSize(1920, 1080)


def walk_to(app: KioskUnderTest, wanted: str) -> None:
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == wanted:
            return
    raise AssertionError(f"the tour never reached {wanted!r}")


def label(app: KioskUnderTest, name: str) -> str:
    return app.visible(name, QLabel).text()


def test_a_wrong_day_is_retyped_by_tapping_the_day(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("fr")
        walk_to(app, "birth_date")
        for _ in range(8):  # whatever the tour typed goes
            app.tap("key-backspace")
        for digit in "31041958":  # the 31st of April: no such day
            app.tap(f"key-{digit}")
        app.tap("next")
        assert app.screen() is Screen.BIRTH_DATE and app.flow.problem is not None

        app.tap("birth-day")
        assert app.visible("birth-day", QAbstractButton).isChecked()
        app.tap("key-3")
        app.tap("key-0")

        assert app.flow.birth_digits == "30041958"
        assert app.flow.problem is None  # the message about the wrong date went
        assert "Jour 30" in app.visible("birth-day", QAbstractButton).accessibleName()
        app.tap("next")
        assert app.screen() is not Screen.BIRTH_DATE


def test_without_a_printer_the_reference_counts_down_and_can_be_kept_longer(
    qtbot, tmp_path: Path
) -> None:
    clock = FakeClock()

    def no_printer(declaration: Declaration) -> SubmissionResult:
        return SubmissionResult(declaration.session_id, Outcome.NOT_PRINTED, "K7F-3QX")

    with running_kiosk(qtbot, tmp_path / "data", clock=clock, submit=no_printer) as app:
        app.flow.choose_language("en")
        walk_to(app, "review")
        app.see_the_whole_review()
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE)
        assert "K7F-3QX" in label(app, "reference")
        assert label(app, "done-countdown") == "This screen closes in 20 seconds."

        clock.advance(5)
        app.window.tick()
        assert label(app, "done-countdown") == "This screen closes in 15 seconds."
        app.tap("done-more-time")
        assert label(app, "done-countdown") == "This screen closes in 75 seconds."
        while app.flow.can_keep_done():
            app.tap("done-more-time")
        settle()
        more_time = app.window.findChild(QAbstractButton, "done-more-time")
        assert more_time is not None and not more_time.isVisible()

        clock.advance(DONE_LONGEST_SECONDS - 5)  # the longest, and not a second more
        app.window.tick()
        assert app.screen() is Screen.WELCOME
        assert not any("K7F-3QX" in widget.text() for widget in app.window.findChildren(QLabel))


def test_a_review_in_parts_is_confirmed_only_once_its_last_part_was_shown(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data", size=LANDSCAPE) as app:
        app.flow.choose_language("en")
        app.flow.assist(larger_text=True)
        walk_to(app, "review")
        settle()
        submit = app.visible("submit", QAbstractButton)
        assert app.visible("review-more", QAbstractButton).isVisible()  # in parts

        assert not submit.isEnabled()
        assert submit.text() == "First see the next answers"
        while [b for b in app.window.findChildren(QAbstractButton, "review-more") if b.isVisible()]:
            assert not submit.isEnabled()
            app.tap("review-more")
        settle()

        assert submit.isEnabled() and submit.text() == "Confirm"
        assert app.visible("review-previous", QAbstractButton).isVisible()  # still the last part
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE)


def test_a_review_on_one_screen_can_be_confirmed_at_once(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.flow.choose_language("en")
        walk(app.flow, NO_TO_ALL)  # a short declaration: its review fits one screen
        app.window.show_state()
        settle()

        assert not [
            b for b in app.window.findChildren(QAbstractButton, "review-more") if b.isVisible()
        ]
        assert app.visible("submit", QAbstractButton).isEnabled()


def test_the_welcome_screen_greets_in_french_and_dutch_until_a_language_is_chosen(
    qtbot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        settle()
        title = app.visible("title", QLabel).text()
        text = app.visible("text", QLabel).text()
        assert "Bienvenue" in title and "Welkom" in title
        assert "questions" in text and "vragen" in text

        app.switch_language("nl")

        assert "Bienvenue" not in app.visible("title", QLabel).text()
        assert "Welkom" in app.visible("title", QLabel).text()


def test_choose_your_language_never_breaks_inside_a_language(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        line = app.visible("choose-language", QLabel).text()

        phrases = line.split("\u00a0· ")
        assert len(phrases) == len(app.kiosk.config.kiosk.languages)
        assert all(" " not in phrase for phrase in phrases)
