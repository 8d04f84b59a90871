"""The outbox's sender: the declarations the hospital's record does not have yet, sent
one at a time on a worker thread of their own (ui/outbox.py), never on the patient's.

Each round publishes the Questionnaire when it changed, then sends the due declarations,
oldest first: the Bundle made from the stored declaration and its slip, validated, then
sent. 2xx: delivered. A timeout, a refused connection, 408, 429 or 5xx: tried again after
1, 2, 4... seconds, up to `fhir.retry_max_seconds`. Any other 4xx: parked with the
server's words until IT's `outbox retry REF`."""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.fhir.bundle import BundleMaker, Sending
from kiosk.fhir.questionnaire import Json, digest
from kiosk.fhir.targets import Ended, Sent, Target
from kiosk.fhir.validate import FhirDefect, validate
from kiosk.records.outbox import OutboxEntry
from kiosk.records.store import DeclarationStore, StoreError

log = logging.getLogger(__name__)
ROUND_LIMIT = 50  # declarations per round: a long backlog never holds the worker for long


@dataclass(frozen=True)
class Round:
    delivered: int = 0
    later: int = 0
    parked: int = 0
    problem: str | None = None  # why nothing could be sent (the target cannot be built...)


class OutboxSender:
    def __init__(
        self,
        store: DeclarationStore,
        target: Callable[[], Target],
        maker: BundleMaker,
        questionnaire: Callable[[], Json],
        render_slip: Callable[[str], bytes | None],
        clock: Callable[[], datetime],
        ceiling_seconds: int,
    ) -> None:
        self._store = store
        self._make_target = target
        self._target: Target | None = None
        self._maker = maker
        self._questionnaire = questionnaire
        self._render_slip = render_slip
        self._clock = clock
        self._ceiling = ceiling_seconds
        self._lock = threading.Lock()  # one round at a time, whoever calls
        self.last_problem: str | None = None  # for staff mode and doctor

    def __call__(self) -> Round:
        return self.send_due()

    def send_due(self, limit: int = ROUND_LIMIT) -> Round:
        with self._lock:
            try:
                result = self._round(limit)
            except StoreError as error:
                result = Round(problem=f"database: {error}")
            if result.problem and result.problem != self.last_problem:
                log.warning("hospital record: %s", result.problem)  # once, not every round
            self.last_problem = result.problem
            return result

    def _round(self, limit: int) -> Round:
        due = self._store.outbox.due(self._clock(), limit)
        if not due:
            return Round()
        if self._target is None:
            try:
                self._target = self._make_target()
            except (OSError, ssl.SSLError, ValueError) as error:
                return Round(later=len(due), problem=f"the record's connection: {error}")
        target = self._target
        # Not published (yet): the declarations go all the same, each names its canonical.
        published = self._publish(target)
        problem = None
        if published is not None and published.ended is not Ended.DELIVERED:
            problem = f"Questionnaire not published ({published.status}): {published.reason}"
        counts = {ended: 0 for ended in Ended}
        for entry in due:
            sent = self._send(target, entry)
            counts[sent.ended] += 1
            if sent.ended is Ended.LATER and sent.status in {"token", "refused", "timeout"}:
                problem = sent.reason  # the others would wait as long: the next round
                break
        return Round(counts[Ended.DELIVERED], counts[Ended.LATER], counts[Ended.REFUSED], problem)

    def _publish(self, target: Target) -> Sent | None:
        """The Questionnaire, when its content differs from what was last published."""
        resource = self._questionnaire()
        fingerprint = digest(resource)
        if self._store.outbox.published(target.name) == fingerprint:
            return None
        try:
            validate(resource)
        except FhirDefect as error:
            log.error("the Questionnaire is not valid FHIR: %s", error)
            return Sent(Ended.REFUSED, "invalid", str(error))
        sent = target.publish(resource)
        if sent.ended is Ended.DELIVERED:
            self._store.outbox.publish(target.name, fingerprint)
            log.info("Questionnaire %s published to the record", resource.get("version"))
        return sent

    def bundle(self, entry: OutboxEntry) -> Json | None:
        stored = self._store.declarations.find(entry.reference)
        pdf = self._render_slip(entry.reference)
        if stored is None or pdf is None:
            return None
        bundle = self._maker.bundle(Sending(stored.declaration, stored.reference, pdf))
        validate(bundle)
        return bundle

    def _send(self, target: Target, entry: OutboxEntry) -> Sent:
        outbox = self._store.outbox
        try:
            bundle = self.bundle(entry)
        except FhirDefect as error:  # the kiosk's fault: found by its tests, never sent
            log.error("declaration %s: not valid FHIR: %s", entry.reference, error)
            outbox.park(entry.declaration_id, "invalid", f"not valid FHIR (a defect): {error}")
            return Sent(Ended.REFUSED, "invalid", str(error))
        except StoreError:
            raise
        except Exception as error:  # its slip could not be drawn...: parked, not in the way
            log.exception("declaration %s: its Bundle could not be made", entry.reference)
            outbox.park(entry.declaration_id, "unmade", f"could not be made: {error}")
            return Sent(Ended.REFUSED, "unmade", str(error))
        if bundle is None:
            outbox.park(entry.declaration_id, "gone", "the declaration could not be read")
            return Sent(Ended.REFUSED, "gone")
        sent = target.send(bundle, self._maker.ids(entry.reference)[0])
        if sent.ended is Ended.DELIVERED:
            outbox.delivered(entry.declaration_id, sent.status)
        elif sent.ended is Ended.REFUSED:
            log.error("declaration %s refused by the record: %s", entry.reference, sent.reason)
            outbox.park(entry.declaration_id, sent.status, sent.reason or "refused")
        else:
            wait = min(self._ceiling, 2**entry.attempts)
            next_try = self._clock() + timedelta(seconds=wait)
            outbox.later(entry.declaration_id, sent.status, sent.reason or "", next_try)
        return sent

    def close(self) -> None:
        """Its connections closed; a later round opens new ones."""
        with self._lock:
            if self._target is not None:
                self._target.close()
                self._target = None
