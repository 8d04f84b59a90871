"""The slip as the IR nurse reads it, after a patient tapped through the real kiosk: each
drug on its own line with its own last dose as a date, each allergen with its own
reaction, clinical terms in the staff language (French or Dutch), no first-person answer."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.content.locales import Language
from kiosk.patient.flow import Screen
from tests.helpers.kiosk_app import KioskUnderTest, running_kiosk

pytestmark = pytest.mark.e2e

# Friday 4 December 2026, 09:40 UTC: whatever the machine's zone, "yesterday" is the day
# before this moment's local date.
MOMENT = datetime(2026, 12, 4, 9, 40, tzinfo=UTC)
TYPED_DRUG = "D'Arcy <b>Forte</b>"

# What the staff language must say (the clinical terms of clinical-notes.md) and what
# the patient's own first person would have been.
STAFF = {
    "fr": {
        "anticoagulants": "Anticoagulants / antiagrégants plaquettaires",
        "allergy": "Allergie",
        "first_person": "Je ne sais pas",
    },
    "nl": {
        "anticoagulants": "Anticoagulantia / plaatjesremmers",
        "allergy": "Allergie",
        "first_person": "Ik weet het niet",
    },
}


def tap_answer(app: KioskUnderTest, name: str) -> None:
    """Tap an answer, turning to the next part of a long list until it shows."""
    for _ in range(6):
        if any(w.isVisible() for w in app.window.findChildren(QAbstractButton, name)):
            app.tap(name)
            return
        app.tap("answers-more")
    raise AssertionError(f"{name} never showed")


def answer(app: KioskUnderTest, key: str, *options: str) -> None:
    assert app.flow.step.key == key, f"on {app.flow.step}, expected {key}"
    for option in options:
        tap_answer(app, f"answer-{key}-{option}")
    app.tap("next")


def start(app: KioskUnderTest, language: str) -> None:
    """Welcome, pages skipped, for oneself, identity."""
    app.tap(f"language-{language}")
    app.tap("next")
    app.tap("skip")
    answer(app, "for_whom", "self")
    app.type_keys("peeters")
    app.tap("next")
    app.type_keys("an")
    app.tap("next")
    for digit in "03041958":
        app.tap(f"key-{digit}")
    app.tap("next")


def finish(app: KioskUnderTest) -> Path:
    assert app.screen() is Screen.REVIEW
    app.see_the_whole_review()  # 15 mm rows and header: a long review may come in parts
    app.tap("submit")
    app.qtbot.waitUntil(lambda: app.screen() is Screen.DONE, timeout=10_000)
    [slip] = app.slips()
    return slip


def slip_lines(path: Path) -> list[str]:
    """The slip's lines as printed on A4 (wide enough that a drug's line is one line)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def day(staff: Language, days_back: int) -> str:
    local = MOMENT.astimezone().date() - timedelta(days=days_back)
    weekday = staff.slip_text("weekdays").split()[local.weekday()]
    return staff.slip_text("day", weekday=weekday, date=f"{local:%d/%m/%Y}")


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_two_drugs_a_typed_one_and_two_allergies_each_on_its_own_line(
    qtbot: QtBot, tmp_path: Path, code: str
) -> None:
    overrides = (f"kiosk.staff_language={code}", "slip.paper=a4")
    with running_kiosk(qtbot, tmp_path / "data", *overrides, clock=lambda: MOMENT) as app:
        staff = app.kiosk.content.language(code)
        start(app, code)
        answer(app, "anticoagulants", "yes")
        answer(app, "anticoagulant_drugs", "aspirin", "rivaroxaban", "other")
        # another medicine: typed on the on-screen keyboard, markup typed as a hardware
        # keyboard would (the kiosk's has no "<"): kept and printed as typed
        field = app.visible("field-anticoagulant_other_name", QLineEdit)
        app.type_keys("d'arcy")
        qtbot.keyClicks(field, " <b>Forte</b>")  # type: ignore[no-untyped-call]
        app.tap("next")
        answer(app, "anticoagulant_told_to_stop:aspirin", "no")  # continued
        answer(app, "anticoagulant_last_dose:aspirin", "today")
        answer(app, "anticoagulant_told_to_stop:rivaroxaban", "yes")  # stopped yesterday
        answer(app, "anticoagulant_last_dose:rivaroxaban", "yesterday")
        answer(app, "anticoagulant_told_to_stop:other", "dont_know")
        answer(app, "anticoagulant_last_dose:other", "days_6_7")
        answer(app, "pregnancy", "no")
        answer(app, "breastfeeding", "no")
        answer(app, "allergy", "yes")
        answer(app, "allergy_to", "iodinated_contrast", "latex")
        answer(app, "allergy_reaction:iodinated_contrast", "breathing")
        answer(app, "allergy_reaction:latex", "rash")
        for key in ("diabetes", "renal_insufficiency", "thyroid", "fasting_asked"):
            answer(app, key, "no")
        answer(app, "escort_home", "yes")
        slip = finish(app)
        questionnaire = app.kiosk.questionnaire

    lines = slip_lines(slip)
    text = " ".join(lines)
    drugs = questionnaire.by_id()["anticoagulant_drugs"]
    allergens = questionnaire.by_id()["allergy_to"]
    stop = staff.slip_title("anticoagulant_told_to_stop")
    last = staff.slip_title("anticoagulant_last_dose")
    stopped = questionnaire.by_id()["anticoagulant_told_to_stop"]

    def line_of(label: str) -> str:
        """The printed line that begins with `label`, with the lines it wraps onto: up to
        the next line that begins something else (a drug, an allergen, a question)."""
        [first] = [n for n, line in enumerate(lines) if line.startswith(label)]
        end = first + 1
        while end < len(lines) and not lines[end].startswith(starts):
            end += 1
        return " ".join(lines[first:end])

    reactions = questionnaire.by_id()["allergy_reaction"]
    starts = (
        *(staff.slip_option(drugs, option) for option in drugs.options),
        *(staff.slip_option(allergens, option) for option in allergens.options),
        TYPED_DRUG,
        *(staff.slip_title(q.id) for q in questionnaire.walk() if not q.each),
    )

    # one line per drug: the substance first, the box's name, its own stop and last dose
    aspirin = line_of(staff.slip_option(drugs, "aspirin"))
    assert "(Asaflow, Cardioaspirine, Aspirine)" in aspirin
    assert f"{stop}: {staff.answer_text(stopped, 'no', for_slip=True)}" in aspirin
    assert f"{last}: {day(staff, 0)}" in aspirin
    rivaroxaban = line_of(staff.slip_option(drugs, "rivaroxaban"))
    assert rivaroxaban.startswith("Rivaroxaban (Xarelto)")
    assert f"{stop}: {staff.answer_text(stopped, 'yes', for_slip=True)}" in rivaroxaban
    assert f"{last}: {day(staff, 1)}" in rivaroxaban
    typed = line_of(f"{TYPED_DRUG} ({staff.slip_text('typed')})")  # as typed, not as markup
    assert staff.slip_text("days_between", first=day(staff, 7), last=day(staff, 6)) in typed
    # one line per allergen, each with its own reaction
    contrast = line_of(staff.slip_option(allergens, "iodinated_contrast"))
    assert staff.slip_option(reactions, "breathing") in contrast
    assert staff.slip_option(reactions, "rash") not in contrast
    latex = line_of(staff.slip_option(allergens, "latex"))
    assert staff.slip_option(reactions, "rash") in latex
    # the clinical terms, in the staff's words, never the patient's first person
    assert STAFF[code]["anticoagulants"] in text
    assert STAFF[code]["allergy"] in text
    assert STAFF[code]["first_person"] not in text


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_a_man_is_not_asked_about_breastfeeding_and_his_slip_counts_what_applied(
    qtbot: QtBot, tmp_path: Path, code: str
) -> None:
    overrides = (f"kiosk.staff_language={code}", "slip.paper=a4")
    with running_kiosk(qtbot, tmp_path / "data", *overrides, clock=lambda: MOMENT) as app:
        staff = app.kiosk.content.language(code)
        start(app, code)
        seen = []
        for key, option in [
            ("anticoagulants", "no"),
            ("pregnancy", "not_applicable"),
            ("allergy", "no"),
            ("diabetes", "no"),
            ("renal_insufficiency", "no"),
            ("thyroid", "no"),
            ("fasting_asked", "no"),
            ("escort_home", "yes"),
        ]:
            seen.append(app.flow.step.key)
            answer(app, key, option)
        assert "breastfeeding" not in seen
        slip = finish(app)

    text = " ".join(slip_lines(slip))
    expected = staff.slip_count(
        "all_no_applicable", 5, count=5, not_applicable=staff.slip_title("pregnancy")
    )
    assert " ".join(expected.split()) in text
    assert staff.slip_text("all_no") not in text  # not "NO to all six"
    assert staff.slip_title("breastfeeding") not in text


def test_the_patient_sees_the_name_on_the_box(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data", clock=lambda: MOMENT) as app:
        start(app, "fr")
        answer(app, "anticoagulants", "yes")
        names = {
            button.text()
            for button in app.window.findChildren(QAbstractButton)
            if button.objectName().startswith("answer-anticoagulant_drugs-")
        }
        assert any("Sintrom" in name and "Acénocoumarol" in name for name in names), names
        assert any("Xarelto" in name and "Rivaroxaban" in name for name in names), names
        tap_answer(app, "answer-anticoagulant_drugs-rivaroxaban")
        app.tap("next")
        # the screen names the drug it asks about
        assert app.flow.step.key == "anticoagulant_told_to_stop:rivaroxaban"
        assert "Xarelto" in app.shown_text()
