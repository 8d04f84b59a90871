"""The questionnaire file: what the bundled one asks, and how an edited one is refused."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kiosk.content.questionnaire import DONT_KNOW, Ago, Group, Kind, Questionnaire, Typed
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.errors import ContentError
from kiosk.resources import resource_path

SEED_DECLARATIONS = (
    "anticoagulants",
    "pregnancy",
    "allergy",
    "diabetes",
    "renal_insufficiency",
    "thyroid",
)

# The follow-ups of clinical-notes.md asked after the declaration's answer: (parent,
# follow-up). Which drug's last dose and which allergen's reaction are asked per item.
CLINICAL_FOLLOWUPS = [
    ("anticoagulants", "anticoagulant_drugs"),
    ("pregnancy", "breastfeeding"),
    ("allergy", "allergy_to"),
    ("diabetes", "diabetes_medicines"),
    ("renal_insufficiency", "renal_dialysis"),
    ("renal_insufficiency", "renal_transplant"),
    ("thyroid", "thyroid_overactive"),
    ("thyroid", "thyroid_radioiodine"),
]


@pytest.fixture(scope="module")
def bundled() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


# -- the bundled questionnaire ------------------------------------------------------------


def test_bundled_questionnaire_loads_with_a_version(bundled: Questionnaire) -> None:
    assert bundled.version
    assert bundled.source == resource_path("questionnaire.toml")


def test_the_six_declarations_of_the_seed_page_in_its_order(bundled: Questionnaire) -> None:
    assert [q.id for q in bundled.in_group(Group.DECLARATION)] == list(SEED_DECLARATIONS)


def test_the_six_declarations_are_required_and_flag_yes_and_dont_know(
    bundled: Questionnaire,
) -> None:
    for question in bundled.in_group(Group.DECLARATION):
        assert question.required, question.id
        assert question.kind is Kind.SINGLE, question.id
        assert question.is_flag("yes"), question.id
        assert question.is_flag(DONT_KNOW), question.id
        assert not question.is_flag("no"), question.id


def test_who_the_declaration_is_for_is_asked_first(bundled: Questionnaire) -> None:
    for_whom = bundled.questions[0]

    assert for_whom.id == "for_whom"
    assert for_whom.group is Group.ABOUT
    assert for_whom.required
    assert set(for_whom.options) == {"self", "child", "accompanied"}


def test_practical_questions_of_the_seed_page_exist(bundled: Questionnaire) -> None:
    practical = [q.id for q in bundled.in_group(Group.PRACTICAL)]

    assert practical == ["fasting_asked", "escort_home"]
    fasting = bundled.by_id()["fasting_asked"]
    assert [f.id for f in fasting.followups] == ["fasting_last_food", "fasting_last_drink"]


def test_every_question_about_health_offers_dont_know(bundled: Questionnaire) -> None:
    for question in bundled.walk():
        if question.group is not Group.ABOUT:  # "who is this for" has no "I don't know"
            assert DONT_KNOW in question.options, question.id


def test_follow_ups_are_never_required(bundled: Questionnaire) -> None:
    for question in bundled.walk():
        if question.parent is not None:
            assert not question.required, question.id


def test_pregnancy_offers_possibly_and_not_applicable(bundled: Questionnaire) -> None:
    pregnancy = bundled.by_id()["pregnancy"]

    assert "possibly" in pregnancy.options
    assert "not_applicable" in pregnancy.options
    assert pregnancy.is_flag("possibly")
    assert not pregnancy.is_flag("not_applicable")


@pytest.mark.parametrize(("parent", "followup"), CLINICAL_FOLLOWUPS)
def test_follow_ups_of_the_clinical_notes_exist(
    bundled: Questionnaire, parent: str, followup: str
) -> None:
    question = bundled.by_id()[followup]

    assert question.parent == parent
    assert question.applies_after("yes")
    if parent != "pregnancy":  # breastfeeding is asked after "no" too
        assert not question.applies_after("no")


def test_drug_list_has_the_14_answers_of_the_clinical_notes(bundled: Questionnaire) -> None:
    drugs = bundled.by_id()["anticoagulant_drugs"]

    assert drugs.kind is Kind.MULTI
    assert drugs.options == (
        "aspirin",
        "clopidogrel",
        "prasugrel",
        "ticagrelor",
        "acenocoumarol",
        "phenprocoumon",
        "warfarin",
        "rivaroxaban",
        "apixaban",
        "edoxaban",
        "dabigatran",
        "heparin",
        "other",
        DONT_KNOW,
    )
    assert drugs.exclusive == {DONT_KNOW}


def test_breastfeeding_is_asked_unless_pregnancy_does_not_apply(bundled: Questionnaire) -> None:
    breastfeeding = bundled.by_id()["breastfeeding"]

    assert not breastfeeding.applies_after("not_applicable")
    for answer in ("yes", "possibly", "no", DONT_KNOW):
        assert breastfeeding.applies_after(answer)


def test_allergy_asks_about_contrast_itself(bundled: Questionnaire) -> None:
    allergy_to = bundled.by_id()["allergy_to"]

    assert {"iodinated_contrast", "gadolinium_contrast", "latex"} <= set(allergy_to.options)
    assert allergy_to.kind is Kind.MULTI


def test_ids_are_unique_across_questions_and_follow_ups(bundled: Questionnaire) -> None:
    ids = [question.id for question in bundled.walk()]

    assert len(ids) == len(set(ids))


def test_walk_asks_follow_ups_right_after_their_parent(bundled: Questionnaire) -> None:
    ids = [question.id for question in bundled.walk()]

    assert ids[:7] == [
        "for_whom",
        "child_weight",
        "anticoagulants",
        "anticoagulant_drugs",
        "anticoagulant_other_name",
        "anticoagulant_told_to_stop",
        "anticoagulant_last_dose",
    ]


@pytest.mark.parametrize(
    ("parent", "followup"),
    [
        ("anticoagulant_drugs", "anticoagulant_told_to_stop"),
        ("anticoagulant_drugs", "anticoagulant_last_dose"),
        ("allergy_to", "allergy_reaction"),
    ],
)
def test_each_drug_and_each_allergen_has_its_own_follow_ups(
    bundled: Questionnaire, parent: str, followup: str
) -> None:
    question = bundled.by_id()[followup]

    assert question.parent == parent
    assert question.each
    assert question.items(frozenset({"other", bundled.by_id()[parent].options[0]})) == [
        bundled.by_id()[parent].options[0],
        "other",
    ]


def test_the_names_on_the_box_are_in_the_questionnaire(bundled: Questionnaire) -> None:
    drugs, diabetes = bundled.by_id()["anticoagulant_drugs"], bundled.by_id()["diabetes_medicines"]

    assert drugs.brands["acenocoumarol"] == ("Sintrom",)
    assert drugs.brands["rivaroxaban"] == ("Xarelto",)
    assert drugs.brands["aspirin"] == ("Asaflow", "Cardioaspirine", "Aspirine")
    assert "Glucophage" in diabetes.brands["metformin"]
    assert "Ozempic" in diabetes.brands["glp1"]


def test_another_medicine_is_typed_and_names_its_item(bundled: Questionnaire) -> None:
    drugs = bundled.by_id()["anticoagulant_drugs"]
    other_name = bundled.by_id()["anticoagulant_other_name"]

    assert other_name.kind is Kind.TEXT and other_name.options == (DONT_KNOW,)
    assert other_name.names
    assert drugs.naming("other") is other_name
    assert drugs.naming("rivaroxaban") is None
    assert drugs.typed_name("other", {"anticoagulant_other_name": Typed("Sintrom")}) == Typed(
        "Sintrom"
    )
    assert drugs.typed_name("other", {"anticoagulant_other_name": "dont_know"}) is None
    assert bundled.by_id()["allergy_to"].naming("other") is bundled.by_id()["allergy_other_name"]


def test_a_child_s_weight_is_asked_in_kg(bundled: Questionnaire) -> None:
    weight = bundled.by_id()["child_weight"]

    assert weight.kind is Kind.NUMBER and weight.unit == "kg" and weight.range == (1, 200)
    assert weight.applies_after("child") and not weight.applies_after("self")
    assert not weight.is_flag(Typed("23"))


def test_last_dose_and_last_meal_are_placed_in_time(bundled: Questionnaire) -> None:
    last_dose = bundled.by_id()["anticoagulant_last_dose"].ago
    last_food = bundled.by_id()["fasting_last_food"].ago

    assert last_dose["yesterday"] == Ago("days", 1, 1)
    assert last_dose["over_week"] == Ago("days", 8, None)
    assert last_food["h2_6"] == Ago("hours", 2, 6)


@pytest.mark.parametrize(
    "followup", ["thyroid_overactive", "thyroid_radioiodine", "renal_dialysis", "renal_transplant"]
)
def test_follow_ups_that_cannot_help_are_not_asked_after_dont_know(
    bundled: Questionnaire, followup: str
) -> None:
    assert not bundled.by_id()[followup].applies_after(DONT_KNOW)


def test_one_option_for_dont_know_and_dont_remember(bundled: Questionnaire) -> None:
    assert bundled.by_id()["allergy_reaction"].options == (
        "rash",
        "breathing",
        "collapse",
        DONT_KNOW,
    )


def test_is_flag_of_a_multi_answer(bundled: Questionnaire) -> None:
    breastfeeding = bundled.by_id()["breastfeeding"]

    assert breastfeeding.is_flag(frozenset({"yes", "no"}))
    assert not breastfeeding.is_flag(frozenset({"no"}))


def test_applies_after_no_answer_is_false(bundled: Questionnaire) -> None:
    assert not bundled.by_id()["allergy_to"].applies_after(None)
    assert bundled.by_id()["allergy_to"].applies_after(frozenset({"yes"}))


# -- an edited file that is wrong stops the start, naming the file and the question ---------

VALID = """
version = "test.1"

