"""The main window: header, the patient's screens (ui/screens/stack.py), navigation bar
and accessibility bar, staff mode; wired to the flow.

Screens emit intents; this window passes them to the flow and then shows the state the
flow is in. It decides nothing about the journey itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.locales import Content
from kiosk.identity.eid import CardFault
from kiosk.identity.reader import (
    CardEvent,
    CardFailed,
    CardInserted,
    CardRead,
    CardRemoved,
    ReaderChanged,
    ReaderState,
)
from kiosk.patient.declaration import Declaration, Outcome
from kiosk.patient.flow import OUTSIDE_FORM, Flow
from kiosk.patient.presenter import PatientView, Shown, present
from kiosk.services.speech import NoSpeech, Speech
from kiosk.services.submission import SubmissionResult
from kiosk.staff.desk import StaffDesk
from ui.accessibility import AccessibilityShown
from ui.background import BackgroundRunner
from ui.card_reader import CardReaderBridge
from ui.housekeeping import OUTBOX_MS, HousekeepingTimer
from ui.lockdown import Lockdown
from ui.read_aloud import ReadAloud
from ui.screens.stack import PatientScreens
from ui.staff.mode import StaffMode
from ui.texts import Translations, Words
from ui.theme import Theme
from ui.typed_input import TypedInput
from ui.widgets.access_bar import AccessBar
from ui.widgets.header import Header
from ui.widgets.idle_overlay import IdleOverlay
from ui.widgets.language_chooser import LanguageChooser
from ui.widgets.navigation import Navigation
from ui.widgets.page_stack import PageStack

Submit = Callable[[Declaration], SubmissionResult]
# The reader's states that keep cards from being read: the card screen says so.
_READER_PROBLEMS = {
    ReaderState.NO_LIBRARY: CardFault.NO_SERVICE,
    ReaderState.NO_SERVICE: CardFault.NO_SERVICE,
    ReaderState.NO_READER: CardFault.NO_READER,
}
TOUCH_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
    }
)


class MainWindow(QWidget):
    view: PatientView  # what is drawn now (the last view given to `draw`)

    def __init__(
        self,
        flow: Flow,
        content: Content,
        translations: Translations,
        theme: Theme,
        submit: Submit,
        parent: QWidget | None = None,
        housekeeping: Callable[[], object] | None = None,
        staff_desk: StaffDesk | None = None,
        speech: Speech | None = None,
        outbox: Callable[[], object] | None = None,
        card_reader: CardReaderBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.flow = flow
        self._content = content
        self._translations = translations
        self._submit = submit
        self._background = BackgroundRunner(self)
        self._staff_background = self._background  # staff mode's own, when it has one
        self._session_id = flow.session_id
        self.theme = theme  # the screen's millimetres (before the patient's choices)
        self.setStyleSheet(theme.stylesheet())
        self.read_aloud = ReadAloud(speech or NoSpeech(), self)

        outer = QVBoxLayout(self)
        # The window has the screen's size; word-wrapped text would otherwise make Qt
        # demand the height it needs at the narrowest width and grow the window past it.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        # The patient screens, or staff mode's PIN pad and staff screen.
        self.modes = PageStack()
        self.modes.setObjectName("modes")
        outer.addWidget(self.modes)
        self._patient = QWidget()
        self._patient.setObjectName("patient")
        self.modes.addWidget(self._patient)
        layout = self._patient_layout = QVBoxLayout(self._patient)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        languages = list(content.languages.values())
        choose_language = [
            translations.words(code).text("choose_language") for code in content.languages
        ]
        self._header = Header(theme)
        layout.addWidget(self._header)
        self.screens = screens = PatientScreens(theme, languages, choose_language)
        layout.addWidget(screens, 1)
        self._navigation = Navigation(theme)
        self._navigation.back.connect(lambda: self._turn_or(-1, self.flow.back))
        self._navigation.skip.connect(lambda: self._act(self.flow.skip_pages))
        self._navigation.next.connect(lambda: self._turn_or(+1, self.flow.next))
        self._navigation.submit.connect(self._submit_clicked)
        layout.addWidget(self._navigation)
        self.access_bar = AccessBar(theme)
        self.access_bar.toggled.connect(self._assistance_toggled)
        self.access_bar.languages_requested.connect(self._open_languages)
        layout.addWidget(self.access_bar)

        screens.welcome.language_chosen.connect(
            lambda code: self._act(lambda: self.flow.choose_language(code))
        )
        screens.question.answered.connect(
            lambda qid, oid: self._act(lambda: self.flow.answer(qid, oid))
        )
        screens.question.turned.connect(self._part_turned)
        screens.review.turned.connect(self._part_turned)
        self._typing = TypedInput(flow, screens, self.read_aloud, self._words, self.show_state)
        screens.review.edit_requested.connect(lambda step: self._act(lambda: self.flow.edit(step)))
        screens.done.restart_requested.connect(lambda: self._act(self.flow.restart))
        screens.done.more_time_requested.connect(lambda: self._act(self.flow.keep_done))
        screens.card.type_instead_requested.connect(lambda: self._act(self.flow.type_instead))
        screens.card_confirm.confirmed.connect(lambda: self._act(self.flow.confirm_card))
        screens.card_confirm.rejected.connect(lambda: self._act(self.flow.type_instead))
        self.reader_state = ReaderState.OFF
        self._card_reader = card_reader
        if card_reader is not None:
            card_reader.reported.connect(self.card_event)

        self._lockdown: Lockdown | None = None
        self._close_allowed = False
        self.staff_mode: StaffMode | None = None
        self._staff_language = flow.languages[0]
        if staff_desk is not None:
            staff_language = self._staff_language = staff_desk.config.kiosk.staff_language
            # Its own worker: a PIN is never queued behind a patient's save waiting out
            # a lock, nor a save behind "print all unprinted".
            self._staff_background = BackgroundRunner(self)
            self.staff_mode = StaffMode(
                staff_desk,
                lambda: self._translations.words(staff_language),
                theme,
                flow.now,
                self._staff_background,
                self._header.department,
                self,
            )
            for page in (self.staff_mode.pin_screen, self.staff_mode.staff_screen):
                # Staff pages keep the standard look whatever the patient chose.
                page.setStyleSheet(theme.stylesheet())
                self.modes.addWidget(page)
            self.staff_mode.opened.connect(self._staff_page)
            self.staff_mode.closed.connect(self._staff_closed)

        self.language_chooser = LanguageChooser(theme, languages, choose_language, self)
        self.language_chooser.language_chosen.connect(self._language_chosen)
        self.language_chooser.close_requested.connect(self._close_languages)
        self.idle_overlay = IdleOverlay(theme, self)  # made last: above the chooser
        self.accessibility = AccessibilityShown(
            self,
            theme,
            self.read_aloud,
            screens,
            self._navigation,
            self.idle_overlay,
            self.access_bar,
            self.language_chooser,
        )
        self.idle_overlay.more_time.connect(self._still_here)
        # Any touch anywhere tells the flow the patient is still there.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        # Once a second: the flow decides when the thank-you screen has been up long
        # enough, and when a patient has walked away.
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        # Now and then, on a worker thread of their own: follow print jobs still on their
        # way, print again what did not reach paper, purge what retention lets go.
        self._housekeeping = HousekeepingTimer(housekeeping, self)
        # The declarations the hospital's record does not have yet, sent on their own worker.
        self._outbox = HousekeepingTimer(outbox, self, OUTBOX_MS)
        self.show_state()
        if card_reader is not None:
            card_reader.start()

    # -- intents ----------------------------------------------------------------------

    def _act(self, intent: Callable[[], object]) -> None:
        intent()
        self.show_state()

    def _open_languages(self) -> None:
        """The chooser over the screen, the language in use checked (answers stay)."""
        words = self._words()
        self.language_chooser.open_over(words.language.code, words.text("back"))
        self.show_state()  # read aloud says the chooser

    def _language_chosen(self, code: str) -> None:
        self.language_chooser.hide()
        self._act(lambda: self.flow.choose_language(code))

    def _close_languages(self) -> None:
        self.language_chooser.hide()
        self.show_state()  # read aloud: back on the screen, it is said again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.language_chooser, self.idle_overlay):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    def _part_turned(self) -> None:
        """Another part of the answers or of the review: the patient is there, and read
        aloud says the part now shown (the screen itself is not shown anew: it would
        start again from its first part)."""
        self.flow.touch()
        self._review_seen()
        if self.read_aloud.active:
            self.accessibility.speak_if_moved()

    def _review_seen(self) -> None:
        """The review screen has shown its last part: the flow is told, and Confirm, which
        waited for it, is enabled (only the navigation is drawn again: the review itself
        would start again from its first part)."""
        if (
            self.view.shown is Shown.REVIEW
            and self.screens.review.all_seen()
            and self.flow.saw_whole_review()
        ):
            self.view = present(self.flow, self._words(), self._translations.words)
            self._navigation.show_for(self.view.navigation)

    def _turn_or(self, parts: int, intent: Callable[[], object]) -> None:
        """An explanation page longer than the screen: Next and Back go through its
        parts first (see PageScreen)."""
        if self.view.shown is Shown.PAGE and self.screens.page.turn(parts):
            self.flow.touch()
            self.show_state()
            return
        self._act(intent)

    def _submit_clicked(self) -> None:
        declaration = self.flow.submit()  # None on a second tap: one declaration a session
        self.show_state()
        if declaration is not None:
            session_id = declaration.session_id
            self._background.run(
                lambda: self._submit(declaration),
                self._submitted,
                # Never claim a save that is not known to have happened: see reception.
                lambda _error: self._submitted(
                    SubmissionResult(session_id, Outcome.NOT_SAVED, None)
                ),
            )

    def _submitted(self, result: SubmissionResult) -> None:
        if self.flow.finish(result.session_id, result.outcome, result.reference):
            self.show_state()
        self._outbox.run()  # the new declaration on its way to the record at once

    def card_event(self, event: CardEvent) -> None:
        """What the card reader reported, on the GUI thread: the flow decides."""
        flow = self.flow
        if isinstance(event, ReaderChanged):
            self.reader_state = event.state
            if self.staff_mode is not None:
                self.staff_mode.staff_screen.show_reader(self._words_staff(event.state.value))
            problem = _READER_PROBLEMS.get(event.state)
            changed = flow.reader_changed(problem)
            if event.state is ReaderState.CARD_IN:
                flow.card_in_reader = True
            elif event.state is ReaderState.READY:
                flow.card_removed()
        elif isinstance(event, CardInserted):
            changed = flow.card_inserted()
        elif isinstance(event, CardRead):
            changed = flow.card_read(event.identity)
        elif isinstance(event, CardFailed):
            changed = flow.card_failed(event.fault)
        else:
            assert isinstance(event, CardRemoved)
            flow.card_removed()
            changed = flow.step.screen in OUTSIDE_FORM  # the reminder goes
        if self.staff_mode is not None and self.staff_mode.active:
            return  # staff mode's screen is up: the patient screens are drawn on return
        if changed or flow.idle_countdown() is not None:
            self.show_state()

    def _words_staff(self, key: str) -> str:
        return self._translations.words(self._staff_language).text(key)

    def run_housekeeping(self) -> None:
        self._housekeeping.run()

    def tick(self) -> None:
        if self.staff_mode is not None:
            self.staff_mode.tick()
            if self.staff_mode.active:
                return  # the patient flow waits: nobody is filling it in
        # "still saving: please wait"; on the thank-you screen, the seconds left
        if self.flow.tick() or self.flow.saving_slowly() or self.flow.done_countdown():
            self.show_state()
            return
        self._show_idle_warning()
        if self.read_aloud.active:  # "are you still there?" is said as it appears
            self.accessibility.speak_if_moved()

    def _show_idle_warning(self) -> None:
        countdown = self.flow.idle_countdown()
        if countdown is None:
            self.idle_overlay.hide()
            return
        words = self._words()
        text = words.text("idle_text", seconds=words.number(countdown))
        if self.flow.card_in_reader:  # before the session is wiped: the card
            text = f"{text}\n\n{words.text('card_take_back')}"
        self.idle_overlay.show_countdown(words.text("idle_title"), text, words.text("more_time"))

    def _still_here(self) -> None:
        self.flow.touch()
        if self.idle_overlay.isVisible():
            self.idle_overlay.hide()
            if self.read_aloud.active:  # back to the screen: it is said again
                self.accessibility.speak_if_moved()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._still_here()
        if self.staff_mode is not None:
            self.staff_mode.observe(watched, event)
        # Every event of the application passes here: only touches, with read aloud on.
        if (
            self.read_aloud.active
            and event.type() in TOUCH_EVENTS
            and self.modes.currentWidget() is self._patient
        ):
            words = self._words()
            return self.read_aloud.intercept(
                watched,
                event,
                self,
                self.access_bar,
                words.language.code,
                words.text("answer_chosen"),
            )
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            # Qt's own texts changed language with the patient (Translations.install_qt):
            # QWidget would hand the event on to every widget and layout of the window
            # and repaint each, some 300 events through the application's event filter
            # above on each choice of language and each "Start again". Nothing here
            # retranslates itself on it: every text is set from the patient view on each
            # show_state, and Qt's own texts are looked up when they are shown.
            return True
        return super().event(event)

    def lock_down(self) -> None:
        """Kiosk mode: frameless, no cursor, escape shortcuts and close requests refused."""
        if self._lockdown is None:
            self._lockdown = Lockdown(self)

    def allow_close(self) -> None:
        """IT is leaving for the desktop: the next close is not refused."""
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._lockdown is not None and not self._close_allowed:
            event.ignore()  # Alt+F4, the window manager, a stray quit: the kiosk stays
            return
        self._ticker.stop()  # a closed window neither times out nor reads the store
        if self._card_reader is not None:
            self._card_reader.stop()
        self._housekeeping.stop()
        self._outbox.stop()
        self.read_aloud.stop()
        self.read_aloud.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # nor watches the touches meant for others
        self._translations.uninstall_qt()  # Qt's own texts leave with the window
        if self._lockdown is not None:
            self._lockdown.release()
        super().closeEvent(event)

    def _staff_page(self, page: QWidget) -> None:
        """The PIN pad, or the staff screen once the PIN was right (the patient's session,
        if one was open, is wiped first: staff and patient data never share the screen)."""
        self.read_aloud.stop()  # staff mode is silent
        if self.staff_mode is not None and self.staff_mode.mode == "staff":
            self.flow.reset()
            self.show_state()
        self.idle_overlay.hide()
        self.modes.setCurrentWidget(page)

    def _staff_closed(self, logged_in: bool) -> None:
        """Back to the patients: a fresh session after staff mode; after a cancelled PIN
        pad, the patient who held the corner finds their answers where they were."""
        if logged_in:
            self.flow.reset()
        self.accessibility.say_again()  # read aloud: back on a patient screen, it is said
        self.flow.touch()
        self.modes.setCurrentWidget(self._patient)
        self.show_state()

    def wait_for_background(self) -> bool:
        return (
            self._background.wait()
            and self._housekeeping.wait()
            and self._outbox.wait()
            and self._staff_background.wait()
        )

    # -- showing the state --------------------------------------------------------------

    def _words(self) -> Words:
        return self._translations.words(self.flow.language)

    def show_state(self) -> None:
        """The flow's state as the patient view says it (kiosk/patient/presenter.py)."""
        self.draw(present(self.flow, self._words(), self._translations.words))
        self._review_seen()

    def draw(self, view: PatientView) -> None:
        self.view = view
        self._translations.install_qt(view.language)
        # Every widget's language (inherited): long words break by its hyphenation.
        locale = QLocale(self._content.language(view.language).qt_locale)
        if self.locale() != locale:
            self.setLocale(locale)
        if view.session_id != self._session_id or not view.header.languages_shown:
            self.language_chooser.hide()  # a new patient, the welcome or the done screen
        if view.session_id != self._session_id:
            self.screens.forget_patient()  # nothing of the previous patient stays
            self._session_id = view.session_id
        self._show_idle_warning()
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if view.rtl else Qt.LayoutDirection.LeftToRight
        )
        # Header and navigation first, and laid out: the screen then measures itself in
        # the room it will have (the review and long pages are divided to fit it), once.
        # (Showing a widget lays out every layout up to the window at once: with the
        # column's layout off, the header and navigation change in one pass.) The screen
        # being left is out of that pass: the review paged itself twice again, on
        # "Confirm", for the room the saving screen's navigation leaves.
        self.screens.let_go(self.screens.widget_for(view.shown))
        self._patient_layout.setEnabled(False)
        try:
            self._header.show_header(view.header)
            self._navigation.show_for(view.navigation)
        finally:
            self._patient_layout.setEnabled(True)
        self._patient_layout.activate()
        self.screens.show_view(view)
        self._name_for_screen_readers(view)
        self.accessibility.show(view, self._words(), self.flow.assistance)

    # -- accessibility choices ------------------------------------------------------------

    def _assistance_toggled(self, choice: str, on: bool) -> None:
        self.flow.assist(**{choice: on})
        if choice == "read_aloud":
            self.accessibility.say_again()  # on: say where the patient is; off: silence
        self.show_state()

    def speak_screen(self, with_help: bool = False) -> None:
        self.accessibility.speak_screen(with_help)

    def _name_for_screen_readers(self, view: PatientView) -> None:
        """The window and the screen are named (the header, navigation and bar name
        themselves), so a screen reader can say where the patient is: the screen by its
        title."""
        if self.windowTitle() != view.title:
            self.setWindowTitle(view.title)
        screen = self.screens.widget_for(view.shown)
        title = screen.findChild(QLabel, "title")
        screen.setAccessibleName(title.accessibleName() if title is not None else "")
