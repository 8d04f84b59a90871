"""The translators' review pack as a PDF: `python main.py translation-pack --language CODE`.

Every text of the kiosk in French, English and one language, side by side in three
columns with where each is used (what it lists is
`kiosk/commands/translation_pack_content.py`), then a sign-off block for the translator
and how to record the review. A4 landscape, ReportLab platypus, the slip's bundled
DejaVu fonts (Latin, Turkish, Romanian and Arabic letters); an Arabic text is shaped
(HarfBuzz), broken into lines and right-aligned in its column as the slip does. Pages are
numbered "page N of M" so a missing page shows on a signed copy.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.flowables import Flowable, KeepTogether, PageBreak, Spacer
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import Table, TableStyle

from kiosk.commands.pack_pdf import grid_table
from kiosk.commands.translation_pack_content import Row, Section, TranslationPack
from kiosk.printing.slip import BOLD, REGULAR, register_fonts
from kiosk.printing.slip_parts import (
    break_lines,
    drawing_order,
    has_right_to_left,
    plain,
    shaped_width,
    starts_right_to_left,
    text,
)

PAGE = landscape(A4)
MARGIN = 14 * mm
WIDTH = PAGE[0] - 2 * MARGIN
WHERE = 52 * mm  # the "where used" column; the three languages share the rest
COLUMN = (WIDTH - WHERE) / 3
PADDING = 3
GREY = colors.HexColor("#4d4d4d")
RULE_GREY = colors.HexColor("#9a9a9a")
TITLE = "Translation review pack"


def record_command(code: str) -> str:
    """How the review is recorded once signed (README, docs/adding-a-language.md)."""
    return f'python main.py language-reviewed --language {code} --by "<name>" --on <YYYY-MM-DD>'


class TranslationPackRenderer:
    def __init__(self, pack: TranslationPack, fonts_dir: Path) -> None:
        self.pack = pack
        register_fonts(fonts_dir)
        self.styles = self.build_styles()

    def build_styles(self) -> dict[str, ParagraphStyle]:
        def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
            settings: dict[str, Any] = {
                "fontName": BOLD if bold else REGULAR,
                "fontSize": size,
                "leading": size * 1.3,
                "splitLongWords": 1,
            }
            return ParagraphStyle(name, **{**settings, **extra})

        return {
            "hospital": style("hospital", 13, bold=True),
            "title": style("title", 17, bold=True, spaceBefore=4, spaceAfter=6),
            "intro": style("intro", 9.5, spaceAfter=5),
            "label": style("label", 8.5, textColor=GREY),
            "value": style("value", 9.5),
            "section": style("section", 13, bold=True, spaceBefore=8, spaceAfter=2),
            "files": style("files", 8.5, textColor=GREY, spaceAfter=4),
            "head": style("head", 8.5, bold=True),
            "where": style("where", 7.5, textColor=GREY),
            "cell": style("cell", 9),
            "signature": style("signature", 9.5, textColor=GREY),
            "command": style("command", 9.5, fontName=BOLD, spaceBefore=2, spaceAfter=4),
        }

    # ---- the story -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        pack, styles = self.pack, self.styles
        story: list[Flowable] = [
            Paragraph(text(f"{pack.hospital} · {pack.department}"), styles["hospital"]),
            *self.para(f"{TITLE}: {pack.name} ({pack.code})", "title", WIDTH),
            *(Paragraph(text(line), styles["intro"]) for line in self.intro()),
            self.header_table(),
        ]
        for section in pack.sections:
            story += self.section(section)
        story += [PageBreak(), self.sign_off()]
        return story

    def intro(self) -> list[str]:
        name = f"{self.pack.name} ({self.pack.code})"
        return [
            f"For a qualified translator: every text of the kiosk, in French (the source, "
            f"written by the hospital), in English and in {name}, one text per row, with "
            "where the patient or the staff read it.",
            f"Please check that each {name} text says what the French text says, in the "
            "plain words of the other languages, with the glossary's terms (first section) "
            "wherever their notion appears. Words in {braces} and %n are filled in by the "
            "kiosk: keep them. A counted text has one row per form the number takes in "
            f"{name}. Write any correction beside its row, then sign the last page.",
        ]

    def header_table(self) -> Table:
        review = self.pack.review
        state = f"yes, {review.describe()}" if review.reviewed else "NO: not reviewed yet"
        rows = [
            ("Language", f"{self.pack.name} ({self.pack.code})"),
            ("Printed on", f"{self.pack.printed_at:%d/%m/%Y %H:%M}"),
            ("Texts", f"{sum(len(section.rows) for section in self.pack.sections)} rows"),
            ("Reviewed by a qualified translator", state),
        ]
        cells = [
            [Paragraph(text(label), self.styles["label"]), self.para(value, "value", WIDTH)]
            for label, value in rows
        ]
        return grid_table(cells, [60 * mm, WIDTH - 60 * mm], [], padding=1.5)

    def section(self, section: Section) -> list[Flowable]:
        styles = self.styles
        heads = [
            "Where it is used",
            "Français (source)",
            "English",
            f"{self.pack.name} ({self.pack.code})",
        ]
        rows: list[list[Any]] = [[self.para(head, "head", COLUMN) for head in heads]]
        rows += [self.row(row) for row in section.rows]
        commands = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE_GREY),
        ]
        return [
            KeepTogether(
                [
                    Paragraph(text(section.title), styles["section"]),
                    Paragraph(text(f"Texts of {section.files}"), styles["files"]),
                ]
            ),
            grid_table(
                rows, [WHERE, COLUMN, COLUMN, COLUMN], commands, padding=PADDING, repeat_rows=1
            ),
        ]

    def row(self, row: Row) -> list[Any]:
        return [
            Paragraph(text(row.where), self.styles["where"]),
            self.para(row.french, "cell", COLUMN),
            self.para(row.english, "cell", COLUMN),
            self.para(row.other, "cell", COLUMN),
        ]

    def sign_off(self) -> Flowable:
        styles, code = self.styles, self.pack.code
        name = f"{self.pack.name} ({code})"
        label, line, gap = 32 * mm, (WIDTH - 2 * 32 * mm - 14 * mm) / 2, 14 * mm
        fields = ("Reviewer's name", "Qualification", "Date", "Signature")
        rows, commands = [], []
        for number, field in enumerate(fields):
            rows.append([Paragraph(text(field), styles["signature"]), "", "", "", ""])
            commands.append(("LINEBELOW", (1, number), (1, number), 0.8, colors.black))
        rows[0][3] = Paragraph(text("Hospital contact"), styles["signature"])
        rows[2][3] = Paragraph(text("Recorded on"), styles["signature"])
        for number in (0, 2):
            commands.append(("LINEBELOW", (4, number), (4, number), 0.8, colors.black))
        heights = [12 * mm, 12 * mm, 12 * mm, 26 * mm]
        table = grid_table(rows, [label, line, gap, label, line], commands, heights=heights)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return KeepTogether(
            [
                Paragraph(text("Sign-off by the translator"), styles["section"]),
                Paragraph(
                    text(
                        f"I have reviewed every {name} text of this pack against the French "
                        "source; the corrections I asked for are written beside their rows "
                        "(none if none)."
                    ),
                    styles["intro"],
                ),
                table,
                Spacer(0, 8 * mm),
                Paragraph(text("Recording the review (IT)"), styles["section"]),
                Paragraph(
                    text(
                        "Once the corrections are made in the files named at each section, "
                        "and the translator has signed, record the review on the kiosk PC "
                        "with the translator's name and the date of the signature:"
                    ),
                    styles["intro"],
                ),
                Paragraph(text(record_command(code)), styles["command"]),
                Paragraph(
                    text(
                        f"It sets reviewed = true, reviewed_by and reviewed_on in "
                        f"resources/locales/{code}/language.toml (or the hospital's copy, "
                        "kiosk.resources_dir) and writes a line in the audit trail; "
                        "python main.py languages and doctor then show who reviewed "
                        f"{name} and when. Keep this signed copy with the hospital's records. "
                        "A text changed after the review needs a new review."
                    ),
                    styles["intro"],
                ),
            ]
        )

    # ---- pieces ----------------------------------------------------------------------------

    def para(self, value: str, style: str, width: float) -> list[Paragraph]:
        """A text made safe for ReportLab's markup. One with right-to-left letters is
        broken into lines here, each line's words put in drawing order (ReportLab lays
        words out left to right), its letters joined (HarfBuzz) and, when it reads from
        the right, aligned right."""
        if not has_right_to_left(value):
            return [Paragraph(text(value), self.styles[style])]
        base, reads_from_right = self.styles[style], starts_right_to_left(value)
        lines = [
            text(" ".join(drawing_order(line, reads_from_right)))
            for line in break_lines(
                plain(value).split(),
                lambda line: shaped_width(line, base.fontName, base.fontSize),
                width - 2 * PADDING - 2,
            )
        ]
        key = f"{style}-shaped{'-right' if reads_from_right else ''}"
        if key not in self.styles:
            alignment = TA_RIGHT if reads_from_right else base.alignment
            self.styles[key] = ParagraphStyle(key, parent=base, shaping=1, alignment=alignment)
        # one paragraph per line: ReportLab fails to draw a shaped line that starts with a
        # raised mark (the tanwin of "عادةً") after a <br/>
        return [Paragraph(line, self.styles[key]) for line in lines]

    # ---- the document ----------------------------------------------------------------------

    def render(self) -> bytes:
        """Built twice: the first build counts the pages the footer then names."""
        pages = self.build(None)[1]
        return self.build(pages)[0]

    def build(self, pages: int | None) -> tuple[bytes, int]:
        buffer = BytesIO()
        document = BaseDocTemplate(
            buffer,
            pagesize=PAGE,
            title=f"{TITLE}: {self.pack.name} ({self.pack.code})",
            author=self.pack.hospital,
            creator="radiology-kiosk",
            initialFontName=REGULAR,
        )
        frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN, id="pack")
        document.addPageTemplates(
            [PageTemplate(id="pack", frames=[frame], onPage=lambda c, d: self.footer(c, d, pages))]
        )
        document.build(self.story())
        return buffer.getvalue(), document.page

    def footer(self, canvas: Any, document: Any, pages: int | None) -> None:
        pack = self.pack
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(
            MARGIN, MARGIN / 2, f"{TITLE} · {pack.code} · {pack.printed_at:%d/%m/%Y %H:%M}"
        )
        canvas.drawRightString(
            PAGE[0] - MARGIN, MARGIN / 2, f"page {document.page} of {pages or '…'}"
        )
        canvas.restoreState()
