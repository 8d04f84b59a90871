"""One question with its answers as big buttons (a check mark on the chosen ones).

A question asked once per chosen drug or allergen names that item in a heading above
the question ("Xarelto (Rivaroxaban)"), as plain text: it may be a name the patient typed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.locales import QuestionText
from kiosk.content.questionnaire import Question, chosen_options
from kiosk.patient.declaration import Answer
from ui.theme import Theme
from ui.widgets.basics import (
    Pictogram,
    button,
    empty_layout,
    is_landscape,
    set_button_text,
    set_selected,
    text_label,
    wrap_button,
)
from ui.widgets.parts import InParts
from ui.widgets.wrap_button import WrapButton

CHECK = "✓"
# A symbol beside the words of the common answers, chosen or not (kiosk-ux.md: words and
# symbols, not colours alone), none of them a check mark: the check says "chosen". Plus
# and minus for yes and no, both for "possibly", a question mark for "I don't know", the
# empty set for "does not apply to me"; every one in DejaVu Sans. Never read aloud.
SYMBOLS = {
    "yes": "+",
    "no": "\u2212",
    "possibly": "\u00b1",
    "dont_know": "?",
    "not_applicable": "\u2205",
}


class QuestionScreen(InParts, QWidget):
    turned = Signal()  # another part of the answers is shown
    answered = Signal(str, str)  # the answer's key (question id, ":<item>" per item), option id

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-question")
        self._theme = theme
        self._question: Question | None = None
        self._key = ""  # where the answer on screen is kept (the question, per item)
        self._buttons: dict[str, QPushButton] = {}
        # Answer buttons are made once and reused from question to question: a new
        # button costs a style sheet polish (about 2 ms), which made taps feel slow.
        self._pool: list[WrapButton] = []
        self._option_of: dict[WrapButton, tuple[str, str]] = {}
        self._labels: dict[str, str] = {}
        self._root = QVBoxLayout(self)
        self._root.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._root.setSpacing(theme.gap * 2)
        # The drug or allergen this question is about, when it is asked for each of them:
        # across the whole screen, above the question and its answers.
        self._item = text_label("item")
        self._item.setObjectName("item")
        self._item.hide()
        self._root.addWidget(self._item)
        # Portrait: question above, answers below. Landscape: question left, answers right.
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._layout.setSpacing(theme.gap * 2)
        self._root.addLayout(self._layout, 1)
        ask = QVBoxLayout()
        ask.setSpacing(theme.gap * 2)
        top = QHBoxLayout()
        top.setSpacing(theme.gap * 2)
        self._pictogram = Pictogram(theme.pictogram_size, self)
        self._text = text_label("title")
        self._text.setObjectName("title")
        top.addWidget(self._pictogram, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._text, 1)
        ask.addLayout(top)
        self._help = text_label()
        self._help.setObjectName("help")
        self._hint = text_label("hint")
        self._hint.setObjectName("hint")
        ask.addWidget(self._help)
        ask.addWidget(self._hint)
        ask.addStretch(1)
        self._ask = ask
        self._layout.addLayout(ask, 2)
        answers = self._answers = QVBoxLayout()
        answers.setSpacing(theme.gap)
        answers.addStretch(1)
        self._grid = QGridLayout()
        self._grid.setSpacing(theme.gap)
        for column in (0, 1):  # two even columns, as _divide measures them
            self._grid.setColumnStretch(column, 1)
        answers.addLayout(self._grid)
        # More answers than the screen holds (larger text, landscape): shown in parts.
        self._parts: list[list[WrapButton]] = []
        self._part = 0
        self._columns = 1
        pager = QHBoxLayout()
        pager.setSpacing(theme.mm(5))
        self._previous = button("answers-previous")
        self._more = button("answers-more")
        self._previous.clicked.connect(lambda: self.turn(-1))
        self._more.clicked.connect(lambda: self.turn(+1))
        for turn in (self._previous, self._more):
            # Each as wide as its words ask, the rest shared: "Réponses précédentes" in
            # larger text is wider than half the screen, "Plus de réponses" is not.
            turn.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            pager.addWidget(turn)
        self._previous.hide()
        self._more.hide()
        answers.addLayout(pager)
        self._layout.addLayout(answers, 3)

    def show_question(
        self,
        question: Question,
        key: str,
        text: QuestionText,
        labels: Mapping[str, str],
        chosen: Answer | None,
        hint: str,
        *,
        item: str | None = None,
        item_typed: bool = False,
        for_someone_else: bool = False,
        previous: str = "Previous answers",
        more: str = "More answers",
    ) -> None:
        """Build the answer buttons of `question` (rebuilt only when the question or its
        item changes). `key` is where its answer is kept (the question id, with the
        item on a per-item question), `labels` the answers' words by option, `item` the
        drug or allergen it asks about, shown above it (`item_typed`: a name the patient
        typed, whose long words may break anywhere; a drug's own name never does)."""
        self._labels = dict(labels)
        set_button_text(self._previous, f"‹  {previous}", previous)
        set_button_text(self._more, f"{more}  ›", more)
        new = self._question is not question or self._key != key
        # The item's heading takes room from the answers: another one measures them again.
        measure = new or self._item.written() != (item or "")
        self._item.set_typed(item_typed)
        self._item.setText(item or "")
        self._item.setVisible(bool(item))
        # On the reading side of the screen, even when the item's name starts in another
        # script ("Xarelto" on an Arabic screen): Qt would align it by its first letter.
        side = Qt.AlignmentFlag.AlignLeft
        if self.layoutDirection() is Qt.LayoutDirection.RightToLeft:
            side = Qt.AlignmentFlag.AlignRight
        self._item.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        if new:
            self._question = question
            self._key = key
            self._part = 0
            # Lay the screen out once at the end, not once per button shown.
            self._root.setEnabled(False)
            self._take_buttons_back(keep=len(question.options))
            self._columns = 2 if len(question.options) > 6 else 1
            # An empty second column with a stretch would still take half the width.
            self._grid.setColumnStretch(1, 1 if self._columns == 2 else 0)
            for index, option in enumerate(question.options):
                widget = self._button(index)
                widget.setObjectName(f"answer-{key}-{option}")
                self._option_of[widget] = (key, option)
                self._buttons[option] = widget
        self._pictogram.show_file(question.pictogram)
        asked, help_text = text.asked(for_someone_else)
        self._text.setText(asked)
        self._help.setText(help_text or "")
        self._help.setVisible(bool(help_text))
        self._hint.setText(hint)
        self.show_answers(chosen)
        if measure:
            self._divide()  # once the labels are known: they decide the heights

    def show_answers(self, chosen: Answer | None) -> None:
        selected = chosen_options(chosen)
        for option, widget in self._buttons.items():
            label = self._labels[option]
            shown = f"{SYMBOLS[option]}\u00a0\u00a0{label}" if option in SYMBOLS else label
            if option in selected:
                shown = f"{CHECK}  {shown}"
            set_button_text(widget, shown, label)
            set_selected(widget, option in selected)

    def refit(self) -> None:
        """The text size changed (the patient's choice): divide the answers again."""
        if self._question is not None:
            self._divide()

    def _rows(self) -> list[list[WrapButton]]:
        widgets = [w for w in self._option_of if w in self._buttons.values()]
        return [widgets[i : i + self._columns] for i in range(0, len(widgets), self._columns)]

    def _divide(self) -> None:
        """Put as many rows of answers on the screen as fit; the rest in further parts.
        Most questions fit: they are laid out whole and only measured when they do not
        (measuring every answer on every question cost 2 ms a tap)."""
        rows = self._rows()
        part = self._part
        self._parts = [[widget for row in rows for widget in row]]
        self._part = 0
        self._show_part()
        if not self._overflows():
            return
        self._part = part
        self._root.setEnabled(False)
        margins = self._root.contentsMargins()
        landscape = self._layout.direction() is QBoxLayout.Direction.LeftToRight
        inner_width = self.width() - margins.left() - margins.right()
        inner_height = self.height() - margins.top() - margins.bottom()
        if self._item.text():  # the item's heading, above both
            self._item.ensurePolished()
            inner_height -= self._item.heightForWidth(inner_width) + self._root.spacing()
        spacing = self._grid.spacing()
        if landscape:  # the answers' share of the width (stretch 3 of 5)
            width = (inner_width - self._layout.spacing()) * 3 // 5
            # the hint ("Choose one answer") is above the answers, in their column
            room = inner_height - self._hint.heightForWidth(width) - self._answers.spacing()
        else:
            width = inner_width
            room = inner_height - self._layout.spacing() - self._ask_height(inner_width)
        column = (width - spacing * (self._columns - 1)) // self._columns
        heights = []
        for row in rows:
            for widget in row:
                widget.ensurePolished()
            heights.append(max(widget.heightForWidth(column) for widget in row))
        total = sum(heights) + spacing * max(0, len(heights) - 1)
        parts: list[list[list[WrapButton]]] = [[]]
        if total > room:
            self._more.ensurePolished()
            room -= self._more.sizeHint().height() + self._answers.spacing()
            used = 0
            for row, height in zip(rows, heights, strict=True):
                if parts[-1] and used + spacing + height > room:
                    parts.append([])
                    used = 0
                used += height + (spacing if parts[-1] else 0)
                parts[-1].append(row)
        else:
            parts = [rows]
        self._parts = [[widget for row in part for widget in row] for part in parts]
        self._part = min(self._part, len(self._parts) - 1)
        self._show_part()

    def _overflows(self) -> bool:
        """Whether the answers, laid out whole, are squeezed or pushed off the screen."""
        bottom = self.height() - self._root.contentsMargins().bottom()
        for widget in self._parts[0]:
            if widget.height() < widget.heightForWidth(widget.width()):
                return True
            if widget.y() + widget.height() > bottom:
                return True
        return False

    def _ask_height(self, width: int) -> int:
        """The question's own height above the answers (portrait)."""
        spacing = self._layout.spacing()
        for label in (self._text, self._help, self._hint):
            label.ensurePolished()
        title = max(
            self._pictogram.height() if self._pictogram.isVisibleTo(self) else 0,
            self._text.heightForWidth(width - self._pictogram.width() - spacing),
        )
        help_height = self._help.heightForWidth(width) + spacing if self._help.text() else 0
        return title + spacing + help_height + self._hint.heightForWidth(width)

    def _show_part(self) -> None:
        self._root.setEnabled(False)
        empty_layout(self._grid)
        shown = self._parts[self._part] if self._parts else []
        for widget in self._option_of:
            if widget not in shown:
                widget.hide()
        for index, widget in enumerate(shown):
            self._grid.addWidget(widget, index // self._columns, index % self._columns)
            widget.show()  # now, not on the next event loop pass
        self._previous.setVisible(self._part > 0)
        self._more.setVisible(self._part < len(self._parts) - 1)
        self._root.setEnabled(True)
        self._root.activate()

    def _turned(self) -> None:
        self.turned.emit()

    def reading_order(self) -> list[QWidget]:
        """The item asked about, the question (title, help, hint), then its answers in
        their order, then the pager: in landscape the columns must not be read across."""
        shown = self._parts[self._part] if self._parts else []
        return [self._item, self._text, self._help, self._hint, *shown, self._previous, self._more]

    def reset(self) -> None:
        """Forget the last patient's choices: no button keeps a text or a check mark."""
        self._question = None
        self._key = ""
        self._item.clear()
        self._item.hide()
        self._take_buttons_back()

    def _button(self, index: int) -> WrapButton:
        while len(self._pool) <= index:
            widget = wrap_button("answer", self._theme, self)
            widget.clicked.connect(lambda _=False, w=widget: self._clicked(w))
            self._pool.append(widget)
        return self._pool[index]

    def _clicked(self, widget: WrapButton) -> None:
        if widget in self._option_of:
            self.answered.emit(*self._option_of[widget])

    def _take_buttons_back(self, keep: int = 0) -> None:
        """Put the answer buttons away. The first `keep` are the next question's: they are
        given its words and checks at once (show_question), and stay shown meanwhile
        (hiding and showing them again cost events and a layout pass on every question)."""
        empty_layout(self._grid)
        for widget in self._pool[keep:]:
            widget.hide()
            set_button_text(widget, "")
            set_selected(widget, False)
            widget.setObjectName("answer")
        self._buttons, self._option_of = {}, {}

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = is_landscape(event.size())
        # Landscape: the hint goes above the answers it is about, and leaves the question
        # (a long German one in larger text) the whole height of its column.
        hint_in = self._answers if landscape else self._ask
        if self._hint.parentWidget() is not None and hint_in.indexOf(self._hint) < 0:
            (self._ask if landscape else self._answers).removeWidget(self._hint)
            hint_in.insertWidget(1 if landscape else 2, self._hint)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)
        self.refit()
