"""Sizes in millimetres of the real screen, colours and the stylesheet.

Touch targets are sized in millimetres from the screen's physical DPI (a primary
button is at least 15 mm high). In a development window smaller than a kiosk panel,
the whole layout is scaled down as if the window were the 21.5-inch panel, so it
still fits.
"""

from __future__ import annotations

from dataclasses import dataclass

# A 21.5-inch 16:9 panel, the usual kiosk screen: 476 x 268 mm.
PANEL_LONG_MM = 476.0
PANEL_SHORT_MM = 268.0
FALLBACK_DPI = 96.0

# Near-black on white (18:1); white on the action blue (10:1). No colour carries meaning
# alone: a chosen answer also gets a check mark and a thick border.
TEXT = "#111111"
BACKGROUND = "#ffffff"
SURFACE = "#eef2f7"
PRIMARY = "#0b3d91"
ON_PRIMARY = "#ffffff"
BORDER = "#1f2933"
MUTED_TEXT = "#3b4754"  # 9.5:1 on white
PROBLEM_TEXT = "#7a1500"  # dark brick, 10:1 on white: a message, not an alarm
DISABLED_TEXT = (
    "#333333"  # still 9:1: a disabled "Next" must be readable, its dashed border says it is off
)
DISABLED_BACKGROUND = "#dcdcdc"


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
    px_per_mm: float

    def mm(self, millimetres: float) -> int:
        return max(1, round(millimetres * self.px_per_mm))

    @property
    def button_height(self) -> int:
        return self.mm(16)

    @property
    def key_size(self) -> int:
        return self.mm(13)

    @property
    def gap(self) -> int:
        return self.mm(3)

    @property
    def body_px(self) -> int:  # about 5 mm cap height
        return self.mm(7)

    @property
    def title_px(self) -> int:
        return self.mm(10)

    @property
    def small_px(self) -> int:
        return self.mm(5.5)

    @property
    def pictogram_size(self) -> int:
        return self.mm(30)

    def stylesheet(self) -> str:
        border = self.mm(0.8)
        thick = self.mm(1.6)
        radius = self.mm(2.5)
        return f"""
        QWidget {{ color: {TEXT}; background: {BACKGROUND}; font-size: {self.body_px}px; }}
        QLabel[role="title"] {{ font-size: {self.title_px}px; font-weight: bold; }}
        QLabel[role="small"], QLabel[role="hint"] {{ font-size: {self.small_px}px;
            color: {MUTED_TEXT}; }}
        QLabel[role="problem"] {{ color: {PROBLEM_TEXT}; font-weight: bold; }}
        QWidget[role="header"], QWidget[role="header"] QLabel {{ background: {SURFACE}; }}
        QWidget[role="navigation"] {{ background: {SURFACE}; }}
        QPushButton {{ min-height: {self.button_height}px; padding: 0 {self.mm(4)}px;
            border: {border}px solid {BORDER}; border-radius: {radius}px;
            background: {BACKGROUND}; color: {TEXT}; }}
        QPushButton:pressed {{ background: {SURFACE}; border-width: {thick}px; }}
        QPushButton:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_BACKGROUND};
            border-style: dashed; }}
        QPushButton[role="primary"] {{ background: {PRIMARY}; color: {ON_PRIMARY};
            font-weight: bold; border-color: {PRIMARY}; }}
        QPushButton[role="primary"]:pressed {{ background: {TEXT}; }}
        QPushButton[role="primary"]:disabled {{ background: {DISABLED_BACKGROUND};
            color: {DISABLED_TEXT}; border-color: {DISABLED_TEXT}; }}
        QPushButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY};
            border: {thick}px solid {TEXT}; font-weight: bold; }}
        QPushButton[role="review-row"] {{ text-align: left; font-size: {self.small_px}px;
            min-height: {self.mm(12)}px; padding: {self.mm(1)}px {self.mm(3)}px; }}
        QPushButton[role="review-row"][rtl="true"] {{ text-align: right; }}
        QPushButton[role="key"] {{ min-height: {self.key_size}px; min-width: {self.key_size}px;
            padding: 0; }}
        QLineEdit, QLabel[role="field"] {{ min-height: {self.button_height}px;
            border: {thick}px solid {BORDER}; border-radius: {radius}px;
            padding: 0 {self.mm(3)}px; font-size: {self.title_px}px; background: {BACKGROUND}; }}
        QProgressBar {{ border: {border}px solid {BORDER}; border-radius: {radius}px;
            background: {BACKGROUND}; max-height: {self.mm(4)}px; }}
        QProgressBar::chunk {{ background: {PRIMARY}; }}
        """
