"""Configuration values that used to end in a traceback, or in a kiosk that looked
fine (issue 16): each is now refused naming the key, the value and what is expected."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from kiosk.commands.admin import day_bounds, parse_day
from kiosk.config import load_config
from kiosk.errors import ConfigError, ContentError
from kiosk.resources import RESOURCE_ROOT
from kiosk.tomlfile import read_toml

DEEP = "[" * 5000 + "]" * 5000


def refused(path: Path | None = None, overrides: tuple[str, ...] = ()) -> str:
    with pytest.raises(ConfigError) as raised:
        load_config(path, overrides, environ={})
    return str(raised.value)


def test_a_deeply_nested_config_file_is_named_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[kiosk]\nhospital_name = {DEEP}\n", encoding="utf-8")

    message = refused(path)

    assert str(path) in message and "too deeply" in message


def test_a_deeply_nested_override_is_named_not_a_recursion_error() -> None:
    message = refused(overrides=(f"kiosk.hospital_name={DEEP}",))
    assert "kiosk.hospital_name" in message and "too deeply" in message


def test_any_toml_file_people_edit_says_so_too(tmp_path: Path) -> None:
    path = tmp_path / "questionnaire.toml"
    path.write_text(f"x = {{a = {'{b = ' * 3000}1{'}' * 3000}}}\n", encoding="utf-8")
    with pytest.raises(ContentError, match="too deeply"):
        read_toml(path, ContentError, "questionnaire")


@pytest.mark.parametrize(
    "override",
    [
        'kiosk.data_dir="/var/lib/a\\u0000b"',
        'printer.folder="/tmp/a\\u0000b"',
        'printer.queue="recep\\u0000tion"',
        'kiosk.hospital_name="H\\u00f4pital\\nX"',
    ],
)
def test_control_characters_in_a_text_setting_are_refused(override: str) -> None:
    key = override.split("=")[0]
    message = refused(overrides=(override,))
    assert f"{key} = " in message and "without control characters" in message


def test_a_missing_resources_dir_is_named_with_its_key(tmp_path: Path) -> None:
    message = refused(overrides=(f'kiosk.resources_dir="{tmp_path / "nowhere"}"',))
    assert "kiosk.resources_dir" in message and "nowhere" in message
    assert "copy of resources/" in message


def test_a_resources_dir_without_its_files_is_named(tmp_path: Path) -> None:
    message = refused(overrides=(f'kiosk.resources_dir="{tmp_path}"',))
    assert "questionnaire.toml, locales/ missing" in message


def test_a_real_copy_of_the_resources_is_accepted() -> None:
    config = load_config(None, (f'kiosk.resources_dir="{RESOURCE_ROOT}"',), environ={})
    assert config.kiosk.resources_dir == str(RESOURCE_ROOT)


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "9999-12-31"])
def test_a_day_whose_midnights_do_not_fit_is_refused_saying_the_range(text: str) -> None:
    with pytest.raises(ValueError, match="from 1900-01-01 to 9999-12-30"):
        parse_day(text, date(2026, 12, 4))


@pytest.mark.parametrize("text", ["1900-01-01", "9999-12-30", "2026-12-04"])
def test_days_within_the_range_are_taken(text: str) -> None:
    assert parse_day(text, date(2026, 12, 4)) == date.fromisoformat(text)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12", "Europe/Brussels"])
def test_the_first_and_last_days_have_bounds_in_every_time_zone(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        for text in ("1900-01-01", "9999-12-30"):
            start, end = day_bounds(parse_day(text, date(2026, 12, 4)))
            assert start < end
    finally:
        monkeypatch.undo()
        time.tzset()
