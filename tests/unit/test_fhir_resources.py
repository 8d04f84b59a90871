"""What the hospital's record is sent, checked as the record system reads it: the
Questionnaire made from the questionnaire file, and each declaration's Bundle, valid
FHIR R4 (fhir.resources R4B models and qrs-1), follow-ups under the answer that asked."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.questionnaire import Answer, Kind, Typed
from kiosk.fhir.bundle import ANSWER_WHEN, TYPED_BY_PATIENT, BundleMaker, Sending
from kiosk.fhir.questionnaire import TRANSLATION, QuestionnaireMaker
from kiosk.fhir.validate import FhirDefect, qrs_problems, validate
from tests.helpers.declarations import ALL_NO_ANSWERS, make_declaration
from tests.helpers.domain import content, questionnaire

URL = "https://record.example/fhir/Questionnaire/radiology"


def makers(create: str = "conditional") -> tuple[QuestionnaireMaker, BundleMaker]:
    words = QuestionnaireMaker(questionnaire(), content(), "fr", URL)
    return words, BundleMaker(questionnaire(), words, URL, "urn:test:declaration", "ir-2", create)


def resources(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["resource"]["resourceType"]: entry["resource"] for entry in bundle["entry"]}


def answer_to(items: list[dict[str, Any]], link_id: str) -> list[dict[str, Any]]:
    for item in items:
        if item["linkId"] == link_id:
            return list(item["answer"])
    raise AssertionError(f"{link_id} not answered in {[i['linkId'] for i in items]}")


def test_the_questionnaire_is_valid_and_names_every_question_by_its_id() -> None:
    words, _ = makers()
    resource = words.resource()
    validate(resource)
    link_ids = set()

    def visit(items: list[dict[str, Any]]) -> None:
        for item in items:
            link_ids.add(item["linkId"])
            visit(item.get("item", []))

    visit(resource["item"])
    assert link_ids == set(questionnaire().by_id())
    assert resource["url"] == URL and resource["version"] == questionnaire().version


def test_a_follow_up_is_nested_and_enabled_by_its_parents_answer() -> None:
    resource = makers()[0].resource()
    anticoagulants = next(i for i in resource["item"] if i["linkId"] == "anticoagulants")
    drugs = next(i for i in anticoagulants["item"] if i["linkId"] == "anticoagulant_drugs")
    assert drugs["enableWhen"][0]["question"] == "anticoagulants"
    assert drugs["enableWhen"][0]["answerCoding"]["code"] == "yes"
    assert drugs["repeats"] is True


def test_every_offered_language_reads_the_question_in_its_own_words() -> None:
    resource = makers()[0].resource()
    first = resource["item"][0]
    languages = {
        next(e["valueCode"] for e in ext["extension"] if e["url"] == "lang")
        for ext in first["_text"]["extension"]
        if ext["url"] == TRANSLATION
    }
    assert languages == set(content().languages) - {"fr"}
    assert first["text"] == content().language("fr").question(first["linkId"]).text


def test_a_declaration_is_one_valid_transaction_with_its_slip_and_its_kiosk() -> None:
    _, maker = makers("put")
    bundle = maker.bundle(Sending(make_declaration(), "K7F-3QX", b"%PDF-1.4 slip"))
    validate(bundle)
    assert bundle["type"] == "transaction"
    found = resources(bundle)
    assert set(found) == {"QuestionnaireResponse", "DocumentReference", "Device"}
    response = found["QuestionnaireResponse"]
    assert response["identifier"] == {"system": "urn:test:declaration", "value": "ir-2/K7F-3QX"}
    assert response["status"] == "completed"
    assert response["questionnaire"] == f"{URL}|{questionnaire().version}"
    assert response["contained"][0]["name"][0]["family"] == "Lefèvre"
    assert response["contained"][0]["birthDate"] == "1958-04-03"
    assert response["author"]["reference"] == "Device/kiosk-ir-2"
    assert found["DocumentReference"]["id"] == "kiosk-ir-2-K7F3QX-slip"
    assert found["DocumentReference"]["content"][0]["attachment"]["contentType"] == (
        "application/pdf"
    )
    # every entry is an update of its own id: a resend never makes a second one
    assert all(entry["request"]["method"] == "PUT" for entry in bundle["entry"])


def test_conditional_entries_are_created_once_by_their_identifiers_and_link_by_urn() -> None:
    _, maker = makers()
    bundle = maker.bundle(Sending(make_declaration(), "K7F-3QX", b"%PDF-1.4 slip"))
    validate(bundle)
    requests = {e["resource"]["resourceType"]: e["request"] for e in bundle["entry"]}
    assert requests == {
        "Device": {
            "method": "POST",
            "url": "Device",
            "ifNoneExist": "identifier=urn:radiology-kiosk:kiosk|ir-2",
        },
        "QuestionnaireResponse": {
            "method": "POST",
            "url": "QuestionnaireResponse",
            "ifNoneExist": "identifier=urn:test:declaration|ir-2/K7F-3QX",
        },
        "DocumentReference": {
            "method": "POST",
            "url": "DocumentReference",
            "ifNoneExist": "identifier=urn:test:declaration|ir-2/K7F-3QX/slip",
        },
    }
    urls = {e["resource"]["resourceType"]: e["fullUrl"] for e in bundle["entry"]}
    assert all(url.startswith("urn:uuid:") for url in urls.values())
    assert len(set(urls.values())) == 3
    found = resources(bundle)
    assert not any("id" in resource for resource in found.values())  # the server's to give
    assert found["QuestionnaireResponse"]["author"]["reference"] == urls["Device"]
    assert found["DocumentReference"]["author"][0]["reference"] == urls["Device"]
    related = found["DocumentReference"]["context"]["related"][0]["reference"]
    assert related == urls["QuestionnaireResponse"]
    assert found["QuestionnaireResponse"]["contained"][0]["resourceType"] == "Patient"
    # sent again, the same Bundle: the same fullUrls, the same conditions
    assert maker.bundle(Sending(make_declaration(), "K7F-3QX", b"%PDF-1.4 slip")) == bundle


def test_each_drugs_follow_ups_sit_under_that_drug() -> None:
    _, maker = makers()
    response = maker.response(Sending(make_declaration(), "K7F-3QX", b""))
    assert not list(qrs_problems(response["item"], "item"))
    drugs = answer_to(
        answer_to(response["item"], "anticoagulants")[0]["item"], "anticoagulant_drugs"
    )
    by_drug = {answer["valueCoding"]["code"]: answer for answer in drugs}
    assert set(by_drug) == {"apixaban", "aspirin"}
    stop = answer_to(by_drug["apixaban"]["item"], "anticoagulant_told_to_stop")
    assert stop[0]["valueCoding"]["code"] == "yes"
    stop = answer_to(by_drug["aspirin"]["item"], "anticoagulant_told_to_stop")
    assert stop[0]["valueCoding"]["code"] == "no"


def test_typed_words_are_marked_as_the_patients_and_a_weight_is_a_quantity() -> None:
    _, maker = makers()
    declaration = make_declaration(
        answers={**ALL_NO_ANSWERS, "for_whom": "child", "child_weight": Typed("23")}
    )
    response = maker.response(Sending(declaration, "K7F-3QX", b""))
    weight = answer_to(answer_to(response["item"], "for_whom")[0]["item"], "child_weight")[0]
    assert weight["valueQuantity"]["value"] == 23
    assert weight["valueQuantity"]["code"] == "kg"
    assert weight["extension"][0]["url"] == TYPED_BY_PATIENT


def test_an_answer_beside_nested_items_is_a_defect_caught_before_sending() -> None:
    _, maker = makers()
    response = maker.response(Sending(make_declaration(), "K7F-3QX", b""))
    response["item"][1]["item"] = [{"linkId": "x", "answer": [{"valueString": "y"}]}]
    with pytest.raises(FhirDefect, match="qrs-1"):
        validate(response)


def test_a_resource_the_model_refuses_is_a_defect() -> None:
    _, maker = makers()
    response = maker.response(Sending(make_declaration(), "K7F-3QX", b""))
    response["status"] = 42
    with pytest.raises(FhirDefect, match="QuestionnaireResponse"):
        validate(response)


def draw_answers(data: st.DataObject) -> dict[str, Answer]:
    """What a patient could answer: each question the answers so far make asked, in turn,
    given one of its options (several for a "multi" one) or typed words or numbers."""
    answers: dict[str, Answer] = {}
    while True:
        pending = [asked for asked in questionnaire().asked(answers) if asked.key not in answers]
        if not pending:
            return answers
        asked = pending[0]
        question = asked.question
        if question.kind is Kind.MULTI:
            chosen = data.draw(st.sets(st.sampled_from(question.options), min_size=1))
            answers[asked.key] = frozenset(chosen)
        elif question.kind is Kind.NUMBER:
            low, high = question.range or (1, 200)
            number = st.integers(low, high).map(lambda n: Typed(str(n)))
            answers[asked.key] = data.draw(st.one_of(number, st.just("dont_know")))
        elif question.kind is Kind.TEXT:
            typed = st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=40)
            answers[asked.key] = data.draw(st.one_of(typed.map(Typed), st.just("dont_know")))
        else:
            answers[asked.key] = data.draw(st.sampled_from(question.options))


def answered_keys(items: list[dict[str, Any]]) -> int:
    """How many answers the response holds, nested ones included."""
    return sum(
        len(entry["answer"])
        + sum(answered_keys(answer.get("item", [])) for answer in entry["answer"])
        for entry in items
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_whatever_a_patient_answers_the_record_is_sent_valid_fhir(data: st.DataObject) -> None:
    answers = draw_answers(data)
    _, maker = makers()
    bundle = maker.bundle(Sending(make_declaration(answers=answers), "K7F-3QX", b"%PDF"))
    validate(bundle)  # a defect here is the kiosk's, never sent
    response = resources(bundle)["QuestionnaireResponse"]
    chosen = sum(len(a) if isinstance(a, frozenset) else 1 for a in answers.values())
    assert answered_keys(response["item"]) == chosen  # every answer is there, once


def test_an_answer_such_as_yesterday_carries_the_dates_it_means() -> None:
    """The nurse needs the day of the last dose and the hours since food, not "yesterday":
    the coded answer carries the Period it means, counted back from when the declaration
    was made, as the slip prints it."""
    _, maker = makers()
    declaration = make_declaration(
        answers={
            **ALL_NO_ANSWERS,
            "anticoagulants": "yes",
            "anticoagulant_drugs": frozenset({"rivaroxaban"}),
            "anticoagulant_told_to_stop:rivaroxaban": "yes",
            "anticoagulant_last_dose:rivaroxaban": "yesterday",
            "fasting_asked": "yes",
            "fasting_last_food": "h2_6",
            "fasting_last_drink": "over_6h",
        }
    )
    made = declaration.submitted_at
    response = maker.response(Sending(declaration, "K7F-3QX", b""))
    validate(response)
    drug = answer_to(
        answer_to(response["item"], "anticoagulants")[0]["item"], "anticoagulant_drugs"
    )
    dose = answer_to(drug[0]["item"], "anticoagulant_last_dose")[0]
    assert dose["valueCoding"]["code"] == "yesterday"
    yesterday = (made.astimezone().date() - timedelta(days=1)).isoformat()
    assert dose["extension"] == [
        {"url": ANSWER_WHEN, "valuePeriod": {"start": yesterday, "end": yesterday}}
    ]
    fasting = answer_to(response["item"], "fasting_asked")[0]["item"]
    food = answer_to(fasting, "fasting_last_food")[0]["extension"][0]["valuePeriod"]
    assert datetime.fromisoformat(food["start"]) == made - timedelta(hours=6)
    assert datetime.fromisoformat(food["end"]) == made - timedelta(hours=2)
    drink = answer_to(fasting, "fasting_last_drink")[0]["extension"][0]["valuePeriod"]
    assert set(drink) == {"end"}  # "over 6 hours": only its end is known
    assert datetime.fromisoformat(drink["end"]) == made - timedelta(hours=6)
