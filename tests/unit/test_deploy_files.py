"""The deploy guide's files are what it says: a kiosk-mode config that loads, a unit that
restarts the kiosk and watches it."""

from __future__ import annotations

import configparser
import re
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
    # old backups go, and so does what a backup killed half-way left behind
    cleanup = service["ExecStartPre"]
    assert "'kiosk-*.sqlite3' -mtime +6" in cleanup and "'.kiosk-*.part'" in cleanup
    assert unit("radiology-kiosk-backup.timer")["Timer"]["OnCalendar"]


def test_the_unit_never_gives_up_and_stops_the_kiosk_before_cage() -> None:
    """How ExecStop behaves is in test_deploy_stop.py; here, that it never picks processes
    by a pattern (cage's arguments, IT's commands and the backup name main.py too)."""
    parsed = unit("radiology-kiosk.service")
    assert parsed["Unit"]["StartLimitIntervalSec"] == "0"
    assert "time-sync.target" in parsed["Unit"]["After"]
    service = parsed["Service"]
    assert not re.search(r"\b(pkill|pgrep|killall|pidof)\b", service["ExecStop"])
    assert "kiosk.pid" in service["ExecStart"] and "kiosk.pid" in service["ExecStop"]
    assert service["RuntimeDirectory"] == "radiology-kiosk"
    # The kiosk waits up to 30 s for each worker: systemd must not cut the wait short.
    assert int(service["TimeoutStopSec"]) >= 60


def test_cage_can_make_its_wayland_socket_and_homes_stay_hidden() -> None:
    """ProtectHome= (yes, read-only or tmpfs) covers /run/user as well as /home and /root;
    with yes, on systemd 252, the inaccessible /run/user wins over ReadWritePaths=/run/user
    and masks what is below it: cage could not create its socket in /run/user/<uid>."""
    service = unit("radiology-kiosk.service")["Service"]
    assert service.get("ProtectHome", "no") in ("no", "false")
    assert "/run/user" in service["ReadWritePaths"].split()
    assert {"-/home", "-/root"} <= set(service["InaccessiblePaths"].split())
    assert service["ProtectSystem"] == "strict"


# Every Handle* setting of logind.conf(5) in systemd 252 (Debian 12).
LOGIND_HANDLE_KEYS_252 = (
    "HandlePowerKey",
    "HandlePowerKeyLongPress",
    "HandleRebootKey",
    "HandleRebootKeyLongPress",
    "HandleSuspendKey",
    "HandleSuspendKeyLongPress",
    "HandleHibernateKey",
    "HandleHibernateKeyLongPress",
    "HandleLidSwitch",
    "HandleLidSwitchExternalPower",
    "HandleLidSwitchDocked",
)


def test_keyboards_cannot_reboot_the_kiosk() -> None:
    sysctl = (DEPLOY / "sysctl.d" / "90-radiology-kiosk.conf").read_text()
    assert "kernel.sysrq = 0" in sysctl
    logind = unit("logind.conf.d/radiology-kiosk.conf")["Login"]
    assert {key: logind.get(key) for key in LOGIND_HANDLE_KEYS_252} == dict.fromkeys(
        LOGIND_HANDLE_KEYS_252, "ignore"
    )
    assert set(logind) <= set(LOGIND_HANDLE_KEYS_252)  # a misspelt key is silently ignored


GUIDE = (DEPLOY.parent / "docs" / "deploy.md").read_text(encoding="utf-8")


def shell_blocks(text: str) -> str:
    return "\n".join(re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL))


def test_the_guide_runs_on_a_minimal_debian_12() -> None:
    commands = shell_blocks(GUIDE)
    assert not re.search(r"\bsudo\b", commands)  # not installed: root, or runuser
    assert "runuser -u kiosk -- .venv/bin/python main.py" in commands
    assert "release tag>" not in GUIDE  # there is none: a commit, from a tarball or a clone
    assert "git archive" in commands and "checkout --detach COMMIT" in commands
    # A group the machine lacks (render) must not stop the others being added.
    assert "adduser kiosk video && adduser kiosk input" not in commands
    assert 'getent group "$group" >/dev/null && adduser kiosk "$group"' in commands


def test_the_guide_installs_the_config_and_logind_drop_in_where_debian_has_no_folder() -> None:
    commands = shell_blocks(GUIDE)
    assert "install -d -o root -g kiosk -m 0750 /etc/radiology-kiosk" in commands
    assert "install -o root -g kiosk -m 0640 /opt/radiology-kiosk/deploy/kiosk.toml" in commands
    assert "install -d -m 0755 /etc/systemd/logind.conf.d" in commands
    assert commands.index("install -d -m 0755 /etc/systemd/logind.conf.d") < commands.index(
        "deploy/logind.conf.d/radiology-kiosk.conf /etc/systemd/logind.conf.d/"
    )


def test_the_guide_says_what_it_must() -> None:
    prose = " ".join(GUIDE.split())
    assert "`printer` line is a `FAIL`" in prose  # before CUPS is set up: expected
    assert "`-r -r -r` for 270°" in prose and "`display.orientation` only chooses" in prose
    assert "`ProtectHome=yes` makes `/run/user` inaccessible" in prose
