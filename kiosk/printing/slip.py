"""The summary slip reception reads: a PDF for an 80 mm receipt printer, or A5 / A4 paper.

Built in small steps a subclass may override (fonts, styles, story, page), in the manner
of pretix's invoice renderer. Every text is escaped before it reaches ReportLab, so a
name prints exactly as typed, never as markup. On a receipt everything is pure black on
white (a thermal head cannot print grey) and the page is exactly as long as its content.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from io import BytesIO
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.flowables import Flowable, HRFlowable
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import Table, TableStyle

from kiosk.content.casing import upper
from kiosk.content.locales import Language
from kiosk.content.questionnaire import Group, Questionnaire
from kiosk.patient.clinical import ClinicalSummary, Line, Record
from kiosk.patient.declaration import Declaration
from kiosk.printing.printers import SlipPdf
from kiosk.printing.slip_parts import (
    QrCode,
    broken_for_the_right,
    drawing_order,
    drawing_positions,
    has_right_to_left,
    is_right_to_left,
    mirrored_brackets,
    text,
    visual_order,
)
from kiosk.printing.slip_styles import BOLD as BOLD
from kiosk.printing.slip_styles import PAPERS, slip_styles
from kiosk.printing.slip_styles import REGULAR as REGULAR
from kiosk.printing.slip_styles import register_fonts as register_fonts

BOX_LINE = 2.5  # pt: the box of a flagged answer, visible from across the desk
DATE, DATE_TIME = "%d/%m/%Y", "%d/%m/%Y %H:%M"
DASH = " \u2014 "  # between a drug and each of its answers
# The line under the identity, by how it was obtained (Declaration.identity_source).
IDENTITY_LINES = MappingProxyType({"typed": "unverified", "card": "card_read"})
# A piece of a line and how it is printed: "" plain, "b" bold, "mark" the attention word
# white on black.
Piece = tuple[str, str]


def drawn(value: str) -> str:
    """Words typed in a right-to-left script, inside a left-to-right line, in the order
    ReportLab must draw them (it shapes each word but lays words out left to right)."""
    return " ".join(drawing_order(value.split(" "), False)) if has_right_to_left(value) else value


class SlipRenderer:
    def __init__(
        self,
        questionnaire: Questionnaire,
        staff: Language,
        hospital_name: str,
        department_name: str,
        paper: str,
        fonts_dir: Path,
        patient_language_name: Callable[[str], str],
        zone: tzinfo | None = None,
    ) -> None:
        if paper not in PAPERS:
            raise ValueError(f"paper {paper!r}: expected one of {sorted(PAPERS)}")
        self.questionnaire, self.staff = questionnaire, staff
        self.hospital_name, self.department_name = hospital_name, department_name
        self.paper, self.paper_name, self.fonts_dir = PAPERS[paper], paper, fonts_dir
        self.patient_language_name = patient_language_name
        # The words of every answer, shared with staff mode, `show` and `export`.
        self.clinical = ClinicalSummary(questionnaire, staff, zone)
        self.width = self.paper.width - 2 * self.paper.margin_x
        self.register_fonts()
        self.styles = self.build_styles()

    # ---- fonts and styles, once per renderer ---------------------------------------------

    def register_fonts(self) -> None:
        register_fonts(self.fonts_dir)

    def build_styles(self) -> dict[str, ParagraphStyle]:
        return slip_styles(self.paper)

    # ---- a line read from the right --------------------------------------------------------

    def para(self, pieces: list[Piece], style: str, inset: float = 0) -> Paragraph:
        """A paragraph of `pieces`. In a staff language read from the right, ReportLab
        (which lays words out left to right and has no Unicode bidi) is given each line
        already broken and its words in drawing order, its letters joined (HarfBuzz);
        numbers and Latin words keep their own order. `inset`: the room the paragraph's
        box takes from the width."""
        if not self.staff.rtl:
            return Paragraph(
                " ".join(self.marked(text(v), k) for v, k in pieces), self.styles[style]
            )
        shown = self.styles[f"{style}_rtl"]
        room = self.width - inset - shown.leftIndent - shown.rightIndent
        lines = broken_for_the_right(pieces, room, shown.fontName, shown.fontSize)
        drawn = (
            " ".join(self.marked(text(mirrored_brackets(line[at][0])), line[at][1]) for at in order)
            for line in lines
            for order in [drawing_positions([value for value, _ in line], True)]
        )
        return Paragraph("<br/>".join(drawn), shown)

    def marked(self, markup: str, kind: str) -> str:
        if kind == "b":
            return f"<b>{markup}</b>"
        if kind == "mark":
            return f'<font color="white" backColor="black">\u00a0{markup}\u00a0</font>'
        return markup

    # ---- the story, top to bottom --------------------------------------------------------

    def story(self, declaration: Declaration, reference: str) -> list[Flowable]:
        # The words as made for a stored declaration, whatever the files say now.
        record = self.clinical.record(declaration)
        return [
            *self.header(declaration),
            self.reference_block(reference),
            *self.identity(declaration, record),
            *self.summary(record),
            *self.section(record, Group.DECLARATION, "declarations"),
            *self.section(record, Group.PRACTICAL, "other_answers"),
            *self.not_asked_now(record),
        ]

    def not_asked_now(self, record: Record) -> list[Flowable]:
        """What a declaration made with an earlier questionnaire holds that it did not
        ask: printed as stored rather than lost from a reprint."""
        lines = record.earlier
        if not lines:
            return []
        heading = self.para([(self.staff.slip_text("earlier_version"), "")], "heading")
        return [heading, *(self.line(line) for line in lines)]

    def header(self, declaration: Declaration) -> list[Flowable]:
        created = self.clinical.local(declaration.submitted_at)  # the kiosk's time zone
        return [
            self.para([(self.hospital_name, "")], "hospital"),
            self.para([(self.department_name, "")], "department"),
            self.para([(self.staff.slip_text("title"), "")], "title"),
            self.labelled(self.staff.slip_text("created"), created.strftime(DATE_TIME)),
        ]

    def reference_block(self, reference: str) -> Flowable:
        left = [
            self.para([(self.staff.slip_text("reference"), "")], "label", self.paper.qr_size),
            Paragraph(text(reference), self.styles["reference"]),
        ]
        size = self.paper.qr_size
        if self.staff.rtl:  # read from the right: the reference first, the code after it
            return self.box(
                [[self.qr_code(reference), left]],
                [size, self.width - size],
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "LEFT")],
            )
        return self.box(
            [[left, self.qr_code(reference)]],
            [self.width - size, size],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
        )

    def qr_code(self, reference: str) -> QrCode:
        """The reference only: the code must carry no health data."""
        return QrCode(reference, self.paper.qr_size)

    def identity(self, declaration: Declaration, record: Record) -> list[Flowable]:
        slip = self.staff.slip_text
        capitals = upper(declaration.last_name, declaration.language)  # Turkish "DEMİR"
        last = f"<b>{text(visual_order(capitals))}</b>"
        first = text(visual_order(declaration.first_name))
        # A name written right to left reads from the right: last name, then first name.
        rtl = is_right_to_left(declaration.last_name) and is_right_to_left(declaration.first_name)
        name = f"{first} {last}" if rtl else f"{last} {first}"
        has_rtl = has_right_to_left(declaration.last_name + declaration.first_name)
        born = declaration.birth_date
        age = record.age
        about = [  # who filled it in; a child's weight (ATTENTION when not known)
            self.line(line) if line.flagged else self.labelled(line.label, line.value)
            for lines in record.section(Group.ABOUT)
            for line in lines
        ]
        shown_name = (
            self.para([(capitals, "b"), (declaration.first_name, "")], "name")
            if self.staff.rtl
            else Paragraph(name, self.styles["name_shaped" if has_rtl else "name"])
        )
        return [
            self.para([(slip("patient"), "")], "label"),
            shown_name,
            self.labelled(slip("birth_date"), f"{born.strftime(DATE)} ({age})"),
            *about,
            self.labelled(slip("language"), self.patient_language_name(declaration.language)),
            # Typed: not verified; read from the eID card and confirmed: said so.
            self.para([(slip(IDENTITY_LINES[declaration.identity_source]), "")], "small"),
        ]

    def summary(self, record: Record) -> list[Flowable]:
        """Inverted band when anything is flagged; a plain line when none of the six
        applies (counting only what applied)."""
        if count := record.flag_count:
            summary = self.staff.slip_count("flag_summary", count, count=count)
            band = self.para([(summary, "")], "band", 4 * mm)
            return [
                self.box(
                    [[band]],
                    [self.width],
                    [("BACKGROUND", (0, 0), (-1, -1), colors.black)],
                    padding=2 * mm,
                )
            ]
        if all_no := record.all_no:
            return [self.para([(all_no, "")], "all_no")]
        return []

    def section(self, record: Record, group: Group, heading_key: str) -> list[Flowable]:
        blocks = [self.question_block(lines) for lines in record.section(group)]
        if not blocks:
            return []
        rule = HRFlowable(
            width="100%",
            thickness=1.5,
            color=colors.black,
            lineCap="butt",
            spaceBefore=0,
            spaceAfter=3 * self.paper.scale,
        )
        return [
            self.para([(self.staff.slip_text(heading_key), "")], "heading"),
            rule,
            *blocks,
        ]

    def question_block(self, lines: tuple[Line, ...]) -> Flowable:
        """The question and its follow-ups, in a thick box when any of them is flagged."""
        cell = [self.line(line) for line in lines]
        if not any(line.flagged for line in lines):
            return self.box([[cell]], [self.width], [])
        # a box line is centred on the cell edge: narrow the cell so the line stays inside
        return self.box(
            [[cell]],
            [self.width - BOX_LINE],
            [("BOX", (0, 0), (-1, -1), BOX_LINE, colors.black)],
            padding=1.5 * mm,
            space_after=4,
        )

    def line(self, line: Line) -> Paragraph:
        """ "Title: answer"; a drug or an allergen with each of its answers in bold. What
        the patient typed in Arabic is shaped and its words put in drawing order, as a
        name is."""
        style = f"{'flag' if line.flagged else 'answer'}{min(line.depth, 2)}"
        if self.staff.rtl:
            pieces = (
                [(f"{line.label}:", ""), (line.value, "")]
                if line.value or not line.details
                else [(line.label, "b")]
            )
            for title, answer in line.details:
                pieces += [(DASH.strip(), ""), (f"{title}:", ""), (answer, "b")]
            if line.attention:
                pieces.insert(0, (self.staff.slip_text("attention"), "mark"))
            return self.para(pieces, style, 3 * mm + BOX_LINE)
        label, value = drawn(line.label), drawn(line.value)
        shown = (
            f"{text(label)}: {text(value)}"
            if value or not line.details
            else f"<b>{text(label)}</b>"
        )
        for title, answer in line.details:
            shown += f"{DASH}{text(title)}: <b>{text(drawn(answer))}</b>"
        if line.attention:  # the reason this block is boxed
            word = text(self.staff.slip_text("attention"))
            shown = f'<font color="white" backColor="black">\u00a0{word}\u00a0</font> {shown}'
        right_to_left = any(map(has_right_to_left, (label, value, *dict(line.details).values())))
        return Paragraph(shown, self.styles[f"{style}_shaped" if right_to_left else style])

    def labelled(self, label: str, value: str) -> Paragraph:
        return self.para([(f"{label}:", ""), (value, "b")], "body")

    def box(
        self,
        rows: list[list[Any]],
        widths: list[float],
        commands: list[Any],
        padding: float = 0,
        space_after: float = 3,
    ) -> Table:
        table = Table(rows, colWidths=widths, spaceAfter=space_after * self.paper.scale)
        # FONTNAME: a cell otherwise selects Helvetica, which would then be embedded too
        table.setStyle(
            TableStyle(
                [
                    *commands,
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    *(
                        (side, (0, 0), (-1, -1), padding)
                        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                    ),
                ]
            )
        )
        return table

    # ---- the page --------------------------------------------------------------------------

    def content_height(self, story: list[Flowable]) -> float:
        """The height the frame will use (it overlaps space after with space before)."""
        height, after = 0.0, None
        for flowable in story:
            height += flowable.wrap(self.width, 1e6)[1]
            if after is not None:
                before = flowable.getSpaceBefore()
                height += max(after, before) if rl_config.overlapAttachedSpace else after + before
            after = flowable.getSpaceAfter()
        return height

    def page_size(self, story: list[Flowable]) -> tuple[float, float]:
        if self.paper.height is not None:
            return self.paper.width, self.paper.height
        # 1 pt of slack against rounding: a second page would be a second, blank slip
        return self.paper.width, self.content_height(story) + 2 * self.paper.margin_y + 1

    def decorate_page(self, canvas: Any, document: Any, reference: str) -> None:
        """A4 pages carry the reference and page number at the foot; a receipt has no room."""
        if self.paper.height is not None:
            canvas.setFont(REGULAR, 8)
            canvas.drawRightString(
                self.paper.width - self.paper.margin_x,
                self.paper.margin_y / 2,
                f"{reference} · {document.page}",
            )

    def render(self, declaration: Declaration, reference: str) -> SlipPdf:
        return self.build(self.story(declaration, reference), reference)

    def render_test_page(self, printed_at: datetime, where: str) -> SlipPdf:
        """A page that shows the printer works, and cannot be taken for a patient's slip."""
        styles = self.styles
        story: list[Flowable] = [
            Paragraph(text(self.hospital_name), styles["hospital"]),
            Paragraph(text(self.department_name), styles["department"]),
            Paragraph("TEST", styles["reference"]),
            Paragraph(text(f"{printed_at:%d/%m/%Y %H:%M} · {where}"), styles["body"]),
            Paragraph("ÀÉÈÇ Ëë Ññ Ø ß · العربية · 0123456789", styles["name_shaped"]),
        ]
        return self.build(story, "TEST")

    def build(self, story: list[Flowable], reference: str) -> SlipPdf:
        """The PDF, with the paper and page size it was drawn on (what CUPS is asked for)."""
        width, height = self.page_size(story)
        buffer = BytesIO()
        document = BaseDocTemplate(  # metadata: no patient data
            buffer,
            pagesize=(width, height),
            title=self.staff.slip_text("title"),
            author=self.hospital_name,
            creator="radiology-kiosk",
            initialFontName=REGULAR,
        )
        frame = Frame(
            self.paper.margin_x,
            self.paper.margin_y,
            self.width,
            height - 2 * self.paper.margin_y,
            id="slip",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates(
            [
                PageTemplate(
                    id="slip",
                    frames=[frame],
                    pagesize=(width, height),
                    onPage=lambda canvas, doc: self.decorate_page(canvas, doc, reference),
                )
            ]
        )
        document.build(story)
        return SlipPdf(buffer.getvalue(), self.paper_name, (width / mm, height / mm))
