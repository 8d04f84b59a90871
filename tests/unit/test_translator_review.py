"""A translator's review recorded in language.toml: read and checked by the loader, shown
by `languages` and `doctor`, and written in place with the file's comments kept."""

from __future__ import annotations

import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.content.languages import describe, language_states
from kiosk.content.locales import load_content
from kiosk.content.questionnaire import Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.content.translator_review import check_name, record_review
from kiosk.doctor.checks import language_findings
from kiosk.errors import ContentError
from kiosk.resources import I18N_DIR, resource_path


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    """A copy of the shipped languages, to change."""
    copy = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), copy)
    return copy


def test_no_shipped_language_is_reviewed_until_a_hospital_says_so() -> None:
    for folder in resource_path("locales").iterdir():
        meta = tomllib.loads((folder / "language.toml").read_text(encoding="utf-8"))
        assert meta["reviewed"] is False, folder.name


def test_recording_sets_the_three_keys_and_keeps_every_other_line(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "nl" / "language.toml"
    before = path.read_text(encoding="utf-8").splitlines()
    path.chmod(0o644)

    record_review(path, 'Anna "An" Peeters', date(2026, 12, 1))

    after = path.read_text(encoding="utf-8").splitlines()
    assert (
        after[: before.index(next(line for line in before if line.startswith("reviewed")))]
        == (before[: before.index(next(line for line in before if line.startswith("reviewed")))])
    )
    changed = [line for line in after if line not in before]
    assert changed == [
        "reviewed = true               # true zodra een gekwalificeerde vertaler elk bestand "
        "heeft nagelezen",
        'reviewed_by = "Anna \\"An\\" Peeters"',
        "reviewed_on = 2026-12-01",
    ]
    assert [line for line in before if line not in after] == [
        line for line in before if line.startswith("reviewed = false")
    ]
    assert path.stat().st_mode & 0o777 == 0o644  # still readable by the kiosk's user
    assert not [other for other in path.parent.iterdir() if other.name.endswith(".part")]
    language = load_content(locales, ["fr", "nl"], questionnaire).language("nl")
    assert (language.reviewed, language.reviewed_by) == (True, 'Anna "An" Peeters')
    assert language.reviewed_on == date(2026, 12, 1)

    record_review(path, "B. Janssens", date(2026, 12, 3))  # a second review replaces them

    text = path.read_text(encoding="utf-8")
    assert text.count("reviewed_by") == 1 and 'reviewed_by = "B. Janssens"' in text
    assert "reviewed_on = 2026-12-03" in text


def test_languages_and_doctor_say_who_reviewed_and_when(locales: Path) -> None:
    record_review(locales / "ar" / "language.toml", "Samira El Idrissi", date(2026, 11, 30))
    config = load_config(None, [])

    states = {state.code: state for state in language_states(config, locales, I18N_DIR)}

    assert states["ar"].reviewed and states["ar"].reviewed_by == "Samira El Idrissi"
    assert states["ar"].reviewed_on == "2026-11-30"
    assert states["ar"].as_json()["reviewed_by"] == "Samira El Idrissi"
    table = describe(list(states.values()))
    row = next(line for line in table.splitlines() if line.startswith("ar "))
    assert "yes" in row and "reviewed by Samira El Idrissi on 2026-11-30" in row
    assert not states["nl"].reviewed and states["nl"].reviewed_by == ""
    findings = [(f.level, f.message) for f in language_findings(list(states.values()))]
    assert (
        "ok",
        "reviewed by a qualified translator: ar by Samira El Idrissi on 2026-11-30",
    ) in findings
    warning = next(message for level, message in findings if level == "warning")
    assert "not reviewed by a qualified translator" in warning and "ar" not in warning


@pytest.mark.parametrize(
    ("keys", "named", "said"),
    [
        ("reviewed = true", "reviewed_by", "missing"),
        ('reviewed = true\nreviewed_by = "A. Peeters"', "reviewed_on", "missing"),
        ("reviewed = true\nreviewed_on = 2026-12-01", "reviewed_by", "missing"),
        ('reviewed = false\nreviewed_on = "05/12/2026"', "reviewed_on", "expected a date"),
        ('reviewed = false\nreviewed_on = "2026-13-01"', "reviewed_on", "expected a date"),
        ("reviewed = false\nreviewed_on = 2026-12-01T10:00:00", "reviewed_on", "expected a date"),
        ('reviewed = false\nreviewed_by = ""', "reviewed_by", "translator's name"),
        ("reviewed = false\nreviewed_by = 3", "reviewed_by", "translator's name"),
    ],
)
def test_a_review_without_who_or_when_or_a_bad_date_is_refused_naming_key_and_file(
    locales: Path, questionnaire: Questionnaire, keys: str, named: str, said: str
) -> None:
    path = locales / "nl" / "language.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("reviewed = false", keys, 1), encoding="utf-8")

    with pytest.raises(ContentError) as raised:
        load_content(locales, ["fr", "nl"], questionnaire)
    with pytest.raises(ContentError) as listed:
        language_states(load_config(None, []), locales, I18N_DIR)

    for message in (str(raised.value), str(listed.value)):
        assert str(path) in message and f"{named}:" in message and said in message


def test_a_date_as_text_is_accepted(locales: Path, questionnaire: Questionnaire) -> None:
    path = locales / "nl" / "language.toml"
    text = path.read_text(encoding="utf-8")
    keys = 'reviewed = true\nreviewed_by = "A. Peeters"\nreviewed_on = "2026-12-05"'
    path.write_text(text.replace("reviewed = false", keys, 1), encoding="utf-8")

    language = load_content(locales, ["fr", "nl"], questionnaire).language("nl")

    assert language.reviewed_on == date(2026, 12, 5)


@pytest.mark.parametrize("name", ["", "   ", "A\nB", "x" * 121])
def test_a_name_that_cannot_be_signed_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="--by"):
        check_name(name)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no such file"):
        record_review(tmp_path / "language.toml", "A. Peeters", date(2026, 12, 1))
