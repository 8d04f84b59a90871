"""One declaration as one FHIR R4 transaction `Bundle`: the `QuestionnaireResponse`
(follow-ups nested under the answer that asked them, rule qrs-1), the patient as entered
(a contained `Patient`: a typed identity never becomes a Patient of the hospital's index),
the slip as a `DocumentReference` with its PDF, and this kiosk as a `Device`.

Each resource has an id made from the kiosk's id and the declaration's reference and is
written with PUT: sending it again (a lost answer, a restart mid-send) updates the same
resource, never creates a second one. A conditional create (`ifNoneExist` on the
identifier) would do the same where the server can search QuestionnaireResponse by
identifier; sekmet-fhir, the server the tests run, cannot, and every R4 server takes an
update to a client-chosen id. The identifier still names the declaration."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.content.questionnaire import (
    Answer,
    Kind,
    Question,
    Questionnaire,
    Typed,
    chosen_options,
    item_key,
)
from kiosk.fhir.questionnaire import UCUM, Json, QuestionnaireMaker, canonical, fhir_id
from kiosk.patient.declaration import Declaration

# An answer the patient typed, rather than chose: staff read it as the patient's words.
TYPED_BY_PATIENT = "urn:radiology-kiosk:typed-by-patient"
DEVICE_SYSTEM = "urn:radiology-kiosk:kiosk"


@dataclass(frozen=True)
class Sending:
    """What the record is told about one declaration."""

    declaration: Declaration
    reference: str  # as printed: K7F-3QX
    slip_pdf: bytes


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class BundleMaker:
    def __init__(
        self,
        questionnaire: Questionnaire,
        words: QuestionnaireMaker,
        url: str,
        identifier_system: str,
        kiosk_id: str,
    ) -> None:
        self._questionnaire = questionnaire
        self._words = words
        self._url = url
        self._system = identifier_system
        self._kiosk = kiosk_id

    def ids(self, reference: str) -> tuple[str, str, str]:
        """The ids of the response, the slip and the kiosk's Device."""
        response = fhir_id("kiosk", self._kiosk, reference.replace("-", ""))
        return response, fhir_id(response, "slip"), fhir_id("kiosk", self._kiosk)

    def identifier(self, reference: str) -> Json:
        return {"system": self._system, "value": f"{self._kiosk}/{reference}"}

    def bundle(self, sending: Sending) -> Json:
        response = self.response(sending)
        slip = self.slip(sending)
        device = self.device()
        return {
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [
                _put(device),
                _put(response),
                _put(slip),
            ],
        }

    def device(self) -> Json:
        return {
            "resourceType": "Device",
            "id": self.ids("")[2],
            "identifier": [{"system": DEVICE_SYSTEM, "value": self._kiosk}],
            "status": "active",
            "deviceName": [
                {
                    "name": f"Radiology waiting-room kiosk {self._kiosk}",
                    "type": "user-friendly-name",
                }
            ],
        }

    def _patient(self, declaration: Declaration) -> Json:
        return {
            "resourceType": "Patient",
            "id": "patient",
            "name": [
                {
                    "use": "usual",
                    "family": declaration.last_name,
                    "given": [declaration.first_name],
                }
            ],
            "birthDate": declaration.birth_date.isoformat(),
        }

    def response(self, sending: Sending) -> Json:
        declaration = sending.declaration
        response_id, _, device_id = self.ids(sending.reference)
        return {
            "resourceType": "QuestionnaireResponse",
            "id": response_id,
            "contained": [self._patient(declaration)],
            "identifier": self.identifier(sending.reference),
            "questionnaire": canonical(self._url, self._questionnaire),
            "status": "completed",
            "subject": {"reference": "#patient"},
            "authored": _instant(declaration.submitted_at),
            "author": {"reference": f"Device/{device_id}"},
            "source": {"reference": "#patient"},
            "language": declaration.language,
            "item": [
                item
                for question in self._questionnaire.questions
                if (item := self._item(question, declaration.answers, None)) is not None
            ],
        }

    def _item(
        self, question: Question, answers: Mapping[str, Answer], item: str | None
    ) -> Json | None:
        """The question's item with its answers, each follow-up under the answer that
        asked it; None when it was not answered."""
        answer = answers.get(item_key(question.id, item))
        if answer is None:
            return None
        entries: list[tuple[str | None, Json]] = []
        if isinstance(answer, Typed):
            entries.append((None, self._typed(question, answer)))
        else:
            chosen = chosen_options(answer)
            for option in question.options:
                if option in chosen:
                    coding = self._words.coding(question, option, translated=False)
                    entries.append((option, {"valueCoding": coding}))
        for followup in question.followups:
            if followup.each:
                for option in followup.items(answer):
                    nested = self._item(followup, answers, option)
                    _nest(entries, option, nested)
            elif followup.applies_after(answer):
                nested = self._item(followup, answers, item)
                asking = chosen_options(answer) & followup.when
                _nest(entries, next(o for o in question.options if o in asking), nested)
        if not entries:
            return None
        return {"linkId": question.id, "answer": [entry for _, entry in entries]}

    def _typed(self, question: Question, typed: Typed) -> Json:
        marked = {"extension": [{"url": TYPED_BY_PATIENT, "valueBoolean": True}]}
        if question.kind is Kind.NUMBER and typed.text.strip().isdigit():
            quantity: Json = {"value": int(typed.text.strip())}
            if question.unit:
                quantity |= {"unit": question.unit, "system": UCUM, "code": question.unit}
            return {**marked, "valueQuantity": quantity}
        return {**marked, "valueString": typed.text}

    def slip(self, sending: Sending) -> Json:
        response_id, slip_id, device_id = self.ids(sending.reference)
        declaration = sending.declaration
        return {
            "resourceType": "DocumentReference",
            "id": slip_id,
            "contained": [self._patient(declaration)],
            "identifier": [
                {"system": self._system, "value": f"{self._kiosk}/{sending.reference}/slip"}
            ],
            "status": "current",
            "type": {"text": "Interventional radiology declaration slip"},
            "subject": {"reference": "#patient"},
            "date": _instant(declaration.submitted_at),
            "author": [{"reference": f"Device/{device_id}"}],
            "description": f"Slip {sending.reference}, as printed for reception",
            "content": [
                {
                    "attachment": {
                        "contentType": "application/pdf",
                        "data": base64.b64encode(sending.slip_pdf).decode("ascii"),
                        "title": f"slip {sending.reference}.pdf",
                        "creation": _instant(declaration.submitted_at),
                    }
                }
            ],
            "context": {"related": [{"reference": f"QuestionnaireResponse/{response_id}"}]},
        }


def _put(resource: Json) -> Json:
    path = f"{resource['resourceType']}/{resource['id']}"
    return {"resource": resource, "request": {"method": "PUT", "url": path}}


def _nest(entries: list[tuple[str | None, Json]], option: str, nested: Json | None) -> None:
    """A follow-up's item under the answer `option` (rule qrs-1: never beside it)."""
    if nested is None:
        return
    for chosen, entry in entries:
        if chosen == option:
            entry.setdefault("item", []).append(nested)
            return
