"""Reception's screen: today's declarations, a slip to look at and reprint, the printer.

It shows what it is given and emits what staff ask for; the staff mode controller does
the work (off the GUI thread) and decides when the screen locks. `reset()` forgets every
declaration shown, so nothing of it remains once staff mode is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.locales import Keyboard
from kiosk.staff.access import Role
from kiosk.staff.views import FILTERS, DayRow
from ui.privacy import keep_private
from ui.texts import FSI, PDI, Words
from ui.theme import Theme
from ui.widgets.basics import button, clear_layout, set_button_text, set_selected, text_label
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.touch_scroll import touch_scrolling

RLI = "\u2067"  # right-to-left isolate: a row in Arabic reads from the right

# The search's keys: digits for a reference, letters for a last name (accents and case
# do not matter to the search). The Belgian reception's keyboard is AZERTY.
DIGITS = "1234567890"


def search_rows(keyboard: Keyboard) -> Keyboard:
    """The search's keys: the digits (a reference), then the letter rows of the staff
    language's own keyboard (QWERTY, AZERTY, QWERTZ, Turkish Q...; for Arabic its Latin
    letters: names are searched as on the identity card), without the accent rows: the
    search finds "Lefèvre" from "lefe"."""
    layout = [row for row in keyboard.rows if sum(c.isascii() for c in row) >= 5]
    return Keyboard((DIGITS, *layout))


KEY_LABELS = ("space", "backspace", "apostrophe", "hyphen", "shift", "script")
# Portrait: the list takes the height of its rows, up to this share of the screen; the
# slip gets the rest (a list of two rows left a mostly empty box above a small slip).
LIST_SHARE = 0.3
NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


def render_pdf_page(pdf: bytes, width: int) -> QPixmap:
    """The slip's first page as an image `width` pixels wide (QtPdf, loaded on first use)."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QPixmap()
    page = document.pagePointSize(0)
    height = max(1, round(width * page.height() / max(1.0, page.width())))
    image = document.render(0, QSize(width, height))
    document.close()
    return QPixmap.fromImage(image)


