"""What the CUPS backend asks of the printer: the paper matches the slip, as the renderer
drew it."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.printing import cups
from kiosk.printing.cups import CupsPrinter, media_option
from kiosk.printing.printers import SlipPdf
from kiosk.printing.slip import SlipRenderer
from kiosk.resources import resource_path
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import content, questionnaire

POINTS_PER_MM = 72 / 25.4


def slip(paper: str, long: bool = False) -> SlipPdf:
    staff = content().language("fr")
    renderer = SlipRenderer(
        questionnaire(),
        staff,
        "Hôpital",
        "Radiologie",
        paper,
        resource_path("fonts"),
        lambda code: code,
    )
    longer = (
        {"allergy": "yes", "allergy_to": frozenset({"latex", "iodinated_contrast"})} if long else {}
    )
    return renderer.render(make_declaration(extra_answers=longer), "K7F-3QX")


def media_box_mm(pdf: bytes) -> tuple[float, float]:
    """The first page's size as the PDF itself says it (what the backend used to parse)."""
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width) / POINTS_PER_MM, float(box.height) / POINTS_PER_MM


@pytest.mark.parametrize("long", [False, True])
def test_a_receipt_asks_for_80_mm_paper_as_long_as_the_slip(long: bool) -> None:
    pdf = slip("receipt80", long)
    width, height = media_box_mm(pdf.data)
    assert round(width) == 80 and height > 100
    # The size handed over with the PDF is the PDF's own: the same option as when it
    # was read back out of the MediaBox.
    assert pdf.page_size_mm == pytest.approx((width, height), abs=0.01)
    assert media_option(pdf) == f"Custom.80x{round(height)}mm"


@pytest.mark.parametrize(
    ("paper", "media", "size"), [("a4", "A4", (210, 297)), ("a5", "A5", (148, 210))]
)
def test_sheets_ask_for_their_iso_size(paper: str, media: str, size: tuple[int, int]) -> None:
    pdf = slip(paper)
    measured = media_box_mm(pdf.data)
    assert (round(measured[0]), round(measured[1])) == size
    assert media_option(pdf) == media


@pytest.mark.parametrize("paper", ["receipt80", "a5", "a4"])
def test_lp_is_given_the_slips_media_and_its_bytes(
    paper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[list[str], bytes | None]] = []

    def fake_run(
        arguments: Sequence[str], data: bytes | None, timeout: float, env: Mapping[str, str]
    ) -> subprocess.CompletedProcess[bytes] | None:
        sent.append((list(arguments), data))
        return None  # CUPS does not answer: what lp was given is all this test reads

    monkeypatch.setattr(cups, "run_command", fake_run)
    pdf = slip(paper)
    CupsPrinter("reception").print_pdf(pdf, "K7F-3QX")

    [(arguments, data)] = sent
    width, height = media_box_mm(pdf.data)
    expected = {"a4": "A4", "a5": "A5"}.get(paper, f"Custom.{round(width)}x{round(height)}mm")
    assert arguments[0] == "lp" and f"media={expected}" in arguments
    assert data == pdf.data


def test_no_cups_client_means_no_default_printer(tmp_path: Path) -> None:
    printer = CupsPrinter(None, env={"PATH": str(tmp_path)})  # no lpstat here
    assert printer.destination() is None
    result = printer.print_pdf(SlipPdf(b"%PDF-1.4", "a4", (210, 297)), "K7F-3QX")
    assert (result.ok, result.state) == (False, "failed")
    assert result.reason is not None and "no printer" in result.reason


def test_a_folder_on_path_that_cannot_be_looked_into_is_not_a_crash() -> None:
    # A root-only /root/bin in IT's PATH gave the kiosk's user EACCES, which crashed
    # `doctor`; root cannot be refused a folder, so an over-long name stands in for it
    # (ENAMETOOLONG: the same OSError the old search let through).
    unreadable = "/" + "x" * 5000
    printer = CupsPrinter(None, env={"PATH": f"{unreadable}:/nowhere"})

    assert printer.available() is False
