"""One declaration as one FHIR R4 transaction `Bundle`: the `QuestionnaireResponse`
(follow-ups nested under the answer that asked them, rule qrs-1), the patient as entered
(a contained `Patient`: a typed identity never becomes a Patient of the hospital's index),
the slip as a `DocumentReference` with its PDF, and this kiosk as a `Device`.

Sent twice (a lost answer, a restart mid-send), a declaration is still one record, in
either of two ways (`fhir.create`):
- "conditional" (the default): each resource is POSTed with `ifNoneExist` on its own
  identifier (the response: `kiosk.id/REF`; the slip: `kiosk.id/REF/slip`; the Device:
  `kiosk.id` in DEVICE_SYSTEM, created once, never a new version per declaration). The
  server assigns the ids; the entries name each other by `urn:uuid` fullUrls (made from
  the identifiers, so a resend is the same Bundle), which the server replaces by what it
  created or found: the slip points at the response of the same transaction.
- "put": each resource is written to an id made from the kiosk's id and the reference,
  for servers that cannot search by identifier (sekmet-fhir cannot, for
  QuestionnaireResponse, and refuses the conditional create).
The contained Patient stays contained in both."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from kiosk.content.questionnaire import (
    Ago,
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
# An answer such as "yesterday" or "2 to 6 hours ago" as the dates or the times it means,
# counted back from when the declaration was made (as the slip prints them): a Period,
# on the coded answer the patient chose.
ANSWER_WHEN = "urn:radiology-kiosk:answer-when"
DEVICE_SYSTEM = "urn:radiology-kiosk:kiosk"
CREATE_MODES = ("conditional", "put")  # fhir.create


@dataclass(frozen=True)
class Sending:
    """What the record is told about one declaration."""

    declaration: Declaration
    reference: str  # as printed: K7F-3QX
    slip_pdf: bytes


def _instant(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def when(ago: Ago, made_at: datetime) -> Json:
    """The Period an `ago` answer means: calendar dates in the kiosk's time zone for days
    (as the slip counts them), instants for hours; an open answer ("2 days ago or more")
    has only its end."""
    if ago.unit == "days":
        today = made_at.astimezone().date()
        end: str = (today - timedelta(days=ago.first)).isoformat()
        start = None if ago.last is None else (today - timedelta(days=ago.last)).isoformat()
    else:
        end = _instant((made_at - timedelta(hours=ago.first)).astimezone())
        start = None if ago.last is None else _instant(made_at - timedelta(hours=ago.last))
    return {"start": start, "end": end} if start is not None else {"end": end}


class BundleMaker:
    def __init__(
        self,
        questionnaire: Questionnaire,
        words: QuestionnaireMaker,
        url: str,
        identifier_system: str,
        kiosk_id: str,
        create: str = "conditional",
    ) -> None:
        if create not in CREATE_MODES:
            raise ValueError(f"create = {create!r}: expected one of {CREATE_MODES}")
        self._put = create == "put"
        self._questionnaire = questionnaire
        self._words = words
        self._url = url
        self._system = identifier_system
        self._kiosk = kiosk_id

    def ids(self, reference: str) -> tuple[str, str, str]:
        """The ids of the response, the slip and the kiosk's Device, as the kiosk writes
        them with PUT; the first also names the declaration's file in a folder."""
        response = fhir_id("kiosk", self._kiosk, reference.replace("-", ""))
        return response, fhir_id(response, "slip"), fhir_id("kiosk", self._kiosk)

    def identifier(self, reference: str) -> Json:
        return {"system": self._system, "value": f"{self._kiosk}/{reference}"}

    def slip_identifier(self, reference: str) -> Json:
        return {"system": self._system, "value": f"{self._kiosk}/{reference}/slip"}

    def device_identifier(self) -> Json:
        return {"system": DEVICE_SYSTEM, "value": self._kiosk}

    def _links(self, reference: str) -> tuple[str, str]:
        """How the response and the slip name the Device, and the slip the response: by
        id (put), or by the fullUrl of its entry in the same transaction (conditional)."""
        response_id, _, device_id = self.ids(reference)
        if self._put:
            return f"Device/{device_id}", f"QuestionnaireResponse/{response_id}"
        return _urn(self.device_identifier()), _urn(self.identifier(reference))

    def _start(self, resource_type: str, resource_id: str) -> Json:
        """A resource's first keys: the id only where the kiosk chooses it (put)."""
        return {"resourceType": resource_type, **({"id": resource_id} if self._put else {})}

    def bundle(self, sending: Sending) -> Json:
        response = self.response(sending)
        slip = self.slip(sending)
        device = self.device()
        if self._put:
            entries = [_put(device), _put(response), _put(slip)]
        else:
            entries = [
                _create_once(device, self.device_identifier()),
                _create_once(response, self.identifier(sending.reference)),
                _create_once(slip, self.slip_identifier(sending.reference)),
            ]
        return {"resourceType": "Bundle", "type": "transaction", "entry": entries}

    def device(self) -> Json:
        return {
            **self._start("Device", self.ids("")[2]),
            "identifier": [self.device_identifier()],
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
        response_id = self.ids(sending.reference)[0]
        device, _ = self._links(sending.reference)
        return {
            **self._start("QuestionnaireResponse", response_id),
            "contained": [self._patient(declaration)],
            "identifier": self.identifier(sending.reference),
            "questionnaire": canonical(self._url, self._questionnaire),
            "status": "completed",
            "subject": {"reference": "#patient"},
            "authored": _instant(declaration.submitted_at),
            "author": {"reference": device},
            "source": {"reference": "#patient"},
            "language": declaration.language,
            "item": [
                item
                for question in self._questionnaire.questions
                if (item := self._item(question, declaration, None)) is not None
            ],
        }

    def _item(self, question: Question, declaration: Declaration, item: str | None) -> Json | None:
        """The question's item with its answers, each follow-up under the answer that
        asked it; None when it was not answered."""
        answer = declaration.answers.get(item_key(question.id, item))
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
                    entry: Json = {"valueCoding": coding}
                    if option in question.ago:
                        period = when(question.ago[option], declaration.submitted_at)
                        entry["extension"] = [{"url": ANSWER_WHEN, "valuePeriod": period}]
                    entries.append((option, entry))
        for followup in question.followups:
            if followup.each:
                for option in followup.items(answer):
                    nested = self._item(followup, declaration, option)
                    _nest(entries, option, nested)
            elif followup.applies_after(answer):
                nested = self._item(followup, declaration, item)
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
        slip_id = self.ids(sending.reference)[1]
        device, response = self._links(sending.reference)
        declaration = sending.declaration
        return {
            **self._start("DocumentReference", slip_id),
            "contained": [self._patient(declaration)],
            "identifier": [self.slip_identifier(sending.reference)],
            "status": "current",
            "type": {"text": "Interventional radiology declaration slip"},
            "subject": {"reference": "#patient"},
            "date": _instant(declaration.submitted_at),
            "author": [{"reference": device}],
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
            "context": {"related": [{"reference": response}]},
        }


def _put(resource: Json) -> Json:
    path = f"{resource['resourceType']}/{resource['id']}"
    return {"resource": resource, "request": {"method": "PUT", "url": path}}


def _urn(identifier: Json) -> str:
    """The fullUrl of the entry of the resource with this identifier: the same at every
    send of the declaration."""
    name = f"{identifier['system']}|{identifier['value']}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def _create_once(resource: Json, identifier: Json) -> Json:
    """POST, unless the server already has a resource of that type with this identifier:
    then the entry is that one (conditional create)."""
    search = quote(f"{identifier['system']}|{identifier['value']}", safe=":/|")
    return {
        "fullUrl": _urn(identifier),
        "resource": resource,
        "request": {
            "method": "POST",
            "url": resource["resourceType"],
            "ifNoneExist": f"identifier={search}",
        },
    }


def _nest(entries: list[tuple[str | None, Json]], option: str, nested: Json | None) -> None:
    """A follow-up's item under the answer `option` (rule qrs-1: never beside it)."""
    if nested is None:
        return
    for chosen, entry in entries:
        if chosen == option:
            entry.setdefault("item", []).append(nested)
            return
