"""The clinical sign-off pack as a clinician reads it: a real PDF, read back with pypdf."""

from __future__ import annotations

import io
import re
import sys
import tomllib
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kiosk.commands import admin as commands
from kiosk.commands.review_pack import ReviewPackRenderer
from kiosk.commands.review_pack_content import ReviewPack, ago_words, as_text, build_pack
from kiosk.commands.review_pack_words import pack_words
from kiosk.config import load_config
from kiosk.content import plurals
from kiosk.content.locales import Content, Language, load_content
from kiosk.content.questionnaire import Ago, Questionnaire
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.errors import ContentError
from kiosk.files import write_atomically
from kiosk.printing.slip_parts import drawing_order
from kiosk.resources import resource_path

# A Thursday morning in Brussels: the "ago" examples are counted from 10:40 that day.
PRINTED_AT = datetime(2026, 12, 3, 9, 15, tzinfo=ZoneInfo("Europe/Brussels"))
HOSPITAL = "Cliniques <Saint-Exemple> & Co"


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


@pytest.fixture(scope="module")
def content(questionnaire: Questionnaire) -> Content:
    return load_content(resource_path("locales"), ["fr"], questionnaire)


@pytest.fixture(scope="module")
def french(content: Content) -> Language:
    return content.language("fr")


@pytest.fixture(scope="module")
def pack(questionnaire: Questionnaire, french: Language) -> ReviewPack:
    return build_pack(
        questionnaire,
        french,
        hospital=HOSPITAL,
        department="Radiologie interventionnelle",
        printed_at=PRINTED_AT,
        language_name="Français",
    )


@pytest.fixture(scope="module")
def pdf(pack: ReviewPack) -> bytes:
    return ReviewPackRenderer(pack, resource_path("fonts")).render()


