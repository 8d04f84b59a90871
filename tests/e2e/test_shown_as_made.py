"""A declaration is shown and reprinted as it was made, whatever the hospital's
questionnaire files become afterwards (issue 16: renaming an answer blanked it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.assembly import build_kiosk
from kiosk.config import load_config
from kiosk.content.questionnaire import Typed
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration

pytestmark = pytest.mark.e2e

MAIN = Path(__file__).resolve().parents[2] / "main.py"
ALLERGIC = {
    **ALL_NO_ANSWERS,
    "allergy": "yes",
    "allergy_to": frozenset({"latex", "other"}),
    "allergy_other_name": Typed("Chlorhexidine"),
    "allergy_reaction:latex": frozenset({"rash"}),
    "allergy_reaction:other": frozenset({"breathing"}),
}


def run(data: Path, resources: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
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
            f'kiosk.resources_dir="{resources}"',
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def edited_resources(tmp_path: Path) -> Path:
    """The hospital's copy of the content, with 'latex' renamed and its words changed."""
    copy = tmp_path / "resources"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources", copy)
    for path in [copy / "questionnaire.toml", *copy.glob("locales/*/questionnaire.toml")]:
        text = path.read_text(encoding="utf-8")
        text = text.replace('"latex"', '"latex_gloves"').replace("\nlatex =", "\nlatex_gloves =")
        path.write_text(text.replace("version = ", 'version = "edited" #', 1), encoding="utf-8")
    return copy


def test_a_renamed_answer_still_shows_and_reprints_as_it_was_made(tmp_path: Path) -> None:
    data = tmp_path / "data"
    config = load_config(
        overrides=[f'kiosk.data_dir="{data}"', "printer.backend=folder"], environ={}
    )
    kiosk = build_kiosk(config)
    made_with = kiosk.questionnaire.version
    result = kiosk.service.submit(
        make_declaration(answers=ALLERGIC, questionnaire_version=made_with)
    )
    kiosk.store.close()
    reference = result.reference
    assert reference is not None
    resources = edited_resources(tmp_path)

    shown = run(data, resources, "show", reference)
    reprinted = run(data, resources, "reprint", reference)
    doctor = run(data, resources, "doctor")

    assert shown.returncode == 0, shown.stderr
    assert "Latex — Réaction: Éruption cutanée, urticaire" in shown.stdout
    assert "Chlorhexidine (saisi sur la borne) — Réaction: Difficulté respiratoire" in shown.stdout
    assert reprinted.returncode in (0, 1), reprinted.stderr  # a folder is not paper
    newest = max((data / "slips").glob("*.pdf"), key=lambda path: path.stat().st_mtime_ns)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(newest).pages).split())
    assert "Latex — Réaction: Éruption cutanée, urticaire" in text
    # IT is told that stored declarations use another questionnaire, and that it is fine
    assert f"1 declaration(s) made with questionnaire {made_with!r}" in doctor.stdout
    assert "(today's is 'edited'): shown and reprinted as made" in doctor.stdout
