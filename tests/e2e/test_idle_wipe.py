"""A patient who walks away mid-questionnaire leaves nothing for the next one to see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.patient.flow import Screen
from tests.helpers.journey import FakeClock
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk

SECRET_LAST, SECRET_FIRST = "Zwijsen", "Quirina"


def every_text(root: QObject) -> list[str]:
    """Every text any widget holds, shown or hidden: contents, accessible names and
    descriptions (what a screen reader would announce), tooltips, titles."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        assert isinstance(widget, QWidget)
        texts += [
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.toolTip(),
            widget.windowTitle(),
        ]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return texts


def walk_half_way(app: KioskUnderTest) -> None:
    app.tap("language-nl")
    app.tap("next")
    app.tap("skip")
    app.tap("answer-for_whom-self")
    app.tap("next")
    app.type_keys(SECRET_LAST)
    app.tap("next")
    app.type_keys(SECRET_FIRST[:4])  # half typed when they leave


def test_walking_away_mid_questionnaire_wipes_every_widget_and_the_flow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock) as app:
        walk_half_way(app)
        assert any(SECRET_LAST in text for text in every_text(app.window))
        assert any(SECRET_FIRST[:4] in text for text in every_text(app.window))

        clock.advance(90 + 30)  # idle_seconds, then the countdown: test time, no sleep
        app.window.tick()
        clock.advance(1)
        app.window.tick()

        assert app.screen() is Screen.WELCOME and app.flow.language == "fr"
        texts = every_text(app.window)
        assert not any(SECRET_LAST in text or SECRET_FIRST[:4] in text for text in texts)
        for field in app.window.findChildren(QLineEdit):
            assert field.text() == "" and not field.isUndoAvailable()
            field.undo()  # nothing to bring back either
            assert field.text() == ""
        assert app.flow.answers == {} and all(not name for name in app.flow.names.values())
        assert app.flow.birth_digits == ""
        assert app.rows("SELECT count(*) FROM declarations") == [(0,)]


def test_more_time_keeps_the_half_filled_session(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    with running_kiosk(qtbot, tmp_path / "data", clock=clock) as app:
        walk_half_way(app)
        session = app.flow.session_id

        clock.advance(100)
        app.window.tick()
        assert app.visible("more-time", QAbstractButton)
        app.tap("more-time")
        clock.advance(60)
        app.window.tick()

        assert app.flow.session_id == session and app.screen() is Screen.FIRST_NAME
        assert app.visible("field-first_name", QLineEdit).text() == SECRET_FIRST[:4]
        assert app.flow.language == "nl"
