"""Which languages the kiosk ships, which are offered, and which a translator has checked.

For IT (`python main.py languages`): the hospital must know which texts still need a
qualified translator's review before patients rely on them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.content.translator_review import read_review
from kiosk.errors import ContentError
from kiosk.tomlfile import read_toml

SOURCE_LANGUAGE = "en"  # the screens' texts are written in English: no catalog needed


@dataclass(frozen=True)
class LanguageState:
    code: str
    name: str
    direction: str
    reviewed: bool
    enabled: bool
    position: int | None  # place among the buttons, from 1; None when not offered
    default: bool
    staff: bool
    screen_catalog: bool  # i18n/kiosk_<code>.qm exists (or the language is the source)
    voice: str = ""  # espeak-ng's voice for read aloud
    minus: str = ""  # the word read aloud for a minus sign, where the voice drops it
    reviewed_by: str = ""  # the translator who reviewed it
    reviewed_on: str = ""  # when, YYYY-MM-DD

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def language_states(config: Config, locales_dir: Path, i18n_dir: Path) -> list[LanguageState]:
    """Every language folder shipped, offered ones first in the configured order; a
    language.toml whose review keys are wrong is a ContentError naming the key."""
    enabled = list(config.kiosk.languages)
    states = []
    for folder in sorted(path for path in locales_dir.iterdir() if path.is_dir()):
        meta = read_toml(folder / "language.toml", ContentError, "content file")
        review = read_review(folder / "language.toml", meta)
        code = folder.name
        states.append(
            LanguageState(
                code=code,
                name=str(meta.get("name", code)),
                direction=str(meta.get("direction", "ltr")),
                reviewed=review.reviewed,
                enabled=code in enabled,
                position=enabled.index(code) + 1 if code in enabled else None,
                default=code == config.kiosk.default_language,
                staff=code == config.kiosk.staff_language,
                screen_catalog=code == SOURCE_LANGUAGE or (i18n_dir / f"kiosk_{code}.qm").is_file(),
                voice=str(meta.get("voice", "")),
                minus=str(meta.get("minus", "")),
                reviewed_by=review.by if review.reviewed else "",
                reviewed_on=review.on.isoformat() if review.reviewed and review.on else "",
            )
        )
    missing = [code for code in enabled if code not in {state.code for state in states}]
    if missing:
        raise ContentError(
            f"kiosk.languages contains {missing[0]!r} but {locales_dir / missing[0]} does not exist"
        )
    return sorted(states, key=lambda state: (state.position is None, state.position or 0))


def describe(states: list[LanguageState]) -> str:
    """A table for a person, and a plain line on what still needs a translator."""
    lines = [f"{'code':<6}{'name':<14}{'offered':<10}{'reviewed':<10}notes"]
    for state in states:
        notes = [
            note
            for flag, note in (
                (state.reviewed, f"reviewed by {state.reviewed_by} on {state.reviewed_on}"),
                (state.default, "default"),
                (state.staff, "slip language"),
                (state.direction == "rtl", "right to left"),
                (not state.screen_catalog, "screen texts not compiled"),
            )
            if flag
        ]
        offered = f"yes ({state.position})" if state.enabled else "no"
        lines.append(
            f"{state.code:<6}{state.name:<14}{offered:<10}"
            f"{'yes' if state.reviewed else 'NO':<10}{', '.join(notes)}".rstrip()
        )
    unreviewed = [state.code for state in states if not state.reviewed]
    if unreviewed:
        lines.append("")
        lines.append(
            f"Not reviewed by a qualified translator: {', '.join(unreviewed)}. Have every "
            "text checked with its pack (python main.py translation-pack --language "
            "<code>), then record it: python main.py language-reviewed --language <code> "
            '--by "<name>".'
        )
    return "\n".join(lines)