@pytest.fixture(scope="module")
def printed(pdf: bytes) -> str:
    """Every page's text, runs of white space (no-break spaces too) made single spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def section(printed: str, questionnaire: Questionnaire, question_id: str) -> str:
    """The text from a question's heading to the next question's."""
    ids = [question.id for question in questionnaire.walk()]
    start = printed.index(f" {question_id} ")
    later = [printed.find(f" {other} ", start + 1) for other in ids if other != question_id]
    ends = [position for position in later if position > start]
    return printed[start : min(ends, default=len(printed))]


def test_every_question_is_there_with_its_id_and_clinical_title(
    printed: str, questionnaire: Questionnaire, french: Language
) -> None:
    positions = []
    for question in questionnaire.walk():
        heading = f"{french.slip_title(question.id)} {question.id}"
        assert heading in printed, heading
        positions.append(printed.index(heading))
    assert positions == sorted(positions)  # in the order asked


def test_the_header_names_the_file_its_version_the_day_and_the_language(
    printed: str, questionnaire: Questionnaire
) -> None:
    assert "Cliniques <Saint-Exemple> & Co" in printed  # escaped, printed as typed
    assert str(questionnaire.source) in printed
    assert f"Version {questionnaire.version}" in printed
    assert "Imprimé le 03/12/2026 09:15" in printed
    assert "Langue Français (fr)" in printed
    assert "Traduction relue par un traducteur qualifié : NON" in printed
    assert re.search(r"[0-9a-f]{16} locales/fr/questionnaire\.toml", printed)


def test_every_page_says_which_version_and_how_many_pages(pdf: bytes) -> None:
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        footer = " ".join(page.extract_text().split())
        assert f"page {number} sur {len(pages)}" in footer
        assert "2026" in footer.split("Questionnaire")[-1]  # the version beside it


def test_the_patient_wording_and_the_names_on_the_box(
    printed: str, questionnaire: Questionnaire
) -> None:
    drugs = section(printed, questionnaire, "anticoagulant_drugs")
    assert "Lequel de ces médicaments prenez-vous ?" in drugs
    assert "Lequel de ces médicaments la personne prend-elle ?" in drugs  # text_other
    assert "Cherchez le nom écrit sur la boîte." in drugs  # help
    assert "Xarelto (Rivaroxaban)" in drugs  # what the patient reads: the box first
    assert "Rivaroxaban (Xarelto)" in drugs  # what the slip prints: the substance first
    for brand in ("Asaflow", "Plavix", "Sintrom", "Marevan", "Eliquis", "Clexane"):
        assert brand in drugs
    assert "Je ne sais pas lequel Médicament non identifié efface les autres réponses" in drugs


def test_the_flags_are_marked_as_the_slip_marks_them(
    printed: str, questionnaire: Questionnaire
) -> None:
    pregnancy = section(printed, questionnaire, "pregnancy")
    assert "ATTENTION Oui" in pregnancy
    assert "ATTENTION Possible" in pregnancy
    assert "ATTENTION Ne sait pas" in pregnancy
    assert "ATTENTION Non" not in pregnancy and "ATTENTION Sans objet" not in pregnancy
    escort = section(printed, questionnaire, "escort_home")
    assert "ATTENTION Non" in escort and "ATTENTION Oui" not in escort  # no one to drive
    allergens = section(printed, questionnaire, "allergy_to")
    assert "ATTENTION Produit de contraste iodé" in allergens
    assert "ATTENTION Latex" not in allergens
    assert "signale une réponse à ne pas manquer" in printed  # the legend


def test_each_drug_gets_its_own_last_dose_printed_as_dates(
    printed: str, questionnaire: Questionnaire
) -> None:
    last_dose = section(printed, questionnaire, "anticoagulant_last_dose")
    assert "Posée une fois pour chaque réponse choisie parmi « Acide acétylsalicylique »" in (
        last_dose
    )
    assert "« Rivaroxaban »" in last_dose and "à « Médicaments »" in last_dose
    assert "Hier la date de la veille de la déclaration" in last_dose
    # counted back from the example moment, as the slip counts them (kiosk/patient/clinical.py)
    assert "déclaration faite le 03/12/2026 10:40" in last_dose
    assert "ex. « mercredi 02/12/2026 »" in last_dose
    assert "ex. « entre le jeudi 26/11/2026 et le vendredi 27/11/2026 »" in last_dose
    assert "« le mercredi 25/11/2026 ou avant »" in last_dose
    told = section(printed, questionnaire, "anticoagulant_told_to_stop")
    assert "Posée une fois pour chaque réponse choisie parmi" in told


def test_the_other_rules_in_words(printed: str, questionnaire: Questionnaire) -> None:
    assert (
        "Posée quand « Grossesse » est « Oui », « Peut-être », « Non » ou « Je ne sais pas »."
        in (section(printed, questionnaire, "breastfeeding"))
    )
    weight = section(printed, questionnaire, "child_weight")
    assert "Posée quand « Rempli par » est « Un enfant »." in weight
    assert "un nombre entier de kg, de 1 à 200" in weight
    other = section(printed, questionnaire, "anticoagulant_other_name")
    assert "vérifié comme un nom" in other
    food = section(printed, questionnaire, "fasting_last_food")
    assert "ex. « le 03/12/2026 entre 08:40 et 10:40 »" in food  # 0h-2h: a window of times
    assert "ex. « avant le 03/12/2026 à 04:40 »" in food
    assert "Toute réponse autre que « Moi-même »" in section(printed, questionnaire, "for_whom")


def test_the_slip_wordings_and_the_signature_block(printed: str) -> None:
    assert "Le patient a répondu NON aux six déclarations." in printed
    assert "N réponse à vérifier avec le patient" in printed
    assert "N réponses à vérifier avec le patient" in printed
    signature = printed[printed.index("Validation J’ai relu") :]
    for label in ("Nom", "Fonction", "Date", "Signature"):
        assert label in signature


def test_the_text_says_what_the_pdf_says(pack: ReviewPack, questionnaire: Questionnaire) -> None:
    plain = as_text(pack)
    for question in questionnaire.walk():
        assert f"[{question.id}]" in plain
    assert "!! yes | Oui | ATTENTION Oui" in plain
    assert "Rivaroxaban (Xarelto)" in plain and "Signature:" in plain


def test_every_language_of_the_pack_has_every_word_with_the_same_placeholders() -> None:
    locales = resource_path("locales")
    english = pack_words(locales, "en")

    for code in ("fr", "nl", "de"):
        words = pack_words(locales, code)  # checked against English as it loads
        assert words != english
    assert pack_words(locales, "ar") == english  # no file of its own: English


def copied_locales(tmp_path: Path, *codes: str) -> Path:
    """The pack's words and the language.toml (its plural rule) of `codes`, to spoil."""
    locales = tmp_path / "locales"
    for code in codes:
        (locales / code).mkdir(parents=True)
        for name in ("review_pack.toml", "language.toml"):
            source = resource_path("locales", code, name).read_text(encoding="utf-8")
            (locales / code / name).write_text(source, encoding="utf-8")
    return locales


