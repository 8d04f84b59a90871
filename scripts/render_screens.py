"""Render every patient screen to PNG, in both orientations, and the slip to PNG.

    .venv/bin/python scripts/render_screens.py [--out out/screens] [--language fr]
        [--larger-text] [--high-contrast] [--only-patient]

For reviewing the screens as a person would see them (the README shows a few): the
tour (tests/helpers/tour.py) meets every screen, the number screen (a child's weight),
the typed-text screen (another medicine's name), a question for each drug chosen with
the drug's heading, and the review page by page with a row per drug and per allergen;
then the typed screens again with the message Next shows when it refuses what was typed
(`...-problem.png`). Runs offscreen; needs `pdftoppm` (poppler-utils) for the slip.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.content.questionnaire import Typed
from kiosk.patient.declaration import Answer
from kiosk.patient.flow import Flow, Screen, Step
from kiosk.staff.access import Role, hash_pin
from tests.helpers.journey import walk
from tests.helpers.tour import TOUR_ANSWERS, tour
from tests.helpers.tour import settle as lay_out
from ui.app import kiosk_window
from ui.main_window import MainWindow

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out/screens"))
    parser.add_argument("--language", default=None, help="one language (default: all)")
    parser.add_argument("--larger-text", action="store_true", help="the patient's choice")
    parser.add_argument("--high-contrast", action="store_true", help="the patient's choice")
    parser.add_argument("--only-patient", action="store_true", help="no staff screens, no slip")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        # The default languages, in their order, then any other one asked for.
        shipped = list(load_config(environ={}).kiosk.languages)
        if arguments.language and arguments.language not in shipped:
            shipped.append(arguments.language)
        config = load_config(
            overrides=[
                f'kiosk.data_dir="{data}"',
                "printer.backend=folder",
                f"kiosk.languages={shipped}",
            ],
            environ={},
        )
        kiosk = build_kiosk(config)
        languages = [arguments.language] if arguments.language else list(config.kiosk.languages)
        for language in languages:
            for orientation, size in SIZES.items():
                flow = kiosk.new_flow()
                flow.choose_language(language)
                flow.assist(
                    larger_text=arguments.larger_text, high_contrast=arguments.high_contrast
                )
                window = kiosk_window(kiosk, flow=flow, size=size, housekeeping=None, staff=False)
                window.show()
                for number, name in enumerate(tour(window, flow, kiosk.service.submit), start=1):
                    app.processEvents()
                    target = arguments.out / f"{language}-{orientation}-{number:02d}-{name}.png"
                    window.grab().save(str(target))
                window.close()
                window.deleteLater()
                app.processEvents()
                flow = kiosk.new_flow()
                flow.choose_language(language)
                flow.assist(
                    larger_text=arguments.larger_text, high_contrast=arguments.high_contrast
                )
                window = kiosk_window(kiosk, flow=flow, size=size, housekeeping=None, staff=False)
                window.show()
                for name in refused(window, flow):
                    app.processEvents()
                    window.grab().save(str(arguments.out / f"{language}-{orientation}-{name}.png"))
                window.close()
                window.deleteLater()
                app.processEvents()
        if not arguments.only_patient:
            render_staff(app, kiosk, config, arguments.out)
            render_slips(config.slip_folder, arguments.out)
        kiosk.store.close()
    print(f"screens written to {arguments.out}")
    return 0


# What Next refuses on the typed screens: a weight out of range, a picture in a name.
REFUSED = {"child_weight": "999", "anticoagulant_other_name": "Sintrom \U0001f48a"}


def refused(window: MainWindow, flow: Flow) -> Iterator[str]:
    """The typed-answer screens showing the message Next gives for what it refuses."""
    answers: dict[str, Answer] = {}
    for key, answer in TOUR_ANSWERS.items():  # as the flow keeps them
        question = flow.questionnaire.question(key)
        if isinstance(answer, tuple):
            answers[key] = frozenset(answer)
        elif question is not None and question.typed and answer != "dont_know":
            answers[key] = Typed(answer)
        else:
            answers[key] = answer
    for key, typed in REFUSED.items():
        walk(flow, answers, stop_at=Step(Screen.QUESTION, key))
        flow.type_answer(typed)
        assert not flow.next(), f"{key}: {typed!r} was accepted"
        window.show_state()
        lay_out()
        question = flow.question
        assert question is not None
        yield f"{question.kind.value}-{key}-problem"
        flow.answer(key, "dont_know")
        assert flow.next()


def render_staff(app: QApplication, kiosk: Kiosk, config: Config, out: Path) -> None:
    """The PIN pad (open, then Reception locked by five wrong PINs) and the staff screen
    with a slip open, in the staff language."""
    kiosk.store.staff.set_pin(Role.STAFF, hash_pin("2468"))
    for orientation, size in SIZES.items():
        window = kiosk_window(kiosk, size=size, housekeeping=None)
        window.show()
        staff = window.staff_mode
        assert staff is not None
        staff.open_pin_pad()
        app.processEvents()
        window.grab().save(str(out / f"staff-{orientation}-1-pin.png"))
        for _ in range(5):
            staff.pin_screen.entered.emit("0000")
            settle(app, window)
        window.grab().save(str(out / f"staff-{orientation}-1-pin-locked.png"))
        kiosk.store.staff.unlock_pin_pad("render_screens.py")
        staff.leave("cancel")
        staff.open_pin_pad()
        settle(app, window)
        staff.pin_screen.entered.emit("2468")
        settle(app, window)
        summaries = kiosk.staff_desk.day(datetime.now(UTC))
        if summaries:
            staff.staff_screen.declaration_chosen.emit(summaries[0].reference)
            settle(app, window)
        window.grab().save(str(out / f"staff-{orientation}-2-list.png"))
        staff.leave("lock")
        window.close()
        window.deleteLater()
        app.processEvents()


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the background work finish and its results reach the screen."""
    window.wait_for_background()
    for _ in range(5):
        app.processEvents()


def render_slips(folder: Path, out: Path) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils): slip PNGs skipped")
        return
    for number, pdf in enumerate(sorted(folder.glob("*.pdf")), start=1):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(out / f"slip-{number}")],
            check=True,
        )


if __name__ == "__main__":
    sys.exit(main())
