"""The layers hold (issue 17): kiosk/ imports no Qt and nothing of ui/; screens and widgets
import no database, printer, CUPS or worker module; services do not import the flow; kiosk/
stands in layers. The contracts are in pyproject.toml ([tool.importlinter]) and checked by
import-linter, which follows indirect imports too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
    )


def test_every_layer_contract_is_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "4 kept" in result.stdout


def test_a_broken_rule_fails_the_check(tmp_path: Path) -> None:
    """The check can fail: a copy of the tree where the store imports a widget, and a
    screen the store."""
    for part in ("kiosk", "ui"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    store = tmp_path / "kiosk" / "records" / "store.py"
    store.write_text(store.read_text() + "\nfrom PySide6.QtWidgets import QLabel  # noqa\n")
    screen = tmp_path / "ui" / "screens" / "welcome_screen.py"
    screen.write_text(screen.read_text() + "\nimport kiosk.staff.desk  # noqa\n")

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    assert "kiosk.records.store -> PySide6" in result.stdout
    assert "ui.screens.welcome_screen -> kiosk.staff.desk" in result.stdout


def test_the_screens_never_open_a_native_dialog() -> None:
    """A kiosk shows in-screen overlays only: a message box or a file dialog would give a
    patient a window manager's buttons, and an escape route."""
    dialogs = ("QMessageBox", "QFileDialog", "QPrintDialog", "QInputDialog", "QDialog")
    ui = ROOT / "ui"
    offenders = [
        f"{path.relative_to(ui)}: {name}"
        for path in ui.rglob("*.py")
        for name in dialogs
        if name in path.read_text(encoding="utf-8")
    ]
    assert not offenders
    assert len(list(ui.rglob("*.py"))) > 15
