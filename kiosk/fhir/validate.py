"""Every resource checked before it leaves: the FHIR model library's R4B models (which
match R4 for these resources), plus the R4 invariants that library does not check and
that matter here. A resource that fails is a defect of the kiosk, found by its tests:
it is parked with the reason, never sent."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from kiosk.errors import KioskError

Json = dict[str, Any]


class FhirDefect(KioskError):
    """A resource the kiosk made is not valid FHIR R4."""


@cache
def _model(resource_type: str) -> Any:
    from fhir.resources.R4B import get_fhir_model_class  # loaded on the first send

    return get_fhir_model_class(resource_type)


def validate(resource: Json) -> None:
    """Raise FhirDefect naming what is wrong."""
    from pydantic import ValidationError

    kind = resource.get("resourceType", "?")
    try:
        _model(kind).model_validate(resource)
    except (ValidationError, ValueError, KeyError) as error:
        raise FhirDefect(f"{kind} {resource.get('id', '')}: {error}") from error
    for each in _resources(resource):
        if each.get("resourceType") == "QuestionnaireResponse":
            problems = list(qrs_problems(each.get("item", []), "item"))
            if problems:
                raise FhirDefect(f"QuestionnaireResponse {each.get('id')}: {'; '.join(problems)}")


def _resources(resource: Json) -> Iterator[Json]:
    yield resource
    for entry in resource.get("entry", []) if resource.get("resourceType") == "Bundle" else []:
        if isinstance(entry.get("resource"), dict):
            yield entry["resource"]


def qrs_problems(items: list[Json], path: str) -> Iterator[str]:
    """qrs-1: a nested item is beneath an item or beneath its answer, never both; and
    qrs-2: an item's answers are in one item (a linkId once per level). Each answer holds
    one value."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{path}[{index}] ({item.get('linkId')})"
        if item.get("linkId") in seen:
            yield f"{where}: linkId repeated at one level (qrs-2)"
        seen.add(item.get("linkId", ""))
        if item.get("item") and item.get("answer"):
            yield f"{where}: nested items beside answers (qrs-1)"
        yield from qrs_problems(item.get("item", []), f"{where}.item")
        for number, answer in enumerate(item.get("answer", [])):
            values = [key for key in answer if key.startswith("value")]
            if len(values) != 1:
                yield f"{where}.answer[{number}]: {len(values)} values, expected one"
            yield from qrs_problems(answer.get("item", []), f"{where}.answer[{number}].item")
