"""The configuration hospital IT edits: defaults, file, KIOSK_CONFIG, --set, and errors
that name the key, the value and what was expected."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import CONFIG_ENV, Config, load_config, setting_docs
from kiosk.errors import ConfigError
from kiosk.resources import RESOURCE_ROOT

EXAMPLE = RESOURCE_ROOT.parent / "config.example.toml"


def write(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def config_error(*args: Any, **kwargs: Any) -> str:
    kwargs.setdefault("environ", {})
    with pytest.raises(ConfigError) as raised:
        load_config(*args, **kwargs)
    return str(raised.value)


# -- defaults -------------------------------------------------------------------------


def test_without_file_every_setting_has_its_default() -> None:
    config = load_config(environ={})

    assert config == Config()
    # French and Dutch required; then as many people in Brussels speak them (BRIO 2024)
    assert config.kiosk.languages == ("fr", "nl", "en", "es", "ar", "it", "de", "pt", "tr", "ro")
    assert config.kiosk.default_language == "fr"
    assert config.kiosk.staff_language == "fr"
    assert config.display.fullscreen is False
    assert config.flow.done_return_seconds == 20
    assert config.identity.max_name_length == 50
    assert config.slip.paper == "receipt80"
    assert config.printer.backend == "auto"  # CUPS when there is a default printer
    assert (config.printer.queue, config.printer.copies) == ("", 1)


def test_default_data_dir_is_under_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))

    config = load_config(environ={})

    assert config.data_dir == tmp_path / "share" / "radiology-kiosk"
    assert config.database_path == tmp_path / "share" / "radiology-kiosk" / "kiosk.sqlite3"
    assert config.slip_folder == tmp_path / "share" / "radiology-kiosk" / "slips"


def test_without_xdg_data_home_data_dir_is_under_local_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    assert load_config(environ={}).data_dir == tmp_path / ".local/share/radiology-kiosk"


def test_data_dir_and_slip_folder_from_the_file_expand_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = write(tmp_path, '[kiosk]\ndata_dir = "~/kiosk"\n[printer]\nfolder = "~/out"\n')

    config = load_config(path, environ={})

    assert config.data_dir == tmp_path / "kiosk"
    assert config.database_path == tmp_path / "kiosk" / "kiosk.sqlite3"
    assert config.slip_folder == tmp_path / "out"


# -- sources ---------------------------------------------------------------------------


def test_values_of_the_file_replace_the_defaults_and_the_rest_stays(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[kiosk]
languages = ["en", "fr"]
default_language = "en"
hospital_name = "Cliniques universitaires Saint-Luc"

[display]
fullscreen = true
orientation = "landscape"

[flow]
done_return_seconds = 45

[slip]
paper = "a4"
""",
    )

    config = load_config(path, environ={})

    assert config.kiosk.languages == ("en", "fr")
    assert config.kiosk.default_language == "en"
    assert config.kiosk.hospital_name == "Cliniques universitaires Saint-Luc"
    assert config.display.fullscreen is True
    assert config.display.orientation == "landscape"
    assert config.flow.done_return_seconds == 45
    assert config.slip.paper == "a4"
    assert config.kiosk.staff_language == "fr"
    assert config.identity.max_name_length == 50


def test_kiosk_config_environment_variable_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[slip]\npaper = "a4"\n')

    assert load_config(environ={CONFIG_ENV: str(path)}).slip.paper == "a4"


def test_an_explicit_path_wins_over_kiosk_config(tmp_path: Path) -> None:
    from_env = write(tmp_path, '[slip]\npaper = "a4"\n', "env.toml")
    explicit = write(tmp_path, '[slip]\npaper = "receipt80"\n', "explicit.toml")

    assert load_config(explicit, environ={CONFIG_ENV: str(from_env)}).slip.paper == "receipt80"


def test_empty_kiosk_config_means_no_file() -> None:
    assert load_config(environ={CONFIG_ENV: ""}) == Config()


