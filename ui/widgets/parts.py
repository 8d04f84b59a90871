"""A screen whose content is shown in parts when it is longer than the screen."""

from __future__ import annotations

from typing import Any


class InParts:
    """Mixed into a screen that keeps `_parts` (what each part shows) and `_part` (the
    one shown) and draws it in `_show_part`."""

    _parts: list[list[Any]]
    _part: int

    def _show_part(self) -> None:
        raise NotImplementedError

    def _turned(self) -> None:
        """Called after the patient turned to another part."""

    def turn(self, parts: int) -> bool:
        """Show the next (+1) or previous (-1) part; False when there is none."""
        wanted = self._part + parts
        if not 0 <= wanted < len(self._parts):
            return False
        self._part = wanted
        self._show_part()
        self._turned()
        return True

    def part(self) -> tuple[int, int]:
        """(part shown, from 1; number of parts)."""
        return self._part + 1, len(self._parts)
