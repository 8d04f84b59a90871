"""Impatient fingers: a second tap on a button already used, or during the save, does
nothing. One session stores at most one declaration and sends at most one slip."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kiosk.patient.declaration import Declaration
from kiosk.patient.flow import Screen
from kiosk.services.submission import SubmissionResult
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk
from tests.helpers.tour import tour


def to_review(app: KioskUnderTest) -> QAbstractButton:
    app.flow.choose_language("en")
    for screen in tour(app.window, app.flow, app.kiosk.service.submit):
        if screen == "review":
            break
    app.see_the_whole_review()
    return app.visible("submit", QAbstractButton)


def test_submit_tapped_again_during_the_save_stores_one_declaration_and_one_slip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    release = threading.Event()
    calls: list[str] = []

    with running_kiosk(qtbot, tmp_path / "data") as app:
        real_submit = app.kiosk.service.submit

        def slow_submit(declaration: Declaration) -> SubmissionResult:
            calls.append(declaration.session_id)
            release.wait(10)
            return real_submit(declaration)

        app.window._submit = slow_submit  # the save is slow: the patient taps again
        submit = to_review(app)
        for _ in range(3):
            qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        assert app.screen() is Screen.SUBMITTING
        release.set()
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE)
        for _ in range(2):  # and once more on the thank-you screen, for good measure
            qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        app.window.wait_for_background()

        assert len(calls) == 1
        assert app.rows("SELECT count(*) FROM declarations") == [(1,)]
        assert app.rows("SELECT count(*) FROM print_attempts") == [(1,)]
        assert len(app.slips()) == 1


def test_finish_tapped_twice_starts_one_new_session(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as app:
        to_review(app)
        app.tap("submit")
        qtbot.waitUntil(lambda: app.screen() is Screen.DONE)
        finish = app.visible("restart", QAbstractButton)

        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        session = app.flow.session_id
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]

        assert app.screen() is Screen.WELCOME and app.flow.session_id == session
