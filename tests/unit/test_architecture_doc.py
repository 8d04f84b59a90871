"""docs/architecture.md is kept true (issue 17): its parts diagram is the one
scripts/architecture_diagram.py reads from the code, and the script reads the imports the
way import-linter does."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    path = ROOT / "scripts" / "architecture_diagram.py"
    spec = importlib.util.spec_from_file_location("architecture_diagram", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script()


def test_the_document_shows_the_parts_as_the_code_has_them(script: ModuleType) -> None:
    document = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert script.block_in(document) == script.diagram(), (
        "docs/architecture.md's parts diagram is out of date: run "
        ".venv/bin/python scripts/architecture_diagram.py --write, and say in the text "
        "what changed"
    )


def test_every_arrow_inside_kiosk_points_down_the_layers(script: ModuleType) -> None:
    """The diagram lists kiosk/'s parts in the contract's order, top layer first; the
    check itself is import-linter's (test_boundaries.py), this says the drawing agrees."""
    block = script.diagram()
    parts = script.kiosk_parts(ROOT / "pyproject.toml")
    rank = {part.node: index for index, part in enumerate(parts)}
    for line in block.splitlines():
        if "-->" not in line:
            continue
        source, target = (side.strip() for side in line.split("-->"))
        if source in rank and target in rank:
            assert rank[source] < rank[target], line


def test_a_new_import_changes_the_diagram(script: ModuleType, tmp_path: Path) -> None:
    """The check can fail: in a copy of the tree where the content imports the store (a
    relative import), the diagram gains an arrow from the content to the records."""
    for part in ("kiosk", "ui"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copy(ROOT / "main.py", tmp_path)
    assert script.diagram(tmp_path) == script.diagram()
    assert "kiosk_content --> kiosk_records" not in script.diagram()

    locales = tmp_path / "kiosk" / "content" / "locales.py"
    locales.write_text(locales.read_text() + "\nfrom ..records import store  # noqa\n")

    assert "    kiosk_content --> kiosk_records\n" in script.diagram(tmp_path)


def test_imports_are_read_as_import_linter_reads_them(script: ModuleType) -> None:
    """Every module's direct imports within kiosk/ and ui/, as grimp (import-linter's graph)
    finds them: absolute, relative, `from package import module`, inside functions and
    for type checking only."""
    grimp = pytest.importorskip("grimp")
    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("kiosk", "ui", cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    found = script.modules(ROOT)
    known = set(found)
    for module, path in found.items():
        if module == "main":
            continue
        assert script.imported(module, path, known) == graph.find_modules_directly_imported_by(
            module
        ), module
