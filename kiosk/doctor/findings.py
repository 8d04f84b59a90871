"""One line of `doctor`: an area, how bad, and what was found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    area: str
    level: str  # "ok", "warning" (worth knowing), "problem" (the kiosk cannot work well)
    message: str
