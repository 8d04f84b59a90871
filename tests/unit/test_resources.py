"""Where the resources are: one answer (kiosk/resources.py), asked by every part (issue 17:
the root was computed three times, in kiosk/assembly.py, kiosk/commands/cli.py and
kiosk/doctor/checks.py)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pypdf import PdfReader

from kiosk.assembly import load_domain, slip_renderer
from kiosk.config import Config, load_config
from kiosk.content.languages import language_states
from kiosk.doctor.checks import findings_for
from kiosk.resources import I18N_DIR, RESOURCE_ROOT, content_root
from tests.helpers.declarations import make_declaration


def hospital_copy(tmp_path: Path) -> Path:
    """What a hospital's copy must hold (kiosk/config.py checks it): the questionnaire, its
    pictograms and the texts, with one change to tell it from the bundled one."""
    copy = tmp_path / "hospital"
    copy.mkdir()
    shutil.copy(RESOURCE_ROOT / "questionnaire.toml", copy)
    for folder in ("pictograms", "locales"):
        shutil.copytree(RESOURCE_ROOT / folder, copy / folder)
    meta = copy / "locales" / "nl" / "language.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('name = "Nederlands"', 'name = "Vlaams"'),
        encoding="utf-8",
    )
    return copy


def configured(tmp_path: Path, resources: Path) -> Config:
    return load_config(
        overrides=[
            f'kiosk.data_dir="{tmp_path / "data"}"',
            "printer.backend=folder",
            f'kiosk.resources_dir="{resources}"',
        ],
        environ={},
    )


def test_the_content_root_is_the_hospitals_copy_or_the_bundled_one(tmp_path: Path) -> None:
    assert content_root("") == RESOURCE_ROOT
    assert content_root(str(tmp_path)) == tmp_path


def test_the_kiosk_and_the_languages_command_read_the_same_copy(tmp_path: Path) -> None:
    copy = hospital_copy(tmp_path)
    config = configured(tmp_path, copy)

    questionnaire, content = load_domain(config)
    states = {s.code: s for s in language_states(config, copy / "locales", I18N_DIR)}

    assert questionnaire.source == copy / "questionnaire.toml"
    assert content.language("nl").name == "Vlaams" == states["nl"].name
    assert content_root(config.kiosk.resources_dir) == copy


def test_doctor_checks_the_fonts_the_slip_uses(tmp_path: Path) -> None:
    copy = hospital_copy(tmp_path)  # no fonts/: the slip's fonts are the kiosk's own
    config = configured(tmp_path, copy)
    questionnaire, content = load_domain(config)

    pdf = slip_renderer(config, questionnaire, content)().render(make_declaration(), "K7F-3QX")
    findings = {finding.area: finding for finding in findings_for(config)}

    assert "K7F-3QX" in PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text()  # it prints
    assert findings["content"].level == "ok" and str(copy) in findings["content"].message
    assert findings["fonts"].level == "ok", findings["fonts"].message
