"""What a patient reads, per language: the bundled texts and pages, and how an edited
language folder that misses something is refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.content.locales import Bullets, Content, Paragraph, load_content, parse_page
from kiosk.content.questionnaire import Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.errors import ContentError
from kiosk.resources import resource_path

SEED = Path(__file__).resolve().parents[2] / "docs" / "source" / "interventional-radiology.txt"

PAGE_FILES = [
    "01-what-is-it.md",
    "02-where-it-is-used.md",
    "03-how-to-prepare.md",
    "04-the-examination.md",
    "05-after-the-examination.md",
    "06-the-return-home.md",
    "07-for-children.md",
    "08-secretariat.md",
]

# Facts of the seed page a patient must find on the kiosk, in each language's words.
FACTS = {
    "en": [
        "+32 2 764 29 00",
        "-2",
        "610",
        "1 and 3 hours",
        "24 hours",
        "2 to 3 days",
        "general anesthesia",
        "local anesthesia",
        "child",
        "sterile",
        "compressive",
    ],
    "fr": [
        "+32 2 764 29 00",
        "-2",
        "610",
        "1 et 3 heures",
        "24 heures",
        "2 à 3 jours",
        "anesthésie générale",
        "anesthésie locale",
        "enfant",
        "stériles",
        "compressif",
    ],
}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


@pytest.fixture(scope="module")
def content(questionnaire: Questionnaire) -> Content:
    return load_content(resource_path("locales"), ("fr", "en"), questionnaire)


def as_read(text: str) -> str:
    """Text as a patient reads it: a non-breaking space is a space."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


def all_text(content: Content, code: str) -> str:
    return as_read("\n".join(page.plain_text() for page in content.language(code).pages))


# -- the bundled languages --------------------------------------------------------------


def test_french_and_english_load_in_the_configured_order(content: Content) -> None:
    assert list(content.languages) == ["fr", "en"]
    assert content.language("fr").name == "Français"
    assert content.language("en").name == "English"
    assert not content.language("fr").rtl


def test_the_other_order_puts_english_first(questionnaire: Questionnaire) -> None:
    content = load_content(resource_path("locales"), ("en", "fr"), questionnaire)

    assert list(content.languages) == ["en", "fr"]


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_question_and_answer_has_a_text(
    content: Content, questionnaire: Questionnaire, code: str
) -> None:
    language = content.language(code)
    for question in questionnaire.walk():
        text = language.question(question.id)
        assert text.title.strip() and text.text.strip(), question.id
        for option in question.options:
            assert language.option(question.id, option).strip(), (question.id, option)


@pytest.mark.parametrize("code", ["fr", "en"])
def test_slip_texts_fill_in_their_placeholders(content: Content, code: str) -> None:
    assert "2" in content.language(code).slip_count("flag_summary", 2, count=2)


def test_texts_differ_between_languages(content: Content) -> None:
    assert content.language("fr").option("allergy", "dont_know") == "Je ne sais pas"
    assert content.language("en").option("allergy", "dont_know") == "I don't know"


def test_a_language_is_named_in_the_readers_language(content: Content) -> None:
    assert content.language_name("en", content.language("fr")) == "Anglais"
    assert content.language_name("fr", content.language("en")) == "French"


def test_a_shipped_language_no_longer_offered_is_still_named(content: Content) -> None:
    # de and ar are shipped but not offered here (kiosk.languages = fr, en): a declaration
    # made in them before the change is still shown and reprinted (issue 17).
    assert "de" not in content.languages
    assert content.language_name("de", content.language("fr")) == "Allemand"
    assert content.language_name("ar", content.language("en")) == "Arabic"


def test_a_language_not_shipped_at_all_is_named_by_its_code(content: Content) -> None:
    assert content.language_name("xx", content.language("fr")) == "xx"


def test_a_shipped_language_the_reader_has_no_word_for_is_named_by_cldr(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), locales)
    for code in ("fr", "en"):  # the offered languages all lose the word for German
        slip = locales / code / "slip.toml"
        lines = slip.read_text(encoding="utf-8").splitlines(keepends=True)
        slip.write_text("".join(x for x in lines if not x.startswith("de =")), encoding="utf-8")
    content = load_content(locales, ("fr", "en"), questionnaire)

    assert "de" not in content.language("fr").language_names
    # The Unicode CLDR's word for it in French: a new language needs no other file edited.
    assert content.language_name("de", content.language("fr")) == "Allemand"