@pytest.mark.parametrize(
    ("code", "ago", "expected"),
    [
        # the noun follows the last number of a range, the first of an open one
        ("fr", Ago("hours", 0, 1), "la plage horaire de 1 heure précédant la déclaration"),
        ("fr", Ago("hours", 0, 6), "la plage horaire des 6 heures précédant la déclaration"),
        ("fr", Ago("hours", 1, 1), "la plage horaire de 1 à 1 heure avant la déclaration"),
        ("fr", Ago("hours", 2, 6), "la plage horaire de 2 à 6 heures avant la déclaration"),
        ("fr", Ago("hours", 1, None), "avant l’heure située 1 heure avant la déclaration"),
        ("fr", Ago("days", 1, None), "la date 1 jour avant la déclaration, ou avant"),
        ("fr", Ago("days", 0, 1), "les dates de 0 à 1 jour avant la déclaration"),
        ("fr", Ago("days", 2, 3), "les dates de 2 à 3 jours avant la déclaration"),
        ("fr", Ago("days", 1, 1), "la date de la veille de la déclaration"),
        ("en", Ago("hours", 0, 1), "the 1-hour window before the declaration"),
        ("en", Ago("days", 1, None), "the date 1 day before the declaration, or earlier"),
        ("en", Ago("days", 3, 3), "the date 3 days before the declaration"),
        # Romanian: one (1), few (0, 2 to 19, 101 to 119…), other ("20 de zile")
        ("ro", Ago("days", 1, None), "data cu 1 zi înainte de declarație, sau mai devreme"),
        ("ro", Ago("days", 3, 3), "data cu 3 zile înainte de declarație"),
        ("ro", Ago("days", 20, 20), "data cu 20 de zile înainte de declarație"),
        ("ro", Ago("days", 2, 19), "datele de la 2 la 19 zile înainte de declarație"),
        ("ro", Ago("days", 14, 21), "datele de la 14 la 21 de zile înainte de declarație"),
        ("ro", Ago("hours", 0, 1), "intervalul orar de 1 oră dinaintea declarației"),
        ("ro", Ago("hours", 24, None), "înainte de ora situată cu 24 de ore înainte de declarație"),
        ("tr", Ago("hours", 2, 6), "beyandan 2 ile 6 saat önceki zaman aralığı"),
    ],
)
def test_a_counted_ago_wording_takes_the_plural_form_of_its_number(
    code: str, ago: Ago, expected: str
) -> None:
    assert ago_words(pack_words(resource_path("locales"), code), ago) == expected


def test_every_pack_language_has_the_plural_forms_of_its_qt_locale() -> None:
    locales = resource_path("locales")
    for folder in sorted(locales.iterdir()):
        if not (folder / "review_pack.toml").is_file():
            continue
        words = pack_words(locales, folder.name)
        assert words.qt_locale == load_language_locale(folder)
        wanted = plurals.categories(words.qt_locale)
        for key in ("ago_day", "ago_days", "ago_days_open", "ago_hours_now", "ago_hours"):
            assert tuple(getattr(words, key)) == wanted, (folder.name, key)
    assert pack_words(locales, "ro").ago_hours_open.keys() == {"one", "few", "other"}
    arabic = pack_words(locales, "ar")  # no file of its own: English, counted by English's rule
    assert arabic.qt_locale == "en_GB"
    assert ago_words(arabic, Ago("hours", 0, 1)) == "the 1-hour window before the declaration"


def load_language_locale(folder: Path) -> str:
    with (folder / "language.toml").open("rb") as file:
        return str(tomllib.load(file)["qt_locale"])


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        (  # a form missing
            'ago_day = { one = "la date {n} jour avant la déclaration", ',
            "ago_day = { ",
            r"fr/review_pack.toml: \[pack\] ago_day: the form 'one' is missing \(a counted "
            r"text in 'fr_BE' has the forms one, other\)",
        ),
        (  # a form left blank
            'other = "la date {n} jours avant la déclaration" }',
            'other = " " }',
            r"fr/review_pack.toml: \[pack\] ago_day: the form 'other' is missing",
        ),
        (  # a form French does not have
            'ago_hours = { one = "',
            'ago_hours = { few = "de {first} à {last} heures", one = "',
            r"fr/review_pack.toml: \[pack\] ago_hours: 'few' is not a plural form of 'fr_BE'",
        ),
        (  # not counted at all
            'ago_days_open = { one = "la date {first} jour avant la déclaration, ou avant", '
            'other = "la date {first} jours avant la déclaration, ou avant" }',
            'ago_days_open = "la date {first} jours avant la déclaration, ou avant"',
            r"fr/review_pack.toml: \[pack\] ago_days_open: expected a table of plural forms "
            r"\(one, other\)",
        ),
        (  # a form with a placeholder English's has not
            "jour avant la déclaration, ou avant",
            "jour avant la déclaration {n}, ou avant",
            r"fr/review_pack.toml: \[pack\] ago_days_open.one: a \{placeholder\}",
        ),
        (  # the "other" form without English's placeholders
            "{first} heures avant la déclaration",
            "quelques heures avant la déclaration",
            r"fr/review_pack.toml: \[pack\] ago_hours_open: its \{placeholders\} differ",
        ),
    ],
)
def test_a_malformed_counted_pack_wording_is_named_with_its_form(
    tmp_path: Path, old: str, new: str, error: str
) -> None:
    locales = copied_locales(tmp_path, "en", "fr")
    french = locales / "fr" / "review_pack.toml"
    text = french.read_text(encoding="utf-8")
    assert old in text
    french.write_text(text.replace(old, new, 1), encoding="utf-8")

    with pytest.raises(ContentError, match=error):
        pack_words(locales, "fr")


