"""The card reader's settings: declared once, every key in config.example.toml, and a
wrong value stops the start naming the key, the value and what was expected."""

from __future__ import annotations

import pytest

from kiosk.config import load_config
from kiosk.errors import ConfigError


def test_the_reader_is_on_and_the_national_number_not_kept_by_default() -> None:
    config = load_config(overrides=[], environ={})
    assert config.identity.card_reader == "auto"
    assert config.identity.keep_national_number is False


@pytest.mark.parametrize(
    ("override", "said"),
    [
        ('identity.card_reader="sometimes"', "identity.card_reader = 'sometimes': expected"),
        ("identity.keep_national_number=3", "identity.keep_national_number = 3: expected"),
    ],
)
def test_a_wrong_value_names_key_value_and_expectation(override: str, said: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(overrides=[override], environ={})
    assert said in str(raised.value)


def test_off_and_keeping_the_number_are_accepted() -> None:
    config = load_config(
        overrides=['identity.card_reader="off"', "identity.keep_national_number=true"],
        environ={},
    )
    assert config.identity.card_reader == "off" and config.identity.keep_national_number
