"""Names and typed words that would print as a blank, or spill out of their line:
letters that print as nothing, and accents stacked on one letter (issue 16)."""

from __future__ import annotations

import pytest

from kiosk.patient.declaration import InvalidInput, Problem, clean_name, clean_typed_text

BLANK = ["\u3164", "\u115f", "\u1160", "\uffa0", "\u2800", "\u3164\u3164 \u3164", "\u115f\u1160"]
ACUTE, GRAVE, DOT_BELOW, TILDE = "\u0301", "\u0300", "\u0323", "\u0303"


@pytest.mark.parametrize("typed", BLANK)
def test_a_name_of_letters_that_print_as_nothing_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        clean_name(typed, 50)
    assert refused.value.problem is Problem.NAME_INVALID


@pytest.mark.parametrize("typed", BLANK)
def test_typed_words_that_print_as_nothing_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        clean_typed_text(typed, 50)
    assert refused.value.problem is Problem.TEXT_INVALID


def test_a_blank_letter_inside_a_name_is_refused_too() -> None:
    with pytest.raises(InvalidInput):
        clean_name("Jean\u3164Pierre", 50)


def test_more_than_three_accents_on_one_letter_are_refused() -> None:
    stacked = "Zq" + ACUTE + GRAVE + DOT_BELOW + TILDE + "e"  # four: no "q" has one
    with pytest.raises(InvalidInput) as name:
        clean_name(stacked, 50)
    with pytest.raises(InvalidInput) as typed:
        clean_typed_text(stacked, 50)
    assert name.value.problem is Problem.NAME_INVALID
    assert typed.value.problem is Problem.TEXT_INVALID


def test_a_short_zalgo_name_within_the_length_limit_is_refused() -> None:
    zalgo = "A" + ACUTE * 40  # 41 characters: under the length limit of 50
    with pytest.raises(InvalidInput):
        clean_name(zalgo, 50)


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Thị Ánh",  # Vietnamese: two marks on a letter, composed or not
        "Nguye\u0302\u0303n",
        "مُحَمَّد",  # Arabic: shadda and a vowel on one letter
        "Zq" + ACUTE + GRAVE + DOT_BELOW + "e",  # three: the limit
    ],
)
def test_real_names_with_accents_stay_accepted(name: str) -> None:
    assert clean_name(name, 50)
    assert clean_typed_text(name, 50)
