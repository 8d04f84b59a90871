"""Issue 16 on a real X server (Xvfb): the X PRIMARY selection, which offscreen Qt does
not have. A drag over the name field used to put the name there, and the next patient's
middle click pasted it; every wipe now empties it, and a name field never selects."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.privacy import forget_clipboards
from ui.screens.name_screen import NameScreen
from ui.screens.text_screen import TextScreen
from ui.theme import Theme

app = QApplication([])
board = QGuiApplication.clipboard()
assert app.platformName() == "xcb" and board.supportsSelection()
selection = QClipboard.Mode.Selection
theme = Theme(px_per_mm=4.03)
for screen in (NameScreen(theme, "last_name"), TextScreen(theme)):
    screen.resize(1080, 900)
    screen.show()
    QTest.qWaitForWindowExposed(screen)
    field = screen.field
    field.setText("Van den Bossche")
    y = field.height() // 2
    board.clear(selection)
    app.processEvents()
    QTest.mouseDClick(field, Qt.MouseButton.LeftButton, pos=QPoint(20, y))
    QTest.mousePress(field, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
    QTest.mouseMove(field, QPoint(field.width() - 2, y))
    QTest.mouseRelease(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 2, y))
    app.processEvents()
    print("selected", screen.objectName(), repr(board.text(selection)))
    board.setText("Dupont", selection)  # what another window left there
    app.processEvents()
    QTest.mouseClick(field, Qt.MouseButton.MiddleButton, pos=QPoint(5, y))
    app.processEvents()
    print("pasted", screen.objectName(), repr(field.text()))
    board.setText("Dupont", QClipboard.Mode.Clipboard)
    forget_clipboards()
    app.processEvents()
    print("wiped", repr(board.text(selection)), repr(board.text()))
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (apt-get install xvfb)")
def test_nothing_a_patient_types_reaches_the_x_primary_selection() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "selected screen-last_name ''",
        "pasted screen-last_name 'Van den Bossche'",
        "wiped '' ''",
        "selected screen-text ''",
        "pasted screen-text 'Van den Bossche'",
        "wiped '' ''",
    ], result.stdout
