"""The clinical sign-off pack as a PDF: `python main.py questionnaire --review-pack FILE`.

Clinicians read and sign it before a questionnaire goes live: every question in the order
asked with the patient's and the slip's words, flags, rules, the slip's fixed wordings,
and a signature block (what it says is `kiosk/commands/review_pack_content.py`). A4, ReportLab
platypus, the slip's bundled fonts; every text escaped before it reaches ReportLab. Pages
are numbered "page N of M" so a missing page shows on a signed copy.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.doctemplate import BaseDocTemplate, Indenter, PageTemplate
from reportlab.platypus.flowables import Flowable, HRFlowable, KeepTogether, Spacer
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import Table, TableStyle

from kiosk.commands.pack_pdf import grid_table
from kiosk.commands.review_pack_content import Entry, ReviewPack
from kiosk.printing.slip import BOLD, REGULAR, register_fonts
from kiosk.printing.slip_parts import (
    break_lines,
    drawing_order,
    has_right_to_left,
    shaped_width,
    starts_right_to_left,
    text,
)

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INDENT = 7 * mm  # per level of follow-up
GREY = colors.HexColor("#4d4d4d")  # 8:1 on white, still clearly "secondary" on paper
RULE_GREY = colors.HexColor("#9a9a9a")
FLAG_LINE = 1.8  # pt: the box around a flagged answer


class ReviewPackRenderer:
    def __init__(self, pack: ReviewPack, fonts_dir: Path) -> None:
        self.pack, self.words = pack, pack.words
        self.rtl = pack.language.rtl
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
            "hospital": style("hospital", 14, bold=True),
            "department": style("department", 11, spaceAfter=8),
            "title": style("title", 17, bold=True, spaceAfter=6),
            "intro": style("intro", 10, spaceAfter=8),
            "label": style("label", 8.5, textColor=GREY),
            "value": style("value", 9.5),
            "section": style("section", 13, bold=True, spaceBefore=10, spaceAfter=4),
            "question0": style("question0", 12, bold=True, spaceBefore=4),
            "question1": style("question1", 10.5, bold=True),
            "facts": style("facts", 8.5, textColor=GREY, spaceAfter=2),
            # when a follow-up is asked, what a typed answer accepts: a grey band
            "rule": style(
                "rule",
                9.5,
                leftIndent=4 * mm,
                firstLineIndent=-4 * mm,
                backColor=colors.HexColor("#ececec"),
                borderPadding=(1.5, 2, 1.5, 2),
                spaceBefore=2,
                spaceAfter=3,
            ),
            "head": style("head", 8, bold=True, textColor=GREY),
            "cell": style("cell", 9),
            "cell_bold": style("cell_bold", 9, bold=True),
            "note": style("note", 8),
            "id": style("id", 7.5, textColor=GREY),
            "signature": style("signature", 9.5, textColor=GREY),
            "legend": style("legend", 9.5, spaceBefore=4),
        }

    # ---- the story -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        pack, words, styles = self.pack, self.words, self.styles
        story: list[Flowable] = [
            self.para(pack.hospital, "hospital", WIDTH),
            self.para(pack.department, "department", WIDTH),
            Paragraph(text(words.title), styles["title"]),
            Paragraph(text(words.intro), styles["intro"]),
            self.header_table(),
            self.para(
                words.flag_legend.format(attention=pack.attention),
                "legend",
                WIDTH,
                lead=self.attention_tag(),
            ),
            Paragraph(text(words.questions), styles["section"]),
        ]
        for entry in pack.entries:
            story += self.entry(entry)
        story += self.slip_wordings()
        story.append(self.sign_off())
        return story

    def header_table(self) -> Table:
        rows = [
            [Paragraph(text(label), self.styles["label"]), self.multiline(value, "value")]
            for label, value in self.pack.header
        ]
        return grid_table(rows, [45 * mm, WIDTH - 45 * mm], [], padding=1.5)

    def entry(self, entry: Entry) -> list[Flowable]:
        styles = self.styles
        width = WIDTH - entry.depth * INDENT
        level = "question0" if entry.depth == 0 else "question1"
        heading_style = self.style(level, entry.title, right=False)
        heading, facts = f"{text(entry.number)}\u2003{self.inline(entry.title)}", entry.facts
        if heading_style is styles[level]:
            heading += f'\u2003<font name="{REGULAR}" size="8" color="#4d4d4d">'
            heading += f"{text(entry.question_id)}</font>"
        else:  # a shaped line would draw the id's "st" and "fi" as ligatures
            facts = f"{entry.question_id} · {facts}"
        block: list[Flowable] = []
        if entry.depth == 0:
            block.append(HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=3))
        block += [Paragraph(heading, heading_style), Paragraph(text(facts), styles["facts"])]
        block += [self.para(rule, "rule", width, lead="<b>\u21b3</b>") for rule in entry.rules]
        label_width = 42 * mm
        block.append(
            grid_table(
                [
                    [
                        Paragraph(text(label), styles["label"]),
                        self.para(value, "cell", width - label_width),
                    ]
                    for label, value in entry.wording
                ],
                [label_width, width - label_width],
                [],
                padding=1.5,
                space_before=3,
            )
        )
        block.append(self.options_table(entry, width))
        return [
            Indenter(left=entry.depth * INDENT),
            KeepTogether(block),
            Indenter(left=-entry.depth * INDENT),
            Spacer(0, 6),
        ]

    def options_table(self, entry: Entry, width: float) -> Table:
        styles, words = self.styles, self.words
        widths = [width * share for share in (0.15, 0.31, 0.33, 0.21)]
        rows: list[list[Any]] = [
            [
                Paragraph(text(head), styles["head"])
                for head in (words.answer, words.patient_reads, words.slip_prints, words.notes)
            ]
        ]
        commands: list[Any] = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ]
        for number, row in enumerate(entry.options, start=1):
            tag = self.attention_tag() if row.flag else ""
            if row.flag:
                commands.append(("BOX", (0, number), (-1, number), FLAG_LINE, colors.black))
            rows.append(
                [
                    Paragraph(text(row.option), styles["id"]),
                    self.para(row.patient, "cell", widths[1]),
                    self.para(row.staff, "cell_bold" if row.flag else "cell", widths[2], lead=tag),
                    [self.para(note, "note", widths[3]) for note in row.notes],
                ]
            )
        return grid_table(rows, widths, commands, padding=2.5, space_before=4, repeat_rows=1)

    def slip_wordings(self) -> list[Flowable]:
        pack, styles = self.pack, self.styles
        rows = [
            [
                [Paragraph(text(when), styles["label"]), Paragraph(text(key), styles["id"])],
                self.para(value, "cell", WIDTH * 0.6),
            ]
            for key, when, value in pack.slip_wordings
        ]
        commands = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY)]
        return [
            Paragraph(text(self.words.slip_heading), styles["section"]),
            Paragraph(text(self.words.slip_intro.format(file=pack.slip_source)), styles["facts"]),
            grid_table(rows, [WIDTH * 0.4, WIDTH * 0.6], commands, padding=2.5),
        ]

    def sign_off(self) -> Flowable:
        words, styles = self.words, self.styles
        label, line, gap = 22 * mm, (WIDTH - 2 * 22 * mm - 10 * mm) / 2, 10 * mm
        rows, commands = [], []
        for number, name in enumerate((words.name, words.role, words.date, words.signature)):
            cell = Paragraph(text(name), styles["signature"])
            rows.append([cell, "", "", cell, ""])
            for column in (1, 4):
                commands.append(
                    ("LINEBELOW", (column, number), (column, number), 0.8, colors.black)
                )
        heights = [11 * mm, 11 * mm, 11 * mm, 24 * mm]
        table = grid_table(rows, [label, line, gap, label, line], commands, heights=heights)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return KeepTogether(
            [
                Paragraph(text(words.sign_off), styles["section"]),
                Paragraph(text(words.sign_off_text), styles["intro"]),
                table,
            ]
        )

    # ---- pieces ----------------------------------------------------------------------------

    def attention_tag(self) -> str:
        """As the slip marks an answer not to miss: the word, white on black."""
        word = text(self.pack.attention)
        return f'<font name="{BOLD}" color="white" backColor="black">\u00a0{word}\u00a0</font>'

    def multiline(self, value: str, style: str) -> Paragraph:
        return Paragraph("<br/>".join(text(line) for line in value.split("\n")), self.styles[style])

    def para(self, value: str, style: str, width: float, lead: str = "") -> Paragraph:
        """A text made safe for ReportLab's markup, after `lead` (markup). In a
        right-to-left language, its lines are broken here and each line's words put in
        drawing order (ReportLab lays words out left to right; its own bidi needs
        `rlbidi`, which is not on PyPI), and its letters joined (HarfBuzz)."""
        if not (self.rtl and has_right_to_left(value)):
            return Paragraph(f"{lead} {text(value)}" if lead else text(value), self.styles[style])
        base, reads_from_right = self.styles[style], starts_right_to_left(value)
        taken = stringWidth(f"  {self.pack.attention}  ", BOLD, base.fontSize) if lead else 0
        usable = width - base.leftIndent - 6  # the cell's padding
        lines = [
            text(" ".join(drawing_order(line, reads_from_right)))
            for line in break_lines(
                value.split(),
                lambda line: shaped_width(line, base.fontName, base.fontSize),
                usable,
                taken,
            )
        ]
        if lead:  # where the line starts: on the right of a right-to-left one
            lines[0] = f"{lines[0]} {lead}" if reads_from_right else f"{lead} {lines[0]}"
        return Paragraph("<br/>".join(lines), self.style(style, value))

    def inline(self, value: str) -> str:
        """A short text on one line (a title), its words in drawing order if need be."""
        if not (self.rtl and has_right_to_left(value)):
            return text(value)
        return text(" ".join(drawing_order(value.split(), starts_right_to_left(value))))

    def style(self, name: str, value: str, right: bool = True) -> ParagraphStyle:
        """The style for `value`: shaped, and right aligned if it reads from the right,
        when it holds right-to-left letters (shaping Latin would draw "fi" as a ligature)."""
        if not (self.rtl and has_right_to_left(value)):
            return self.styles[name]
        right = right and starts_right_to_left(value)
        key = f"{name}-shaped{'-right' if right else ''}"
        if key not in self.styles:
            base = self.styles[name]
            alignment = TA_RIGHT if right else base.alignment
            self.styles[key] = ParagraphStyle(key, parent=base, shaping=1, alignment=alignment)
        return self.styles[key]

    # ---- the document ----------------------------------------------------------------------

    def render(self) -> bytes:
        """Built twice: the first build counts the pages the footer then names."""
        pages = self.build(None)[1]
        return self.build(pages)[0]

    def build(self, pages: int | None) -> tuple[bytes, int]:
        buffer = BytesIO()
        document = BaseDocTemplate(
            buffer,
            pagesize=A4,
            title=self.words.title,
            subject=f"{self.pack.version} ({self.pack.language.code})",
            author=self.pack.hospital,
            creator="radiology-kiosk",
            initialFontName=REGULAR,
        )
        frame = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN, id="pack")
        document.addPageTemplates(
            [PageTemplate(id="pack", frames=[frame], onPage=lambda c, d: self.footer(c, d, pages))]
        )
        document.build(self.story())
        return buffer.getvalue(), document.page

    def footer(self, canvas: Any, document: Any, pages: int | None) -> None:
        words = self.words
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, MARGIN / 2, f"{self.pack.hospital} · {self.pack.department}")
        canvas.drawRightString(
            A4[0] - MARGIN,
            MARGIN / 2,
            words.page.format(
                version=self.pack.version,
                language=self.pack.language.code,
                page=document.page,
                pages=pages or "…",
            ),
        )
        canvas.restoreState()
