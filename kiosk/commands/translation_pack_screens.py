"""The screens' texts for the translators' review pack: the Qt catalogs
`i18n/kiosk_<code>.ts` read as XML (no Qt), and where each text is shown, from its key in
ui/texts.py's SOURCES (read as Python source, never imported: it needs Qt).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.errors import ContentError


def screen_texts(
    i18n_dir: Path, sources: Path, code: str
) -> list[tuple[str, str, list[str], list[str]]]:
    """(where, English source, French forms, `code`'s forms) of every screen text, in
    ui/texts.py's order; one form, or one per plural form of a counted text."""
    french = catalog(i18n_dir / "kiosk_fr.ts")
    other = french if code == "fr" else catalog(i18n_dir / f"kiosk_{code}.ts")
    keys = screen_keys(sources)
    order = [source for source in keys if source in french or source in other]
    order += [source for source in french if source not in keys]
    order += [source for source in other if source not in keys and source not in french]
    return [
        (
            screen_place(keys[source]) if source in keys else "Screen text",
            source,
            french.get(source, [""]),
            other.get(source, [""]),
        )
        for source in order
    ]


def screen_keys(sources: Path) -> dict[str, str]:
    """The key of each screen text by its English source, read from ui/texts.py's
    SOURCES without importing it; {} when that file cannot be read."""
    try:
        tree = ast.parse(sources.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return {}
    keys: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and isinstance(value, ast.Call)
                    and len(value.args) >= 2
                    and isinstance(value.args[1], ast.Constant)
                    and isinstance(value.args[1].value, str)
                ):
                    keys[value.args[1].value] = str(key.value)
    return keys


SCREEN_AREAS = (
    ("staff_", "staff mode"),
    ("pin_", "staff mode, PIN pad"),
    ("printer_", "staff mode, printer state"),
    ("key_", "on-screen keyboard"),
    ("review_", "review of the answers"),
    ("done_", "last screen"),
    ("idle_", "are you still there?"),
    ("birth_date", "date of birth"),
    ("last_name", "name"),
    ("first_name", "name"),
    ("name_", "name"),
    ("welcome", "welcome screen"),
    ("saving", "saving"),
)
SCREEN_KEYS = {
    "choose_language": "welcome screen",
    "more_time": "are you still there?",
    "restart": "last screen",
    "save_failed": "last screen",
    "not_answered": "review of the answers",
    "submit": "review of the answers",
    **dict.fromkeys(
        ("larger_text", "high_contrast", "read_aloud", "speech_unavailable", "read_aloud_help"),
        "accessibility bar",
    ),
    **dict.fromkeys(
        ("accessibility", "navigation", "answer_chosen", "field_empty"), "screen reader"
    ),
}


def screen_place(key: str) -> str:
    """ "Screen text (staff mode): staff_reprint"."""
    area = SCREEN_KEYS.get(key) or next(
        (name for prefix, name in SCREEN_AREAS if key.startswith(prefix)), ""
    )
    return f"Screen text ({area}): {key}" if area else f"Screen text: {key}"


def catalog(path: Path) -> dict[str, list[str]]:
    """A Qt catalog's translations by English source: one text, or one per plural form."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise ContentError(f"{path}: cannot be read as a Qt catalog: {error}") from None
    found: dict[str, list[str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            found[message.findtext("source", "")] = [
                form.text or "" for form in translation.iter("numerusform")
            ]
        else:
            found[message.findtext("source", "")] = [translation.text or ""]
    return found
