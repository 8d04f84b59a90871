"""The parts of the kiosk and who imports whom, read from the code, as a Mermaid diagram.

    .venv/bin/python scripts/architecture_diagram.py           # print the diagram
    .venv/bin/python scripts/architecture_diagram.py --write   # put it in docs/architecture.md

A part is a group of modules. The parts of kiosk/ are the layers of the import-linter
contract in pyproject.toml ("kiosk/ in layers"): one part per layer member, and one for the
bottom layer, whose modules may import each other (`:`). The parts of ui/ are its
subpackages, and its top modules split in two (the window and what every part of ui/
uses), declared below. A new subpackage or top module that fits no part becomes a part of
its own, so the diagram changes and tests/unit/test_architecture_doc.py asks for the
document to follow.

An arrow A --> B says: some module of A imports some module of B (at import time, inside
a function, or for type checking only: import-linter counts all three). The imports are
read with `ast`, nothing is imported.
"""

from __future__ import annotations

import argparse
import ast
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- parts diagram: begin (scripts/architecture_diagram.py --write) -->"
END = "<!-- parts diagram: end -->"

# ui/'s top modules: the window and its controllers, and what every part of ui/ may use.
UI_PARTS: dict[str, tuple[str, ...]] = {
    "ui/ window": (
        "ui.app",
        "ui.main_window",
        "ui.accessibility",
        "ui.typed_input",
        "ui.read_aloud",
        "ui.housekeeping",
        "ui.lockdown",
        "ui.out_of_order",
        "ui.card_reader",
    ),
    "ui/staff": ("ui.staff",),
    "ui/screens": ("ui.screens",),
    "ui/widgets": ("ui.widgets",),
    "ui/ common": ("ui.texts", "ui.theme", "ui.hyphenation", "ui.privacy", "ui.background"),
}


@dataclass(frozen=True)
class Part:
    name: str
    prefixes: tuple[str, ...]

    @property
    def node(self) -> str:
        return "".join(c if c.isalnum() else "_" for c in self.name).strip("_")

    @property
    def label(self) -> str:
        if len(self.prefixes) == 1:
            return self.name
        return f"{self.name}: " + ", ".join(p.rsplit(".", 1)[1] for p in self.prefixes)


def kiosk_parts(pyproject: Path) -> list[Part]:
    """The members of the layers contract, top layer first."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    parts: list[Part] = []
    for layer in layers:
        if ":" in layer:  # modules of one layer that may import each other: one part
            members = tuple(m.strip() for m in layer.split(":"))
            parts.append(Part("kiosk/ base", members))
        else:
            for member in layer.split("|"):
                member = member.strip()
                parts.append(Part(member.replace(".", "/"), (member,)))
    return parts


def modules(root: Path) -> dict[str, Path]:
    """Every module of kiosk/ and ui/ by dotted name, and main.py."""
    found = {"main": root / "main.py"}
    for package in ("kiosk", "ui"):
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of `known` that the module imports (the longest known dotted prefix)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".")
                if not is_package:
                    package = package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            # `from a import b` imports the module a.b where there is one, else a (as grimp,
            # which import-linter uses, counts it).
            for alias in node.names:
                names.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    found: set[str] = set()
    for dotted in names:
        pieces = dotted.split(".")
        for end in range(len(pieces), 0, -1):
            candidate = ".".join(pieces[:end])
            if candidate in known:
                found.add(candidate)
                break
    return found


def part_of(module: str, parts: list[Part]) -> Part | None:
    best: Part | None = None
    best_length = -1
    for part in parts:
        for prefix in part.prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = part, len(prefix)
    return best


def diagram(root: Path = ROOT) -> str:
    """The Mermaid block, fences included, as docs/architecture.md holds it."""
    parts = [Part("main.py", ("main",))]
    ui_parts = [Part(name, prefixes) for name, prefixes in UI_PARTS.items()]
    parts += ui_parts + kiosk_parts(root / "pyproject.toml")
    found = modules(root)
    known = set(found)

    owner: dict[str, Part] = {}
    for module, path in found.items():
        part = part_of(module, parts)
        if part is None:
            if path.name == "__init__.py" and not imported(module, path, known):
                continue  # a package's own file, a docstring only: nothing to draw
            # A module no part claims: its subpackage becomes a part, or, where the parts
            # already split that subpackage (kiosk/staff), the module itself.
            pieces = module.split(".")
            prefix = ".".join(pieces[:2])
            if any(p.startswith(prefix + ".") for other in parts for p in other.prefixes):
                prefix = module
            part = Part(prefix.replace(".", "/"), (prefix,))
            parts.append(part)
            if part.prefixes[0].startswith("ui"):
                ui_parts.append(part)
        owner[module] = part

    edges: set[tuple[str, str]] = set()
    for module, path in found.items():
        source = owner.get(module)
        if source is None:
            continue
        for target_module in imported(module, path, known):
            target = owner.get(target_module)
            if target is not None and target != source:
                edges.add((source.node, target.node))

    used = {node for edge in edges for node in edge}
    order = {part.node: index for index, part in enumerate(parts)}
    lines = ["```mermaid", "flowchart TD"]
    lines.append('    main_py["main.py"]')
    for title, group in (
        ("ui/ (Qt)", ui_parts),
        ("kiosk/ (no Qt)", [p for p in parts if p.prefixes[0].startswith("kiosk")]),
    ):
        group_id = title.split("/")[0]
        lines.append(f'    subgraph {group_id}["{title}"]')
        lines.extend(f'        {p.node}["{p.label}"]' for p in group if p.node in used)
        lines.append("    end")
    for tail, head in sorted(edges, key=lambda e: (order[e[0]], order[e[1]])):
        lines.append(f"    {tail} --> {head}")
    lines.append("```")
    return "\n".join(lines) + "\n"


def block_in(text: str) -> str:
    """What the document holds between the markers."""
    start = text.index(BEGIN) + len(BEGIN)
    return text[start : text.index(END, start)].strip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"replace the block in {DOC}")
    arguments = parser.parse_args(argv)
    block = diagram()
    if not arguments.write:
        sys.stdout.write(block)
        return 0
    text = DOC.read_text(encoding="utf-8")
    start = text.index(BEGIN) + len(BEGIN)
    end = text.index(END, start)
    DOC.write_text(text[:start] + "\n" + block + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
