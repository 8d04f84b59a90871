"""Sizes in millimetres of the real screen, colours and the stylesheet.

Touch targets are sized in millimetres from the screen's physical DPI (a primary
button is at least 15 mm high). In a development window smaller than a kiosk panel,
the whole layout is scaled down as if the window were the 21.5-inch panel, so it
still fits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# A 21.5-inch 16:9 panel, the usual kiosk screen: 476 x 268 mm.
PANEL_LONG_MM = 476.0
PANEL_SHORT_MM = 268.0
FALLBACK_DPI = 96.0

LARGER_TEXT = 1.5  # the larger-text choice: every text role, at least 1.5 times


@dataclass(frozen=True)
class Palette:
    """Every colour the patient screens use. Each text colour reaches 7:1 on each
    background it is drawn on (tests/ui/test_theme.py computes it from these values)."""

    text: str
    background: str
    surface: str  # header, navigation bar, accessibility bar
    primary: str  # the action colour, and a chosen answer's background
    on_primary: str
    border: str
    muted_text: str
    problem_text: str
    disabled_text: str
    disabled_background: str
    pressed: str  # a button's background while the finger is on it
    on_pressed: str
    focus: str  # the outline of a control that has the focus (set by assistive technology)
    pictogram_background: str  # pictograms are drawn dark: they sit on a light tile

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every text role, as (foreground, background) as the stylesheet draws it."""
        return {
            "body": (self.text, self.background),
            "header and bars": (self.text, self.surface),
            "item heading": (self.text, self.surface),
            "hint": (self.muted_text, self.background),
            "hint on bars": (self.muted_text, self.surface),
            "problem": (self.problem_text, self.background),
            "button": (self.text, self.background),
            "primary button": (self.on_primary, self.primary),
            "chosen answer": (self.on_primary, self.primary),
            "pressed button": (self.on_pressed, self.pressed),
            "disabled button": (self.disabled_text, self.disabled_background),
            "field": (self.text, self.background),
        }

    def boundary_pairs(self) -> dict[str, tuple[str, str]]:
        """Lines that show where a control is, or that it has the focus (WCAG 1.4.11)."""
        return {
            "button border": (self.border, self.background),
            "button border on bars": (self.border, self.surface),
            "focus outline": (self.focus, self.background),
            "focus outline on bars": (self.focus, self.surface),
        }


# Near-black on white (18:1); white on the action blue (10:1). No colour carries meaning
# alone: a chosen answer also gets a check mark and a thick border.
STANDARD = Palette(
    text="#111111",
    background="#ffffff",
    surface="#eef2f7",
    primary="#0b3d91",
    on_primary="#ffffff",
    border="#1f2933",
    muted_text="#3b4754",  # 9.5:1 on white
    problem_text="#7a1500",  # dark brick, 10:1 on white: a message, not an alarm
    disabled_text="#333333",  # 9:1: a disabled "Next" must be readable; dashed border
    disabled_background="#dcdcdc",
    pressed="#111111",
    on_pressed="#ffffff",
    focus="#b34700",  # dark orange, distinct from the blue of a chosen answer
    pictogram_background="#ffffff",
)

# The high-contrast choice: white and yellow on black, as low-vision readers and
# signage use (less glare than a white screen, and 19:1 or more for every text).
HIGH_CONTRAST = Palette(
    text="#ffffff",
    background="#000000",
    surface="#000000",
    primary="#ffff00",
    on_primary="#000000",
    border="#ffffff",
    muted_text="#ffffff",
    problem_text="#ffff00",
    disabled_text="#ffffff",
    disabled_background="#000000",
    pressed="#ffffff",
    on_pressed="#000000",
    focus="#00ffff",
    pictogram_background="#ffffff",
)


def px_per_mm_for(physical_dpi: float, width: int, height: int, *, full_screen: bool) -> float:
    """Logical pixels per millimetre of the real screen.

    Full screen (the kiosk): the screen's own, so a 15 mm button is 15 mm under the
    finger. In a window smaller than a kiosk panel (development), the 21.5-inch panel is
    scaled into the window instead, so the whole layout can be seen.
    """
    dpi = physical_dpi if 50.0 <= physical_dpi <= 400.0 else FALLBACK_DPI
    scale = dpi / 25.4
    if full_screen:
        return scale
    long_side, short_side = max(width, height), min(width, height)
    return min(scale, long_side / PANEL_LONG_MM, short_side / PANEL_SHORT_MM)


