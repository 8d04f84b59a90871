"""Names and birth dates as the patient types them, and what a declaration flags."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.questionnaire import Questionnaire, Typed
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.patient.declaration import (
    Answer,
    Declaration,
    InvalidInput,
    Problem,
    answer_from_json,
    answer_to_json,
    clean_name,
    parse_birth_date,
)
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_NO_ANSWERS

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


# -- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Lefèvre", "Lefèvre"),
        ("  Lefèvre  ", "Lefèvre"),
        ("Van   der\tBerg", "Van der Berg"),
        ("Marie-Hélène", "Marie-Hélène"),
        ("O'Brien", "O'Brien"),
        ("D’Alembert", "D’Alembert"),
        ("St. John", "St. John"),
        ("Müller Ñúñez Øster Łukasz", "Müller Ñúñez Øster Łukasz"),
        ("محمد", "محمد"),
        ("عبد الله", "عبد الله"),
        ("Δημήτρης", "Δημήτρης"),
        ("Ёлкин", "Ёлкин"),
        ("李", "李"),
    ],
)
def test_a_name_is_kept_as_typed_trimmed(typed: str, stored: str) -> None:
    assert clean_name(typed, 50) == stored


def test_a_decomposed_accent_is_stored_composed() -> None:
    decomposed = "Le\u0301a"  # "Léa" as some keyboards send it

    assert clean_name(decomposed, 50) == "Léa"
    assert len(clean_name(decomposed, 50)) == 3


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_an_empty_name_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_name(typed, 50)

    assert raised.value.problem is Problem.NAME_EMPTY


def test_a_name_of_exactly_the_maximum_length_is_accepted() -> None:
    assert clean_name("A" * 50, 50) == "A" * 50


def test_a_name_longer_than_the_maximum_is_refused() -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_name("A" * 51, 50)

    assert raised.value.problem is Problem.NAME_TOO_LONG


def test_spaces_around_a_long_name_do_not_count() -> None:
    assert clean_name("  " + "A" * 50 + "  ", 50) == "A" * 50


@pytest.mark.parametrize(
    "typed",
    [
        "Jean2",
        "007",
        "Lefèvre 😀",
        "😀",
        "<b>Jean</b>",
        "Jean;",
        "Robert'); DROP TABLE",
        "Jean\x00",
        "Je\x07an",
        "Jean\u200b",
        "Jean\u202e",
        "Jean_Pierre",
        "Jean@home",
        "Jean/Pierre",
        "Ⅻ",
        "٣",
        "'-.",
        "-",
        "''",
    ],
)
def test_a_name_with_other_than_letters_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_name(typed, 50)

    assert raised.value.problem is Problem.NAME_INVALID


def test_the_refusal_carries_the_key_of_the_text_shown() -> None:
    with pytest.raises(InvalidInput) as raised:
        clean_name("Jean2", 50)

    assert str(raised.value) == "name_invalid"


@given(st.text(max_size=80), st.integers(min_value=1, max_value=120))
def test_clean_name_either_refuses_or_returns_a_stable_clean_name(
    text: str, max_length: int
) -> None:
    try:
        name = clean_name(text, max_length)
    except InvalidInput as refused:
        assert isinstance(refused.problem, Problem)
        return
    assert clean_name(name, max_length) == name
    assert name == name.strip()
    assert "  " not in name
    assert 0 < len(name) <= max_length
    assert not any(unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs", "Cn") for char in name)
    assert not any(char.isdigit() or char in '<>;&"' for char in name)
    assert any(char.isalpha() for char in name)


# -- birth dates --------------------------------------------------------------------------


def test_a_birth_date_is_typed_day_month_year() -> None:
    assert parse_birth_date("03041958", TODAY) == date(1958, 4, 3)


def test_a_birth_today_and_on_29_february_are_accepted() -> None:
    assert parse_birth_date("27112026", TODAY) == TODAY
    assert parse_birth_date("29022024", TODAY) == date(2024, 2, 29)


@pytest.mark.parametrize(
    "digits",
    [
        "",
        "0304",
        "0304195",
        "030419580",
        "03/04/58",
        "03-04-58",
        "dd041958",
        "０３０４１９５８",
        "0304 958",
    ],
)
def test_an_incomplete_birth_date_is_refused(digits: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_birth_date(digits, TODAY)

    assert raised.value.problem is Problem.DATE_INCOMPLETE


@pytest.mark.parametrize(
    "digits", ["31022000", "29022023", "00012000", "01002000", "32012000", "01132000", "01010000"]
)
def test_an_impossible_birth_date_is_refused(digits: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_birth_date(digits, TODAY)

    assert raised.value.problem is Problem.DATE_IMPOSSIBLE


@pytest.mark.parametrize("digits", ["28112026", "01012027", "27112126"])
def test_a_birth_date_in_the_future_is_refused(digits: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_birth_date(digits, TODAY)

    assert raised.value.problem is Problem.DATE_FUTURE


@pytest.mark.parametrize("digits", ["01011900", "27111800", "01010001"])
def test_a_birth_date_more_than_125_years_ago_is_refused(digits: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_birth_date(digits, TODAY)

    assert raised.value.problem is Problem.DATE_TOO_OLD


def test_a_centenarian_is_accepted() -> None:
    assert parse_birth_date("15061921", TODAY) == date(1921, 6, 15)
    assert parse_birth_date("31121901", TODAY) == date(1901, 12, 31)


@given(st.text(min_size=8, max_size=8), st.dates())
def test_parse_birth_date_raises_only_invalid_input(digits: str, today: date) -> None:
    try:
        born = parse_birth_date(digits, today)
    except InvalidInput as refused:
        assert isinstance(refused.problem, Problem)
        return
    assert born <= today
    assert digits.isdigit()


@given(st.from_regex(r"\A[0-9]{8}\Z"), st.dates())
def test_parse_birth_date_of_any_8_digits_raises_only_invalid_input(
    digits: str, today: date
) -> None:
    try:
        born = parse_birth_date(digits, today)
    except InvalidInput:
        return
    assert (born.day, born.month, born.year) == (int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    assert born <= today


# -- declarations -------------------------------------------------------------------------


def declaration(answers: Mapping[str, Answer]) -> Declaration:
    return Declaration(
        session_id="s1",
        language="fr",
        last_name="Lefèvre",
        first_name="Marie-Hélène",
        birth_date=date(1958, 4, 3),
        answers=answers,
        questionnaire_version="2026-11-27.1",
        submitted_at=datetime(2026, 11, 27, 13, 42, tzinfo=UTC),
    )


NO_TO_ALL: dict[str, Answer] = dict(ALL_NO_ANSWERS)


def test_no_to_all_flags_nothing_and_says_so(questionnaire: Questionnaire) -> None:
    answered = declaration(NO_TO_ALL)

    assert answered.flagged(questionnaire) == []
    assert answered.all_declarations_no(questionnaire)


def test_pregnancy_no_also_counts_as_no(questionnaire: Questionnaire) -> None:
    assert declaration({**NO_TO_ALL, "pregnancy": "no"}).all_declarations_no(questionnaire)


@pytest.mark.parametrize(
    "question_id",
    ["anticoagulants", "pregnancy", "allergy", "diabetes", "renal_insufficiency", "thyroid"],
)
@pytest.mark.parametrize("answer", ["yes", "dont_know"])
def test_yes_or_dont_know_to_a_declaration_is_flagged(
    questionnaire: Questionnaire, question_id: str, answer: str
) -> None:
    answered = declaration({**NO_TO_ALL, question_id: answer})

    assert answered.flagged(questionnaire) == [question_id]
    assert not answered.all_declarations_no(questionnaire)


def test_possibly_pregnant_is_flagged(questionnaire: Questionnaire) -> None:
    assert declaration({**NO_TO_ALL, "pregnancy": "possibly"}).flagged(questionnaire) == [
        "pregnancy"
    ]


def test_a_declaration_left_unanswered_is_not_all_no(questionnaire: Questionnaire) -> None:
    answers = dict(NO_TO_ALL)
    del answers["thyroid"]

    assert not declaration(answers).all_declarations_no(questionnaire)


def test_practical_answers_reception_must_act_on_are_flags_but_not_declarations(
    questionnaire: Questionnaire,
) -> None:
    answered = declaration(
        {
            **NO_TO_ALL,
            "escort_home": "no",  # must not drive for 24 hours
            "fasting_asked": "yes",
            "fasting_last_food": "under_2h",
            "fasting_last_drink": "over_6h",
        }
    )

    assert answered.flagged(questionnaire) == ["fasting_last_food", "escort_home"]
    assert answered.all_declarations_no(questionnaire)  # the six are still all "no"


def test_a_reaction_to_contrast_dye_is_flagged(questionnaire: Questionnaire) -> None:
    answered = declaration(
        {
            **NO_TO_ALL,
            "allergy": "yes",
            "allergy_to": frozenset({"latex", "iodinated_contrast"}),
            "allergy_reaction:latex": frozenset({"rash"}),
            "allergy_reaction:iodinated_contrast": frozenset({"collapse"}),
        }
    )

    # the reaction that went with the contrast dye, named by its item
    assert answered.flagged(questionnaire) == [
        "allergy",
        "allergy_to",
        "allergy_reaction:iodinated_contrast",
    ]


def test_flagged_follow_ups_come_in_asked_order(questionnaire: Questionnaire) -> None:
    answered = declaration(
        {
            **NO_TO_ALL,
            "diabetes": "yes",
            "diabetes_medicines": frozenset({"metformin"}),
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"warfarin"}),
            "pregnancy": "no",
            "breastfeeding": "yes",
        }
    )

    assert answered.flagged(questionnaire) == [
        "anticoagulants",
        "breastfeeding",
        "diabetes",
        "diabetes_medicines",
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "yes",
        frozenset(),
        frozenset({"apixaban", "aspirin"}),
        Typed("D'Arcy <b>80</b>"),
        Typed("23"),
    ],
)
def test_answers_round_trip_through_json(answer: Answer) -> None:
    assert answer_from_json(answer_to_json(answer)) == answer


def test_a_multi_answer_is_stored_sorted() -> None:
    assert answer_to_json(frozenset({"warfarin", "aspirin"})) == ["aspirin", "warfarin"]
