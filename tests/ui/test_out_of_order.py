"""The screen a patient sees when the kiosk cannot work at all."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.resources import I18N_DIR
from tests.helpers.journey import bundled_content
from ui.out_of_order import OutOfOrderWindow
from ui.texts import Translations
from ui.theme import Theme


def test_every_language_is_told_to_go_to_reception_until_the_database_opens(
    qtbot: QtBot, theme: Theme
) -> None:
    content = bundled_content()
    translations = Translations(I18N_DIR, content.languages.values())
    messages = [
        (translations.words(code).text("out_of_order"), language.rtl)
        for code, language in content.languages.items()
    ]
    repaired: list[bool] = []
    answers = iter([False, True])  # the database: still broken, then repaired

    def database_opens() -> bool:
        return next(answers)

    window = OutOfOrderWindow(theme, messages, database_opens, lambda: repaired.append(True))
    qtbot.addWidget(window)
    window.show()

    shown = [label.text() for label in window.findChildren(QLabel, "out-of-order-message")]
    assert len(shown) == len(content.languages) and len(set(shown)) == len(shown)
    assert "Cette borne est hors service. Merci de vous adresser à l’accueil." in shown
    window.try_again()
    assert repaired == []
    window.try_again()
    assert repaired == [True]
