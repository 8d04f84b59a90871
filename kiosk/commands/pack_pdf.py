"""What the two packs (the clinical sign-off pack and the translators' review pack) draw
alike: tables in the slip's embedded fonts."""

from __future__ import annotations

from typing import Any

from reportlab.platypus.tables import Table, TableStyle

from kiosk.printing.slip import REGULAR


def grid_table(
    rows: list[list[Any]],
    widths: list[float],
    commands: list[Any],
    *,
    padding: float = 0,
    space_before: float = 0,
    repeat_rows: int = 0,
    heights: list[float] | None = None,
) -> Table:
    """A table of `rows`, top-aligned, `padding` on every side of each cell, then the
    table style `commands`; its header rows (`repeat_rows`) repeated on each page."""
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=repeat_rows,
        spaceBefore=space_before,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # a cell otherwise selects Helvetica, which would be embedded too
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                *(
                    (side, (0, 0), (-1, -1), padding)
                    for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                ),
                *commands,
            ]
        )
    )
    return table
