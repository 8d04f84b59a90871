"""An explanation page as a patient reads it (issue 18): a bullet's wrapped lines start
under its text, not under the bullet, and no part of a page is one lone bullet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from kiosk.content.locales import Bullets, Page, Paragraph
from ui.screens.page_screen import PageScreen, split
from ui.theme import Theme

LONG = "u hebt een probleem met uw schildklier (een stoornis of ziekte van de schildklier)"


def test_no_part_is_a_single_block_when_the_part_before_can_give_one() -> None:
    assert split([10] * 7, room=60, spacing=0) == [5, 2]
    assert split([10] * 6, room=60, spacing=0) == [6]
    assert split([10, 10, 50], room=60, spacing=0) == [2, 1]  # the two would not fit


def test_a_wrapped_bullet_hangs_its_lines_under_its_text(qtbot, theme: Theme) -> None:
    screen = PageScreen(theme)
    qtbot.addWidget(screen)
    screen.resize(theme.mm(120), theme.mm(200))
    screen.show()
    qtbot.waitExposed(screen)

    screen.show_page(Page("Titel", (Paragraph("Let op:"), Bullets((LONG, "kort"))), Path("p")))

    texts = [label for label in screen.findChildren(QLabel, "text") if label.isVisible()]
    paragraph, first, second = texts
    assert first.text() == LONG and first.accessibleName() == LONG  # no bullet in the words
    assert first.heightForWidth(first.width()) > 1.5 * second.heightForWidth(second.width())
    left = first.mapTo(screen, QPoint(0, 0)).x()
    assert left > paragraph.mapTo(screen, QPoint(0, 0)).x() + theme.mm(4)  # every line indented
    bullets = [b for b in screen.findChildren(QLabel) if b.text() == "•" and b.isVisible()]
    assert len(bullets) == 2 and all(b.mapTo(screen, QPoint(0, 0)).x() < left for b in bullets)
