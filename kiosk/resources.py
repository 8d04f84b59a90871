"""The one place that knows where the bundled resources live, and which of them a
hospital's own copy (config `kiosk.resources_dir`) replaces.

Two kinds of file live under resources/:
- the content, which a hospital may replace with its own copy: questionnaire.toml, the
  question pictograms beside it (pictograms/, read through the questionnaire) and
  locales/. Ask `content_root(config.kiosk.resources_dir)`, never build the path again.
- the kiosk's own files, always the bundled ones whatever `kiosk.resources_dir` says: the
  slip's and review pack's fonts, the kiosk's own pictograms (info, reception) and the IPP
  test file. Ask `resource_path(...)`.
"""

from __future__ import annotations

from pathlib import Path

RESOURCE_ROOT = Path(__file__).resolve().parent.parent / "resources"
I18N_DIR = RESOURCE_ROOT.parent / "i18n"  # the screens' Qt catalogs (.ts and .qm)
# The screens' English texts by key, read as text (never imported here: it needs Qt) by
# the translators' review pack for where each text is used.
SCREEN_SOURCES = RESOURCE_ROOT.parent / "ui" / "texts.py"
SLIP_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # regular, bold: in resources/fonts


def resource_path(*parts: str) -> Path:
    """Path of one of the kiosk's own files under the bundled resources/ (fonts, the
    kiosk's own pictograms, ipp/), or of the bundled content."""
    return RESOURCE_ROOT.joinpath(*parts)


def content_root(resources_dir: str) -> Path:
    """Where the questionnaire and the languages' texts are read from: the hospital's
    copy named by `kiosk.resources_dir` (checked by kiosk/config.py: it holds
    questionnaire.toml and locales/), or the bundled resources/ when that is empty."""
    return Path(resources_dir) if resources_dir else RESOURCE_ROOT
