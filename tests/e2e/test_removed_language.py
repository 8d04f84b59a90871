"""A declaration is shown and reprinted after its language is no longer offered (issue 17:
the slip's language line asked the content for a language that kiosk.languages no longer
loads, and staff mode's slip and reprint died with a KeyError).

The slip is in the staff language; the patient's language is one line on it, named as
the staff language names it, else in itself while shipped, else by its code."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.staff.access import Role
from tests.helpers.declarations import make_declaration

pytestmark = pytest.mark.e2e

MAIN = Path(__file__).resolve().parents[2] / "main.py"
WITHOUT_GERMAN = 'kiosk.languages=["fr", "nl", "en", "ar"]'


def kiosk_at(data: Path, *overrides: str) -> Kiosk:
    return build_kiosk(
        load_config(
            overrides=[f'kiosk.data_dir="{data}"', "printer.backend=folder", *overrides],
            environ={},
        )
    )


def made_in(data: Path, code: str) -> str:
    """A declaration filled in in `code` on a kiosk that offered it (the defaults offer de);
    its slip printed then. A code not shipped at all is stored as a damaged or foreign
    database would hold it."""
    kiosk = kiosk_at(data)
    declaration = make_declaration(language=code, questionnaire_version=kiosk.questionnaire.version)
    if code in kiosk.content.languages:
        reference = kiosk.service.submit(declaration).reference
    else:
        reference = kiosk.store.declarations.save(declaration, []).reference
    kiosk.store.close()
    assert reference is not None
    return reference


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def run(data: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(MAIN),
            *arguments,
            "--set",
            f'kiosk.data_dir="{data}"',
            "--set",
            "printer.backend=folder",
            "--set",
            WITHOUT_GERMAN,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(("code", "named"), [("de", "Allemand"), ("xx", "xx")])
def test_staff_mode_shows_and_reprints_a_slip_in_a_language_no_longer_offered(
    tmp_path: Path, code: str, named: str
) -> None:
    data = tmp_path / "data"
    reference = made_in(data, code)
    kiosk = kiosk_at(data, WITHOUT_GERMAN)
    assert code not in kiosk.content.languages

    pdf = kiosk.staff_desk.slip(reference, Role.STAFF)
    reprinted = kiosk.staff_desk.reprint(reference, Role.STAFF)
    kiosk.store.close()

    assert pdf is not None
    assert f"Langue utilisée: {named}" in text(pdf)  # the slip is in French, the staff's
    assert reprinted is not None and reprinted.ok, reprinted


def test_show_and_reprint_a_declaration_in_a_language_no_longer_offered(tmp_path: Path) -> None:
    data = tmp_path / "data"
    reference = made_in(data, "de")
    before = set((data / "slips").glob("*.pdf"))

    shown = run(data, "show", reference)
    reprinted = run(data, "reprint", reference)

    assert shown.returncode == 0, shown.stderr
    assert " in Allemand; " in shown.stdout
    assert reprinted.returncode == 0, reprinted.stderr
    assert f"{reference}: slip written" in reprinted.stdout
    [slip] = set((data / "slips").glob("*.pdf")) - before
    assert "Langue utilisée: Allemand" in text(slip.read_bytes())
