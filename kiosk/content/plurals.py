"""Which plural form of a counted text a number takes, per language: CLDR's rules for
whole numbers, without Qt (the slip, `show` and `export` are drawn outside Qt; the
screens use Qt's numerus messages, which follow the same rules).

A counted text in a content file is a table of its forms, one per category of its
language: `{ one = "1 réponse …", other = "{count} réponses …" }`; Arabic has six
(zero, one, two, few, many, other).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType


def _one_is_one(n: int) -> str:  # English, Dutch, German: 1 is singular, 0 is plural
    return "one" if n == 1 else "other"


def _zero_and_one_are_one(n: int) -> str:  # French: "0 réponse", "1 réponse"
    return "one" if n in (0, 1) else "other"


def _arabic(n: int) -> str:
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"  # 100-102, 200-202...


_RULES: Mapping[str, tuple[tuple[str, ...], Callable[[int], str]]] = MappingProxyType(
    {
        "en": (("one", "other"), _one_is_one),
        "nl": (("one", "other"), _one_is_one),
        "de": (("one", "other"), _one_is_one),
        "fr": (("one", "other"), _zero_and_one_are_one),
        "ar": (("zero", "one", "two", "few", "many", "other"), _arabic),
    }
)


def has_rule(code: str) -> bool:
    return code in _RULES


def categories(code: str) -> tuple[str, ...]:
    """The forms a counted text of language `code` must have."""
    return _RULES[code][0]


def category(code: str, n: int) -> str:
    """The form of language `code` that the whole number `n` takes."""
    return _RULES[code][1](abs(n))