def test_an_unreadable_language_not_offered_is_named_by_its_code(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    locales = tmp_path / "locales"
    for code in ("fr", "en"):
        shutil.copytree(resource_path("locales", code), locales / code)
    (locales / "xx").mkdir()  # a code CLDR has no word for
    (locales / "xx" / "language.toml").write_text("name = ", encoding="utf-8")

    content = load_content(locales, ("fr", "en"), questionnaire)  # not offered: not checked

    assert content.language_name("xx", content.language("fr")) == "xx"


def test_both_languages_have_every_page_of_the_seed(content: Content) -> None:
    for code in ("fr", "en"):
        assert [page.source.name for page in content.language(code).pages] == PAGE_FILES


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_pages_say_every_fact_of_the_seed(content: Content, code: str) -> None:
    text = all_text(content, code)

    for fact in FACTS[code]:
        assert fact in text, f"{code} pages do not say {fact!r}"


def test_the_facts_checked_are_those_of_the_seed() -> None:
    seed = as_read(SEED.read_text(encoding="utf-8"))

    for fact in (
        "+32 2 764 29 00",
        "-2",
        "610",
        "1 and 3 hours",
        "24 hours",
        "2 to 3 days",
        "general anesthesia",
        "child",
    ):
        assert fact in seed


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_preparation_page_lists_the_six_declarations(content: Content, code: str) -> None:
    page = content.language(code).pages[2]

    bullets = [block for block in page.blocks if isinstance(block, Bullets)]
    assert len(bullets) == 1
    assert len(bullets[0].items) == 6


def test_english_pages_name_the_six_conditions(content: Content) -> None:
    text = all_text(content, "en").lower()

    for condition in (
        "anticoagulants",
        "pregnant",
        "allergic",
        "diabetic",
        "renal insufficiency",
        "thyroid",
    ):
        assert condition in text


def test_the_secretariat_page_gives_phone_floor_and_route(content: Content) -> None:
    for code in ("fr", "en"):
        page = as_read(content.language(code).pages[-1].plain_text())
        assert "+32 2 764 29 00" in page
        assert "-2" in page
        assert "610" in page


# -- an edited language folder that misses something is refused ---------------------------


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(resource_path("locales"), copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def content_error(
    locales: Path, questionnaire: Questionnaire, codes: tuple[str, ...] = ("fr", "en")
) -> str:
    with pytest.raises(ContentError) as raised:
        load_content(locales, codes, questionnaire)
    return str(raised.value)


def test_the_copy_loads_before_anything_is_broken(
    locales: Path, questionnaire: Questionnaire
) -> None:
    assert list(load_content(locales, ("fr", "en"), questionnaire).languages) == ["fr", "en"]


def test_a_missing_question_text_names_file_and_question(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "en" / "questionnaire.toml"
    edit(path, 'text = "Are you on dialysis?"\n', "")

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "questions.renal_dialysis" in message
    assert "text" in message


def test_a_missing_question_table_names_file_and_question(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "fr" / "questionnaire.toml"
    edit(path, "[questions.renal_transplant]", "[questions.renal_transplant_typo]")

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "renal_transplant" in message


def test_a_missing_answer_text_names_file_question_and_answer(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "en" / "questionnaire.toml"
    edit(path, 'prasugrel = "Prasugrel"\n', "")

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "questions.anticoagulant_drugs" in message
    assert "'prasugrel'" in message


def test_a_missing_shared_answer_text_names_the_first_question_using_it(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "fr" / "questionnaire.toml"
    edit(path, 'possibly = "Peut-être"\n', "")

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "questions.pregnancy" in message
    assert "'possibly'" in message


def test_an_empty_answer_text_is_refused(locales: Path, questionnaire: Questionnaire) -> None:
    path = locales / "en" / "questionnaire.toml"
    edit(path, 'latex = "Latex (rubber gloves)"', 'latex = "  "')

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "latex" in message


def test_a_text_for_a_question_that_does_not_exist_is_refused(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "en" / "questionnaire.toml"
    edit(
        path,
        "[questions.thyroid]",
        '[questions.thyroide]\ntitle = "x"\ntext = "x"\n\n[questions.thyroid]',
    )

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "questions.thyroide" in message


@pytest.mark.parametrize(("broken", "other"), [("fr", "en"), ("en", "fr")])
def test_a_slip_label_missing_in_one_language_is_named(
    locales: Path, questionnaire: Questionnaire, broken: str, other: str
) -> None:
    path = locales / broken / "slip.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^reference = .*\n", "", text), encoding="utf-8")

    message = content_error(locales, questionnaire)

    assert f"{broken}/slip.toml" in message
    assert "reference" in message
    assert other in message


def test_a_slip_text_missing_in_one_language_is_named(
    locales: Path, questionnaire: Questionnaire
) -> None:
    edit(
        locales / "en" / "slip.toml",
        'all_no = "The patient answered NO to all six declarations."\n',
        "",
    )

    message = content_error(locales, questionnaire)

    assert "en/slip.toml" in message
    assert "[slip] all_no" in message


def test_a_mismatched_placeholder_names_the_text(
    locales: Path, questionnaire: Questionnaire
) -> None:
    edit(
        locales / "en" / "slip.toml",
        'other = "{count} answers to check with the patient"',
        'other = "{number} answers to check with the patient"',
    )

    message = content_error(locales, questionnaire)

    assert "slip.toml" in message
    assert "flag_summary" in message
    assert "{placeholders}" in message
    assert "en" in message


def test_a_missing_language_folder_is_named(locales: Path, questionnaire: Questionnaire) -> None:
    message = content_error(locales, questionnaire, ("fr", "en", "fy"))  # Frisian: not shipped

    assert str(locales / "fy") in message
    assert "'fy'" in message


def test_a_language_file_with_the_wrong_code_is_named(
    locales: Path, questionnaire: Questionnaire
) -> None:
    path = locales / "en" / "language.toml"
    edit(path, 'code = "en"', 'code = "fr"')

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "code" in message
    assert "'en'" in message and "'fr'" in message


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('direction = "ltr"', 'direction = "left"', "direction"),
        ("reviewed = false", 'reviewed = "no"', "reviewed"),
        ('name = "English"', 'name = ""', "name"),
        ('qt_locale = "en_GB"', "qt_locale = 1", "qt_locale"),
        ('date_format = "d MMMM yyyy"', 'date_format = ""', "date_format"),
    ],
)
def test_a_bad_language_file_entry_is_named(
    locales: Path, questionnaire: Questionnaire, old: str, new: str, key: str
) -> None:
    path = locales / "en" / "language.toml"
    edit(path, old, new)

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert key in message


def test_a_missing_slip_file_is_named(locales: Path, questionnaire: Questionnaire) -> None:
    path = locales / "fr" / "slip.toml"
    path.unlink()

    message = content_error(locales, questionnaire)

    assert str(path) in message


def test_invalid_toml_is_named(locales: Path, questionnaire: Questionnaire) -> None:
    path = locales / "en" / "slip.toml"
    edit(path, 'reference = "Reference"', 'reference = "Reference')

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "not valid TOML" in message


def test_a_page_missing_in_one_language_is_named(
    locales: Path, questionnaire: Questionnaire
) -> None:
    (locales / "en" / "pages" / "07-for-children.md").unlink()

    message = content_error(locales, questionnaire)

    assert "en/pages" in message
    assert "07-for-children.md" in message


def test_a_language_without_pages_is_named(locales: Path, questionnaire: Questionnaire) -> None:
    for page in (locales / "en" / "pages").glob("*.md"):
        page.unlink()

    message = content_error(locales, questionnaire)

    assert str(locales / "en" / "pages") in message


def test_a_page_without_title_is_named(locales: Path, questionnaire: Questionnaire) -> None:
    path = locales / "fr" / "pages" / "04-the-examination.md"
    edit(path, "# L’examen\n", "L’examen\n")

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "line 1" in message


def test_a_page_saved_in_latin1_is_refused_with_a_content_error(
    locales: Path, questionnaire: Questionnaire
) -> None:
    # An editor on a Windows PC may save a page in Latin-1: the start must stop with a
    # message naming the page, not a UnicodeDecodeError traceback.
    path = locales / "fr" / "pages" / "06-the-return-home.md"
    path.write_bytes("# Le retour à la maison\n\nReposez-vous.\n".encode("latin-1"))

    message = content_error(locales, questionnaire)

    assert str(path) in message
    assert "UTF-8" in message


def test_no_language_enabled_is_refused(locales: Path, questionnaire: Questionnaire) -> None:
    assert str(locales) in content_error(locales, questionnaire, ())


# -- the page format ----------------------------------------------------------------------


def test_parse_page_reads_title_paragraphs_and_bullets() -> None:
    source = Path("pages/01-test.md")
    page = parse_page(
        "# The return home\n"
        "\n"
        "At home:\n"
        "\n"
        "- Relax and rest.\n"
        "-   Drink enough.\n"
        "\n"
        "Keep the bandage\n"
        "on for 24 hours.\n",
        source,
    )

    assert page.title == "The return home"
    assert page.source == source
    assert page.blocks == (
        Paragraph("At home:"),
        Bullets(("Relax and rest.", "Drink enough.")),
        Paragraph("Keep the bandage on for 24 hours."),
    )
    assert page.plain_text() == (
        "The return home\nAt home:\nRelax and rest.\nDrink enough.\n"
        "Keep the bandage on for 24 hours."
    )


def test_a_paragraph_right_after_bullets_is_its_own_block() -> None:
    page = parse_page("# T\n- one\n- two\nAfter.\n- three\n", Path("p.md"))

    assert page.blocks == (Bullets(("one", "two")), Paragraph("After."), Bullets(("three",)))


def test_leading_blank_lines_and_indentation_are_ignored() -> None:
    page = parse_page("\n\n# Title  \n\n   Indented text.\n", Path("p.md"))

    assert page.title == "Title"
    assert page.blocks == (Paragraph("Indented text."),)


@pytest.mark.parametrize(
    ("markdown", "problem"),
    [
        ("Title\n\nText.", "line 1"),
        ("#Title\n\nText.", "line 1"),
        ("", "line 1"),
        ("# Title\n\n\n", "no text"),
    ],
)
def test_parse_page_refuses_a_page_without_title_or_text(markdown: str, problem: str) -> None:
    with pytest.raises(ContentError) as raised:
        parse_page(markdown, Path("pages/09-new.md"))

    assert "09-new.md" in str(raised.value)
    assert problem in str(raised.value)


def test_a_letter_twice_on_a_keyboard_is_refused_by_file_and_letter(
    locales: Path, questionnaire: Questionnaire
) -> None:
    """Two keys of one letter share one name (`key-ü`): the German rows had ü, ö, ä and ß
    twice, so a test or a screen reader reached one of them only."""
    path = locales / "de" / "language.toml"
    edit(path, '"éèêëçàâîïôûñ"', '"éèêëçàâîïôûüñ"')

    message = content_error(locales, questionnaire, ("de",))

    assert str(path) in message and "'ü' is on the keyboard twice" in message


def test_every_shipped_keyboard_has_each_letter_once(questionnaire: Questionnaire) -> None:
    codes = tuple(sorted(p.name for p in resource_path("locales").iterdir() if p.is_dir()))
    content = load_content(resource_path("locales"), codes, questionnaire)
    for language in content.languages.values():
        letters = "".join(language.keyboard.rows + language.keyboard.other_rows).lower()
        assert len(letters) == len(set(letters)), language.code


def test_arabic_names_are_typed_in_latin_letters_first(questionnaire: Questionnaire) -> None:
    """Reception finds a patient by the name on the identity card: Latin letters first,
    the Arabic ones a key away."""
    keyboard = (
        load_content(resource_path("locales"), ("ar",), questionnaire).language("ar").keyboard
    )
    assert set("".join(keyboard.rows)) == set("abcdefghijklmnopqrstuvwxyz")
    assert "ب" in "".join(keyboard.other_rows) and keyboard.names == ("ABC", "أبج")


# "You can choose more than one", as a help says it: the hint under every multi-answer
# question already says so ("You can choose several answers.").
SEVERAL = {"fr": "plusieurs", "en": "more than one", "nl": "meer dan één", "de": "mehrere"}


@pytest.mark.parametrize("code", sorted(SEVERAL))
def test_no_help_repeats_that_several_answers_may_be_chosen(
    questionnaire: Questionnaire, code: str
) -> None:
    language = load_content(resource_path("locales"), [code], questionnaire).language(code)
    repeating = [
        question.id
        for question in questionnaire.walk()
        if SEVERAL[code] in (language.question(question.id).help or "")
    ]
    assert not repeating, f"{code}: the hint already says it: {repeating}"
