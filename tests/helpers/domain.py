"""The real domain objects, built from the bundled resources, for tests of any tier."""

from __future__ import annotations

from functools import cache

from kiosk.content.locales import Content, load_content
from kiosk.content.questionnaire import Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.resources import resource_path


@cache
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


@cache
def content() -> Content:
    return load_content(resource_path("locales"), ("fr", "en"), questionnaire())
