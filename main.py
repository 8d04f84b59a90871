"""Start the radiology waiting-room kiosk: `python main.py --help`.

Parses the command line (kiosk/commands/cli.py), builds the kiosk from its configuration
(kiosk/assembly.py) and hands it to the window; the other commands run without one.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.assembly import Kiosk, build_kiosk, load_domain
from kiosk.commands import admin as commands
from kiosk.commands.cli import administer, parse_arguments
from kiosk.config import Config, load_config
from kiosk.errors import KioskError
from kiosk.records.store import DamagedStore, DeclarationStore, StoreError
from kiosk.resources import I18N_DIR
from kiosk.services.watchdog import Watchdog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=arguments.log_level or ("INFO" if arguments.command == "run" else "WARNING"),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        config = load_config(arguments.config, arguments.overrides)
        if arguments.command == "run":
            try:
                kiosk = build_kiosk(config)
            except StoreError as error:
                log.error("the kiosk cannot work: %s", error)
                return run_out_of_order(config, error)
            return run(kiosk)
        return administer(arguments, config)
    except (KioskError, StoreError) as error:
        print(f"radiology-kiosk: {error}", file=sys.stderr)
        return (
            commands.ExitCode.DATABASE if isinstance(error, StoreError) else commands.ExitCode.USAGE
        )


OUT_OF_ORDER_REPAIRED = 75  # the database opens again: systemd (Restart=always) restarts us


def run_out_of_order(config: Config, error: StoreError) -> int:
    """The database cannot be opened: patients are told to go to reception (in every
    language offered), IT reads why in the journal and with `doctor`, and the kiosk
    starts afresh once the database opens again."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from ui.app import window_size
    from ui.lockdown import Lockdown
    from ui.out_of_order import OutOfOrderWindow
    from ui.texts import Translations
    from ui.theme import Theme, px_per_mm_for

    _, content = load_domain(config)
    translations = Translations(I18N_DIR, content.languages.values())
    messages = [
        (translations.words(code).text("out_of_order"), language.rtl)
        for code, language in content.languages.items()
    ]
    app = QApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen()
    size = window_size(config, screen)
    full = config.display.fullscreen or config.display.kiosk_mode
    theme = Theme(
        px_per_mm_for(screen.physicalDotsPerInch(), size.width(), size.height(), full_screen=full)
    )

    def database_opens() -> bool:
        try:
            # Never repair here: a damaged file is moved aside by the kiosk that then
            # runs, so that its staff screen can say so.
            DeclarationStore(config.database_path, repair=False).close()
        except DamagedStore:
            return True  # openable, if damaged: the restarted kiosk repairs and reports
        except StoreError as still:
            log.error("the kiosk still cannot work: %s", still)
            return False
        return True

    window = OutOfOrderWindow(
        theme, messages, database_opens, lambda: app.exit(OUT_OF_ORDER_REPAIRED)
    )
    window.resize(size)
    if config.display.kiosk_mode:
        Lockdown(window)
        window.locked_down = True
    if full:
        window.showFullScreen()
    else:
        window.show()
    print(f"radiology-kiosk: {error} (showing 'out of order' to patients)", file=sys.stderr)
    serving = serve(window, lambda: app.exit(commands.ExitCode.DATABASE))
    status = app.exec()
    serving.watchdog.stopping()
    return status


@dataclass(frozen=True)
class Serving:
    watchdog: Watchdog
    keep_alive: tuple[object, ...]  # the signal sockets and their notifier, while we run


def serve(window: QWidget, stop: Callable[[], None]) -> Serving:
    """What every kiosk window needs from its process: systemd told it is ready once the
    event loop runs, watchdog pings from the GUI thread's own timer (a frozen screen gets
    restarted), and SIGTERM / Ctrl+C leaving through `stop` at once: the signal writes to
    a socket the event loop watches, so Python's handler runs without waiting for the
    next Qt event."""
    from PySide6.QtCore import QSocketNotifier, QTimer

    watchdog = Watchdog()
    QTimer.singleShot(0, watchdog.ready)
    interval = watchdog.ping_interval_ms
    if interval is not None:
        pings = QTimer(window)
        pings.timeout.connect(watchdog.ping)
        pings.start(interval)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop())
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: reader.recv(64))  # Python then runs the handler
    return Serving(watchdog, (reader, writer, notifier))


def run(kiosk: Kiosk) -> int:
    config = kiosk.config
    log.info("database %s", config.database_path)

    from PySide6.QtWidgets import QApplication

    from ui.app import kiosk_window
    from ui.texts import Translations

    try:
        translations = Translations(I18N_DIR, kiosk.content.languages.values())
    except KioskError as error:
        print(f"radiology-kiosk: {error}", file=sys.stderr)
        return 2
    try:
        kiosk.housekeeper.purge_expired()  # retention: at start, then daily
    except StoreError as error:
        log.error("retention purge failed: %s", error)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("radiology-kiosk")  # how assistive technology names the kiosk
    window = kiosk_window(kiosk, translations=translations)

    def leave_for_desktop() -> None:  # IT only, from staff mode
        window.allow_close()
        app.exit(0)

    if window.staff_mode is not None:
        window.staff_mode.exit_requested.connect(leave_for_desktop)
    # Everything built so far lives as long as the process: out of the garbage
    # collector's sight, its full collections stop pausing the GUI thread (up to 10 ms).
    gc.freeze()
    if config.display.fullscreen or config.display.kiosk_mode:
        window.showFullScreen()
    else:
        window.show()
    serving = serve(window, leave_for_desktop)
    status = app.exec()
    serving.watchdog.stopping()
    window.wait_for_background()  # never cut an acknowledged save short
    kiosk.close()
    return status


def entry_point() -> int:
    """`radiology-kiosk` and `python main.py`: a closed pipe (`| head`) ends quietly."""
    try:
        status = main()
        sys.stdout.flush()  # here, where a closed pipe is caught, not at interpreter exit
        return status
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(entry_point())
