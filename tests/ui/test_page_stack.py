"""PageStack (ui/widgets/page_stack.py): one page shown at a time, and the hidden pages
never asked for their size, as QStackedWidget's layout asks them on every relayout."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.page_stack import PageStack

LONG = "A long sentence that wraps over several lines at the width of the window. " * 8


class CountedPage(QWidget):
    """A page of word-wrapped text that counts the size questions it is asked."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.asked: Counter[str] = Counter()
        self.label = QLabel(LONG)
        self.label.setWordWrap(True)
        self.field = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)

    def sizeHint(self) -> QSize:
        self.asked["sizeHint"] += 1
        return super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        self.asked["minimumSizeHint"] += 1
        return super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        self.asked["heightForWidth"] += 1
        return super().heightForWidth(width)


def settle() -> None:
    """What the event loop does after a tap: the layout requests and paints posted."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def window(qtbot) -> QWidget:
    window = QWidget()
    window.setObjectName("window")
    QVBoxLayout(window)
    qtbot.addWidget(window)
    window.resize(600, 900)
    return window


Stack = PageStack | QStackedWidget


def stacked(
    window: QWidget, kind: type[PageStack] | type[QStackedWidget]
) -> tuple[Stack, CountedPage, CountedPage]:
    stack = kind()
    layout = window.layout()
    assert layout is not None
    layout.addWidget(stack)
    shown, hidden = CountedPage("shown-page"), CountedPage("hidden-page")
    stack.addWidget(shown)
    stack.addWidget(hidden)
    window.show()
    settle()
    return stack, shown, hidden


@pytest.mark.parametrize(
    "kind",
    [
        PageStack,
        pytest.param(
            QStackedWidget,
            marks=pytest.mark.xfail(
                strict=True, reason="QStackedLayout asks every page, hidden ones included"
            ),
        ),
    ],
)
def test_a_hidden_page_is_not_asked_its_size_when_the_shown_page_relayouts(
    window: QWidget, kind: type[PageStack] | type[QStackedWidget]
) -> None:
    _, shown, hidden = stacked(window, kind)
    assert shown.isVisible() and not hidden.isVisible()
    hidden.asked.clear()
    shown.asked.clear()
    for text in ("Short.", LONG, LONG + LONG):
        shown.label.setText(text)  # the shown page's height for its width changes
        settle()
    window.resize(500, 900)
    settle()
    window.resize(700, 1000)
    settle()
    assert shown.asked  # the relayouts did ask the page shown
    assert hidden.asked == Counter()


def test_switching_shows_one_page_and_hides_the_other(window: QWidget) -> None:
    stack, first, second = stacked(window, PageStack)
    assert isinstance(stack, PageStack)
    seen: list[int] = []
    stack.currentChanged.connect(seen.append)
    assert stack.currentWidget() is first and stack.currentIndex() == 0 and stack.count() == 2
    first.field.setText("kept")

    stack.setCurrentWidget(second)
    settle()
    assert stack.currentWidget() is second and stack.currentIndex() == 1
    assert second.isVisible() and not first.isVisible()
    assert second.geometry() == stack.rect()  # laid out at the stack's whole size
    layout = stack.layout()
    assert layout is not None and layout.count() == 1  # the page shown alone
    item = layout.itemAt(0)
    assert item is not None and item.widget() is second

    first.asked.clear()
    second.label.setText("Short.")
    settle()
    assert first.asked == Counter()

    stack.setCurrentWidget(first)
    settle()
    assert first.isVisible() and not second.isVisible()
    assert first.field.text() == "kept"  # a hidden page keeps its state
    assert first.geometry() == stack.rect()
    assert seen == [1, 0]
    stack.setCurrentWidget(first)  # already shown: nothing happens
    assert seen == [1, 0]
    assert stack.indexOf(second) == 1 and stack.widget(1) is second and stack.widget(2) is None


def test_hidden_pages_are_found_by_name(window: QWidget) -> None:
    stack, _, hidden = stacked(window, PageStack)
    found = window.findChild(QWidget, "hidden-page")
    assert found is hidden and found.parent() is stack and not found.isVisible()
    assert window.findChild(QLineEdit) is not None


@pytest.mark.parametrize("kind", [PageStack, QStackedWidget])
def test_focus_moves_to_the_new_page_as_qstackedwidget_moves_it(
    window: QWidget, kind: type[PageStack] | type[QStackedWidget]
) -> None:
    """If focus was on the old page: to the new page's own focus widget, else its first
    widget taking focus by tab, else the page itself (the same with both kinds)."""
    stack, first, second = stacked(window, kind)
    plain = QWidget()
    QVBoxLayout(plain).addWidget(QLabel("Nothing to focus."))
    stack.addWidget(plain)
    window.activateWindow()
    first.field.setFocus()
    assert first.field.hasFocus()
    stack.setCurrentWidget(second)
    assert second.field.hasFocus()  # the first tab-focusable widget of the page
    stack.setCurrentWidget(first)
    assert first.field.hasFocus()  # the page's own focus widget, remembered
    stack.setCurrentWidget(plain)
    assert plain.hasFocus()  # nothing on it takes focus: the page itself
    stack.setCurrentWidget(first)
    assert first.field.hasFocus()


def test_a_deleted_page_leaves_the_stack(window: QWidget) -> None:
    stack, first, second = stacked(window, PageStack)
    assert isinstance(stack, PageStack)
    third = QPushButton("third")
    stack.addWidget(third)
    stack.setCurrentWidget(second)
    second.setParent(None)  # the shown page goes: the next one is shown
    settle()
    assert stack.count() == 2 and stack.currentWidget() is third and third.isVisible()
    stack.removeWidget(third)  # the last one: the one before it is shown
    assert stack.currentWidget() is first and first.isVisible() and not third.isVisible()
    assert third.parent() is stack
    second.deleteLater()


def test_a_page_let_go_stays_shown_but_is_not_resized_until_the_next_is_shown(
    window: QWidget,
) -> None:
    """What surrounds the stack may be laid out between let_go and setCurrentWidget (the
    window's header and navigation): the page being left is not laid out for it."""
    stack, first, second = stacked(window, PageStack)
    assert isinstance(stack, PageStack)
    size = first.size()
    stack.let_go(second)
    window.resize(500, 700)
    settle()
    assert first.isVisible() and first.size() == size
    assert stack.currentWidget() is first
    stack.setCurrentWidget(second)
    settle()
    assert second.isVisible() and not first.isVisible()
    assert second.size() == stack.size()
    stack.let_go(second)  # the page shown itself: nothing to let go
    window.resize(600, 900)
    settle()
    assert second.size() == stack.size()