[[question]]
id = "allergy"
group = "declaration"
kind = "single"
options = ["yes", "no", "dont_know"]
flags = ["yes", "dont_know"]
required = true

  [[question.followup]]
  id = "allergy_to"
  kind = "multi"
  when = ["yes", "dont_know"]
  options = ["latex", "other", "dont_know"]
  exclusive = ["dont_know"]

[[question]]
id = "escort_home"
group = "practical"
kind = "single"
options = ["yes", "no", "dont_know"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questionnaire.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def content_error(path: Path) -> str:
    with pytest.raises(ContentError) as raised:
        load_questionnaire(path)
    return str(raised.value)


def test_the_small_valid_file_loads(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(write(tmp_path, VALID))

    assert [q.id for q in questionnaire.walk()] == ["allergy", "allergy_to", "escort_home"]
    allergy_to = questionnaire.by_id()["allergy_to"]
    assert allergy_to.group is Group.DECLARATION  # inherited from its parent
    assert allergy_to.parent == "allergy"
    assert questionnaire.in_group(Group.PRACTICAL)[0].required is False


BROKEN = [
    pytest.param(
        VALID.replace('id = "escort_home"', 'id = "allergy"'),
        "allergy",
        "used twice",
        id="duplicate-id",
    ),
    pytest.param(
        VALID.replace('id = "escort_home"', 'id = "allergy_to"'),
        "allergy_to",
        "used twice",
        id="duplicate-id-of-a-follow-up",
    ),
    pytest.param(
        VALID.replace('when = ["yes", "dont_know"]', 'when = ["yes", "maybe"]'),
        "allergy_to",
        "'maybe'",
        id="when-names-an-unknown-answer",
    ),
    pytest.param(
        VALID.replace('flags = ["yes", "dont_know"]', 'flags = ["yes", "maybe"]'),
        "allergy",
        "'maybe'",
        id="flag-not-among-options",
    ),
    pytest.param(
        VALID.replace('exclusive = ["dont_know"]', 'exclusive = ["none"]'),
        "allergy_to",
        "'none'",
        id="exclusive-not-among-options",
    ),
    pytest.param(
        VALID.replace(
            'options = ["latex", "other", "dont_know"]\n  exclusive = ["dont_know"]',
            'options = ["latex", "other"]',
        ),
        "allergy_to",
        '"dont_know" must be offered',
        id="follow-up-without-dont-know",
    ),
    pytest.param(
        VALID.replace(
            'group = "practical"\nkind = "single"\noptions = ["yes", "no", "dont_know"]',
            'group = "practical"\nkind = "single"\noptions = ["yes", "no"]',
        ),
        "escort_home",
        '"dont_know" must be offered',
        id="missing-dont-know",
    ),
    pytest.param(
        VALID.replace(
            'options = ["yes", "no", "dont_know"]\nflags',
            'options = ["yes", "no", "yes", "dont_know"]\nflags',
        ),
        "allergy",
        "twice",
        id="option-twice",
    ),
    pytest.param(
        VALID.replace(
            'kind = "single"\noptions = ["yes", "no", "dont_know"]\nflags',
            'kind = "several"\noptions = ["yes", "no", "dont_know"]\nflags',
        ),
        "allergy",
        "'several'",
        id="bad-kind",
    ),
    pytest.param(
        VALID.replace('kind = "multi"', 'kind = "Multi"'),
        "allergy_to",
        "'Multi'",
        id="bad-kind-of-a-follow-up",
    ),
    pytest.param(
        VALID.replace('group = "practical"', 'group = "logistics"'),
        "escort_home",
        "'logistics'",
        id="bad-group",
    ),
    pytest.param(
        VALID.replace('kind = "multi"\n  when', 'required = true\n  kind = "multi"\n  when'),
        "allergy_to",
        "never required",
        id="required-follow-up",
    ),
    pytest.param(
        VALID.replace('  when = ["yes", "dont_know"]\n', ""),
        "allergy_to",
        "expected answers of 'allergy'",
        id="follow-up-without-when",
    ),
    pytest.param(
        VALID.replace('group = "practical"', 'group = "practical"\nwhen = ["yes"]'),
        "escort_home",
        "only a follow-up",
        id="when-on-a-top-level-question",
    ),
    pytest.param(
        VALID.replace(
            'kind = "single"\noptions = ["yes", "no", "dont_know"]\nflags',
            'kind = "single"\nexclusive = ["no"]\noptions = ["yes", "no", "dont_know"]\nflags',
        ),
        "allergy",
        'only a "multi" question',
        id="exclusive-on-a-single-question",
    ),
    pytest.param(
        VALID.replace("required = true", 'required = "yes"'),
        "allergy",
        "required: expected true or false",
        id="required-not-a-boolean",
    ),
    pytest.param(
        VALID.replace('group = "practical"', 'group = "practical"\npictogram = "car.svg"'),
        "escort_home",
        "'car.svg'",
        id="pictogram-with-extension",
    ),
    pytest.param(
        VALID.replace(
            'options = ["latex", "other", "dont_know"]', 'options = ["latex", "Other", "dont_know"]'
        ),
        "allergy_to",
        "'Other'",
        id="option-id-not-lowercase",
    ),
    pytest.param(
        VALID.replace('id = "escort_home"', 'id = "Escort home"'), "Escort home", "id", id="bad-id"
    ),
]


@pytest.mark.parametrize(("text", "question_id", "detail"), BROKEN)
def test_a_broken_questionnaire_names_the_file_and_the_question(
    tmp_path: Path, text: str, question_id: str, detail: str
) -> None:
    path = write(tmp_path, text)

    message = content_error(path)

    assert str(path) in message
    assert repr(question_id) in message
    assert detail in message


@pytest.mark.parametrize(
    ("text", "question_id"),
    [
        pytest.param(
            VALID.replace(
                'flags = ["yes", "dont_know"]', 'flags = ["yes", "dont_know"]\noptionz = ["a"]'
            ),
            "allergy",
            id="top-level",
        ),
        pytest.param(
            VALID.replace(
                'exclusive = ["dont_know"]', 'exclusive = ["dont_know"]\n  flag = ["latex"]'
            ),
            "allergy_to",
            id="follow-up",
        ),
    ],
)
def test_an_unknown_key_names_the_question(tmp_path: Path, text: str, question_id: str) -> None:
    # The id is read first, so a typo in a key names the question whose table has it.
    path = write(tmp_path, text)

    message = content_error(path)

    assert str(path) in message
    assert "unknown key" in message
    assert repr(question_id) in message


def test_a_question_with_only_dont_know_is_refused(tmp_path: Path) -> None:
    # A question whose only answer is "I don't know" cannot really be answered.
    path = write(
        tmp_path,
        VALID.replace('options = ["latex", "other", "dont_know"]', 'options = ["dont_know"]'),
    )

    message = content_error(path)

    assert str(path) in message
    assert "'allergy_to'" in message


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        pytest.param(VALID + "\n[[question]\n", "not valid TOML", id="bad-toml"),
        pytest.param(VALID.replace('version = "test.1"', ""), "version", id="no-version"),
        pytest.param('version = "test.1"\n', "question", id="no-question"),
        pytest.param(VALID + '\ntitle = "x"\n', "unknown key", id="unknown-top-level-key"),
    ],
)
def test_a_broken_file_is_named(tmp_path: Path, text: str, detail: str) -> None:
    path = write(tmp_path, text)

    message = content_error(path)

    assert str(path) in message
    assert detail in message


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'version = "test.1"\n[[question]]\nid = allergy\n')

    message = content_error(path)

    assert str(path) in message
    assert "line 3" in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "questionnaire.toml"

    assert str(path) in content_error(path)


