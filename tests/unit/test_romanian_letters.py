"""Romanian writes s and t with a comma below (ș ț Ș Ț: U+0219, U+021B, U+0218, U+021A),
never with the cedilla (ş ţ Ş Ţ: U+015F, U+0163, U+015E, U+0162) that old fonts and
keyboards put in their place. The two look alike on screen but are other letters: a
screen reader or espeak-ng reads them wrongly, a search for "ș" misses them, and a
nurse's copy of a slip mixes two spellings of one word. Every Romanian file (the content
files and pages in resources/locales/ro/, the screens' catalog i18n/kiosk_ro.ts) is
scanned, and a cedilla form fails naming the file, the line and the letter to use.

One exception: the on-screen keyboard's accent rows (language.toml `keyboard`, the rows
after the Romanian ones) hold the Turkish ş (U+015F), a letter of its own that a Turkish
name may need; only there, and only that letter.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.resources import I18N_DIR, resource_path

FOLDER = resource_path("locales", "ro")
CATALOG = I18N_DIR / "kiosk_ro.ts"

# the cedilla form -> the Romanian letter to write instead
CEDILLA = {
    "\u015f": "\u0219",  # ş -> ș
    "\u0163": "\u021b",  # ţ -> ț
    "\u015e": "\u0218",  # Ş -> Ș
    "\u0162": "\u021a",  # Ţ -> Ț
}
TURKISH_S = "\u015f"  # ş: Turkish, allowed in the keyboard's accent rows only
ROMANIAN = set("ăâîșțĂÂÎȘȚ")


def romanian_files() -> list[Path]:
    files = sorted(path for path in FOLDER.rglob("*") if path.is_file())
    return [*files, CATALOG]


def accent_rows(language_toml: Path) -> set[str]:
    """The keyboard rows of language.toml that are accent rows: no ASCII letter and no
    Romanian letter (the Romanian layout rows come first and have both)."""
    with language_toml.open("rb") as file:
        rows = tomllib.load(file).get("keyboard", [])
    return {
        row
        for row in rows
        if not any(letter.isascii() for letter in row) and not ROMANIAN & set(row)
    }


def cedilla_findings(path: Path) -> list[str]:
    """`file:line:column: found ş, write ș (U+0219)` for every cedilla form in `path`."""
    allowed_lines: set[str] = set()
    if path.name == "language.toml":
        allowed_lines = {f'"{row}",' for row in accent_rows(path)}
        allowed_lines |= {f'"{row}"' for row in accent_rows(path)}
    findings = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        for column, letter in enumerate(line, start=1):
            if letter not in CEDILLA:
                continue
            if letter == TURKISH_S and line.strip() in allowed_lines:
                continue
            right = CEDILLA[letter]
            findings.append(
                f"{path}:{number}:{column}: found {letter} (U+{ord(letter):04X}, cedilla), "
                f"write {right} (U+{ord(right):04X}, comma below): {line.strip()!r}"
            )
    return findings


def test_the_romanian_files_are_there() -> None:
    assert (FOLDER / "language.toml").is_file(), f"{FOLDER}: no Romanian content"
    assert CATALOG.is_file(), f"{CATALOG}: no Romanian screen catalog"
    assert list((FOLDER / "pages").glob("*.md")), f"{FOLDER / 'pages'}: no page"


@pytest.mark.parametrize(
    "path", romanian_files(), ids=lambda path: str(path.relative_to(FOLDER.parents[2]))
)
def test_no_cedilla_form_in_a_romanian_file(path: Path) -> None:
    findings = cedilla_findings(path)
    assert not findings, "s/t with a cedilla instead of a comma below:\n" + "\n".join(findings)


def test_the_keyboard_types_s_and_t_with_a_comma_below() -> None:
    with (FOLDER / "language.toml").open("rb") as file:
        letters = "".join(tomllib.load(file)["keyboard"])
    assert "\u0219" in letters and "\u021b" in letters, "the keyboard lacks ș or ț"
    assert "\u0163" not in letters, "the keyboard has ţ (t with a cedilla): use ț"


def test_a_cedilla_form_is_found_and_named(tmp_path: Path) -> None:
    """The check itself: a cedilla in a text is named with its file and line, and the
    Turkish ş is allowed in a keyboard accent row only."""
    page = tmp_path / "01-what-is-it.md"
    page.write_text("# Titlu\n\nVă rugăm să aşteptaţi.\n", encoding="utf-8")
    findings = cedilla_findings(page)
    assert len(findings) == 2
    assert findings[0].startswith(f"{page}:3:") and "write ș" in findings[0]
    assert findings[1].startswith(f"{page}:3:") and "write ț" in findings[1]

    language = tmp_path / "language.toml"
    language.write_text(
        'keyboard = [\n  "asdfghjklșțâ",\n  "şåøł",\n]\n# Bucureşti\n', encoding="utf-8"
    )
    assert [f.split(": found")[0] for f in cedilla_findings(language)] == [f"{language}:5:9"]
    language.write_text('keyboard = [\n  "asdfghjklşţâ",\n]\n', encoding="utf-8")
    assert len(cedilla_findings(language)) == 2  # a Romanian row gets no exception
