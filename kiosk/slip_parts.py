"""Pieces the slip is drawn with: a QR code as one filled path, and text made safe for
ReportLab's markup and put in drawing order for right-to-left scripts."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.platypus.flowables import Flowable


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A QR code drawn as one filled path.

    ReportLab's QrCodeWidget draws each run of dark modules as a validated shape object,
    which was half of a receipt's render time; the modules here are the same encoder's.
    """

    QUIET_ZONE = 4  # modules of white around the code, as the standard asks

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(value)
        code.make()
        self.value = value
        self.modules: list[list[bool]] = code.modules
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        module = self.size / (count + 2 * self.QUIET_ZONE)
        path = self.canv.beginPath()
        for row, dark in enumerate(self.modules):
            top = self.size - (row + self.QUIET_ZONE + 1) * module
            column = 0
            while column < count:
                if not dark[column]:
                    column += 1
                    continue
                start = column
                while column < count and dark[column]:
                    column += 1
                left = (start + self.QUIET_ZONE) * module
                path.rect(left, top, (column - start) * module, module)
        self.canv.drawPath(path, stroke=0, fill=1)


def text(value: str) -> str:
    """Any text, made safe to put inside Paragraph markup."""
    return escape(unicodedata.normalize("NFC", value))


def is_right_to_left(value: str) -> bool:
    """Written in a right-to-left script (Arabic, Hebrew...) and in no left-to-right one."""
    directions = {unicodedata.bidirectional(char) for char in value}
    return bool(directions & {"R", "AL"}) and "L" not in directions


def visual_order(value: str) -> str:
    """The words of a right-to-left text in the order they are drawn on a left-to-right
    line. ReportLab shapes each word (joined letters, drawn right to left) but lays the
    words of a line out left to right; ReportLab's own bidi needs `rlbidi`, which is not
    on PyPI. A left-to-right or mixed text is returned as it is."""
    return " ".join(reversed(value.split(" "))) if is_right_to_left(value) else value
