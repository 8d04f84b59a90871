"""The FHIR `Questionnaire` made from the questionnaire file: linkIds are the question
ids, follow-ups are nested items with `enableWhen`, answers are codings, and every
language's words are FHIR translation extensions on the staff language's text."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from kiosk.content.locales import Content, Language
from kiosk.content.questionnaire import Kind, Question, Questionnaire

TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
UCUM = "http://unitsofmeasure.org"
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9.-]")

Json = dict[str, Any]


def fhir_id(*parts: str) -> str:
    """A FHIR id ([A-Za-z0-9-.]{1,64}) from its parts, joined with "-"."""
    return _NOT_IN_ID.sub("-", "-".join(parts))[:64]


def option_system(url: str, question_id: str) -> str:
    """The code system of a question's answers: the questionnaire's URL and the question."""
    return f"{url}/{question_id}"


def questionnaire_id(questionnaire: Questionnaire) -> str:
    return fhir_id("radiology-kiosk", questionnaire.version)


def canonical(url: str, questionnaire: Questionnaire) -> str:
    return f"{url}|{questionnaire.version}"


def _translated(text: str, key: str, texts: dict[str, str]) -> Json:
    """`{key: text, _key: translations}` for the other languages' words."""
    others = [
        {
            "url": TRANSLATION,
            "extension": [
                {"url": "lang", "valueCode": code},
                {"url": "content", "valueString": words},
            ],
        }
        for code, words in texts.items()
        if words
    ]
    return {key: text, f"_{key}": {"extension": others}} if others else {key: text}


class QuestionnaireMaker:
    def __init__(self, questionnaire: Questionnaire, content: Content, staff: str, url: str):
        self._questionnaire = questionnaire
        self._staff = content.language(staff)
        self._others = [language for code, language in content.languages.items() if code != staff]
        self._url = url

    def resource(self) -> Json:
        questionnaire = self._questionnaire
        return {
            "resourceType": "Questionnaire",
            "id": questionnaire_id(questionnaire),
            "url": self._url,
            "version": questionnaire.version,
            "name": "RadiologyKioskDeclaration",
            "title": "Interventional radiology: declaration before the procedure",
            "status": "active",
            "subjectType": ["Patient"],
            "language": self._staff.code,
            "item": [self._item(question) for question in questionnaire.questions],
        }

    def _words(self, pick: Any) -> tuple[str, dict[str, str]]:
        """The staff language's words and the other languages' (same picker)."""
        return pick(self._staff), {other.code: pick(other) for other in self._others}

    def _item(self, question: Question) -> Json:
        text, translations = self._words(lambda language: language.question(question.id).text)
        item: Json = {"linkId": question.id, **_translated(text, "text", translations)}
        item["type"] = {
            Kind.SINGLE: "choice",
            Kind.MULTI: "choice",
            Kind.TEXT: "open-choice",  # typed words, or "I don't know"
            # a number in `unit`; "I don't know" is sent as a coding all the same
            Kind.NUMBER: "quantity",
        }[question.kind]
        if question.required:
            item["required"] = True
        if question.kind is Kind.MULTI:
            item["repeats"] = True
        if question.kind is Kind.NUMBER and question.unit:
            item["extension"] = [
                {
                    "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                    "valueCoding": {"system": UCUM, "code": question.unit},
                }
            ]
        if question.kind is not Kind.NUMBER:
            item["answerOption"] = [
                {"valueCoding": self.coding(question, option)} for option in question.options
            ]
        if question.parent is not None:
            parent = self._questionnaire.by_id()[question.parent]
            item["enableWhen"] = [
                {
                    "question": parent.id,
                    "operator": "=",
                    "answerCoding": {"system": option_system(self._url, parent.id), "code": o},
                }
                for o in (question.when_order or sorted(question.when))
            ]
            if len(item["enableWhen"]) > 1:
                item["enableBehavior"] = "any"
        if question.followups:
            item["item"] = [self._item(followup) for followup in question.followups]
        return item

    def coding(self, question: Question, option: str, translated: bool = True) -> Json:
        def words(language: Language) -> str:
            return language.option(question.id, option)

        display, translations = self._words(words)
        coding: Json = {"system": option_system(self._url, question.id), "code": option}
        if translated:
            return {**coding, **_translated(display, "display", translations)}
        return {**coding, "display": display}


def digest(resource: Json) -> str:
    """What identifies a Questionnaire's content: it is published again when this changes."""
    text = json.dumps(resource, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
