"""Every word the screens say, through Qt's translation system.

The English source texts are below; `i18n/kiosk_<code>.ts` holds each language's
translations (made with `pyside6-lupdate`, compiled to `.qm` with `pyside6-lrelease`:
`scripts/update_translations.sh` does both). There is one `QTranslator` per language, so
the welcome screen can say "Choose your language" in every language at once. Words in
`{braces}` are filled in after translation; numbers and dates go through `QLocale`.

A counted text ("%n seconds") is a Qt numerus message: each catalog holds one form per
plural of its language (Arabic six: 0, 1, 2, 3-10, 11-99, 100 and over; French, Dutch,
German two), and English too has a catalog holding only those (`kiosk_en.ts`), so that
"1 second" is not "1 seconds". In a right-to-left language every value put into a text
is wrapped in Unicode isolates (FSI ... PDI), so "-2", "K7F-3QX" or "Xarelto" keep
their own order inside the Arabic sentence.

The slip is not here: it is rendered outside Qt, from `resources/locales/<code>/slip.toml`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from kiosk.content.locales import Language
from kiosk.errors import ContentError

CONTEXT = "Kiosk"
SOURCE_LANGUAGE = "en"  # the texts below; its catalog holds only the counted texts


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for `pyside6-lupdate` (Qt's own returns `object` to type checkers)."""
    return source