def test_a_file_saved_in_latin1_is_refused_with_a_content_error(tmp_path: Path) -> None:
    # A comment "# Allergie à quoi ?" saved in Latin-1 is enough to make tomllib raise
    # UnicodeDecodeError: it must still be a message naming the file.
    path = tmp_path / "questionnaire.toml"
    path.write_bytes(("# Allergie à quoi ?\n" + VALID).encode("latin-1"))

    message = content_error(path)

    assert str(path) in message
    assert "UTF-8" in message


def test_nested_follow_ups_load_with_their_parent(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VALID.replace(
            'exclusive = ["dont_know"]',
            """exclusive = ["dont_know"]

    [[question.followup.followup]]
    id = "latex_reaction"
    kind = "single"
    when = ["latex"]
    options = ["yes", "no", "dont_know"]
""",
        ),
    )

    nested = load_questionnaire(path).by_id()["latex_reaction"]

    assert nested.parent == "allergy_to"
    assert nested.applies_after(frozenset({"latex", "other"}))
    assert not nested.applies_after(frozenset({"other"}))


def test_a_pictogram_that_is_not_there_names_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path, VALID.replace('id = "allergy"\n', 'id = "allergy"\npictogram = "alergy"\n')
    )

    message = content_error(path)

    assert "question 'allergy'" in message and "alergy.svg does not exist" in message