@dataclass(frozen=True)
class Theme:
    """Sizes from the screen's millimetres, a text scale and a palette.

    The patient's accessibility choices change only the text scale and the palette:
    touch targets keep their size in millimetres, and the window re-applies the
    stylesheet (`with_choices`)."""

    px_per_mm: float
    text_scale: float = 1.0
    palette: Palette = STANDARD

    def with_choices(self, *, larger_text: bool, high_contrast: bool) -> Theme:
        return replace(
            self,
            text_scale=LARGER_TEXT if larger_text else 1.0,
            palette=HIGH_CONTRAST if high_contrast else STANDARD,
        )

    def mm(self, millimetres: float) -> int:
        return max(1, round(millimetres * self.px_per_mm))

    def text_mm(self, millimetres: float) -> int:
        """A text size: millimetres times the patient's text scale."""
        return self.mm(millimetres * self.text_scale)

    @property
    def button_height(self) -> int:
        return self.mm(16)

    @property
    def target(self) -> int:
        """The smallest a primary touch target may be, border included (15 mm)."""
        return self.mm(15)

    @property
    def key_size(self) -> int:
        return self.mm(13)

    @property
    def gap(self) -> int:
        return self.mm(3)

    @property
    def body_px(self) -> int:  # about 5 mm cap height
        return self.text_mm(7)

    @property
    def bar_px(self) -> int:
        """The accessibility bar's text: body size (5 mm capitals), not enlarged by the
        larger-text choice, so that the bar keeps one height whatever is chosen and the
        screen above it does not move (four controls share a portrait width)."""
        return self.mm(7)

    @property
    def title_px(self) -> int:
        return self.text_mm(10)

    @property
    def small_px(self) -> int:
        return self.text_mm(5.5)

    @property
    def pictogram_size(self) -> int:
        return self.mm(30)

    def stylesheet(self) -> str:
        c = self.palette
        border = self.mm(0.8)
        thick = self.mm(1.6)
        radius = self.mm(2.5)
        # Borders: thicker in high contrast, where they alone outline a control on black.
        line = thick if c is HIGH_CONTRAST else border
        return f"""
        QWidget {{ color: {c.text}; background: {c.background}; font-size: {self.body_px}px; }}
        QLabel[role="title"] {{ font-size: {self.title_px}px; font-weight: bold; }}
        QLabel[role="small"] {{ font-size: {self.small_px}px; color: {c.muted_text}; }}
        QLabel[role="hint"] {{ font-size: {self.body_px}px; color: {c.muted_text}; }}
        QLabel[role="problem"] {{ color: {c.problem_text}; font-weight: bold; }}
        QLabel[role="item"] {{ font-size: {self.title_px}px; font-weight: bold;
            background: {c.surface}; border-bottom: {thick}px solid {c.primary};
            padding: {self.mm(2)}px {self.mm(4)}px; }}
        QWidget[role="header"], QWidget[role="header"] QLabel {{ background: {c.surface}; }}
        QWidget[role="navigation"], QWidget[role="navigation"] QLabel {{
            background: {c.surface}; }}
        QSvgWidget {{ background: {c.pictogram_background}; border-radius: {radius}px; }}
        QPushButton {{ min-height: {self.button_height}px; padding: 0 {self.mm(4)}px;
            border: {line}px solid {c.border}; border-radius: {radius}px;
            background: {c.background}; color: {c.text}; }}
        QPushButton:focus {{ border: {thick}px dashed {c.focus}; }}
        QPushButton:pressed {{ background: {c.pressed}; color: {c.on_pressed};
            border-width: {thick}px; }}
        QPushButton:disabled {{ color: {c.disabled_text}; background: {c.disabled_background};
            border-style: dashed; }}
        QPushButton[role="primary"] {{ background: {c.primary}; color: {c.on_primary};
            font-weight: bold; border-color: {c.primary}; }}
        QPushButton[role="primary"]:pressed {{ background: {c.pressed}; color: {c.on_pressed};
            border-color: {c.border}; }}
        QPushButton[role="primary"]:disabled {{ background: {c.disabled_background};
            color: {c.disabled_text}; border-color: {c.disabled_text}; }}
        QPushButton:checked {{ background: {c.primary}; color: {c.on_primary};
            border: {thick}px solid {c.text}; font-weight: bold; }}
        QPushButton[role="language"]:checked {{
            min-height: {self.button_height - 2 * (thick - line)}px; }}
        /* min-height is the contents' height: a chosen language's thicker border would
           make it taller and move the grid's rows under the finger */
        QPushButton:checked:pressed {{ background: {c.pressed}; color: {c.on_pressed};
            border-color: {c.border}; }}
        QPushButton[role="switch"] {{ min-height: {self.target - 2 * line}px;
            padding: 0 {self.mm(3)}px; font-size: {self.small_px}px; }}
        QPushButton[role="switch"]:checked {{ font-weight: normal;
            min-height: {self.target - 2 * thick}px; padding: 0 {self.mm(3) + line - thick}px; }}
        /* a chosen language's thicker border is taken from its padding and min-height:
           the switch keeps its size, and its text its room, whichever is chosen */
        QPushButton[role="access"] {{ font-size: {self.bar_px}px;
            padding: {self.mm(1)}px {self.mm(3)}px; }}
        QPushButton[role="review-row"] {{ text-align: left; font-size: {self.body_px}px;
            min-height: {self.target - 2 * line}px; padding: {self.mm(1)}px {self.mm(3)}px; }}
        /* Qt resolves text-align against the application's direction, not the row's:
           the review screen sets "text_start" so a row starts on its reading side */
        QPushButton[role="review-row"][text_start="right"] {{ text-align: right; }}
        QPushButton[role="key"] {{ min-height: {self.key_size}px; min-width: {self.key_size}px;
            padding: 0; }}
        QLineEdit, QLabel[role="field"] {{ min-height: {self.button_height}px;
            border: {thick}px solid {c.border}; border-radius: {radius}px;
            padding: 0 {self.mm(3)}px; font-size: {self.title_px}px;
            background: {c.background}; }}
        QProgressBar {{ border: {line}px solid {c.border}; border-radius: {radius}px;
            background: {c.background}; max-height: {self.mm(4)}px; }}
        QProgressBar::chunk {{ background: {c.primary}; }}
        QWidget#idle-card {{ border: {self.mm(1)}px solid {c.text}; }}
        """
