"""The theme's numbers against the kiosk floors of kiosk-ux.md."""

from __future__ import annotations

import re

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


PALETTES = {"standard": theme.STANDARD, "high contrast": theme.HIGH_CONTRAST}
TEXT_PAIRS = [
    pytest.param(foreground, background, id=f"{mode}: {role}")
    for mode, palette in PALETTES.items()
    for role, (foreground, background) in palette.text_pairs().items()
]
BOUNDARY_PAIRS = [
    pytest.param(foreground, background, id=f"{mode}: {role}")
    for mode, palette in PALETTES.items()
    for role, (foreground, background) in palette.boundary_pairs().items()
]


@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_every_text_role_reaches_7_to_1_in_both_themes(foreground: str, background: str) -> None:
    assert contrast(foreground, background) >= 7.0


@pytest.mark.parametrize(("foreground", "background"), BOUNDARY_PAIRS)
def test_borders_and_the_focus_outline_stand_out(foreground: str, background: str) -> None:
    """WCAG asks 3:1 for a control's boundary; the kiosk holds them to 4.5:1."""
    assert contrast(foreground, background) >= 4.5


@pytest.mark.parametrize("mode", PALETTES)
def test_the_stylesheet_draws_only_the_palettes_colours(mode: str) -> None:
    """So the contrast computed above is the contrast on the screen: no stray colour."""
    palette = PALETTES[mode]
    sheet = Theme(4.0, palette=palette).stylesheet()
    used = {colour.lower() for colour in re.findall(r"#[0-9a-fA-F]{6}", sheet)}
    assert used and used <= {value.lower() for value in vars(palette).values()}


def test_the_high_contrast_theme_is_not_the_standard_one_in_other_colours_only() -> None:
    """Every text that was dark on light is light on dark, or the reverse."""
    for role, (foreground, background) in theme.HIGH_CONTRAST.text_pairs().items():
        assert contrast(foreground, background) >= 15.0, role


def test_larger_text_is_at_least_one_and_a_half_times_every_text_role() -> None:
    standard = Theme(4.03)
    larger = standard.with_choices(larger_text=True, high_contrast=False)
    for role in ("body_px", "title_px", "small_px"):
        assert getattr(larger, role) >= 1.5 * getattr(standard, role) - 1, role
    # Touch targets keep their size in millimetres: the text grows, not the reach.
    assert larger.button_height == standard.button_height
    sizes = {int(px) for px in re.findall(r"font-size: (\d+)px", larger.stylesheet())}
    # The accessibility bar is the exception: body size in both, so that it keeps one
    # height and the screen above it does not move when larger text is chosen.
    assert larger.bar_px == standard.bar_px >= standard.body_px
    assert min(sizes - {larger.bar_px}) >= 1.5 * standard.small_px - 1


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
