"""The deploy guide's files are what it says: a kiosk-mode config that loads, a unit that
restarts the kiosk and watches it."""

from __future__ import annotations

import configparser
from pathlib import Path

from kiosk.config import load_config

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / name, encoding="utf-8")
    return parser


def test_the_kiosk_pc_config_loads_locked_down_with_data_under_var_lib() -> None:
    config = load_config(DEPLOY / "kiosk.toml", environ={})

    assert config.display.kiosk_mode and config.display.fullscreen
    assert str(config.data_dir) == "/var/lib/radiology-kiosk"
    assert config.printer.backend == "cups" and config.printer.queue


def test_the_unit_restarts_and_watches_the_kiosk_in_kiosk_mode() -> None:
    service = unit("radiology-kiosk.service")["Service"]

    assert service["Type"] == "notify" and service["NotifyAccess"] == "all"
    assert service["Restart"] == "always" and int(service["WatchdogSec"]) > 0
    command = " ".join(service["ExecStart"].replace("\\\n", " ").split())
    assert "/usr/bin/cage" in command and "-u WATCHDOG_PID" in command
    assert "main.py --config /etc/radiology-kiosk/kiosk.toml run --kiosk" in command
    assert service["StateDirectory"] == "radiology-kiosk" and service["User"] == "kiosk"


def test_the_backup_timer_runs_the_backup_command() -> None:
    service = unit("radiology-kiosk-backup.service")["Service"]
    assert " backup " in " ".join(service["ExecStart"].split())
    assert unit("radiology-kiosk-backup.timer")["Timer"]["OnCalendar"]


def test_the_unit_never_gives_up_and_stops_the_kiosk_before_cage() -> None:
    parsed = unit("radiology-kiosk.service")
    assert parsed["Unit"]["StartLimitIntervalSec"] == "0"
    assert "time-sync.target" in parsed["Unit"]["After"]
    assert "pkill -TERM" in parsed["Service"]["ExecStop"]
    assert "/run/user" in parsed["Service"]["ReadWritePaths"]


def test_keyboards_cannot_reboot_the_kiosk() -> None:
    sysctl = (DEPLOY / "sysctl.d" / "90-radiology-kiosk.conf").read_text()
    assert "kernel.sysrq = 0" in sysctl
    logind = unit("logind.conf.d/radiology-kiosk.conf")["Login"]
    assert logind["HandlePowerKey"] == logind["HandleRebootKey"] == "ignore"
