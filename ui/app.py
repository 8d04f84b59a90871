"""Qt application set-up: the window, its size, the theme measured on the real screen.

`kiosk_window` is the one way a kiosk's window is put together from the assembled kiosk
(kiosk/assembly.py): `main.py run`, the tests, the benchmarks and the screenshots all
use it, so what they drive is what patients get (housekeeping and staff mode included,
unless a caller says why not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen

from kiosk.assembly import Kiosk
from kiosk.config import Config
from kiosk.content.locales import Content
from kiosk.patient.flow import Flow, utc_now
from kiosk.resources import I18N_DIR
from kiosk.services.speech import Speech, speech_for
from kiosk.staff.desk import StaffDesk
from ui.card_reader import CardReaderBridge
from ui.main_window import MainWindow, Submit
from ui.texts import Translations
from ui.theme import Theme, px_per_mm_for


def window_size(config: Config, screen: QScreen) -> QSize:
    """Full screen on the kiosk; otherwise a 9:16 (or 16:9) window that fits the desktop."""
    available = screen.availableGeometry()
    if config.display.fullscreen or config.display.kiosk_mode:
        return screen.geometry().size()
    if config.display.orientation == "portrait":
        height = int(available.height() * 0.92)
        return QSize(min(available.width(), height * 9 // 16), height)
    width = int(available.width() * 0.92)
    return QSize(width, min(available.height(), width * 9 // 16))


def build_window(
    config: Config,
    flow: Flow,
    content: Content,
    submit: Submit,
    screen: QScreen | None = None,
    size: QSize | None = None,
    housekeeping: Callable[[], object] | None = None,
    translations: Translations | None = None,
    staff_desk: StaffDesk | None = None,
    speech: Speech | None = None,
    outbox: Callable[[], object] | None = None,
    card_reader: bool = False,
) -> MainWindow:
    """`card_reader`: watch the eID card reader (identity.card_reader = "auto")."""
    translations = translations or Translations(I18N_DIR, content.languages.values())
    screen = screen or QGuiApplication.primaryScreen()
    size = size or window_size(config, screen)
    theme = Theme(
        px_per_mm_for(
            screen.physicalDotsPerInch(),
            size.width(),
            size.height(),
            full_screen=config.display.fullscreen or config.display.kiosk_mode,
        )
    )
    window = MainWindow(
        flow,
        content,
        translations,
        theme,
        submit,
        housekeeping=housekeeping,
        staff_desk=staff_desk,
        speech=speech
        or speech_for(
            config.speech.enabled,
            config.speech.words_per_minute,
            {code: language.voice for code, language in content.languages.items()},
            {code: language.minus for code, language in content.languages.items()},
        ),
        outbox=outbox,
        card_reader=CardReaderBridge(config.identity.keep_national_number) if card_reader else None,
    )
    window.setWindowTitle(translations.words(config.kiosk.default_language).text("department"))
    window.resize(size)
    if config.display.kiosk_mode:
        window.lock_down()
    return window


_KIOSK_CHORES = object()  # `housekeeping` left out: the kiosk's own


def kiosk_window(
    kiosk: Kiosk,
    *,
    flow: Flow | None = None,
    submit: Submit | None = None,
    size: QSize | None = None,
    screen: QScreen | None = None,
    translations: Translations | None = None,
    speech: Speech | None = None,
    housekeeping: Callable[[], object] | object | None = _KIOSK_CHORES,
    staff: bool = True,
    card_reader: bool | None = None,
) -> MainWindow:
    """The kiosk's window: a new patient flow, the submission service, the kiosk's
    housekeeping every 30 s and staff mode. A test may hold the submission (`submit`),
    move the clock (`flow`), or leave housekeeping (None) and staff mode out.
    `card_reader`: None as the config says (identity.card_reader)."""
    chores = kiosk.housekeeper if housekeeping is _KIOSK_CHORES else housekeeping
    return build_window(
        kiosk.config,
        flow or kiosk.new_flow(utc_now),
        kiosk.content,
        submit or kiosk.service.submit,
        screen=screen,
        size=size,
        housekeeping=chores if callable(chores) else None,
        translations=translations,
        staff_desk=kiosk.staff_desk if staff else None,
        speech=speech,
        outbox=kiosk.outbox if callable(chores) else None,
        card_reader=kiosk.config.identity.card_reader == "auto"
        if card_reader is None
        else card_reader,
    )