class StaffScreen(QWidget):
    refresh_requested = Signal()
    search_changed = Signal(str)  # the search typed so far; "" for the whole list
    filter_chosen = Signal(str)
    declaration_chosen = Signal(str)
    reprint_requested = Signal(str)
    print_unprinted_requested = Signal()
    test_print_requested = Signal()
    lock_requested = Signal()
    exit_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-staff")
        self._theme = theme
        self._chosen: str | None = None
        self._pdf: bytes | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.mm(6), theme.mm(4), theme.mm(6), theme.mm(4))
        layout.setSpacing(theme.gap)

        # The title beside the buttons in landscape, above them in portrait (squeezed
        # beside them, it took three lines).
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._title = text_label("title")
        self._title.setObjectName("staff-title")
        self._top.addWidget(self._title, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self._refresh = button("staff-refresh")
        self._test_print = button("staff-test-print")
        self._lock = button("staff-lock", "primary")
        self._exit = button("staff-exit")
        for widget in (self._refresh, self._test_print, self._exit, self._lock):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            actions.addWidget(widget)
        self._top.addLayout(actions)
        layout.addLayout(self._top)
        printer_row = QHBoxLayout()
        self._printer = text_label()
        self._printer.setObjectName("staff-printer")
        printer_row.addWidget(self._printer, 1)
        # Today's slips not on paper, all at once (they are also retried by themselves).
        self._print_unprinted = button("staff-print-unprinted")
        self._print_unprinted.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._print_unprinted.clicked.connect(self.print_unprinted_requested)
        printer_row.addWidget(self._print_unprinted)
        layout.addLayout(printer_row)
        self._reader = text_label()  # the eID card reader's state
        self._reader.setObjectName("staff-reader")
        self._reader.hide()
        layout.addWidget(self._reader)
        self._faults = text_label("problem")  # what keeps the kiosk from working well
        self._faults.setObjectName("staff-faults")
        layout.addWidget(self._faults)

        filters = QHBoxLayout()
        self._filters: dict[str, QPushButton] = {}
        for name in FILTERS:
            widget = button(f"staff-filter-{name}")
            widget.clicked.connect(lambda _=False, n=name: self.filter_chosen.emit(n))
            filters.addWidget(widget)
            self._filters[name] = widget
        layout.addLayout(filters)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(theme.gap * 2)
        self._rows_area = QScrollArea()
        self._rows_area.setWidgetResizable(True)
        self._rows_area.setObjectName("staff-list")
        self._rows_holder = QWidget()
        self._rows = QVBoxLayout(self._rows_holder)
        self._rows.setSpacing(theme.mm(1.5))
        self._rows_area.setWidget(self._rows_holder)
        touch_scrolling(self._rows_area, theme)
        # Search by a last name's first letters or a reference, on keys of its own (no
        # physical keyboard); the list still shows initials only.
        search_row = QHBoxLayout()
        self._search = QLineEdit()
        self._search.setObjectName("staff-search")
        keep_private(self._search)
        self._search.textEdited.connect(self.search_changed)
        self._search.installEventFilter(self)  # a tap on it brings the keys
        self._search_clear = button("staff-search-clear")
        self._search_clear.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._search_clear.clicked.connect(self._clear_search)
        search_row.addWidget(self._search, 1)
        search_row.addWidget(self._search_clear)
        self._keyboard = OnScreenKeyboard(theme)
        self._keyboard.setObjectName("staff-keyboard")
        self._keyboard.attach(self._search)
        self._keyboard.hide()
        self._key_labels: tuple[dict[str, str], Keyboard] | None = None
        lists = QVBoxLayout()
        lists.addLayout(search_row)
        lists.addWidget(self._rows_area, 1)
        lists.addWidget(self._keyboard)
        self._body.addLayout(lists, 3)
        detail = QVBoxLayout()
        self._hint = text_label("hint")
        self._hint.setObjectName("staff-hint")
        self._slip = QLabel()
        self._slip.setObjectName("staff-slip")
        self._slip.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._slip_area = QScrollArea()  # a long receipt scrolls, as paper would unroll
        self._slip_area.setWidgetResizable(True)
        self._slip_area.setWidget(self._slip)
        touch_scrolling(self._slip_area, theme)
        self._reprint = button("staff-reprint", "primary")
        self._reprint.clicked.connect(self._reprint_clicked)
        self._message = text_label()
        self._message.setObjectName("staff-message")
        detail.addWidget(self._hint)
        detail.addWidget(self._slip_area, 1)
        detail.addWidget(self._message)
        detail.addWidget(self._reprint)
        self._body.addLayout(detail, 2)
        layout.addLayout(self._body, 1)

        self._errors_title = text_label("small")
        self._errors = text_label("small")
        self._errors.setObjectName("staff-errors")
        layout.addWidget(self._errors_title)
        layout.addWidget(self._errors)

        self._refresh.clicked.connect(self.refresh_requested)
        self._test_print.clicked.connect(self.test_print_requested)
        self._lock.clicked.connect(self.lock_requested)
        self._exit.clicked.connect(self.exit_requested)
        self.reset()

    # -- shown by the controller ---------------------------------------------------------

    def show_desk(
        self, words: Words, role: Role, rows: Sequence[DayRow], which: str, search: str = ""
    ) -> None:
        self._words = words
        # Staff mode reads in the staff language's direction, whatever the patient chose
        # (the window's follows the patient's language).
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if words.language.rtl else Qt.LayoutDirection.LeftToRight
        )
        role_name = words.text(f"staff_role_{role.value}")
        self._title.setText(f"{words.text('staff_title')} · {role_name}")
        for key, widget in (
            ("staff_refresh", self._refresh),
            ("staff_test_print", self._test_print),
            ("staff_lock", self._lock),
            ("staff_exit", self._exit),
            ("staff_reprint", self._reprint),
            ("staff_print_unprinted", self._print_unprinted),
        ):
            set_button_text(widget, words.text(key))
        self._exit.setVisible(role is Role.IT)
        for name, widget in self._filters.items():
            # The filter shown is marked by a check before its words, not by colour alone.
            said = words.text(f"staff_filter_{name}")
            set_button_text(widget, f"✓  {said}" if name == which else said, said)
            set_selected(widget, name == which)
        self._errors_title.setText(words.text("staff_errors"))
        self._search.setPlaceholderText(words.text("staff_search"))
        self._search.setAccessibleName(words.text("staff_search"))
        set_button_text(self._search_clear, words.text("staff_search_clear"))
        labels = {name: words.text(f"key_{name}") for name in KEY_LABELS}
        keys = search_rows(words.language.keyboard)
        if (labels, keys) != self._key_labels:
            self._key_labels = (labels, keys)
            self._keyboard.set_layout(keys, labels)
        clear_layout(self._rows)
        # Qt resolves a stylesheet's text-align against the application's direction, not
        # the row's: the row says which side its text starts on (as the review rows do),
        # so that it starts on the staff language's reading side either way.
        start = "left" if self.layoutDirection() == QGuiApplication.layoutDirection() else "right"
        for line in rows:
            row = button(f"staff-row-{line.reference}")
            row.setProperty("text_start", start)
            row.setStyleSheet(
                f"font-size: {self._theme.small_px}px; text-align: {start};"
                f" padding: 0 {self._theme.mm(3)}px;"
            )
            set_button_text(row, self.row_text(words, line))
            set_selected(row, line.reference == self._chosen)
            row.clicked.connect(lambda _=False, ref=line.reference: self._row_chosen(ref))
            self._rows.addWidget(row)
        if not rows:
            empty = text_label("hint")
            empty.setObjectName("staff-empty")
            empty.setText(words.text("staff_no_match" if search else "staff_empty"))
            self._rows.addWidget(empty)
        self._rows.addStretch(1)
        self._show_detail()
        self._fit_list()

    @staticmethod
    def row_text(words: Words, row: DayRow) -> str:
        time = row.created_at.astimezone().strftime("%H:%M")
        checks = (
            f"⚠ {words.text('staff_to_check', count=words.number(row.to_check))}"
            if row.to_check
            else "–"
        )
        if row.paper is None:
            printed = words.text("staff_not_printed")
        elif row.paper:
            printed = words.text("staff_printed")
        else:
            printed = words.text("staff_file_only")
        who = f"{row.initials} ({words.text('staff_for_child')})" if row.for_child else row.initials
        parts: tuple[str, ...] = (time, row.reference, who, checks, printed)
        if row.record is not None:
            parts += (StaffScreen.record_text(words, row),)
        if words.language.rtl:
            # Read from the right, the time first, each part kept whole. A button's text
            # is laid out in the application's direction (left to right unless Qt's own
            # Arabic is installed), which a mark does not change: the line is a
            # right-to-left isolate, each part an isolate inside it. Without them the
            # Arabic words of "to check" and "printed" ran together, the time on the left.
            return RLI + "   ".join(f"{FSI}{part}{PDI}" for part in parts) + PDI
        return "   ".join(parts)

    @staticmethod
    def record_text(words: Words, row: DayRow) -> str:
        """Whether the hospital's record has the declaration (`[fhir]`)."""
        if row.record == "delivered":
            return words.text("staff_record_sent")
        if row.record == "parked":
            return words.text("staff_record_parked", reason=row.record_reason or "?")
        return words.text("staff_record_waiting")

    def show_slip(self, reference: str, pdf: bytes | None) -> None:
        self._chosen, self._pdf = reference, pdf
        for widget in self._rows_holder.findChildren(QPushButton):
            set_selected(widget, widget.objectName() == f"staff-row-{reference}")
        self._show_detail()

    def show_printer(self, text: str, ready: bool) -> None:
        self._printer.setText(text)
        self._printer.setProperty("role", None if ready else "problem")
        self._printer.style().polish(self._printer)

    def show_reader(self, text: str) -> None:
        """The card reader's state; empty: no reader service (identity.card_reader off)."""
        self._reader.setText(text)
        self._reader.setVisible(bool(text))

    def show_faults(self, lines: Sequence[str]) -> None:
        self._faults.setText("\n".join(lines))
        self._faults.setVisible(bool(lines))

    def show_errors(self, lines: Sequence[str]) -> None:
        words = getattr(self, "_words", None)
        none = words.text("staff_no_errors") if words else ""
        self._errors.setText("\n".join(lines) if lines else none)

    def show_message(self, text: str | None) -> None:
        self._message.setText(text or "")
        self._message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for widget in (self._reprint, self._test_print, self._refresh, self._print_unprinted):
            widget.setEnabled(not busy)

    def reset(self) -> None:
        """Forget every declaration shown: called when staff mode locks."""
        self._chosen, self._pdf = None, None
        self._search.setText("")  # also empties its undo history
        self._keyboard.hide()
        clear_layout(self._rows)
        self._slip.clear()
        self._hint.clear()
        self._printer.clear()
        self.show_faults([])
        self._errors.clear()
        self.show_message(None)
        self.set_busy(False)  # a lock during a reprint must not leave the buttons dead
        self._reprint.setVisible(False)
        self._exit.setVisible(False)  # IT's, until the next login's role says otherwise

    # -- inside ------------------------------------------------------------------------

    def _show_detail(self) -> None:
        words = getattr(self, "_words", None)
        self._reprint.setVisible(self._chosen is not None)
        self._hint.setText(
            self._chosen or (words.text("staff_choose") if words is not None else "")
        )
        self._paint_slip()

    def _paint_slip(self) -> None:
        if self._pdf is None:
            self._slip.clear()
            return
        room = self._slip_area.viewport().width() - self._theme.mm(2)
        self._slip.setPixmap(render_pdf_page(self._pdf, max(1, min(room, self._theme.mm(110)))))

    def _row_chosen(self, reference: str) -> None:
        self._keyboard.hide()  # the slip needs the room now
        self._fit_list()
        self.declaration_chosen.emit(reference)

    def _clear_search(self) -> None:
        self._search.setText("")
        self._keyboard.hide()
        self.search_changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._search and event.type() == QEvent.Type.MouseButtonPress:
            self._keyboard.show()
        return super().eventFilter(watched, event)

    def _portrait(self) -> bool:
        return self.height() > self.width()

    def _fit_list(self) -> None:
        """Portrait: the list as tall as its rows (up to a share of the screen), the slip
        the rest. Landscape: side by side, each the full height."""
        area = self._rows_area
        if not self._portrait():
            area.setMinimumHeight(0)
            area.setMaximumHeight(NO_LIMIT)
            self._body.setStretch(0, 3)
            self._body.setStretch(1, 2)
            return
        self._body.setStretch(0, 0)
        self._body.setStretch(1, 1)
        # Counted row by row: rows just added are not shown yet, and a layout leaves out
        # what is not shown.
        heights = []
        for index in range(self._rows.count()):
            item = self._rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.ensurePolished()  # the stylesheet's heights
                heights.append(widget.sizeHint().height())
        margins = self._rows.contentsMargins()
        rows = (
            sum(heights)
            + self._rows.spacing() * max(0, len(heights) - 1)
            + margins.top()
            + margins.bottom()
            + 2 * area.frameWidth()
        )
        tallest = round(self.height() * LIST_SHARE)
        area.setFixedHeight(max(self._theme.button_height, min(rows, tallest)))

    def _reprint_clicked(self) -> None:
        if self._chosen is not None:
            self.reprint_requested.emit(self._chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        direction = (
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._body.setDirection(direction)
        self._top.setDirection(direction)
        super().resizeEvent(event)
        self._fit_list()
        self._paint_slip()