def test_the_bundled_pictograms_are_found(bundled: Questionnaire) -> None:
    for question in bundled.in_group(Group.DECLARATION):
        assert question.pictogram is not None and question.pictogram.is_file()


# -- per-item follow-ups, typed answers, names on the box, times ---------------------------

PER_ITEM = """
version = "items.1"

[[question]]
id = "drugs"
group = "declaration"
kind = "multi"
options = ["warfarin", "aspirin", "other", "dont_know"]
exclusive = ["dont_know"]
required = true

  [question.brands]
  warfarin = ["Marevan"]

  [[question.followup]]
  id = "other_name"
  kind = "text"
  when = ["other"]
  names = true
  options = ["dont_know"]

  [[question.followup]]
  id = "last_dose"
  kind = "single"
  each = true
  when = ["warfarin", "aspirin", "other"]
  options = ["today", "yesterday", "dont_know"]

    [question.followup.ago]
    today = "0d"
    yesterday = "1d"

[[question]]
id = "for_whom"
group = "about"
kind = "single"
options = ["self", "child"]

  [[question.followup]]
  id = "weight"
  kind = "number"
  when = ["child"]
  unit = "kg"
  range = [1, 200]
  options = ["dont_know"]
"""


def test_per_item_follow_ups_typed_questions_and_brands_load(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(write(tmp_path, PER_ITEM))
    questions = questionnaire.by_id()

    last_dose = questions["last_dose"]
    assert last_dose.each
    assert last_dose.items(frozenset({"other", "warfarin", "dont_know"})) == ["warfarin", "other"]
    assert last_dose.ago == {"today": Ago("days", 0, 0), "yesterday": Ago("days", 1, 1)}
    assert questions["drugs"].brands == {"warfarin": ("Marevan",)}
    assert questions["other_name"].kind is Kind.TEXT
    assert (questions["weight"].unit, questions["weight"].range) == ("kg", (1, 200))


def test_asked_lists_each_item_with_all_its_follow_ups_in_the_order_of_the_answers(
    tmp_path: Path,
) -> None:
    questionnaire = load_questionnaire(write(tmp_path, PER_ITEM))
    answers = {"drugs": frozenset({"aspirin", "other", "warfarin"})}

    keys = [asked.key for asked in questionnaire.asked(answers)]

    assert keys == [
        "drugs",
        "other_name",
        "last_dose:warfarin",
        "last_dose:aspirin",
        "last_dose:other",
        "for_whom",
    ]


def test_a_per_item_follow_up_names_the_answers_that_ask_it(tmp_path: Path) -> None:
    # "each" without "when" would also ask about "I don't know" or "none": say which
    text = PER_ITEM.replace('  when = ["warfarin", "aspirin", "other"]\n', "")

    assert "when: expected answers of 'drugs'" in content_error(write(tmp_path, text))


BROKEN_ITEMS = [
    pytest.param(
        PER_ITEM.replace('kind = "multi"', 'kind = "single"')
        .replace('exclusive = ["dont_know"]\n', "")
        .replace("  names = true\n", ""),
        "last_dose",
        'must be "multi"',
        id="each-under-a-single-question",
    ),
    pytest.param(
        PER_ITEM.replace("  each = true\n", '  each = "yes"\n'),
        "last_dose",
        "each: expected true or false",
        id="each-not-a-boolean",
    ),
    pytest.param(
        PER_ITEM.replace('group = "declaration"', 'group = "declaration"\neach = true'),
        "drugs",
        "only a follow-up",
        id="each-on-a-top-level-question",
    ),
    pytest.param(
        PER_ITEM.replace(
            'options = ["today", "yesterday", "dont_know"]\n',
            (
                'options = ["today", "yesterday", "dont_know"]\n'
                '    [[question.followup.followup]]\n    id = "x"\n    kind = "single"\n'
                '    when = ["today"]\n    options = ["yes", "dont_know"]\n'
            ),
        ),
        "last_dose",
        "no follow-ups of its own",
        id="follow-up-under-a-per-item-question",
    ),
    pytest.param(
        PER_ITEM.replace('warfarin = ["Marevan"]', 'heparin = ["Clexane"]'),
        "drugs",
        "brands: 'heparin' is not among the answers",
        id="brand-of-an-unknown-answer",
    ),
    pytest.param(
        PER_ITEM.replace('warfarin = ["Marevan"]', 'warfarin = "Marevan"'),
        "drugs",
        "brands.warfarin: expected a list of names",
        id="brands-not-a-list",
    ),
    pytest.param(
        PER_ITEM.replace('warfarin = ["Marevan"]', 'warfarin = ["<b>Marevan</b>"]'),
        "drugs",
        "no < > &",
        id="brand-with-markup",
    ),
    pytest.param(
        PER_ITEM.replace('yesterday = "1d"', 'yesterday = "yesterday"'),
        "last_dose",
        "ago.yesterday 'yesterday': expected",
        id="ago-not-a-duration",
    ),
    pytest.param(
        PER_ITEM.replace('yesterday = "1d"', 'yesterday = "3d-1d"'),
        "last_dose",
        "runs backwards",
        id="ago-backwards",
    ),
    pytest.param(
        PER_ITEM.replace('yesterday = "1d"', 'yesterday = "2h"'),
        "last_dose",
        "hours need a range",
        id="ago-one-hour",
    ),
    pytest.param(
        PER_ITEM.replace('yesterday = "1d"', 'later = "1d"'),
        "last_dose",
        "ago: 'later' is not among the answers",
        id="ago-of-an-unknown-answer",
    ),
    pytest.param(
        PER_ITEM.replace(
            'options = ["dont_know"]\n\n  [[question.followup]]',
            ('options = ["dont_know", "none"]\n\n  [[question.followup]]'),
        ),
        "other_name",
        'offers only ["dont_know"]',
        id="typed-question-with-options",
    ),
    pytest.param(
        PER_ITEM.replace("  each = true\n", "  each = true\n  names = true\n"),
        "last_dose",
        'only a "text" follow-up of a "multi" question',
        id="names-on-a-choice-question",
    ),
    pytest.param(
        PER_ITEM.replace(
            '  kind = "text"\n  when = ["other"]\n',
            ('  kind = "text"\n  each = true\n  when = ["other"]\n'),
        ),
        "other_name",
        'a "text" question is not asked per item',
        id="each-on-a-typed-question",
    ),
    pytest.param(
        PER_ITEM.replace('warfarin = ["Marevan"]', 'dont_know = ["Marevan"]'),
        "drugs",
        "brands: 'dont_know' is not among the answers that name something",
        id="brand-of-dont-know",
    ),
    pytest.param(
        PER_ITEM.replace('yesterday = "1d"', 'dont_know = "1d"'),
        "last_dose",
        "ago: 'dont_know' is not among the answers placed in time",
        id="ago-of-dont-know",
    ),
    pytest.param(
        PER_ITEM.replace('  unit = "kg"\n', ""),
        "weight",
        "unit None: expected a short unit",
        id="number-without-unit",
    ),
    pytest.param(
        PER_ITEM.replace("range = [1, 200]", "range = [200, 1]"),
        "weight",
        "range [200, 1]: expected [lowest, highest]",
        id="number-range-backwards",
    ),
    pytest.param(
        PER_ITEM.replace(
            '  id = "other_name"\n  kind = "text"\n',
            ('  id = "other_name"\n  kind = "text"\n  unit = "kg"\n'),
        ),
        "other_name",
        'only a "number" question has them',
        id="unit-on-a-text-question",
    ),
]


@pytest.mark.parametrize(("text", "question_id", "detail"), BROKEN_ITEMS)
def test_a_broken_per_item_or_typed_question_is_named(
    tmp_path: Path, text: str, question_id: str, detail: str
) -> None:
    path = write(tmp_path, text)

    message = content_error(path)

    assert str(path) in message
    assert repr(question_id) in message
    assert detail in message
