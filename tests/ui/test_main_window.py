"""The window and the submission: the screen never freezes, and says what happened."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.patient.declaration import Declaration, Outcome
from kiosk.patient.flow import Screen
from kiosk.services.submission import SubmissionResult
from tests.helpers.journey import FakeClock
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import tour
from ui.app import kiosk_window


def shown_text(app: KioskUnderTest) -> str:
    labels = app.window.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisible())


def walk_to_review(app: KioskUnderTest) -> None:
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == "review":
            app.see_the_whole_review()  # Confirm waits for the last part
            return


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (Outcome.PRINTED, "Please take your slip"),
        (Outcome.NOT_PRINTED, "Your answers are saved. Please go to the reception desk"),
        (Outcome.NOT_SAVED, "could not be saved. Please go to the reception desk"),
    ],
)
def test_saving_runs_off_the_gui_thread_and_the_patient_is_told_the_outcome(
    qtbot, tmp_path: Path, outcome: Outcome, expected: str
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_submit(declaration: Declaration) -> SubmissionResult:
        threads.append(threading.current_thread())
        assert release.wait(10)
        return SubmissionResult(declaration.session_id, outcome, None)

    with running_kiosk(qtbot, tmp_path / "data", submit=slow_submit) as app:
        app.flow.choose_language("en")
        walk_to_review(app)
        app.tap("submit")

        # The worker is busy; the GUI thread still answers and shows "saving".
        qtbot.waitUntil(lambda: bool(threads))
        assert threads[0] is not threading.main_thread()
        assert app.screen() is Screen.SUBMITTING
        assert "Saving your answers" in shown_text(app)
        release.set()
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE)
        assert expected in shown_text(app)


def test_every_control_has_a_name_and_an_accessible_name_in_the_language(
    qtbot, tmp_path: Path
) -> None:
    for language, next_word in (("fr", "Suivant"), ("en", "Next")):
        with running_kiosk(qtbot, tmp_path / language) as app:
            app.flow.choose_language(language)
            for screen in tour(app.window, app.flow, app.kiosk.service.submit):
                for button in app.window.findChildren(QAbstractButton):
                    if button.isVisible():
                        assert button.objectName(), f"{screen}: a button has no objectName"
                        assert button.accessibleName(), f"{screen}: {button.objectName()}"
                if screen.startswith("question"):
                    assert app.visible("next", QAbstractButton).accessibleName() == next_word


def test_a_name_over_the_limit_is_told_at_once_and_blocks_next(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data", "identity.max_name_length=10") as app:
        app.flow.choose_language("en")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "question-for_whom":
                break
        app.tap("answer-for_whom-self")  # no child's weight: the name comes next
        app.tap("next")
        app.type_keys("abcdefghij")
        assert "too long" not in shown_text(app)
        app.tap("key-k")
        assert "This name is too long: at most 10 letters." in shown_text(app)
        app.tap("next")
        assert app.screen() is Screen.LAST_NAME
        app.tap("key-backspace")
        assert "too long" not in shown_text(app)
        app.tap("next")
        assert app.screen() is Screen.FIRST_NAME


def test_a_patient_who_walks_away_gets_a_countdown_then_a_clean_welcome_screen(
    qtbot, tmp_path: Path
) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock) as app:
        app.flow.choose_language("en")
        for screen in tour(app.window, app.flow, app.kiosk.service.submit):
            if screen == "review":
                break
        assert "Van den Bossche" in app.visible("edit-last_name", QAbstractButton).text()

        clock.advance(90)
        app.window.tick()
        assert "Are you still there?" in shown_text(app)
        assert "in 30 seconds" in shown_text(app)
        app.tap("more-time")
        assert not app.window.idle_overlay.isVisible()
        assert app.screen() is Screen.REVIEW

        clock.advance(100)
        app.window.tick()
        assert "in 20 seconds" in shown_text(app)
        clock.advance(20)
        app.window.tick()

        assert app.screen() is Screen.WELCOME
        assert not app.window.idle_overlay.isVisible()
        assert app.flow.language == "fr"
        everything = [label.text() for label in app.window.findChildren(QLabel)]
        everything += [field.text() for field in app.window.findChildren(QLineEdit)]
        everything += [button.text() for button in app.window.findChildren(QAbstractButton)]
        assert not any("Bossche" in text or "Marie" in text for text in everything)


def test_an_unexpected_failure_while_saving_sends_the_patient_to_reception(
    qtbot, tmp_path: Path
) -> None:
    def broken_submit(declaration: Declaration) -> SubmissionResult:
        raise RuntimeError("a bug nobody foresaw")

    with running_kiosk(qtbot, tmp_path / "data", submit=broken_submit) as app:
        app.flow.choose_language("en")
        walk_to_review(app)
        with qtbot.captureExceptions():
            app.tap("submit")
            qtbot.waitUntil(lambda: app.screen() is Screen.DONE)
        assert "could not be saved. Please go to the reception desk" in shown_text(app)
        assert app.visible("restart", QAbstractButton).isEnabled()


def test_nothing_typed_by_the_last_patient_can_be_undone_back(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        app.tap("next")
        app.tap("skip")
        app.tap("answer-for_whom-self")
        app.tap("next")
        app.type_keys("dupont")
        while app.screen() is not Screen.WELCOME:  # the patient gives up
            app.tap("back")
        for field in app.window.findChildren(QLineEdit):
            assert field.text() == ""
            assert not field.isUndoAvailable(), f"{field.objectName()} could bring a name back"


def test_print_jobs_are_followed_on_the_worker_thread(qtbot, tmp_path: Path) -> None:
    followed: list[threading.Thread] = []
    with running_kiosk(qtbot, tmp_path / "data") as app:
        window = kiosk_window(
            app.kiosk,
            size=QSize(1080, 1920),
            housekeeping=lambda: followed.append(threading.current_thread()),
            staff=False,
        )
        qtbot.addWidget(window)
        window.run_housekeeping()
        qtbot.waitUntil(lambda: bool(followed))
        assert followed[0] is not threading.main_thread()
        window.wait_for_background()


class _WindowsShown(QObject):
    """Every widget shown as a window of its own, in the order shown."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(type(watched).__name__)
        return False


def test_no_window_of_its_own_is_shown_before_the_kiosk_s(qtbot, tmp_path: Path) -> None:
    # A compositor shows every top-level window: four pictograms used to flash up,
    # titled "radiology-kiosk", before the main window.
    spy = _WindowsShown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        with running_kiosk(qtbot, tmp_path / "data"):
            pass
    finally:
        app.removeEventFilter(spy)

    assert spy.names == ["MainWindow"]