class Numerus:
    """Marks a counted text for `pyside6-lupdate`, which makes a numerus message only of
    a call `translate(context, source, disambiguation, n)` (its Python parser does not
    know QT_TRANSLATE_N_NOOP)."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: None, n: int) -> str:
        return source


# Unicode isolates: a value inside a right-to-left text keeps its own direction and
# does not take its neighbours' ("-2" is not drawn "2-"). FSI takes the direction of the
# value's first letter (left to right when it has none, as for a number).
FSI = "\u2068"
PDI = "\u2069"


SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "department": QT_TRANSLATE_NOOP("Kiosk", "Interventional radiology"),
        "welcome_title": QT_TRANSLATE_NOOP("Kiosk", "Welcome"),
        "welcome_text": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Please answer a few questions before your examination. It takes about 5 minutes.",
        ),
        "choose_language": QT_TRANSLATE_NOOP("Kiosk", "Choose your language"),
        "start": QT_TRANSLATE_NOOP("Kiosk", "Start"),
        "next": QT_TRANSLATE_NOOP("Kiosk", "Next"),
        "back": QT_TRANSLATE_NOOP("Kiosk", "Back"),
        # Next, at the end of a change made from the review.
        "back_to_review": QT_TRANSLATE_NOOP("Kiosk", "Back to the review"),
        "skip": QT_TRANSLATE_NOOP("Kiosk", "Skip the explanations"),
        "progress": QT_TRANSLATE_NOOP("Kiosk", "Step {current} of {total}"),
        "page_progress": QT_TRANSLATE_NOOP("Kiosk", "Page {current} of {total}"),
        "last_name_self": QT_TRANSLATE_NOOP("Kiosk", "What is your last name?"),
        "last_name_other": QT_TRANSLATE_NOOP(
            "Kiosk", "What is the last name of the person you accompany?"
        ),
        "first_name_self": QT_TRANSLATE_NOOP("Kiosk", "What is your first name?"),
        "first_name_other": QT_TRANSLATE_NOOP(
            "Kiosk", "What is the first name of the person you accompany?"
        ),
        "name_hint": QT_TRANSLATE_NOOP(
            "Kiosk", "Type it as on the identity card, with the keyboard below."
        ),
        "name_empty": QT_TRANSLATE_NOOP("Kiosk", "Please type the name."),
        "name_too_long": Numerus.translate(
            "Kiosk", "This name is too long: at most %n letters.", None, 2
        ),
        "name_invalid": QT_TRANSLATE_NOOP(
            "Kiosk", "Please use only letters, spaces, hyphens and apostrophes."
        ),
        "birth_date_self": QT_TRANSLATE_NOOP("Kiosk", "What is your date of birth?"),
        "birth_date_other": QT_TRANSLATE_NOOP(
            "Kiosk", "What is the date of birth of the person you accompany?"
        ),
        "birth_date_hint": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.",
        ),
        "birth_date_correct": QT_TRANSLATE_NOOP(
            "Kiosk", "To correct the day, the month or the year, tap it."
        ),
        "day": QT_TRANSLATE_NOOP("Kiosk", "Day"),
        "month": QT_TRANSLATE_NOOP("Kiosk", "Month"),
        "year": QT_TRANSLATE_NOOP("Kiosk", "Year"),
        "birth_date_incomplete": QT_TRANSLATE_NOOP(
            "Kiosk", "Please type the day (2 digits), the month (2 digits) and the year (4 digits)."
        ),
        "birth_date_impossible": QT_TRANSLATE_NOOP(
            "Kiosk", "This date does not exist. Please check it."
        ),
        "birth_date_future": QT_TRANSLATE_NOOP(
            "Kiosk", "This date is in the future. Please check it."
        ),
        "birth_date_too_old": QT_TRANSLATE_NOOP("Kiosk", "Please check the year."),
        # A typed answer: another medicine's name on the keyboard, a child's weight on the
        # keypad.
        "text_hint": QT_TRANSLATE_NOOP("Kiosk", "Type the name with the keyboard."),
        # A typed name refused (Problem.NAME_INVALID): it may hold digits, not pictures.
        "text_invalid": QT_TRANSLATE_NOOP(
            "Kiosk", "Please type only letters, numbers and punctuation."
        ),
        "number_hint": QT_TRANSLATE_NOOP("Kiosk", "Type the number with the keys."),
        "number_out_of_range": QT_TRANSLATE_NOOP(
            "Kiosk", "Please type a number from {low} to {high} {unit}."
        ),
        "key_space": QT_TRANSLATE_NOOP("Kiosk", "Space"),
        "key_backspace": QT_TRANSLATE_NOOP("Kiosk", "Erase"),
        "key_apostrophe": QT_TRANSLATE_NOOP("Kiosk", "Apostrophe"),
        "key_hyphen": QT_TRANSLATE_NOOP("Kiosk", "Hyphen"),
        "key_shift": QT_TRANSLATE_NOOP("Kiosk", "Capital letter"),
        "key_script": QT_TRANSLATE_NOOP("Kiosk", "Other letters"),
        "choose_one": QT_TRANSLATE_NOOP("Kiosk", "Choose one answer."),
        "choose_several": QT_TRANSLATE_NOOP("Kiosk", "You can choose several answers."),
        "optional": QT_TRANSLATE_NOOP("Kiosk", "You may skip this question."),
        "review_title": QT_TRANSLATE_NOOP("Kiosk", "Please check your answers"),
        "review_text": QT_TRANSLATE_NOOP("Kiosk", "Tap an answer to change it."),
        "review_change": QT_TRANSLATE_NOOP("Kiosk", "Change"),
        "review_previous": QT_TRANSLATE_NOOP("Kiosk", "Previous answers"),
        "review_more": QT_TRANSLATE_NOOP("Kiosk", "More answers"),
        "review_last_name": QT_TRANSLATE_NOOP("Kiosk", "Last name"),
        "review_first_name": QT_TRANSLATE_NOOP("Kiosk", "First name"),
        "review_birth_date": QT_TRANSLATE_NOOP("Kiosk", "Date of birth"),
        "not_answered": QT_TRANSLATE_NOOP("Kiosk", "Not answered"),
        "submit": QT_TRANSLATE_NOOP("Kiosk", "Confirm"),
        # In place of Confirm, while a review in parts has a part not yet shown.
        "review_see_all": QT_TRANSLATE_NOOP("Kiosk", "First see the next answers"),
        "saving": QT_TRANSLATE_NOOP("Kiosk", "Saving your answers…"),
        # Saving takes longer than usual (another program holds the database).
        "saving_slow": QT_TRANSLATE_NOOP(
            "Kiosk", "This is taking a little longer. Your answers are kept: please wait a moment."
        ),
        "done_title": QT_TRANSLATE_NOOP("Kiosk", "Thank you"),
        "done_printed": QT_TRANSLATE_NOOP(
            "Kiosk", "Please take your slip and give it to the reception desk."
        ),
        "done_not_printed": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Your answers are saved. Please go to the reception desk: they will print your slip.",
        ),
        "done_reference": QT_TRANSLATE_NOOP("Kiosk", "Your reference: {reference}"),
        "save_failed": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.",
        ),
        "done_directions": QT_TRANSLATE_NOOP(
            "Kiosk", "Radiology secretariat: floor -2, route 610."
        ),
        "restart": QT_TRANSLATE_NOOP("Kiosk", "Finish"),
        "done_countdown": Numerus.translate("Kiosk", "This screen closes in %n seconds.", None, 2),
        "done_more_time": QT_TRANSLATE_NOOP("Kiosk", "Keep this screen longer"),
        # The identity card (Belgian eID or Kids-ID) instead of typing the name.
        "card_title": QT_TRANSLATE_NOOP("Kiosk", "Insert your identity card"),
        "card_text": QT_TRANSLATE_NOOP(
            "Kiosk",
            "Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.",
        ),
        "card_reading": QT_TRANSLATE_NOOP("Kiosk", "Reading the card…"),
        "card_type_instead": QT_TRANSLATE_NOOP("Kiosk", "Type my name instead"),
        "card_unreadable": QT_TRANSLATE_NOOP(
            "Kiosk",
            "The card could not be read. Take it out and put it in again, chip first, or type the name instead.",
        ),
        "card_not_eid": QT_TRANSLATE_NOOP(
            "Kiosk",
            "This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.",
        ),
        "card_removed": QT_TRANSLATE_NOOP(
            "Kiosk",
            "The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.",
        ),
        "card_no_reader": QT_TRANSLATE_NOOP(
            "Kiosk", "The card reader is not working. Please type the name instead."
        ),
        "card_no_service": QT_TRANSLATE_NOOP(
            "Kiosk", "The card reader is not available just now. Please type the name instead."
        ),
        "card_too_slow": QT_TRANSLATE_NOOP(
            "Kiosk", "Reading the card is taking too long. Please type the name instead."
        ),
        "card_confirm_self": QT_TRANSLATE_NOOP("Kiosk", "Is this you?"),
        "card_confirm_other": QT_TRANSLATE_NOOP(
            "Kiosk", "Is this the person you are filling in for?"
        ),
        "card_yes": QT_TRANSLATE_NOOP("Kiosk", "Yes, this is right"),
        "card_no": QT_TRANSLATE_NOOP("Kiosk", "No, type the name instead"),
        "card_take_back": QT_TRANSLATE_NOOP(
            "Kiosk", "Do not forget your identity card in the reader."
        ),
        "idle_title": QT_TRANSLATE_NOOP("Kiosk", "Are you still there?"),
        "idle_text": Numerus.translate(
            "Kiosk",
            "To protect your privacy, the screen will start again in %n seconds and your answers will be erased.",
            None,
            2,
        ),
        "more_time": QT_TRANSLATE_NOOP("Kiosk", "I need more time"),
        # The accessibility bar, at the bottom of every patient screen.
        "larger_text": QT_TRANSLATE_NOOP("Kiosk", "Larger text"),
        "high_contrast": QT_TRANSLATE_NOOP("Kiosk", "High contrast"),
        "read_aloud": QT_TRANSLATE_NOOP("Kiosk", "Read aloud"),
        "speech_unavailable": QT_TRANSLATE_NOOP("Kiosk", "Speech unavailable"),
        "read_aloud_help": QT_TRANSLATE_NOOP(
            "Kiosk", "Touch a button once to hear it. Touch it again to choose it."
        ),
        "accessibility": QT_TRANSLATE_NOOP("Kiosk", "Accessibility"),
        "navigation": QT_TRANSLATE_NOOP("Kiosk", "Navigation"),
        "answer_chosen": QT_TRANSLATE_NOOP("Kiosk", "chosen"),
        "field_empty": QT_TRANSLATE_NOOP("Kiosk", "empty"),
        "out_of_order": QT_TRANSLATE_NOOP(
            "Kiosk", "This kiosk is out of order. Please go to the reception desk."
        ),
        # Staff mode (reception and IT), shown in the staff language.
        "pin_title": QT_TRANSLATE_NOOP("Kiosk", "Staff access"),
        "pin_text": QT_TRANSLATE_NOOP("Kiosk", "Type your PIN, then OK."),
        "pin_ok": QT_TRANSLATE_NOOP("Kiosk", "OK"),
        "pin_cancel": QT_TRANSLATE_NOOP("Kiosk", "Cancel"),
        "pin_wrong": QT_TRANSLATE_NOOP("Kiosk", "Wrong PIN."),
        "pin_locked": Numerus.translate(
            "Kiosk", "Too many wrong PINs. Try again in %n seconds.", None, 2
        ),
        "pin_other_open": QT_TRANSLATE_NOOP("Kiosk", "The {role} PIN still works: choose {role}."),
        "pin_not_set": QT_TRANSLATE_NOOP(
            "Kiosk", "No staff PIN is set yet: IT sets one with the command line (set-pin)."
        ),
        "staff_title": QT_TRANSLATE_NOOP("Kiosk", "Today's declarations"),
        "staff_role_staff": QT_TRANSLATE_NOOP("Kiosk", "Reception"),
        "staff_role_it": QT_TRANSLATE_NOOP("Kiosk", "IT"),
        "staff_filter_all": QT_TRANSLATE_NOOP("Kiosk", "All"),
        "staff_filter_flagged": QT_TRANSLATE_NOOP("Kiosk", "Answers to check"),
        "staff_filter_unprinted": QT_TRANSLATE_NOOP("Kiosk", "Not printed"),
        "staff_empty": QT_TRANSLATE_NOOP("Kiosk", "No declaration here today."),
        "staff_choose": QT_TRANSLATE_NOOP("Kiosk", "Tap a declaration to see its slip."),
        "staff_to_check": Numerus.translate("Kiosk", "%n to check", None, 2),
        "staff_printed": QT_TRANSLATE_NOOP("Kiosk", "printed"),
        "staff_not_printed": QT_TRANSLATE_NOOP("Kiosk", "NOT PRINTED"),
        "staff_file_only": QT_TRANSLATE_NOOP("Kiosk", "PDF file only"),
        "staff_reprint": QT_TRANSLATE_NOOP("Kiosk", "Reprint"),
        "staff_test_print": QT_TRANSLATE_NOOP("Kiosk", "Test print"),
        "staff_refresh": QT_TRANSLATE_NOOP("Kiosk", "Refresh"),
        "staff_lock": QT_TRANSLATE_NOOP("Kiosk", "Lock"),
        "staff_exit": QT_TRANSLATE_NOOP("Kiosk", "Exit to desktop"),
        "staff_printer": QT_TRANSLATE_NOOP("Kiosk", "Printer: {state}"),
        "staff_working": QT_TRANSLATE_NOOP("Kiosk", "Working…"),
        "printer_ready": QT_TRANSLATE_NOOP("Kiosk", "ready"),
        "printer_stopped": QT_TRANSLATE_NOOP("Kiosk", "stopped"),
        "printer_not_accepting": QT_TRANSLATE_NOOP("Kiosk", "not accepting jobs"),
        "printer_unreachable": QT_TRANSLATE_NOOP("Kiosk", "unreachable"),
        "printer_missing": QT_TRANSLATE_NOOP("Kiosk", "queue not found"),
        "printer_none": QT_TRANSLATE_NOOP("Kiosk", "none: slips are PDF files"),
        "staff_errors": QT_TRANSLATE_NOOP("Kiosk", "Last print errors"),
        "staff_no_errors": QT_TRANSLATE_NOOP("Kiosk", "No print error."),
        "staff_reprinted": QT_TRANSLATE_NOOP("Kiosk", "{reference}: sent to the printer."),
        "staff_not_reprinted": QT_TRANSLATE_NOOP("Kiosk", "{reference}: not printed ({reason})."),
        "staff_test_sent": QT_TRANSLATE_NOOP("Kiosk", "Test page sent to the printer."),
        "staff_test_failed": QT_TRANSLATE_NOOP("Kiosk", "Test page not printed ({reason})."),
        "staff_failed": QT_TRANSLATE_NOOP("Kiosk", "That did not work: {reason}"),
        "staff_fault_not_saved": QT_TRANSLATE_NOOP(
            "Kiosk",
            "At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.",
        ),
        "staff_fault_damaged": QT_TRANSLATE_NOOP(
            "Kiosk",
            "The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.",
        ),
        "staff_fault_disk": QT_TRANSLATE_NOOP(
            "Kiosk", "The disk is almost full ({free} MB left). Tell IT."
        ),
        "staff_fault_unprinted": Numerus.translate(
            "Kiosk",
            "%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.",
            None,
            2,
        ),
        "staff_fault_purge": QT_TRANSLATE_NOOP(
            "Kiosk", "Old declarations were not deleted: {reason}. Tell IT."
        ),
        "staff_fault_pending": Numerus.translate(
            "Kiosk",
            "%n declarations are waiting to be saved (the database was busy). They are saved automatically.",
            None,
            2,
        ),
        "staff_unprinted_queued": Numerus.translate(
            "Kiosk",
            "%n slips are still in the printer's queue and are left to print there.",
            None,
            2,
        ),
        "staff_print_unprinted": QT_TRANSLATE_NOOP("Kiosk", "Print all unprinted"),
        "staff_unprinted_sent": Numerus.translate(
            "Kiosk", "%n slips sent to the printer.", None, 2
        ),
        "staff_unprinted_failed": Numerus.translate(
            "Kiosk",
            "%n slips sent to the printer. The printer then stopped taking slips ({reason}).",
            None,
            2,
        ),
        "staff_unprinted_none": QT_TRANSLATE_NOOP("Kiosk", "No slip is waiting for the printer."),
        # The hospital record (issue 20): each declaration's state, and what staff must know.
        "staff_record_sent": QT_TRANSLATE_NOOP("Kiosk", "sent to the record"),
        "staff_record_waiting": QT_TRANSLATE_NOOP("Kiosk", "waiting for the record"),
        "staff_record_parked": QT_TRANSLATE_NOOP("Kiosk", "parked: {reason}"),
        "staff_fault_record_parked": Numerus.translate(
            "Kiosk", "%n declarations were refused by the hospital record. Tell IT.", None, 2
        ),
        "staff_fault_record_waiting": Numerus.translate(
            "Kiosk",
            "%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.",
            None,
            2,
        ),
        "staff_fault_record_kept": Numerus.translate(
            "Kiosk",
            "%n old declarations are kept because the hospital record does not have them yet. Tell IT.",
            None,
            2,
        ),
        # Staff mode by finger (issue 18): what a print really did, the search, a child.
        "staff_reprint_written": QT_TRANSLATE_NOOP(
            "Kiosk", "{reference}: slip written as a PDF file in {folder} (no paper printer)."
        ),
        "staff_reprint_file_only": QT_TRANSLATE_NOOP(
            "Kiosk",
            "{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.",
        ),
        "staff_test_written": QT_TRANSLATE_NOOP(
            "Kiosk", "Test page written as a PDF file in {folder} (no paper printer)."
        ),
        "staff_unprinted_written": Numerus.translate(
            "Kiosk", "%n slips written as PDF files (no paper printer).", None, 2
        ),
        "staff_search": QT_TRANSLATE_NOOP("Kiosk", "Search: last name or reference"),
        "staff_search_clear": QT_TRANSLATE_NOOP("Kiosk", "Clear search"),
        "staff_no_match": QT_TRANSLATE_NOOP(
            "Kiosk", "No declaration of today matches this search."
        ),
        "staff_for_child": QT_TRANSLATE_NOOP("Kiosk", "child"),
        # The eID card reader's state, on the staff screen.
        "reader_off": QT_TRANSLATE_NOOP("Kiosk", "Card reader: turned off"),
        "reader_no_library": QT_TRANSLATE_NOOP(
            "Kiosk", "Card reader: the PC/SC library (pyscard) is missing"
        ),
        "reader_no_service": QT_TRANSLATE_NOOP("Kiosk", "Card reader: pcscd is not running"),
        "reader_none": QT_TRANSLATE_NOOP("Kiosk", "Card reader: none plugged in"),
        "reader_ready": QT_TRANSLATE_NOOP("Kiosk", "Card reader: ready"),
        "reader_card_in": QT_TRANSLATE_NOOP("Kiosk", "Card reader: a card is in the reader"),
        "staff_holding": QT_TRANSLATE_NOOP("Kiosk", "Staff access: keep holding"),
    }
)


# The counted texts, and which of their values is the count (the callers' name for it).
COUNTS: Mapping[str, str] = MappingProxyType(
    {
        "name_too_long": "max",
        "idle_text": "seconds",
        "pin_locked": "seconds",
        "done_countdown": "seconds",
        "staff_to_check": "count",
        "staff_fault_unprinted": "count",
        "staff_fault_pending": "count",
        "staff_unprinted_queued": "count",
        "staff_unprinted_sent": "count",
        "staff_unprinted_failed": "count",
        "staff_unprinted_written": "count",
        "staff_fault_record_parked": "count",
        "staff_fault_record_waiting": "count",
        "staff_fault_record_kept": "count",
    }
)


class Words:
    """The screen texts of one language, and its way of writing numbers and dates."""

    def __init__(self, language: Language, translator: QTranslator | None) -> None:
        self.language = language
        self.locale = QLocale(language.qt_locale)
        self._translator = translator

    def text(self, key: str, **values: object) -> str:
        """The text `key` with its `{values}`; a counted text takes its count as a
        number or as `number()` wrote it, and says it in the form its language wants."""
        source = SOURCES[key]
        count = -1
        if key in COUNTS:
            count = self._count(values.pop(COUNTS[key]))
        translated = (
            self._translator.translate(CONTEXT, source, None, count) if self._translator else ""
        )
        # A missing translation shows the English text rather than nothing (a test makes
        # sure none is missing in the catalogs shipped).
        template = translated or source
        if count >= 0:
            template = template.replace("%n", self._inserted(self.number(count)))
        if not values:
            return template
        return template.format(**{name: self._inserted(value) for name, value in values.items()})

    def _count(self, value: object) -> int:
        if isinstance(value, int):
            return value
        number, ok = self.locale.toInt(str(value).strip(FSI + PDI))
        if not ok or number < 0:
            raise ValueError(f"not a count: {value!r}")
        return int(number)

    def _inserted(self, value: object) -> str:
        """A value as put into a text: isolated in a right-to-left language."""
        text = str(value)
        if not self.language.rtl or not text or text.startswith(FSI):
            return text
        return f"{FSI}{text}{PDI}"

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def date(self, value: date) -> str:
        return self.locale.toString(
            QDate(value.year, value.month, value.day), self.language.date_format
        )

    def birth_date(self, digits: str) -> str:
        """Eight typed digits DDMMYYYY as a date in words; anything else as typed."""
        try:
            return self.date(date(int(digits[4:]), int(digits[2:4]), int(digits[:2])))
        except ValueError:
            return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}" if digits else ""


def catalog_path(i18n_dir: Path, code: str) -> Path:
    return i18n_dir / f"kiosk_{code}.qm"


class Translations:
    """One translator per enabled language, loaded once at start."""

    def __init__(self, i18n_dir: Path, languages: Iterable[Language]) -> None:
        self._words: dict[str, Words] = {}
        self._qt: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for language in languages:
            # English too: its catalog holds the English plural forms ("1 second").
            path = catalog_path(i18n_dir, language.code)
            translator = QTranslator()
            if not translator.load(str(path)):
                raise ContentError(
                    f"{path}: missing or unreadable: language {language.code!r} is "
                    "enabled but its screen texts are not compiled (run "
                    "scripts/update_translations.sh)"
                )
            self._words[language.code] = Words(language, translator)
            # Qt's own words (qtbase), where Qt ships them; the kiosk works without.
            qt = QTranslator()
            if qt.load(QLocale(language.qt_locale), "qtbase", "_", qt_dir):
                self._qt[language.code] = qt

    def words(self, code: str) -> Words:
        return self._words[code]

    def install_qt(self, code: str) -> None:
        """Make Qt's own texts (qtbase) speak the patient's language."""
        app = QCoreApplication.instance()
        if app is None or self._qt.get(code) is self._installed:
            return  # (re)installing makes Qt send every widget a LanguageChange event
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = self._qt.get(code)
        if self._installed is not None:
            app.installTranslator(self._installed)

    def uninstall_qt(self) -> None:
        """Take Qt's own texts back to English (the window is closing)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = None
