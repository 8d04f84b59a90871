"""kiosk/ is the domain: it never imports Qt, so it runs and is tested without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_no_kiosk_module_imports_qt_or_the_ui() -> None:
    offenders = {
        f"{path.name}: {module}"
        for path in KIOSK.rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in ("PySide6", "shiboken6", "ui")
    }
    assert not offenders
    assert len(list(KIOSK.rglob("*.py"))) > 30  # the folders really were read


def test_the_screens_never_open_a_native_dialog() -> None:
    """A kiosk shows in-screen overlays only: a message box or a file dialog would give a
    patient a window manager's buttons, and an escape route."""
    dialogs = ("QMessageBox", "QFileDialog", "QPrintDialog", "QInputDialog", "QDialog")
    ui = KIOSK.parent / "ui"
    offenders = [
        f"{path.relative_to(ui)}: {name}"
        for path in ui.rglob("*.py")
        for name in dialogs
        if name in path.read_text(encoding="utf-8")
    ]
    assert not offenders
    assert len(list(ui.rglob("*.py"))) > 15