@pytest.mark.parametrize(
    ("override", "section", "key", "value"),
    [
        ("flow.done_return_seconds=30", "flow", "done_return_seconds", 30),
        ("identity.max_name_length = 80", "identity", "max_name_length", 80),
        ("display.fullscreen=true", "display", "fullscreen", True),
        ("display.fullscreen=false", "display", "fullscreen", False),
        ("slip.paper=a4", "slip", "paper", "a4"),
        ('slip.paper="a4"', "slip", "paper", "a4"),
        ("kiosk.hospital_name=Clinique Saint-Luc", "kiosk", "hospital_name", "Clinique Saint-Luc"),
        ("kiosk.data_dir=/srv/kiosk", "kiosk", "data_dir", "/srv/kiosk"),
        ("kiosk.data_dir=", "kiosk", "data_dir", ""),
        ('kiosk.languages=["en", "fr"]', "kiosk", "languages", ("en", "fr")),
    ],
)
def test_set_overrides_take_toml_values_or_bare_words(
    override: str, section: str, key: str, value: object
) -> None:
    config = load_config(overrides=[override], environ={})

    assert getattr(getattr(config, section), key) == value


def test_set_overrides_win_over_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[slip]\npaper = "a4"\n[flow]\ndone_return_seconds = 60\n')

    config = load_config(path, ["slip.paper=receipt80", "display.fullscreen=true"], environ={})

    assert config.slip.paper == "receipt80"
    assert config.display.fullscreen is True
    assert config.flow.done_return_seconds == 60


def test_the_last_of_two_set_overrides_of_one_key_wins() -> None:
    config = load_config(overrides=["slip.paper=a4", "slip.paper=receipt80"], environ={})

    assert config.slip.paper == "receipt80"


def test_set_languages_with_default_language_in_the_same_command() -> None:
    config = load_config(
        overrides=[
            'kiosk.languages=["en"]',
            "kiosk.default_language=en",
            "kiosk.staff_language=en",
        ],
        environ={},
    )

    assert config.kiosk.languages == ("en",)
    assert config.kiosk.default_language == "en"


# -- errors: the message names the key, the value and what was expected ------------------


