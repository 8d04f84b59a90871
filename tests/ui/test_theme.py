"""The theme's numbers against the kiosk floors of kiosk-ux.md."""

from __future__ import annotations

import pytest

from ui import theme
from ui.theme import Theme, px_per_mm_for


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(
    ("foreground", "background"),
    [
        (theme.TEXT, theme.BACKGROUND),
        (theme.TEXT, theme.SURFACE),
        (theme.ON_PRIMARY, theme.PRIMARY),
        (theme.MUTED_TEXT, theme.BACKGROUND),
        (theme.MUTED_TEXT, theme.SURFACE),
        (theme.PROBLEM_TEXT, theme.BACKGROUND),
        (theme.DISABLED_TEXT, theme.DISABLED_BACKGROUND),
    ],
)
def test_every_text_colour_reaches_7_to_1(foreground: str, background: str) -> None:
    assert contrast(foreground, background) >= 7.0


@pytest.mark.parametrize(("inches", "dpi"), [(21.5, 102.5), (18.5, 119.1), (15.6, 141.2)])
def test_full_screen_buttons_are_at_least_15_mm_whatever_the_panel(
    inches: float, dpi: float
) -> None:
    sized = Theme(px_per_mm_for(dpi, 1080, 1920, full_screen=True))
    px_per_mm = dpi / 25.4
    assert sized.button_height / px_per_mm >= 15.0
    assert sized.key_size / px_per_mm >= 10.0


def test_a_window_smaller_than_the_panel_scales_the_panel_into_it() -> None:
    assert px_per_mm_for(160.0, 540, 960, full_screen=False) == pytest.approx(540 / 268)


def test_a_screen_reporting_no_sensible_dpi_falls_back() -> None:
    assert px_per_mm_for(0.0, 1080, 1920, full_screen=True) == pytest.approx(96 / 25.4)
