"""The `[fhir]` keys and `kiosk.id`: a mistake stops the start with a message naming
the key, the value and what was expected."""

from __future__ import annotations

import pytest

from kiosk.config import load_config
from kiosk.config_fhir import token_problem
from kiosk.errors import ConfigError


def config(*overrides: str):
    return load_config(overrides=list(overrides), environ={})


def test_the_record_is_off_by_default() -> None:
    assert not config().fhir.enabled


def test_resources_are_created_by_their_identifiers_unless_put_is_asked() -> None:
    assert config().fhir.create == "conditional"
    assert config('fhir.create="put"').fhir.create == "put"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (
            'fhir.base_url="http://record.example/fhir"',
            "fhir.base_url = 'http://record.example/fhir': expected an https:// URL",
        ),
        ('fhir.base_url="record"', "fhir.base_url = 'record': expected an https:// URL"),
        ('kiosk.id="waiting room"', "kiosk.id = 'waiting room': expected 1 to 40 letters"),
        ("fhir.timeout_seconds=0", "fhir.timeout_seconds = 0: expected a whole number from 1"),
        ("fhir.retry_max_seconds=true", "fhir.retry_max_seconds = True: expected a whole"),
        ('fhir.ca_file="/etc/ca.pem"', "fhir.ca_file = '/etc/ca.pem': expected empty unless"),
        (
            'fhir.identifier_system="declarations"',
            "fhir.identifier_system = 'declarations': expected an absolute URI",
        ),
        ('fhir.create="post"', 'fhir.create = \'post\': expected "conditional" or "put"'),
    ],
)
def test_a_wrong_value_is_named_with_what_was_expected(override: str, message: str) -> None:
    with pytest.raises(ConfigError, match="^--set: " + message.replace("(", r"\(")):
        config(override)


def test_one_target_at_a_time() -> None:
    with pytest.raises(ConfigError, match=r"fhir\.folder = '/srv/inbox': expected empty when"):
        config('fhir.base_url="https://record.example/fhir"', 'fhir.folder="/srv/inbox"')


def test_http_is_accepted_on_this_machine_only() -> None:
    assert config('fhir.base_url="http://127.0.0.1:8080/fhir"').fhir.enabled


def test_a_token_file_must_be_owner_only_and_hold_one_token(tmp_path) -> None:
    token = tmp_path / "token"
    token.write_text("abc\n")
    token.chmod(0o600)
    assert token_problem(str(token)) is None
    token.chmod(0o640)
    assert "readable by others (mode 0640)" in (token_problem(str(token)) or "")
    token.chmod(0o600)
    token.write_text("two words\n")
    assert "expected one token on one line" in (token_problem(str(token)) or "")
    assert "cannot be read" in (token_problem(str(tmp_path / "none")) or "")