@pytest.mark.parametrize(
    ("toml", "names"),
    [
        pytest.param(
            '[flow]\ndone_return_seconds = "20"\n',
            ["flow.done_return_seconds", "'20'", "whole number from 5 to 300"],
            id="string-for-int",
        ),
        pytest.param(
            "[flow]\ndone_return_seconds = 20.0\n",
            ["flow.done_return_seconds", "20.0", "whole number"],
            id="float-for-int",
        ),
        pytest.param(
            "[identity]\nmax_name_length = true\n",
            ["identity.max_name_length", "True", "whole number from 10 to 120"],
            id="bool-for-int",
        ),
        pytest.param(
            "[display]\nfullscreen = 1\n",
            ["display.fullscreen", "1", "true or false"],
            id="int-for-bool",
        ),
        pytest.param(
            '[display]\nfullscreen = "yes"\n',
            ["display.fullscreen", "'yes'", "true or false"],
            id="string-for-bool",
        ),
        pytest.param(
            "[kiosk]\nhospital_name = 42\n",
            ["kiosk.hospital_name", "42", "text in quotes"],
            id="int-for-string",
        ),
        pytest.param(
            "[flow]\ndone_return_seconds = 4\n",
            ["flow.done_return_seconds", "4", "from 5 to 300"],
            id="below-minimum",
        ),
        pytest.param(
            "[flow]\ndone_return_seconds = 301\n",
            ["flow.done_return_seconds", "301", "from 5 to 300"],
            id="above-maximum",
        ),
        pytest.param(
            "[identity]\nmax_name_length = 9\n",
            ["identity.max_name_length", "9", "from 10 to 120"],
            id="name-too-short",
        ),
        pytest.param(
            '[slip]\npaper = "A4"\n',
            ["slip.paper", "'A4'", '"receipt80" or "a5" or "a4"'],
            id="not-in-choices",
        ),
        pytest.param(
            '[display]\norientation = "upside-down"\n',
            ["display.orientation", "'upside-down'", '"portrait" or "landscape"'],
            id="orientation-not-in-choices",
        ),
        pytest.param(
            '[printer]\nbackend = "lpr"\n',
            ["printer.backend", "'lpr'", '"auto" or "cups" or "folder"'],
            id="backend-not-in-choices",
        ),
        pytest.param(
            '[kiosk]\nlanguages = "fr"\n',
            ["kiosk.languages", "'fr'", "list of language codes"],
            id="languages-not-list",
        ),
        pytest.param(
            "[kiosk]\nlanguages = []\n",
            ["kiosk.languages", "[]", "non-empty list"],
            id="languages-empty",
        ),
        pytest.param(
            '[kiosk]\nlanguages = ["fr", "fr"]\n',
            ["kiosk.languages", "['fr', 'fr']", "each language once"],
            id="languages-twice",
        ),
        pytest.param(
            '[kiosk]\nlanguages = ["fr", "EN"]\n',
            ["kiosk.languages", "'EN'", "language codes"],
            id="language-code-uppercase",
        ),
        pytest.param(
            '[kiosk]\nlanguages = ["en"]\n',
            ["kiosk.default_language", "'fr'", "enabled", "['en']"],
            id="default-language-not-enabled",
        ),
        pytest.param(
            '[kiosk]\ndefault_language = "xx"\n',
            ["kiosk.default_language", "'xx'", "enabled", "['fr', 'nl', 'en', 'es', 'ar', 'it'"],
            id="default-language-unknown",
        ),
        pytest.param(
            '[kiosk]\nlanguages = ["en"]\ndefault_language = "en"\n',
            ["kiosk.staff_language", "'fr'", "enabled"],
            id="staff-language-not-enabled",
        ),
        pytest.param(
            '[slip]\npapper = "a4"\n', ["slip.papper", "unknown key", "paper"], id="unknown-key"
        ),
        pytest.param(
            '[printers]\nfolder = "/tmp"\n',
            ["[printers]", "unknown section", "printer"],
            id="unknown-section",
        ),
        pytest.param('slip = "a4"\n', ["slip", "'a4'", "[slip] table"], id="section-not-a-table"),
    ],
)
def test_a_bad_file_is_refused_naming_key_value_and_expectation(
    tmp_path: Path, toml: str, names: list[str]
) -> None:
    path = write(tmp_path, toml)

    message = config_error(path)

    assert str(path) in message
    for name in names:
        assert name in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"

    message = config_error(path)

    assert str(path) in message
    assert "does not exist" in message


def test_a_missing_file_from_kiosk_config_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"

    message = config_error(environ={CONFIG_ENV: str(path)})

    assert str(path) in message


def test_a_folder_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    message = config_error(tmp_path)

    assert str(tmp_path) in message


def test_invalid_toml_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[slip]\npaper = "a4"\nfullscreen = tru\n')

    message = config_error(path)

    assert str(path) in message
    assert "not valid TOML" in message
    assert "line 3" in message


def test_a_file_saved_in_latin1_is_refused_with_a_config_error(tmp_path: Path) -> None:
    # tomllib raises UnicodeDecodeError, not TOMLDecodeError, for a file that is not
    # UTF-8 ("Hôpital" saved in Latin-1): it must still be a message naming the file.
    path = tmp_path / "kiosk.toml"
    path.write_bytes('[kiosk]\nhospital_name = "Hôpital"\n'.encode("latin-1"))

    message = config_error(path)

    assert str(path) in message
    assert "UTF-8" in message


