"""Builds the kiosk from its configuration: content, store, printer, services.

The one place that knows how the pieces fit; `main.py` (the window) and `kiosk/commands/cli.py`
(the command line) both start here. Qt-free: ReportLab is loaded on the first slip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.content.locales import Content, load_content
from kiosk.content.questionnaire import Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.fhir.bundle import BundleMaker
from kiosk.fhir.questionnaire import QuestionnaireMaker
from kiosk.fhir.targets import target_for, target_name
from kiosk.patient.clinical import ClinicalSummary
from kiosk.patient.flow import Clock, Flow, utc_now
from kiosk.printing.printers import Printer, SlipPdf
from kiosk.printing.setup import PrinterSetup, printer_setup
from kiosk.records.store import DeclarationStore, StoreError
from kiosk.resources import content_root, resource_path
from kiosk.services.housekeeping import Housekeeper
from kiosk.services.outbox import OutboxSender
from kiosk.services.submission import SubmissionService
from kiosk.staff.desk import StaffDesk

if TYPE_CHECKING:
    from kiosk.fhir.targets import Target
    from kiosk.printing.slip import SlipRenderer

log = logging.getLogger("kiosk")


def load_domain(config: Config) -> tuple[Questionnaire, Content]:
    root = content_root(config.kiosk.resources_dir)
    questionnaire = load_questionnaire(root / "questionnaire.toml")
    content = load_content(root / "locales", config.kiosk.languages, questionnaire)
    return questionnaire, content


def slip_renderer(
    config: Config, questionnaire: Questionnaire, content: Content
) -> Callable[[], SlipRenderer]:
    staff = content.language(config.kiosk.staff_language)

    @cache
    def renderer() -> SlipRenderer:  # ReportLab is loaded on the first slip, not at start
        from kiosk.printing.slip import SlipRenderer

        return SlipRenderer(
            questionnaire,
            staff,
            config.kiosk.hospital_name,
            config.kiosk.department_name,
            config.slip.paper,
            resource_path("fonts"),
            lambda code: content.language_name(code, staff),
        )

    return renderer


def build_submission(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    store: DeclarationStore,
    printer: Printer | None = None,
    renderer: Callable[[], SlipRenderer] | None = None,
) -> SubmissionService:
    renderer = renderer or slip_renderer(config, questionnaire, content)
    clinical = ClinicalSummary(questionnaire, content.language(config.kiosk.staff_language))
    return SubmissionService(
        store,
        questionnaire,
        renderer,
        printer or choose_printer(config).printer,
        lambda declaration: clinical.record(declaration).to_json(),
        pending=config.data_dir / "pending",
        outbox=target_name(config.fhir),
    )


def build_staff_desk(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    store: DeclarationStore,
    service: SubmissionService,
    printers: PrinterSetup,
    renderer: Callable[[], SlipRenderer] | None = None,
) -> StaffDesk:
    renderer = renderer or slip_renderer(config, questionnaire, content)

    def render_slip(reference: str) -> bytes | None:
        stored = store.declarations.find(reference)
        if stored is None:
            return None
        return renderer().render(stored.declaration, stored.reference).data

    def render_test_page(now: datetime, where: str) -> SlipPdf:
        return renderer().render_test_page(now.astimezone(), where)

    return StaffDesk(config, store, service, render_slip, render_test_page, printers)


def fhir_makers(
    config: Config, questionnaire: Questionnaire, content: Content
) -> tuple[QuestionnaireMaker, BundleMaker]:
    """What the record is sent: the Questionnaire, and each declaration's Bundle."""
    url = config.fhir.questionnaire_url
    words = QuestionnaireMaker(questionnaire, content, config.kiosk.staff_language, url)
    fhir = config.fhir
    maker = BundleMaker(
        questionnaire, words, url, fhir.identifier_system, config.kiosk.id, fhir.create
    )
    return words, maker


def build_outbox(
    config: Config,
    questionnaire: Questionnaire,
    content: Content,
    store: DeclarationStore,
    clock: Clock = utc_now,
    renderer: Callable[[], SlipRenderer] | None = None,
) -> OutboxSender | None:
    """The sender to the hospital's record; None when `[fhir]` names no target."""
    settings = config.fhir
    if target_name(settings) is None:
        return None
    renderer = renderer or slip_renderer(config, questionnaire, content)
    words, maker = fhir_makers(config, questionnaire, content)

    def render_slip(reference: str) -> bytes | None:
        stored = store.declarations.find(reference)
        if stored is None:
            return None
        return renderer().render(stored.declaration, stored.reference).data

    def target() -> Target:
        made = target_for(settings)
        assert made is not None
        return made

    return OutboxSender(
        store, target, maker, words.resource, render_slip, clock, settings.retry_max_seconds
    )


def choose_printer(config: Config) -> PrinterSetup:
    """The configured printer (printing/setup.py), logged once where it is built."""
    log.info("printer backend: %s (slips folder %s)", config.printer.backend, config.slip_folder)
    return printer_setup(config)


@dataclass(frozen=True)
class Kiosk:
    """Everything the window needs, built once from the config."""

    config: Config
    questionnaire: Questionnaire
    content: Content
    store: DeclarationStore
    service: SubmissionService
    staff_desk: StaffDesk
    housekeeper: Housekeeper
    outbox: OutboxSender | None = None  # the hospital's record: None when not configured

    def close(self) -> None:
        """After the workers stopped: the record's connections, then the database."""
        if self.outbox is not None:
            self.outbox.close()
        self.store.close()

    def new_flow(self, clock: Clock = utc_now) -> Flow:
        config = self.config
        return Flow(
            self.questionnaire,
            len(self.content.language(config.kiosk.default_language).pages),
            config.kiosk.default_language,
            config.identity.max_name_length,
            config.flow.done_return_seconds,
            idle_seconds=config.flow.idle_seconds,
            idle_warning_seconds=config.flow.idle_warning_seconds,
            clock=clock,
            languages=config.kiosk.languages,
            card_reader=config.identity.card_reader == "auto",
        )


def build_kiosk(config: Config) -> Kiosk:
    """Raises KioskError or StoreError with a message for IT."""
    questionnaire, content = load_domain(config)
    try:
        store = DeclarationStore(config.database_path)
    except StoreError as error:  # say which setting leads there
        raise StoreError(f"kiosk.data_dir = {str(config.data_dir)!r}: {error}") from error
    printers = choose_printer(config)  # once: submission and staff mode share it
    # One renderer (fonts loaded once) for the patient's slip, staff mode and the record.
    renderer = slip_renderer(config, questionnaire, content)
    service = build_submission(config, questionnaire, content, store, printers.printer, renderer)
    desk = build_staff_desk(config, questionnaire, content, store, service, printers, renderer)
    housekeeper = Housekeeper(service, store, config.slip_folder, config.retention.days, utc_now)
    desk.purge_refused = lambda: housekeeper.purge_refused
    outbox = build_outbox(config, questionnaire, content, store, renderer=renderer)
    return Kiosk(config, questionnaire, content, store, service, desk, housekeeper, outbox)
