"""A screen reader drives the real kiosk from outside, through AT-SPI.

The real `main.py` runs under Xvfb with its accessibility bridge on, in a private D-Bus
session; a separate process (the system Python with python3-pyatspi, as Orca is) finds
each control by its accessible id (Qt builds it from the objectName path), among the
nodes in the SHOWING state, presses it, and reads what a screen reader would announce.
Then the stored declaration is read back from the SQLite file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.atspi import HarnessError, KioskA11y, missing_tools

MISSING = missing_tools()
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (scripts/setup.sh test installs them)"
)

# Roles a screen reader announces by name: each must have one.
NAMED_ROLES = ("push button", "check box", "label", "text")


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[KioskA11y]:
    with KioskA11y(tmp_path / "a11y") as running:
        yield running


def last(node_id: str) -> str:
    return node_id.rsplit(".", 1)[-1]


class Reader:
    """What the screen reader does, in the words of the test."""

    def __init__(self, kiosk: KioskA11y) -> None:
        assert kiosk.driver is not None
        self.call = kiosk.driver.call

    def showing(self, **criteria: Any) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = self.call("find", **criteria)["nodes"]
        return nodes

    def screen(self) -> dict[str, Any]:
        screens = self.showing(id="screen-", match="prefix")
        assert len(screens) == 1, [node["id"] for node in screens]
        return screens[0]

    def press(self, node_id: str) -> None:
        self.call("press", id=node_id)

    def text(self, node_id: str) -> str:
        text: str = self.call("text", id=node_id)["text"]
        return text

    def wait_for_screen(self, name: str, leaving: str | None = None) -> dict[str, Any]:
        """The screen `name` showing (and no longer the one left, for a question that
        follows another question)."""
        self.call("wait_showing", id=name, timeout=15)
        if leaving is not None:
            self.call("wait_gone", id=leaving, timeout=15)
        return self.screen()

    def unnamed(self) -> list[str]:
        """Showing controls and texts a screen reader could not announce."""
        return [
            f"{node['role']} {node['id']}"
            for role in NAMED_ROLES
            for node in self.showing(role=role)
            if not node["name"].strip() and "editable" not in node["states"]
        ]


def test_a_screen_reader_user_completes_a_declaration(kiosk: KioskA11y) -> None:
    reader = Reader(kiosk)
    welcome = reader.wait_for_screen("screen-welcome")
    assert welcome["name"]  # the screen is announced by its title
    assert reader.unnamed() == []

    reader.press("screen-welcome.language-en")
    reader.call("wait_text", id="next", equals="Start")
    assert reader.screen()["name"] == "Welcome"
    reader.press("next")
    page = reader.wait_for_screen("screen-page")
    assert page["name"] == reader.text("screen-page.title")
    assert reader.unnamed() == []

    # The accessibility bar is there for them too, and says whether speech works.
    bar = {
        last(node["id"]): node
        for node in reader.showing(id="access-", match="prefix")
        if node["role"] != "panel" and last(node["id"]) != "access-bar"
    }
    assert set(bar) == {"access-larger-text", "access-high-contrast", "access-read-aloud"}
    speech = bar["access-read-aloud"]
    assert speech["name"] in ("Read aloud", "Speech unavailable")
    assert ("enabled" in speech["states"]) == (speech["name"] == "Read aloud")

    reader.press("skip")
    screen = reader.wait_for_screen("screen-question")
    answered = []
    for _ in range(60):
        name = last(screen["id"])
        if name == "screen-question":
            assert reader.unnamed() == []
            answers = [last(node["id"]) for node in reader.showing(id="answer-", match="prefix")]
            assert answers, "a question with no answer to press"
            choice = next(
                (a for a in answers if a.endswith(("-no", "-self"))),
                next((a for a in answers if a.endswith("-dont_know")), answers[0]),
            )
            title = reader.text("screen-question.title")
            assert screen["name"] == title  # the question is what the screen is called
            reader.press(choice)
            reader.call("wait_state", id=choice, state="checked")
            answered.append(choice)
            reader.press("next")
            screen = _next(reader, title)
            continue
        if name in ("screen-last_name", "screen-first_name"):
            field = "field-" + name.split("-", 1)[1]
            for letter in "doe" if name == "screen-last_name" else "jo":
                before = reader.text(field)
                reader.press(f"{name}.key-{letter}")
                reader.call("wait_text", id=field, differs=before)
            reader.press("next")
            screen = reader.wait_for_screen(
                "screen-first_name" if name == "screen-last_name" else "screen-birth_date",
                leaving=name,
            )
            continue
        if name == "screen-birth_date":
            for digit in "01021980":
                before = reader.text("field-birth_date")
                reader.press(f"screen-birth_date.key-{digit}")
                reader.call("wait_text", id="field-birth_date", differs=before)
            assert "1980" in reader.text("field-birth_date")
            reader.press("next")
            screen = reader.wait_for_screen("screen-question", leaving="screen-birth_date")
            continue
        assert name == "screen-review", name
        break
    else:
        pytest.fail(f"the journey never reached the review: {answered}")

    assert reader.unnamed() == []
    rows = [node["name"] for node in reader.showing(id="edit-", match="prefix")]
    assert any("Doe" in row or "DOE" in row for row in rows), rows
    reader.press("submit")
    reader.wait_for_screen("screen-done")
    reader.call("wait_text", id="reference", differs="")
    announced = reader.text("reference")

    with sqlite3.connect(kiosk.workdir / "data" / "kiosk.sqlite3") as db:
        stored = db.execute(
            "SELECT reference, last_name, first_name, birth_date, language, answers"
            " FROM declarations"
        ).fetchall()
    assert len(stored) == 1
    reference, last_name, first_name, birth_date, language, answers = stored[0]
    assert reference in announced.replace("-", "")  # shown as TFV-FPE, stored TFVFPE
    assert (last_name.lower(), first_name.lower(), birth_date, language) == (
        "doe",
        "jo",
        "1980-02-01",
        "en",
    )
    assert json.loads(answers)["anticoagulants"] == "no"

    reader.press("restart")
    reader.wait_for_screen("screen-welcome")


def _next(reader: Reader, title: str) -> dict[str, Any]:
    """After Next on a question: the next screen, or the next question (same screen
    object, another title)."""
    for _ in range(300):
        try:
            screen = reader.screen()
        except (AssertionError, HarnessError):
            continue  # between two screens
        if last(screen["id"]) != "screen-question" or screen["name"] != title:
            return screen
        reader.call("sleep", seconds=0.05)
    raise AssertionError(f"still on {title!r}")


def test_larger_text_and_high_contrast_are_switches_a_screen_reader_can_press(
    kiosk: KioskA11y,
) -> None:
    reader = Reader(kiosk)
    reader.wait_for_screen("screen-welcome")
    for switch in ("access-larger-text", "access-high-contrast"):
        (node,) = reader.showing(id=switch)
        assert "checked" not in node["states"]
        reader.press(switch)
        reader.call("wait_state", id=switch, state="checked")
    reader.press("screen-welcome.language-nl")
    reader.call("wait_text", id="access-larger-text", equals="Grotere tekst")
    assert reader.unnamed() == []
