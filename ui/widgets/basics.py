"""Small building blocks shared by the screens."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QSizePolicy, QWidget

from kiosk.resources import resource_path
from ui.hyphenation import breakable, hyphenate
from ui.theme import Theme
from ui.widgets.wrap_button import WrapButton

BREAK_LONG_WORDS = "breakLongWords"  # a window property: larger text is on


class TextLabel(QLabel):
    """A label whose long words may break when its window shows larger text (soft
    hyphens, see ui/hyphenation.py); otherwise its text is exactly the text set, and a
    screen reader is always given the text as written.

    `as_typed`: text a patient typed. Its long words may always break, but invisibly
    (no hyphen is added to what they wrote)."""

    def __init__(self, parent: QWidget | None = None, *, as_typed: bool = False) -> None:
        super().__init__(parent)
        self._written = ""
        self._as_typed = as_typed

    def set_typed(self, typed: bool) -> None:
        """Whether the text set next is a patient's typing (see `as_typed`)."""
        self._as_typed = typed

    def setText(self, text: str) -> None:
        self._written = text
        if self._as_typed:
            shown = breakable(text, self.locale().name())
        elif self.window().property(BREAK_LONG_WORDS):
            shown = hyphenate(text, self.locale().name())
        else:
            shown = text
        super().setText(shown)
        self.setAccessibleName(text)

    def written(self) -> str:
        """The text as set (without the break opportunities added for the screen)."""
        return self._written

    def clear(self) -> None:
        self._written = ""
        super().clear()
        self.setAccessibleName("")

    def rewrap(self) -> None:
        """The window's text size changed: break long words, or stop breaking them."""
        self.setText(self._written)


def text_label(
    role: str | None = None, parent: QWidget | None = None, *, as_typed: bool = False
) -> TextLabel:
    """A label that wraps, never elides, and shows plain text only (patient text is data)."""
    label = TextLabel(parent, as_typed=as_typed)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        label.setProperty("role", role)
    return label


def button(
    object_name: str,
    role: str | None = None,
    parent: QWidget | None = None,
) -> QPushButton:
    widget = QPushButton(parent)
    widget.setObjectName(object_name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if role:
        widget.setProperty("role", role)
    return widget


def wrap_button(
    object_name: str, theme: Theme, parent: QWidget | None = None, min_height: int | None = None
) -> WrapButton:
    """A button for text that may be long (answers, review rows): it wraps, never clips."""
    widget = WrapButton(min_height or theme.button_height, theme.mm(5), parent)
    widget.setObjectName(object_name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def set_button_text(widget: QPushButton, text: str, accessible: str | None = None) -> None:
    if isinstance(widget, WrapButton):
        widget.set_label(text)
    else:
        widget.setText(text.replace("&", "&&"))  # a literal "&", not a keyboard accelerator
    name = accessible or text
    if widget.accessibleName() != name:  # each change is an event for screen readers
        widget.setAccessibleName(name)


def set_selected(widget: QPushButton, selected: bool) -> None:
    """Chosen answers are checked buttons: styled, and announced as checked by a screen
    reader. The flow decides; a tap only asks."""
    if not widget.isCheckable():
        widget.setCheckable(True)
        # Assistive technology offers a checkable button's "Toggle" action, which flips
        # the check without a click: nobody would hear of it and the screen would lie.
        # A flip that no click follows is taken back and made the click it meant.
        widget.toggled.connect(lambda _on, w=widget: QTimer.singleShot(0, lambda: _settle(w)))
    widget.setProperty("selected", selected)
    widget.setChecked(selected)


def _settle(widget: QPushButton) -> None:
    if not shiboken6.isValid(widget):
        return
    chosen = bool(widget.property("selected"))
    if widget.isChecked() == chosen:
        widget.setProperty("settling", False)
        return
    widget.setChecked(chosen)  # toggled, and no click made the flow agree: taken back
    if widget.property("settling"):  # the click below did not change the flow's mind
        widget.setProperty("settling", False)
        return
    widget.setProperty("settling", True)
    widget.click()  # the intent, as a tap would have asked it


def empty_layout(layout: QLayout) -> None:
    """Take every item out of a layout, keeping the widgets. Qt leaves the items (not the
    widgets) to the caller to delete: dropped, each leaked a few hundred bytes per
    screen shown, some 50 MiB over 10,000 patients (benchmarks/run.py)."""
    while (item := layout.takeAt(0)) is not None:
        if (inner := item.layout()) is not None:
            empty_layout(inner)
        shiboken6.delete(item)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout, and the layout's items."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)
        if item.layout() is None:  # a nested layout belongs to its parent widget's tree
            shiboken6.delete(item)


class Pictogram(QSvgWidget):
    """One of resources/pictograms/*.svg, drawn at a fixed size in millimetres. Give it
    its parent when made: shown without one, it would be a window of its own (a
    compositor shows those, before the kiosk's own)."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(QSize(size, size))
        # Its own tile (the theme's pictogram background): dark drawings stay visible
        # in the high-contrast theme's black.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName("")

    def show_pictogram(self, name: str) -> None:
        """One of the kiosk's own pictograms (resources/pictograms)."""
        self.show_file(resource_path("pictograms", f"{name}.svg"))

    def show_file(self, path: Path | None) -> None:
        """An SVG file (a question's pictogram, from the hospital's resources); none: hidden."""
        if path is None:
            self.hide()
            return
        self.load(str(path))
        self.show()


def question_texts() -> tuple[TextLabel, TextLabel, TextLabel]:
    """The question, its help and the hint under it (objectNames `title`, `help`, `hint`),
    as every screen that asks something shows them."""
    prompt, help_text, hint = text_label("title"), text_label(), text_label("hint")
    for label, name in ((prompt, "title"), (help_text, "help"), (hint, "hint")):
        label.setObjectName(name)
    return prompt, help_text, hint


def is_landscape(size: QSize) -> bool:
    """Wide enough to set the question beside its answers rather than above them."""
    return size.width() > size.height() * 1.2
