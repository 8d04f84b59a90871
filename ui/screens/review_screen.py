"""Every answer, to check before confirming; tapping one goes back to change it.

Long reviews (many medicines, several allergies) are paged, never clipped and never
scrolled: the answers are packed into columns and pages that fit the screen, with
"more answers" and "previous answers" buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.patient.flow import Step
from kiosk.patient.review import ANSWERS_SEPARATOR, ReviewItem
from ui.theme import Theme
from ui.widgets.basics import empty_layout, set_button_text, text_label, wrap_button
from ui.widgets.wrap_button import BULLET, WrapButton


def pack(heights: Sequence[int], available: int, spacing: int, columns: int) -> list[list[int]]:
    """Indexes of the items on each page: columns filled top to bottom, in order."""
    pages: list[list[int]] = [[]]
    column, used = 0, 0
    for index, height in enumerate(heights):
        needed = height if used == 0 else used + spacing + height
        if needed > available and used > 0:
            column, used = column + 1, 0
            if column == columns:
                pages.append([])
                column = 0
            needed = height
        pages[-1].append(index)
        used = needed
    return pages


class ReviewScreen(QWidget):
    turned = Signal()  # another page of the review is shown
    edit_requested = Signal(object)  # the Step to go back to

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-review")
        self._theme = theme
        self._rows: list[WrapButton] = []
        self._pool: list[WrapButton] = []
        self._steps: dict[WrapButton, Step] = {}
        self._indents: dict[WrapButton, int] = {}  # from the reading start: item rows
        self._indent = theme.mm(8)
        self._pages: list[list[int]] = [[]]
        self._page = 0
        self._last_part_shown = False  # since these answers were shown: Confirm waits
        self._paginating = False
        self._paginate_again = False
        self._columns, self._column_width = 1, 1
        self._paged_for: tuple[int, int, int] | None = None  # (width, height, columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(8), theme.mm(5), theme.mm(8), theme.mm(3))
        layout.setSpacing(theme.gap)
        self._title = text_label("title")
        self._title.setObjectName("title")
        self._text = text_label("hint")
        self._text.setObjectName("hint")
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        # The answers' area takes the height left; its size decides the pages.
        self._area = QWidget()
        self._area.installEventFilter(self)
        # Two independent columns (a grid would give a row the height of its taller
        # neighbour and break the packing); the second is empty in portrait.
        self._columns_layout = QHBoxLayout(self._area)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._spacing = theme.mm(2.5)
        self._columns_layout.setSpacing(self._spacing)
        self._column_layouts = [QVBoxLayout(), QVBoxLayout()]
        for column in self._column_layouts:
            column.setSpacing(self._spacing)
            self._columns_layout.addLayout(column, 1)
        layout.addWidget(self._area, 1)
        pager = QHBoxLayout()
        pager.setSpacing(theme.mm(5))
        # Wrapping: "‹ Réponses précédentes" and "Plus de réponses ›" side by side in
        # larger text need two lines each in a portrait column.
        self._previous = wrap_button("review-previous", theme, self)
        self._more = wrap_button("review-more", theme, self)
        self._previous.clicked.connect(lambda: self._turn(-1))
        self._more.clicked.connect(lambda: self._turn(+1))
        for turn in (self._previous, self._more):
            # Each as wide as its words ask, the rest shared: "Réponses précédentes" in
            # larger text is wider than half the screen, "Plus de réponses" is not.
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            turn.setSizePolicy(policy)
            pager.addWidget(turn)
        layout.addLayout(pager)

    def show_review(
        self,
        title: str,
        text: str,
        items: Sequence[ReviewItem],
        change: str,
        previous: str,
        more: str,
    ) -> None:
        self._title.setText(title)
        self._text.setText(text)
        set_button_text(self._previous, f"‹  {previous}", previous)
        set_button_text(self._more, f"{more}  ›", more)
        self._build_rows(items, change)
        self._page = 0
        if self.isVisible():
            self._paginate()
        # Hidden, the screen lays itself out in its new room only when shown: the rows
        # are paged then (showEvent), once, and not before for a stale size.

    def reset(self) -> None:
        """Forget the last patient's answers."""
        self._build_rows([], "")
        self._paginate()

    def _build_rows(self, items: Sequence[ReviewItem], change: str) -> None:
        """One row per item. Rows are made once and reused (a new button costs a style
        polish); the theme styles them by role, and a spare row keeps no text."""
        for column_layout in self._column_layouts:
            empty_layout(column_layout)
        # Qt resolves a stylesheet's text-align against the application's direction, not
        # the row's, and the application's follows Qt's own translation of the language
        # (qtbase_ar), which a kiosk PC may lack: the row says which side its text starts
        # on for the stylesheet, so that it starts on the reading side either way.
        start = "left" if self.layoutDirection() == QGuiApplication.layoutDirection() else "right"
        while len(self._pool) < len(items):
            row = wrap_button("edit", self._theme, self._area, self._theme.target)
            row.setProperty("role", "review-row")
            row.clicked.connect(lambda _=False, r=row: self._row_clicked(r))
            row.hide()
            self._pool.append(row)
        self._steps = {}
        self._indents = {}
        for row, item in zip(self._pool, items, strict=False):
            if row.property("text_start") != start:
                row.setProperty("text_start", start)
                row.style().unpolish(row)
                row.style().polish(row)
            row.setObjectName(f"edit-{item.name}")
            if item.under is None:
                lines = [f"{item.label}: {item.value}", *(BULLET + line for line in item.details)]
                heard = [f"{item.label}: {item.value}", *item.details]  # no bullets read out
            else:  # the item as the patient knows it, then its answers
                lines = [item.label, item.value]
                heard = [item.label, item.value.replace(ANSWERS_SEPARATOR, "; ")]
            set_button_text(row, "\n".join(lines), f"{change}: {'; '.join(heard)}")
            self._steps[row] = item.step
            # A chosen drug or allergen: its own row, set in under its question's.
            self._indents[row] = self._indent if item.under is not None else 0
        for row in self._pool[len(items) :]:
            row.hide()
            row.setObjectName("edit")
            set_button_text(row, "")
        self._rows = self._pool[: len(items)]
        self._paged_for = None
        self._last_part_shown = False

    def _row_clicked(self, row: WrapButton) -> None:
        step = self._steps.get(row)
        if step is not None:
            self._edit(step)

    def _paginate(self) -> None:
        # Showing a page lays the screen out, which can resize the rows' area and ask
        # for another pagination: that one runs after this one, never inside it (an
        # inner run's layout was then overwritten with the outer run's stale height).
        if self._paginating:
            self._paginate_again = True
            return
        self._paginating = True
        try:
            self._paginate_again = True
            while self._paginate_again:
                self._paginate_again = False
                area = self._area.contentsRect()
                columns = 2 if self.width() > self.height() else 1
                if self._paged_for == (area.width(), area.height(), columns):
                    continue  # a resize to the same size: the pages stand
                self._paged_for = (area.width(), area.height(), columns)
                width = max(1, (area.width() - self._spacing * (columns - 1)) // columns)
                heights = [
                    row.heightForWidth(width - self._indents.get(row, 0)) for row in self._rows
                ]
                # The part shown starts with the same answer after a new packing (the
                # pager's buttons, changing with the part, change the room): kept by its
                # number, the part began further on and an answer fell between two parts.
                first = self._pages[self._page][0] if self._pages[self._page] else 0
                self._pages = pack(heights, area.height(), self._spacing, columns)
                self._columns, self._column_width = columns, width
                self._page = next(
                    (number for number, rows in enumerate(self._pages) if first in rows),
                    min(self._page, len(self._pages) - 1),
                )
                self._show_page()
        finally:
            self._paginating = False

    def _show_page(self) -> None:
        self._columns_layout.setEnabled(False)  # one layout pass at the end, not per row
        for column_layout in self._column_layouts:
            empty_layout(column_layout)
        shown = {self._rows[index] for index in self._pages[self._page]}
        for row in self._rows:
            if row not in shown:  # a row on this page too stays shown: no hide and show
                row.hide()
        available = self._area.contentsRect().height()
        column, used = 0, 0
        for index in self._pages[self._page]:
            row = self._rows[index]
            indent = self._indents.get(row, 0)
            height = row.heightForWidth(self._column_width - indent)
            if used > 0 and used + self._spacing + height > available:
                column, used = column + 1, 0
            # The height the packing counted on, exactly: the page is known to fit.
            row.setFixedHeight(height)
            column_layout = self._column_layouts[min(column, self._columns - 1)]
            if indent:  # a spacing at the reading start (the layout mirrors it in Arabic)
                indented = QHBoxLayout()
                indented.setSpacing(0)
                indented.addSpacing(indent)
                indented.addWidget(row, 1)
                column_layout.addLayout(indented)
            else:
                column_layout.addWidget(row)
            row.show()  # now, not on the next event loop pass
            used = height if used == 0 else used + self._spacing + height
        for column_layout in self._column_layouts:
            column_layout.addStretch(1)
        self._columns_layout.setStretch(1, 1 if self._columns == 2 else 0)
        self._columns_layout.setEnabled(True)
        self._columns_layout.activate()
        self._previous.setVisible(self._page > 0)
        self._more.setVisible(self._page < len(self._pages) - 1)
        if self._page == len(self._pages) - 1 and self.isVisible():
            self._last_part_shown = True

    def _turn(self, pages: int) -> None:
        self._page = max(0, min(len(self._pages) - 1, self._page + pages))
        self._show_page()
        self.turned.emit()

    def turn(self, pages: int) -> bool:
        """Show the next (+1) or previous (-1) page, as the pager's buttons do; False
        when there is none."""
        if not 0 <= self._page + pages < len(self._pages):
            return False
        self._turn(pages)
        return True

    def page(self) -> int:
        return self._page

    def all_seen(self) -> bool:
        """True once the last part of these answers has been on screen (at once, when
        they fit in one): the patient has seen every answer they are asked to confirm."""
        return self._last_part_shown

    def refit(self) -> None:
        """The text size changed (the patient's choice): measure and page the rows anew."""
        for row in self._rows:
            row.ensurePolished()
        self._paged_for = None
        self._paginate()

    def reading_order(self) -> list[QWidget]:
        """Title, hint, the rows shown in the order of the answers, then the pager."""
        rows = [self._rows[index] for index in self._pages[self._page]] if self._pages else []
        return [self._title, self._text, *rows, self._previous, self._more]

    def _edit(self, step: Step) -> None:
        self.edit_requested.emit(step)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._paginate()  # nothing to do if a resize on the way paged it already

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area and event.type() is QEvent.Type.Resize:
            self._paginate()
        return False
