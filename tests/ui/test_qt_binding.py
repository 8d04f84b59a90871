"""The Qt binding itself must not corrupt Python: the kiosk makes millions of Qt calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per such call, and the
    # process aborted ("none_dealloc") after a few thousand: pinned away in constraints.txt.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 50
