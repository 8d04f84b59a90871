"""What the CUPS backend asks of the printer: the paper matches the slip."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.cups import CupsPrinter, media_option, page_size_mm
from kiosk.printing.slip import SlipRenderer
from kiosk.resources import resource_path
from tests.helpers.declarations import make_declaration
from tests.helpers.domain import content, questionnaire


def slip(paper: str) -> bytes:
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
    return renderer.render(make_declaration(), "K7F-3QX")


def test_a_receipt_asks_for_80_mm_paper_as_long_as_the_slip() -> None:
    pdf = slip("receipt80")
    size = page_size_mm(pdf)
    assert size is not None and round(size[0]) == 80 and size[1] > 100
    assert media_option("receipt80", pdf) == f"Custom.80x{round(size[1])}mm"


@pytest.mark.parametrize(
    ("paper", "media", "size"), [("a4", "A4", (210, 297)), ("a5", "A5", (148, 210))]
)
def test_sheets_ask_for_their_iso_size(paper: str, media: str, size: tuple[int, int]) -> None:
    pdf = slip(paper)
    measured = page_size_mm(pdf)
    assert measured is not None and (round(measured[0]), round(measured[1])) == size
    assert media_option(paper, pdf) == media


def test_no_cups_client_means_no_default_printer(tmp_path: Path) -> None:
    printer = CupsPrinter(None, "receipt80", env={"PATH": str(tmp_path)})  # no lpstat here
    assert printer.destination() is None
    result = printer.print_pdf(b"%PDF-1.4", "K7F-3QX")
    assert (result.ok, result.state) == (False, "failed")
    assert result.reason is not None and "no printer" in result.reason


def test_a_folder_on_path_that_cannot_be_looked_into_is_not_a_crash() -> None:
    # A root-only /root/bin in IT's PATH gave the kiosk's user EACCES, which crashed
    # `doctor`; root cannot be refused a folder, so an over-long name stands in for it
    # (ENAMETOOLONG: the same OSError the old search let through).
    unreadable = "/" + "x" * 5000
    printer = CupsPrinter(None, "receipt80", env={"PATH": f"{unreadable}:/nowhere"})

    assert printer.available() is False
