"""Capitals the way a name's language writes them. Python's `str.upper()` knows no
language: it gives "I" for "i". Turkish and Azerbaijani pair the dotted "i" with "İ" and
the dotless "ı" with "I" ("ismail" -> "İsmail", "ılgaz" -> "Ilgaz"); every other language
pairs "i" with "I", and its dotless "ı" (a Turkish name typed on a French keyboard) is
capitalised "I" as well, since that is the only capital it has. Qt-free: the name
keyboard, the staff list's initials and the slip's last name use it."""

from __future__ import annotations

DOTTED_CAPITAL_I = frozenset({"tr", "az"})  # languages whose capital of "i" is "İ"


def upper(text: str, language: str) -> str:
    """`text` in capitals as `language` (a code: "tr", "fr"...) writes them."""
    if language.split("_")[0].lower() in DOTTED_CAPITAL_I:
        text = text.replace("i", "İ")
    return text.upper()
