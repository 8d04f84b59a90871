"""Qt application set-up: the window, its size, the theme measured on the real screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen

from kiosk.config import Config
from kiosk.content.locales import Content
from kiosk.patient.flow import Flow
from kiosk.resources import I18N_DIR
from kiosk.services.speech import Speech, speech_for
from kiosk.staff.desk import StaffDesk
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
) -> MainWindow:
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
        speech=speech or speech_for(config.speech.enabled, config.speech.words_per_minute),
    )
    window.setWindowTitle(translations.words(config.kiosk.default_language).text("department"))
    window.resize(size)
    if config.display.kiosk_mode:
        window.lock_down()
    return window
