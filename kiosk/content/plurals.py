"""Which plural form of a counted text a number takes, per language: the Unicode CLDR's
rules, as Babel ships them, for whole numbers, without Qt (the slip, `show` and `export`
are drawn outside Qt; the screens use Qt's numerus messages, which follow the same rules).

A counted text in a content file is a table of its forms, one per category its language
uses for the counts a kiosk meets: `{ one = "1 réponse …", other = "{count} réponses …" }`;
Arabic has six (zero, one, two, few, many, other), Romanian three (one, few, other).
A category CLDR keeps for numbers of a million and more (the "many" of French, Spanish,
Italian and Portuguese: "1 million de réponses") takes the "other" form.

The rule is looked up by the language's `qt_locale` (pt_PT, not pt: Brazil's differs), so
adding a language needs no code here.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.plural import PluralRule

ORDER = ("zero", "one", "two", "few", "many", "other")  # CLDR's order of the categories
COUNTS = range(0, 1001)  # the counts a kiosk meets: answers, ages, months, seconds


@cache
def _rule(locale: str) -> PluralRule:
    try:
        return Locale.parse(locale).plural_form
    except (UnknownLocaleError, ValueError) as error:
        raise KeyError(locale) from error


def has_rule(locale: str) -> bool:
    """CLDR knows the plural rule of the QLocale name `locale` ("fr_BE", "pt_PT")."""
    try:
        _rule(locale)
    except KeyError:
        return False
    return True


@cache
def categories(locale: str) -> tuple[str, ...]:
    """The forms a counted text of language `locale` must have, in CLDR's order."""
    rule = _rule(locale)
    used = {rule(n) for n in COUNTS}
    return tuple(name for name in ORDER if name in used)


def category(locale: str, n: int) -> str:
    """The form of language `locale` that the whole number `n` takes."""
    name = _rule(locale)(abs(n))
    return name if name in categories(locale) else "other"
