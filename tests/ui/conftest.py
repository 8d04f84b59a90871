"""Fixtures for the widget tests (qtbot, offscreen)."""

from __future__ import annotations

import pytest

from ui.theme import Theme


@pytest.fixture
def theme() -> Theme:
    """A 21.5-inch kiosk panel: 1080 px across its 268 mm short side."""
    return Theme(px_per_mm=4.03)
