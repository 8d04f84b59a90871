"""One question with its answers as big buttons (a check mark on the chosen ones)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import QuestionText
from kiosk.declaration import Answer
from kiosk.questionnaire import Question
from ui.theme import Theme
from ui.widgets.basics import (
    Pictogram,
    empty_layout,
    set_button_text,
    set_selected,
    text_label,
    wrap_button,
)
from ui.widgets.wrap_button import WrapButton

CHECK = "✓"


class QuestionScreen(QWidget):
    answered = Signal(str, str)  # question id, option id

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen-question")
        self._theme = theme
        self._question: Question | None = None
        self._buttons: dict[str, QPushButton] = {}
        # Answer buttons are made once and reused from question to question: a new
        # button costs a style sheet polish (about 2 ms), which made taps feel slow.
        self._pool: list[WrapButton] = []
        self._option_of: dict[WrapButton, tuple[str, str]] = {}
        # Portrait: question above, answers below. Landscape: question left, answers right.
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(theme.mm(8), theme.mm(6), theme.mm(8), theme.mm(4))
        self._layout.setSpacing(theme.gap * 2)
        ask = QVBoxLayout()
        ask.setSpacing(theme.gap * 2)
        top = QHBoxLayout()
        top.setSpacing(theme.gap * 2)
        self._pictogram = Pictogram(theme.pictogram_size)
        self._text = text_label("title")
        top.addWidget(self._pictogram, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._text, 1)
        ask.addLayout(top)
        self._help = text_label()
        self._hint = text_label("hint")
        ask.addWidget(self._help)
        ask.addWidget(self._hint)
        ask.addStretch(1)
        self._layout.addLayout(ask, 2)
        answers = QVBoxLayout()
        answers.addStretch(1)
        self._grid = QGridLayout()
        self._grid.setSpacing(theme.gap)
        answers.addLayout(self._grid)
        self._layout.addLayout(answers, 3)

    def show_question(
        self,
        question: Question,
        text: QuestionText,
        chosen: Answer | None,
        hint: str,
        for_someone_else: bool = False,
    ) -> None:
        """Build the answer buttons of `question` (rebuilt only when the question changes)."""
        if self._question is not question:
            self._question = question
            # Lay the screen out once at the end, not once per button shown.
            self._layout.setEnabled(False)
            self._take_buttons_back()
            columns = 2 if len(question.options) > 6 else 1
            for index, option in enumerate(question.options):
                widget = self._button(index)
                widget.setObjectName(f"answer-{question.id}-{option}")
                self._option_of[widget] = (question.id, option)
                self._grid.addWidget(widget, index // columns, index % columns)
                self._buttons[option] = widget
                widget.show()  # now, not on the next event loop pass
            self._layout.setEnabled(True)
            self._layout.activate()
        self._pictogram.show_file(question.pictogram)
        asked, help_text = text.asked(for_someone_else)
        self._text.setText(asked)
        self._help.setText(help_text or "")
        self._help.setVisible(bool(help_text))
        self._hint.setText(hint)
        self.show_answers(chosen, text)

    def show_answers(self, chosen: Answer | None, text: QuestionText) -> None:
        selected = {chosen} if isinstance(chosen, str) else set(chosen or ())
        for option, widget in self._buttons.items():
            label = text.options[option]
            set_button_text(widget, f"{CHECK}  {label}" if option in selected else label, label)
            set_selected(widget, option in selected)

    def reset(self) -> None:
        """Forget the last patient's choices: no button keeps a text or a check mark."""
        self._question = None
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

    def _take_buttons_back(self) -> None:
        empty_layout(self._grid)
        for widget in self._pool:
            widget.hide()
            set_button_text(widget, "")
            set_selected(widget, False)
            widget.setObjectName("answer")
        self._buttons, self._option_of = {}, {}

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = event.size().width() > event.size().height() * 1.2
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)
