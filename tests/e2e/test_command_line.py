"""main.py as IT meets it: help, a bad configuration, and a start with no configuration."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run_main(
    *arguments: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_help_explains_the_options() -> None:
    result = run_main("--help")
    assert result.returncode == 0
    for option in ("--config", "--set", "KIOSK_CONFIG", "config.example.toml"):
        assert option in result.stdout


def test_a_bad_config_file_stops_the_start_naming_key_value_and_expectation(
    tmp_path: Path,
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[slip]\npaper = "letter"\n', encoding="utf-8")

    result = run_main("--config", str(config))

    assert result.returncode == 2
    assert "slip.paper" in result.stderr and "'letter'" in result.stderr
    assert '"receipt80" or "a5" or "a4"' in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_override_and_the_environment_variable_are_reported_too(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[flow]\ndone_return_seconds = 30\n", encoding="utf-8")

    result = run_main("--set", "flow.done_return_seconds=2", env={"KIOSK_CONFIG": str(config)})

    assert result.returncode == 2
    assert "flow.done_return_seconds = 2" in result.stderr and "from 5 to 300" in result.stderr


def test_a_missing_config_file_is_named(tmp_path: Path) -> None:
    result = run_main("--config", str(tmp_path / "nowhere.toml"))
    assert result.returncode == 2
    assert "nowhere.toml does not exist" in result.stderr


def test_with_no_config_the_kiosk_starts_with_its_database_in_the_user_data_folder(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    env.pop("KIOSK_CONFIG", None)
    database = tmp_path / "radiology-kiosk" / "kiosk.sqlite3"
    with subprocess.Popen(
        [sys.executable, str(MAIN)], env=env, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            deadline = time.monotonic() + 30
            while not database.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert process.poll() is None, "the kiosk stopped at start"
            assert database.exists()
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_a_data_folder_that_cannot_be_made_shows_out_of_order_and_names_the_setting(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    path = tmp_path / "notify"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(path))
    listener.settimeout(20)
    kiosk = subprocess.Popen(
        [sys.executable, str(MAIN), "--set", f'kiosk.data_dir="{blocker / "data"}"'],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": str(path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert listener.recv(64) == b"READY=1"  # up, showing patients "out of order"
    finally:
        kiosk.terminate()
        _, stderr = kiosk.communicate(timeout=20)
        listener.close()

    assert kiosk.returncode == 4  # documented: the database cannot be opened
    assert "kiosk.data_dir" in stderr and "cannot open the database" in stderr
    assert "out of order" in stderr
    assert "Traceback" not in stderr


def test_languages_lists_what_is_offered_and_what_a_translator_must_still_review() -> None:
    result = run_main("--set", 'kiosk.languages=["nl", "fr"]', "languages")

    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:11]}
    shipped = {"fr", "nl", "en", "es", "ar", "it", "de", "pt", "tr", "ro"}
    assert set(rows) == shipped  # every language shipped
    assert result.stdout.splitlines()[1].startswith("nl")  # offered ones first, in order
    assert "yes (1)" in rows["nl"] and "yes (2)" in rows["fr"]
    assert " no " in rows["ar"] and "right to left" in rows["ar"]
    assert "Not reviewed by a qualified translator:" in result.stdout


def test_languages_as_json_reads_the_review_state_from_the_content(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(MAIN.parent / "resources", resources)
    meta = resources / "locales" / "nl" / "language.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            "reviewed = false",
            'reviewed = true\nreviewed_by = "A. Peeters"\nreviewed_on = 2026-12-01',
        ),
        encoding="utf-8",
    )

    result = run_main("languages", "--json", "--set", f'kiosk.resources_dir="{resources}"')

    assert result.returncode == 0, result.stderr
    states = {state["code"]: state for state in json.loads(result.stdout)}
    assert states["nl"]["reviewed"] is True
    assert (states["nl"]["reviewed_by"], states["nl"]["reviewed_on"]) == (
        "A. Peeters",
        "2026-12-01",
    )
    assert states["de"]["reviewed"] is False
    assert states["fr"]["default"] and states["fr"]["staff"]
    assert states["ar"]["direction"] == "rtl" and states["ar"]["position"] == 5
    assert all(state["screen_catalog"] for state in states.values())


def test_languages_names_an_enabled_language_that_is_not_shipped() -> None:
    result = run_main("languages", "--set", 'kiosk.languages=["fr", "tlh"]')

    assert result.returncode == 2
    assert "'tlh'" in result.stderr and "locales/tlh" in result.stderr
    assert "Traceback" not in result.stderr


def test_under_systemd_the_kiosk_says_ready_and_pings_the_watchdog(tmp_path: Path) -> None:
    path = tmp_path / "notify"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(path))
    listener.settimeout(20)
    kiosk = subprocess.Popen(
        [sys.executable, str(MAIN), "--set", f'kiosk.data_dir="{tmp_path / "data"}"'],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "NOTIFY_SOCKET": str(path),
            "WATCHDOG_USEC": "400000",  # a ping every 0.2 s
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        messages = [listener.recv(64) for _ in range(4)]
        kiosk.terminate()  # systemctl stop
        stopping = listener.recv(64)
    finally:
        status = kiosk.wait(timeout=20)
        listener.close()

    assert messages[0] == b"READY=1"
    assert messages[1:] == [b"WATCHDOG=1"] * 3
    assert (stopping, status) == (b"STOPPING=1", 0)  # a clean stop, not a kill by signal


def test_questionnaire_writes_the_clinical_sign_off_pack_as_a_pdf(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[kiosk]\nlanguages = ["fr"]\nhospital_name = "Hôpital Saint-Exemple"\n',
        encoding="utf-8",
    )
    pack = tmp_path / "sign-off.pdf"

    result = run_main("questionnaire", "--review-pack", str(pack), "--config", str(config))

    assert result.returncode == 0, result.stderr
    assert pack.read_bytes().startswith(b"%PDF-")
    assert pack.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == sorted(["kiosk.toml", "sign-off.pdf"])
    text = " ".join(page.extract_text() for page in PdfReader(pack).pages)
    assert "Hôpital Saint-Exemple" in text  # --config honoured
    assert "anticoagulant_last_dose" in text and "Xarelto" in text


def test_questionnaire_refuses_a_language_that_is_not_enabled(tmp_path: Path) -> None:
    pack = tmp_path / "sign-off.pdf"

    result = run_main(
        "questionnaire",
        "--review-pack",
        str(pack),
        "--language",
        "tr",
        "--set",
        'kiosk.languages=["fr"]',
    )

    assert result.returncode == 2
    assert "--language 'tr' is not an enabled language" in result.stderr
    assert "Traceback" not in result.stderr
    assert not pack.exists()


def test_questionnaire_without_a_file_prints_the_same_as_text() -> None:
    result = run_main("questionnaire", "--set", 'kiosk.languages=["fr"]')

    assert result.returncode == 0, result.stderr
    assert "[anticoagulant_last_dose]" in result.stdout
    assert "ATTENTION" in result.stdout and "Signature:" in result.stdout


def test_translation_pack_writes_the_pdf_for_one_language_without_qt(tmp_path: Path) -> None:
    blocker = tmp_path / "no-qt"
    (blocker / "PySide6").mkdir(parents=True)
    (blocker / "PySide6" / "__init__.py").write_text(
        'raise ImportError("no Qt on this PC")\n', encoding="utf-8"
    )
    pack = tmp_path / "nl.pdf"

    result = run_main(
        "translation-pack",
        "--language",
        "nl",
        "--output",
        str(pack),
        env={"PYTHONPATH": os.pathsep.join([str(blocker), str(MAIN.parent)])},
    )

    assert result.returncode == 0, result.stderr
    assert f"{pack}: " in result.stdout and "fr, en and nl" in result.stdout
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pack).pages).split())
    assert "Translation review pack: Nederlands (nl)" in text
    assert "Neemt u bloedverdunners" in text and "Prenez-vous des médicaments" in text
    assert "Sign-off by the translator" in text


def test_translation_pack_refuses_a_language_not_shipped(tmp_path: Path) -> None:
    result = run_main("translation-pack", "--language", "tlh", "--output", str(tmp_path / "x"))

    assert result.returncode == 2
    assert "--language 'tlh': no such language" in result.stderr and "nl" in result.stderr
    assert not (tmp_path / "x").exists()


def test_a_review_is_recorded_audited_and_listed(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(MAIN.parent / "resources", resources)
    settings = [
        "--set",
        f'kiosk.resources_dir="{resources}"',
        "--set",
        f'kiosk.data_dir="{tmp_path / "data"}"',
    ]

    recorded = run_main(
        "language-reviewed",
        "--language",
        "nl",
        "--by",
        "Anna Peeters",
        "--on",
        "2026-12-01",
        *settings,
    )
    listed = run_main("languages", *settings)
    as_json = run_main("languages", "--json", *settings)
    doctor = run_main("doctor", "--json", *settings)

    assert recorded.returncode == 0, recorded.stderr
    assert "nl: reviewed by Anna Peeters on 2026-12-01" in recorded.stdout
    meta = (resources / "locales" / "nl" / "language.toml").read_text(encoding="utf-8")
    assert "reviewed = true" in meta and 'reviewed_by = "Anna Peeters"' in meta
    assert "reviewed_on = 2026-12-01" in meta and "# true zodra" in meta  # comment kept
    row = next(line for line in listed.stdout.splitlines() if line.startswith("nl "))
    assert "yes" in row and "reviewed by Anna Peeters on 2026-12-01" in row
    states = {state["code"]: state for state in json.loads(as_json.stdout)}
    assert (states["nl"]["reviewed_by"], states["nl"]["reviewed_on"]) == (
        "Anna Peeters",
        "2026-12-01",
    )
    messages = [finding["message"] for finding in json.loads(doctor.stdout)]
    assert any("nl by Anna Peeters on 2026-12-01" in message for message in messages)
    assert any(
        message.startswith("not reviewed by a qualified translator") and "nl" not in message
        for message in messages
    )
    database = sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3")
    audit = database.execute("SELECT role, action, detail FROM audit").fetchall()
    database.close()
    assert audit == [("it", "language reviewed", "nl by Anna Peeters on 2026-12-01 (command line)")]
    shipped = (MAIN.parent / "resources" / "locales" / "nl" / "language.toml").read_text(
        encoding="utf-8"
    )
    assert "reviewed = false" in shipped  # the shipped file untouched


def test_a_malformed_review_date_is_refused(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(MAIN.parent / "resources", resources)
    where = f'kiosk.resources_dir="{resources}"'
    meta = resources / "locales" / "ar" / "language.toml"
    before = meta.read_text(encoding="utf-8")

    typed = run_main(
        "language-reviewed",
        "--language",
        "ar",
        "--by",
        "S. El Idrissi",
        "--on",
        "05/12/2026",
        "--set",
        where,
    )

    assert typed.returncode == 2
    assert "'05/12/2026': expected a date YYYY-MM-DD" in typed.stderr
    assert meta.read_text(encoding="utf-8") == before
    meta.write_text(
        before.replace(
            "reviewed = false",
            'reviewed = true\nreviewed_by = "S. El Idrissi"\nreviewed_on = "5 décembre"',
        ),
        encoding="utf-8",
    )

    listed = run_main("languages", "--set", where)

    assert listed.returncode == 2
    assert f"{meta}: reviewed_on: expected a date" in listed.stderr
    assert "Traceback" not in listed.stderr
