"""Scrolling by finger: every scroll area of the window goes through `touch_scrolling`.

A finger cannot grab Qt's 3 mm scroll bar, and a touchscreen gives no wheel. So the
content itself follows the finger (Qt's kinetic scrolling, `QScroller`), and the bar is
made wide enough to be taken like a button. The gesture is the left button's: on the
kiosk's touchscreen Qt turns a touch nobody takes into a mouse press, so one gesture
serves the finger and a mouse alike; a tap that does not move still reaches the button
under it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

from ui.theme import Theme

SCROLL_BAR_MM = 9.0  # wide enough for a finger, not a patient's 15 mm button
SCROLL_HANDLE_MM = 15.0  # the handle's shortest length: a target of staff size
GESTURE = QScroller.ScrollerGestureType.LeftMouseButtonGesture
GRABBED = "touchScrollGesture"  # the viewport's property: the gesture Qt registered


def touch_scrolling(area: QAbstractScrollArea, theme: Theme) -> None:
    """`area` scrolls by dragging its content, and shows a scroll bar a finger can take."""
    viewport = area.viewport()
    gesture = QScroller.grabGesture(viewport, GESTURE)  # a gesture type of its own
    viewport.setProperty(GRABBED, int(gesture.value))
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # A list does not bounce past its end (it reads as a fault), and a short drag is a
    # drag: a finger moves a little while it taps.
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    scroller.setScrollerProperties(properties)
    c = theme.palette
    width, handle, radius = theme.mm(SCROLL_BAR_MM), theme.mm(SCROLL_HANDLE_MM), theme.mm(2)
    area.setStyleSheet(
        f"""
        QScrollBar:vertical {{ width: {width}px; background: {c.surface}; margin: 0; }}
        QScrollBar:horizontal {{ height: {width}px; background: {c.surface}; margin: 0; }}
        QScrollBar::handle {{ background: {c.muted_text}; border-radius: {radius}px; }}
        QScrollBar::handle:vertical {{ min-height: {handle}px; }}
        QScrollBar::handle:horizontal {{ min-width: {handle}px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
        QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
        """
    )


def scrolls_by_finger(area: QAbstractScrollArea) -> bool:
    """Whether `area` was given `touch_scrolling` (for the tests)."""
    viewport = area.viewport()
    grabbed = viewport.property(GRABBED)
    return (
        QScroller.hasScroller(viewport)
        and grabbed is not None
        and int(QScroller.grabbedGesture(viewport).value) == grabbed
    )
