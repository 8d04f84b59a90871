"""What staff read about a declaration: clinical words, one line per drug and allergen,
and every "yesterday" turned into a date, right across midnight and the DST changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.content.locales import Language, load_content
from kiosk.content.questionnaire import Ago, Answer, Typed
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.patient.clinical import ClinicalSummary
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration
from tests.helpers.domain import questionnaire

BRUSSELS = ZoneInfo("Europe/Brussels")


@cache
def staff(code: str) -> Language:
    return load_content(resource_path("locales"), (code,), questionnaire()).language(code)


def summary(code: str = "fr") -> ClinicalSummary:
    return ClinicalSummary(questionnaire(), staff(code), BRUSSELS)


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in UTC (Brussels is UTC+1 in winter, UTC+2 in summer)."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# -- days: calendar days where the patient lives ---------------------------------------


@pytest.mark.parametrize(
    ("made_at", "ago", "expected"),
    [
        # 00:10 in Brussels on Friday 4 December is still Thursday 3 December in UTC
        (at(2026, 12, 3, 23, 10), Ago("days", 1, 1), "jeudi 03/12/2026"),
        (at(2026, 12, 3, 23, 10), Ago("days", 0, 0), "vendredi 04/12/2026"),
        (
            at(2026, 12, 4, 10, 0),
            Ago("days", 2, 3),
            "entre le mardi 01/12/2026 et le mercredi 02/12/2026",
        ),
        (at(2026, 12, 4, 10, 0), Ago("days", 8, None), "le jeudi 26/11/2026 ou avant"),
        # the day after the spring change: still one calendar day back
        (at(2026, 3, 29, 22, 30), Ago("days", 1, 1), "dimanche 29/03/2026"),
    ],
)
def test_days_are_dates_counted_from_the_declaration_in_brussels(
    made_at: datetime, ago: Ago, expected: str
) -> None:
    assert summary().when(ago, made_at) == expected


# -- hours: durations on the real time line, shown in local time -------------------------


@pytest.mark.parametrize(
    ("made_at", "ago", "expected"),
    [
        (at(2026, 12, 4, 9, 40), Ago("hours", 0, 2), "le 04/12/2026 entre 08:40 et 10:40"),
        # across midnight: each end with its own date
        (
            at(2026, 12, 4, 0, 0),
            Ago("hours", 0, 2),
            "entre le 03/12/2026 23:00 et le 04/12/2026 01:00",
        ),
        (at(2026, 12, 4, 0, 0), Ago("hours", 6, None), "avant le 03/12/2026 à 19:00"),
        # spring: at 04:00 CEST, two hours back is 01:00 CET (02:00 never happened)
        (at(2026, 3, 29, 2, 0), Ago("hours", 0, 2), "le 29/03/2026 entre 01:00 et 04:00"),
        # autumn: at 02:30 CET (after the clocks went back), two hours back is 01:30 CEST
        (at(2026, 10, 25, 1, 30), Ago("hours", 0, 2), "le 25/10/2026 entre 01:30 et 02:30"),
        (
            at(2026, 10, 25, 1, 30),
            Ago("hours", 2, 6),
            "entre le 24/10/2026 21:30 et le 25/10/2026 01:30",
        ),
    ],
)
def test_hours_are_a_window_of_clock_times_right_across_dst(
    made_at: datetime, ago: Ago, expected: str
) -> None:
    assert summary().when(ago, made_at) == expected


def test_dutch_staff_read_dutch_days() -> None:
    assert summary("nl").when(Ago("days", 1, 1), at(2026, 12, 4, 10)).startswith("donderdag")


# -- age ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "made_at", "expected"),
    [
        (date(1958, 4, 3), at(2026, 4, 2, 12), "67 ans"),
        (date(1958, 4, 3), at(2026, 4, 2, 22, 30), "68 ans"),  # 00:30 on 3 April in Brussels
        (date(2025, 6, 10), at(2026, 12, 4, 10), "17 mois"),
        (date(2026, 12, 1), at(2026, 12, 4, 10), "0 mois"),
    ],
)
def test_the_age_on_the_day_of_the_declaration(
    born: date, made_at: datetime, expected: str
) -> None:
    assert summary().age(born, made_at) == expected


# -- the lines ------------------------------------------------------------------------------

ISSUE_PATIENT = {
    **ALL_NO_ANSWERS,
    "anticoagulants": "yes",
    "anticoagulant_drugs": frozenset({"aspirin", "rivaroxaban", "other"}),
    "anticoagulant_other_name": Typed("D'Arcy <b>Forte</b>"),
    "anticoagulant_told_to_stop:aspirin": "no",
    "anticoagulant_last_dose:aspirin": "today",
    "anticoagulant_told_to_stop:rivaroxaban": "yes",
    "anticoagulant_last_dose:rivaroxaban": "yesterday",
    "anticoagulant_told_to_stop:other": "dont_know",
    "allergy": "yes",
    "allergy_to": frozenset({"iodinated_contrast", "latex"}),
    "allergy_reaction:iodinated_contrast": frozenset({"breathing"}),
    "allergy_reaction:latex": frozenset({"rash"}),
}


def plain_lines(answers: Mapping[str, Answer], code: str = "fr") -> list[str]:
    declaration = make_declaration(answers=answers, submitted_at=at(2026, 12, 4, 9, 40))
    return [line.plain() for line in summary(code).lines(declaration)]


def test_one_line_per_drug_substance_first_with_its_own_stop_and_last_dose() -> None:
    lines = plain_lines(ISSUE_PATIENT)

    assert "Anticoagulants / antiagrégants plaquettaires: Oui" in lines
    assert (
        "Acide acétylsalicylique (Asaflow, Cardioaspirine, Aspirine) — Arrêt demandé: Non"
        " — Dernière prise: vendredi 04/12/2026"
    ) in lines
    assert "Rivaroxaban (Xarelto) — Arrêt demandé: Oui — Dernière prise: jeudi 03/12/2026" in lines
    assert (
        "D'Arcy <b>Forte</b> (saisi sur la borne) — Arrêt demandé: Ne sait pas"
        " — Dernière prise: pas de réponse"
    ) in lines
    assert not any(line.startswith("Médicaments") for line in lines)  # the list: per line


def test_one_line_per_allergen_with_its_reaction() -> None:
    lines = plain_lines(ISSUE_PATIENT)

    assert "Produit de contraste iodé — Réaction: Difficulté respiratoire" in lines
    assert "Latex — Réaction: Éruption cutanée, urticaire" in lines


def test_answers_are_in_the_third_person() -> None:
    lines = plain_lines({**ALL_NO_ANSWERS, "thyroid": "dont_know"})

    assert "Dysthyroïdie: Ne sait pas" in lines
    assert not any("Je ne sais pas" in line for line in lines)


def test_the_flagged_item_is_marked_where_its_block_is_not() -> None:
    declaration = make_declaration(answers=ISSUE_PATIENT)
    blocks = {block.question.id: block for block in summary().blocks(declaration)}

    allergy = blocks["allergy"].lines
    assert allergy[0].attention  # "Allergie: Oui" says why the block is boxed
    contrast = next(line for line in allergy if line.label == "Produit de contraste iodé")
    assert contrast.flagged and not contrast.attention
    assert not blocks["diabetes"].flagged


def test_the_typed_medicine_is_marked_as_typed() -> None:
    declaration = make_declaration(answers=ISSUE_PATIENT)

    typed = [line for line in summary().lines(declaration) if line.typed]

    assert [line.label for line in typed] == ["D'Arcy <b>Forte</b> (saisi sur la borne)"]


def test_all_no_counts_only_what_applied() -> None:
    declaration = make_declaration(answers=ALL_NO_ANSWERS)  # pregnancy: not applicable

    assert summary().all_no(declaration) == (
        "Le patient a répondu NON aux 5 déclarations qui le concernent (sans objet : Grossesse)."
    )
    everything_no = make_declaration(answers={**ALL_NO_ANSWERS, "pregnancy": "no"})
    assert summary().all_no(everything_no) == "Le patient a répondu NON aux six déclarations."
    assert summary().all_no(make_declaration(answers=ISSUE_PATIENT)) is None


def test_answers_an_earlier_questionnaire_asked_are_shown_as_stored_not_lost() -> None:
    # made before drugs had their own last dose, and before diabetes_medicines
    stored = make_declaration(
        answers={
            **ALL_NO_ANSWERS,
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"warfarin"}),
            "anticoagulant_last_dose": "yesterday",
            "diabetes": "yes",
            "diabetes_metformin": "yes",
        }
    )

    earlier = summary().not_asked_now(stored)
    lines = [line.plain() for line in summary().lines(stored)]

    # still a question: in clinical words, its day as a date (made Friday 27 November)
    assert "Dernière prise: jeudi 26/11/2026" in lines
    # no longer a question: as stored, by its ids
    assert "diabetes_metformin: yes" in lines
    assert [line.flagged for line in earlier] == [False, False]


def test_a_record_round_trips_and_a_stored_declaration_is_shown_as_made(tmp_path: Path) -> None:
    made = make_declaration(answers=ISSUE_PATIENT, submitted_at=at(2026, 12, 4, 9, 40))
    record = summary().record(made)
    stored = replace(made, made_as=record.to_json())

    # The hospital renames "latex" and rewords the allergy title after the declaration.
    edited = tmp_path / "questionnaire.toml"
    source = resource_path("questionnaire.toml").read_text(encoding="utf-8")
    edited.write_text(source.replace('"latex"', '"latex_gloves"'), encoding="utf-8")
    (tmp_path / "pictograms").symlink_to(resource_path("pictograms"))
    today = ClinicalSummary(load_questionnaire(edited), staff("fr"), BRUSSELS)

    assert today.record(stored) == record  # as made, whatever the files say now
    assert "Latex — Réaction: Éruption cutanée, urticaire" in [
        line.plain() for line in today.lines(stored)
    ]
    # without the words kept, today's files lose the latex line
    assert "Latex — Réaction: Éruption cutanée, urticaire" not in [
        line.plain() for line in today.lines(made)
    ]
