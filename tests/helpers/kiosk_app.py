"""The whole kiosk as a patient meets it: built like main.py does, driven by taps.

Controls are found by the objectName contract (docs/objectnames.md) among the widgets
a person can see, exactly as a screen reader or an outside test would find them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.patient.flow import Clock, Flow, Screen, utc_now
from kiosk.services.speech import Speech
from tests.helpers.tour import tour
from ui.app import kiosk_window
from ui.main_window import MainWindow, Submit

W = TypeVar("W", bound=QWidget)


@dataclass
class KioskUnderTest:
    kiosk: Kiosk
    window: MainWindow
    qtbot: QtBot

    @property
    def flow(self) -> Flow:
        return self.window.flow

    def visible(self, name: str, kind: type[W]) -> W:
        """The one widget called `name` that a person can see, of type `kind`."""
        found = [widget for widget in self.window.findChildren(kind, name) if widget.isVisible()]
        assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
        return found[0]

    def wait_visible(self, name: str, kind: type[W]) -> W:
        """`visible`, once it is: a widget added to a shown layout is shown by Qt on the
        next pass of the event loop, not when it is created."""
        self.qtbot.waitUntil(
            lambda: any(w.isVisible() for w in self.window.findChildren(kind, name))
        )
        return self.visible(name, kind)

    def tap(self, name: str) -> None:
        widget = self.visible(name, QAbstractButton)
        assert widget.isEnabled(), f"{name!r} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]

    def switch_language(self, code: str) -> None:
        """As a patient past the welcome screen does: the globe at the bottom, then the
        language in the chooser (on the welcome screen, its own big button)."""
        opener = [w for w in self.window.findChildren(QAbstractButton, "languages-open")]
        if any(widget.isVisible() for widget in opener):
            self.tap("languages-open")
        self.tap(f"language-{code}")

    def type_keys(self, text: str) -> None:
        """Type a name on the on-screen keyboard, key by key."""
        names = {" ": "space", "-": "hyphen", "'": "apostrophe"}
        for char in text:
            self.tap(f"key-{names.get(char, char.lower())}")

    def screen(self) -> Screen:
        screen: Screen = self.flow.step.screen
        return screen

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.kiosk.config.database_path) as db:
            return db.execute(sql).fetchall()

    def slips(self) -> list[Path]:
        return sorted(self.kiosk.config.slip_folder.glob("*.pdf"))

    def shown_text(self) -> str:
        """Every text a person can see: labels and buttons."""
        widgets: list[QLabel | QAbstractButton] = [
            *self.window.findChildren(QLabel),
            *self.window.findChildren(QAbstractButton),
        ]
        return "\n".join(widget.text() for widget in widgets if widget.isVisible())

    def all_text(self) -> str:
        """Every text any widget holds, shown or not (for "nothing of it is left")."""
        widgets: list[QLabel | QAbstractButton] = [
            *self.window.findChildren(QLabel),
            *self.window.findChildren(QAbstractButton),
        ]
        return "\n".join(widget.text() for widget in widgets)

    def see_the_whole_review(self) -> None:
        """Turn the review's parts to the last, as a patient must before confirming."""
        for _ in range(50):
            more = [
                w for w in self.window.findChildren(QAbstractButton, "review-more") if w.isVisible()
            ]
            if not more:
                return
            self.tap("review-more")
        raise AssertionError("the review never reached its last part")

    def submit_a_declaration(self, language: str = "en") -> str:
        """A patient goes through every screen and confirms; returns their reference."""
        self.flow.choose_language(language)
        for screen in tour(self.window, self.flow, self.kiosk.service.submit):
            if screen == "review":
                break
        self.see_the_whole_review()
        self.tap("submit")
        self.qtbot.waitUntil(lambda: self.screen() is Screen.DONE, timeout=5000)
        reference = self.flow.reference
        assert reference is not None
        return reference


@contextmanager
def running_kiosk(
    qtbot: QtBot,
    data_dir: Path,
    *overrides: str,
    size: QSize | None = None,
    submit: Submit | None = None,
    clock: Clock = utc_now,
    speech: Speech | None = None,
    card_reader: bool | None = None,
) -> Iterator[KioskUnderTest]:
    """The kiosk on a portrait 1080x1920 panel unless `size` says otherwise; `submit`
    stands in for the submission service where a test needs to hold or fail it.
    `card_reader` False: no card reader service (a test then tells the flow itself)."""
    size = size or QSize(1080, 1920)
    # Slips to a folder unless a test says otherwise: never to this machine's own printer.
    defaults = [f'kiosk.data_dir="{data_dir}"', "printer.backend=folder"]
    config = load_config(overrides=[*defaults, *overrides], environ={})
    kiosk = build_kiosk(config)
    window = kiosk_window(
        kiosk,
        flow=kiosk.new_flow(clock),
        submit=submit,
        size=size,
        speech=speech,
        card_reader=card_reader,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield KioskUnderTest(kiosk, window, qtbot)
    finally:
        window.wait_for_background()
        window.allow_close()  # kiosk mode refuses closing; the test is over
        window.close()
        kiosk.close()