@pytest.mark.parametrize(
    ("override", "names"),
    [
        pytest.param(
            "flow.done_return_seconds=3",
            ["flow.done_return_seconds", "3", "from 5 to 300"],
            id="out-of-range",
        ),
        pytest.param(
            "flow.done_return_seconds=soon",
            ["flow.done_return_seconds", "'soon'", "whole number"],
            id="word-for-int",
        ),
        pytest.param(
            "display.fullscreen=yes",
            ["display.fullscreen", "'yes'", "true or false"],
            id="word-for-bool",
        ),
        pytest.param(
            "display.fullscreen=1", ["display.fullscreen", "1", "true or false"], id="int-for-bool"
        ),
        pytest.param(
            "identity.max_name_length=true",
            ["identity.max_name_length", "True", "whole number"],
            id="bool-for-int",
        ),
        pytest.param(
            "slip.paper=letter",
            ["slip.paper", "'letter'", '"receipt80" or "a5" or "a4"'],
            id="not-in-choices",
        ),
        pytest.param("slip.size=a4", ["slip.size", "unknown key", "paper"], id="unknown-key"),
        pytest.param(
            "kiosk.languages=fr",
            ["kiosk.languages", "'fr'", "list of language codes"],
            id="word-for-list",
        ),
        pytest.param(
            'kiosk.languages=["en"]',
            ["kiosk.default_language", "'fr'", "enabled"],
            id="default-not-enabled",
        ),
        pytest.param(
            "printers.folder=/tmp",
            ["printers.folder=/tmp", "unknown section", "printer"],
            id="unknown-section",
        ),
        pytest.param("slip.paper", ["'slip.paper'", "section.key=value"], id="no-equals"),
        pytest.param("paper=a4", ["'paper=a4'", "section.key=value"], id="no-section"),
        pytest.param("slip.=a4", ["'slip.=a4'", "section.key=value"], id="no-key"),
    ],
)
def test_a_bad_set_override_is_refused_naming_it(override: str, names: list[str]) -> None:
    message = config_error(overrides=[override])

    assert "--set" in message
    for name in names:
        assert name in message


def test_a_bad_set_value_is_blamed_on_set_even_with_a_file(tmp_path: Path) -> None:
    # Each layer is validated with its own origin: a bad --set value must not send IT
    # looking for it in a file that does not contain it.
    path = write(tmp_path, "[flow]\ndone_return_seconds = 20\n")

    message = config_error(path, ["flow.done_return_seconds=3"])

    assert "flow.done_return_seconds = 3" in message
    assert "--set" in message


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_done_return_seconds_accepts_exactly_5_to_300(seconds: int) -> None:
    override = [f"flow.done_return_seconds={seconds}"]
    if 5 <= seconds <= 300:
        assert load_config(overrides=override, environ={}).flow.done_return_seconds == seconds
    else:
        with pytest.raises(ConfigError, match="from 5 to 300"):
            load_config(overrides=override, environ={})


# -- the example file cannot drift from the schema --------------------------------------


def test_example_file_loads_to_the_defaults() -> None:
    assert load_config(EXAMPLE, environ={}) == Config()


def test_example_file_lists_every_setting_with_its_schema_default() -> None:
    with EXAMPLE.open("rb") as handle:
        example = tomllib.load(handle)

    documented = {}
    for key, default, _help in setting_docs():
        section, name = key.split(".")
        assert name in example.get(section, {}), f"{key} is missing from {EXAMPLE.name}"
        expected = list(default) if isinstance(default, tuple) else default
        value = example[section][name]
        assert value == expected, f"{EXAMPLE.name}: {key} = {value!r}, schema: {expected!r}"
        assert type(value) is type(expected), f"{EXAMPLE.name}: {key} has the wrong type"
        documented[key] = value

    in_example = {f"{section}.{name}" for section, table in example.items() for name in table}
    assert in_example == set(documented), "keys in the example that the schema does not have"


def test_every_setting_is_documented() -> None:
    docs = setting_docs()

    assert len({key for key, _, _ in docs}) == len(docs)
    for key, _default, help_text in docs:
        assert help_text.strip(), f"{key} has no explanation"


def test_a_key_outside_its_section_is_told_where_it_belongs(tmp_path: Path) -> None:
    path = write(tmp_path, "fullscreen = true\n")
    assert "fullscreen = True is outside any [section]: put it under [display]" in (
        config_error(path)
    )


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes('\ufeff[slip]\npaper = "a4"\n'.encode())
    assert load_config(path, environ={}).slip.paper == "a4"


def test_a_missing_file_named_by_the_environment_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(environ={"KIOSK_CONFIG": str(tmp_path / "nope.toml")})
    assert "(from $KIOSK_CONFIG)" in str(raised.value) and "nope.toml" in str(raised.value)


def test_a_queue_name_cups_would_read_as_two_is_refused() -> None:
    message = config_error(overrides=["printer.queue=reception,desk"])
    assert "printer.queue = 'reception,desk'" in message and "one CUPS queue name" in message
