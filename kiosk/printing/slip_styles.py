"""The slip's fonts, paper sizes and paragraph styles: what every PDF the kiosk draws
shares (the slip, the clinical sign-off pack, the translators' pack)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.errors import ContentError
from kiosk.resources import SLIP_FONTS

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_FILES = MappingProxyType(dict(zip((REGULAR, BOLD), SLIP_FONTS, strict=True)))


def register_fonts(fonts_dir: Path) -> None:
    """Register the bundled fonts once per process (ReportLab's registry is global), for
    the slip and every other PDF the kiosk draws."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FONT_FILES.items():
        path = fonts_dir / file_name
        if name not in registered and not path.is_file():
            raise ContentError(f"{path}: font missing (the slip needs it)")
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


@dataclass(frozen=True)
class Paper:
    width: float
    height: float | None  # None: a roll, the page is as long as its content
    margin_x: float
    margin_y: float
    scale: float  # type size relative to the receipt's
    qr_size: float


PAPERS: Mapping[str, Paper] = MappingProxyType(
    {
        "receipt80": Paper(80 * mm, None, 4 * mm, 4 * mm, 1.0, 20 * mm),  # the head prints 72 mm
        "a4": Paper(A4[0], A4[1], 15 * mm, 15 * mm, 1.3, 28 * mm),
        "a5": Paper(A5[0], A5[1], 10 * mm, 10 * mm, 1.1, 22 * mm),
    }
)


def slip_styles(paper: Paper) -> dict[str, ParagraphStyle]:
    """The slip's paragraph styles for `paper`: each also shaped (Arabic typed in a
    line) and read from the right (an Arabic staff language)."""
    scale, indent = paper.scale, 4 * mm * paper.scale

    def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            **{
                "fontName": BOLD if bold else REGULAR,
                "fontSize": size * scale,
                "leading": size * scale * 1.22,
                "textColor": colors.black,
                "splitLongWords": 1,
                **extra,
            },
        )  # a long unbroken name still wraps

    styles = {
        "hospital": style("hospital", 11, bold=True, alignment=TA_CENTER),
        "department": style("department", 9, alignment=TA_CENTER, spaceAfter=3 * scale),
        "title": style("title", 10, bold=True, alignment=TA_CENTER, spaceAfter=5 * scale),
        "label": style("label", 8),
        "reference": style("reference", 22, bold=True, leading=26 * scale),
        "name": style("name", 12, spaceAfter=1 * scale),
        # Arabic letters join (HarfBuzz, through uharfbuzz); only where a name needs
        # it, since shaping Latin text would also draw "st" and "fi" as ligatures.
        "name_shaped": style("name_shaped", 12, spaceAfter=1 * scale, shaping=1),
        "body": style("body", 9, spaceAfter=1 * scale),
        "small": style("small", 7.5, spaceAfter=5 * scale),
        "band": style("band", 10.5, bold=True, textColor=colors.white),
        "all_no": style("all_no", 10.5, bold=True),
        "heading": style("heading", 10.5, bold=True, spaceBefore=6 * scale),
        "answer0": style("answer0", 9),
        "flag0": style("flag0", 11, bold=True, spaceAfter=1 * scale),
    }
    for depth in (1, 2):  # follow-ups, and theirs
        styles[f"answer{depth}"] = style(f"answer{depth}", 9, leftIndent=indent * depth)
        styles[f"flag{depth}"] = style(f"flag{depth}", 9, bold=True, leftIndent=indent * depth)
    for name in [name for name in styles if name.startswith(("answer", "flag"))]:
        # typed in Arabic: joined letters (shaping a Latin line would draw ligatures)
        styles[f"{name}_shaped"] = ParagraphStyle(f"{name}_shaped", styles[name], shaping=1)
    for name in [name for name in styles if not name.endswith("_shaped")]:
        # a staff language read from the right: joined letters, from the right edge,
        # a follow-up indented from the right
        base = styles[name]
        styles[f"{name}_rtl"] = ParagraphStyle(
            f"{name}_rtl",
            base,
            shaping=1,
            alignment=TA_CENTER if base.alignment == TA_CENTER else TA_RIGHT,
            leftIndent=0,
            rightIndent=base.leftIndent,
        )
    return styles
