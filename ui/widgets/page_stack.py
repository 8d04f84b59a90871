"""A stack of pages, one shown at a time, whose layout holds only the page shown.

Why not `QStackedWidget`: its `QStackedLayout` answers `sizeHint`, `minimumSize` and
`heightForWidth` by asking *every* page, hidden ones included (a hidden page's
`Ignored` size policy does not stop the calls). Measured on the slow kiosk PC profile
(docs/performance.md, "Where the time of a tap goes"; `benchmarks/profile_taps.py
--slow-pc`): 35 % of the GUI thread's CPU per tap was under those three calls, and of
351 `TextLabel.heightForWidth` calls a tap, 290 measured the text of screens not shown
(the explanation page, the thank-you, name, review and birth date screens), at a dozen
widths, so no cached height helped. A tap's p99 was 3 to 4 times the bare label's.

Here the layout (a plain box layout without margins) holds the current page alone:
switching takes the old page out of the layout and hides it, then puts the new one in
and shows it. Hidden pages stay children of the stack, so `findChild` by object name
still finds them (their `isVisible()` is False), they keep their state, and nothing asks
them for a size until they are shown again. The stack's size hints are its current
page's, as a `QStackedWidget` holding one page would give.

Focus moves as `QStackedLayout::setCurrentIndex` moves it: if it was on the old page, to
the new page's last focused widget, else its first tab-focusable widget, else the page.
Only the part of `QStackedWidget`'s interface the kiosk uses is here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QChildEvent, QEvent, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

_TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


class PageStack(QWidget):
    """Pages shown one at a time; only the current page is laid out (see the module)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    # -- QStackedWidget's interface, as far as the kiosk uses it ---------------------------

    def addWidget(self, page: QWidget) -> int:
        """Add a page (it becomes this stack's child); the first one added is shown."""
        if page in self._pages:
            return self._pages.index(page)
        self._pages.append(page)
        if self._current is None:
            self._layout.addWidget(page)
            self._current = page
            page.show()
            self.currentChanged.emit(0)
        else:
            page.setParent(self)  # a child, found by findChild, but in no layout
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:
        """Take a page out of the stack (it stays this stack's child, hidden, as with
        QStackedWidget); if it was shown, the next page (else the previous) is."""
        if page not in self._pages:
            return
        index = self._pages.index(page)
        self._pages.remove(page)
        if page is self._current:
            self._layout.removeWidget(page)
            page.hide()
            self._current = None
            self._show_after_removal(index)

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentWidget(self) -> QWidget | None:
        return self._current

    def currentIndex(self) -> int:
        return self.indexOf(self._current) if self._current is not None else -1

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show this page instead of the current one (as QStackedLayout does: updates off
        meanwhile, the old page hidden first, focus moved if it was on the old page)."""
        if page not in self._pages:
            raise ValueError("PageStack.setCurrentWidget: the page is not in this stack")
        old = self._current
        if page is old:
            return
        reenable_updates = self.updatesEnabled()
        if reenable_updates:
            self.setUpdatesEnabled(False)
        had_focus = self.window().focusWidget()
        focus_was_on_old_page = (
            had_focus is not None and old is not None and old.isAncestorOf(had_focus)
        )
        if old is not None:
            old.clearFocus()
            self._layout.removeWidget(old)
            old.hide()
        self._current = page
        self._layout.addWidget(page)
        page.raise_()
        page.show()
        if focus_was_on_old_page:
            _move_focus(page)
        if reenable_updates:
            self.setUpdatesEnabled(True)
        self.currentChanged.emit(self._pages.index(page))

    def let_go(self, page: QWidget) -> None:
        """`page` is to be shown next (setCurrentWidget follows): the page shown now, if
        another, leaves the layout already, still shown until then, so that laying out
        what is around the stack meanwhile does not resize it (and make it measure and
        divide its contents again for a room it is leaving)."""
        if page in self._pages and self._current is not None and self._current is not page:
            self._layout.removeWidget(self._current)

    # -- a page deleted or given another parent leaves the stack -------------------------

    def childEvent(self, event: QChildEvent) -> None:
        super().childEvent(event)
        if event.type() == QEvent.Type.ChildRemoved and self._pages:
            children = self.children()
            left = [p for p in self._pages if shiboken6.isValid(p) and p in children]
            if len(left) != len(self._pages):
                current = self._current
                index = self._pages.index(current) if current is not None else -1
                self._pages = left
                if current is not None and current not in left:
                    self._current = None  # the layout forgot it already
                    self._show_after_removal(index)

    def _show_after_removal(self, index: int) -> None:
        if self._pages:
            self.setCurrentWidget(self._pages[min(index, len(self._pages) - 1)])
        else:
            self.currentChanged.emit(-1)


def _move_focus(page: QWidget) -> None:
    """QStackedLayout's choice: the page's own focus widget, else the first widget of the
    page in the focus chain that takes focus by tab, else the page itself.

    QStackedLayout walks the window's whole focus chain from the old focus widget (in C++);
    the first of the page's widgets it meets is the first after the page itself, since a
    page's widgets follow it in the chain (nothing here reorders it with setTabOrder). So
    only the page's own part of the chain is walked: in Python, the whole chain (over a
    hundred widgets) cost about a millisecond a switch."""
    remembered = page.focusWidget()
    if remembered is not None:
        remembered.setFocus()
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.focusPolicy().value & _TAB_FOCUS == _TAB_FOCUS
            and widget.focusProxy() is None
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            widget.setFocus()
            return
        widget = widget.nextInFocusChain()
    page.setFocus()
