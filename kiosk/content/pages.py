"""The explanation pages of a language (`resources/locales/<code>/pages/*.md`): a small
Markdown subset, `# Title`, paragraphs and `- ` bullets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import ContentError


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    title: str
    blocks: tuple[Paragraph | Bullets, ...]
    source: Path

    def plain_text(self) -> str:
        lines = [self.title]
        for block in self.blocks:
            lines.extend(block.items if isinstance(block, Bullets) else [block.text])
        return "\n".join(lines)


def load_pages(folder: Path) -> tuple[Page, ...]:
    files = sorted(folder.glob("*.md"))
    if not files:
        raise ContentError(f"{folder}: no explanation page (*.md)")
    pages = []
    for path in files:
        try:
            pages.append(parse_page(path.read_text(encoding="utf-8"), path))
        except UnicodeDecodeError as failure:
            raise ContentError(
                f"{path}: not UTF-8 text (byte {failure.start}): save it as UTF-8"
            ) from None
    return tuple(pages)


def parse_page(markdown: str, source: Path) -> Page:
    """Parse the small Markdown subset of a page: `# Title`, paragraphs, `- ` bullets."""
    lines = markdown.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        raise ContentError(f'{source}: line 1: expected "# Title"')
    blocks: list[Paragraph | Bullets] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()
        if bullets:
            blocks.append(Bullets(tuple(bullets)))
            bullets.clear()

    for line in (raw.strip() for raw in lines[1:]):
        if not line:
            flush()
        elif line.startswith("- "):
            if paragraph:
                flush()
            bullets.append(line[2:].strip())
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    if not blocks:
        raise ContentError(f"{source}: the page has a title but no text")
    return Page(title=lines[0][2:].strip(), blocks=tuple(blocks), source=source)
