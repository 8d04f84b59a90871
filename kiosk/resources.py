"""The one place that knows where the bundled resources live."""

from __future__ import annotations

from pathlib import Path

RESOURCE_ROOT = Path(__file__).resolve().parent.parent / "resources"
I18N_DIR = RESOURCE_ROOT.parent / "i18n"  # the screens' Qt catalogs (.ts and .qm)
SLIP_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # regular, bold: in resources/fonts


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (content, questionnaire, fonts, pictograms)."""
    return RESOURCE_ROOT.joinpath(*parts)