def test_a_pack_word_file_with_a_missing_key_or_placeholder_is_named(tmp_path: Path) -> None:
    locales = copied_locales(tmp_path, "en", "fr")
    french = locales / "fr" / "review_pack.toml"
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace("{parent}", "{parents}", 1), encoding="utf-8")

    with pytest.raises(ContentError, match=r"fr/review_pack.toml: \[pack\] asked_\w+: its"):
        pack_words(locales, "fr")

    french.write_text(text.replace('title = "', 'titel = "', 1), encoding="utf-8")
    with pytest.raises(ContentError, match="titel: unknown key"):
        pack_words(locales, "fr")


def test_the_file_is_replaced_whole_and_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"an older pack")
    write_atomically(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "a-folder.pdf").mkdir()
    with pytest.raises(OSError):
        write_atomically(tmp_path / "a-folder.pdf", b"%PDF")
    assert [path.name for path in tmp_path.iterdir()] == ["a-folder.pdf"]


def test_the_command_refuses_a_language_that_is_not_enabled(
    tmp_path: Path, questionnaire: Questionnaire, content: Content
) -> None:
    config = load_config(None, ['kiosk.languages=["fr"]'])
    target, out, err = tmp_path / "pack.pdf", StringIO(), StringIO()

    code = commands.questionnaire_pack(config, questionnaire, content, target, "nl", out, err)

    assert code == 2
    assert "--language 'nl' is not an enabled language (kiosk.languages: fr)" in err.getvalue()
    assert not target.exists()


def test_the_command_writes_the_pack_or_prints_it(
    tmp_path: Path, questionnaire: Questionnaire, content: Content
) -> None:
    config = load_config(None, ['kiosk.languages=["fr"]', 'kiosk.hospital_name="Hôpital Test"'])
    target, out = tmp_path / "pack.pdf", StringIO()

    assert (
        commands.questionnaire_pack(config, questionnaire, content, target, None, out, sys.stderr)
        == 0
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in out.getvalue()

    text = StringIO()
    assert (
        commands.questionnaire_pack(config, questionnaire, content, None, "fr", text, sys.stderr)
        == 0
    )
    assert text.getvalue().startswith("Hôpital Test\n")


def test_right_to_left_words_are_put_in_drawing_order() -> None:
    # a left-to-right line keeps its words but turns each Arabic phrase round,
    # punctuation inside it included
    assert drawing_order(["Asked", "when", "“مضادات", "/", "تجمّع”", "is", "“نعم”."], False) == [
        "Asked",
        "when",
        "تجمّع”",
        "/",
        "“مضادات",
        "is",
        "“نعم”.",
    ]
    # a right-to-left line is turned round, its Latin names kept in their order
    assert drawing_order(["مثلًا:", "أسافلو", "(Asaflow", "Plus)،", "بلافيكس"], True) == [
        "بلافيكس",
        "(Asaflow",
        "Plus)،",
        "أسافلو",
        "مثلًا:",
    ]


def test_an_arabic_pack_is_drawn_with_its_words_joined(questionnaire: Questionnaire) -> None:
    arabic = load_content(resource_path("locales"), ["ar"], questionnaire).language("ar")
    pack = build_pack(
        questionnaire,
        arabic,
        hospital=HOSPITAL,
        department="Radiologie interventionnelle",
        printed_at=PRINTED_AT,
        language_name="Arabe",
    )

    pdf = ReviewPackRenderer(pack, resource_path("fonts")).render()

    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "anticoagulant_last_dose" in printed and "Xarelto" in printed
    assert "Questionnaire: clinical sign-off" in printed  # English headings around it
