"""The slip as reception reads it: real PDFs, read back with pypdf."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.units import mm

from kiosk.assembly import slip_renderer
from kiosk.config import load_config
from kiosk.content.locales import Content, Language, load_content
from kiosk.content.questionnaire import Group, Questionnaire, Typed
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.patient.declaration import Declaration
from kiosk.printing.slip import SlipRenderer
from kiosk.resources import resource_path
from tests.helpers.declarations import ALL_DRUGS, ALL_NO_ANSWERS, make_declaration

REFERENCE = "K7F-3QX"
HOSPITAL = "Cliniques universitaires Saint-Exemple"


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(resource_path("questionnaire.toml"))


@pytest.fixture(scope="module")
def english(questionnaire: Questionnaire) -> Language:
    return load_content(resource_path("locales"), ["en"], questionnaire).language("en")


@pytest.fixture(scope="module")
def make_renderer(questionnaire: Questionnaire, english: Language) -> Callable[..., SlipRenderer]:
    def make(paper: str = "receipt80", staff: Language = english) -> SlipRenderer:
        return SlipRenderer(
            questionnaire,
            staff,
            HOSPITAL,
            "Interventional radiology",
            paper,
            resource_path("fonts"),
            lambda code: Content({staff.code: staff}).language_name(code, staff),
        )

    return make


@pytest.fixture(scope="module")
def receipt(make_renderer: Callable[..., SlipRenderer]) -> SlipRenderer:
    return make_renderer("receipt80")


def pages(pdf: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def words(pdf: bytes) -> str:
    """The text of every page, with line breaks and runs of spaces made single spaces."""
    return " ".join(" ".join(page.extract_text() for page in pages(pdf)).split())


def render_text(renderer: SlipRenderer, declaration: Declaration) -> str:
    return words(renderer.render(declaration, REFERENCE).data)


def test_identity_reference_and_language(receipt: SlipRenderer, english: Language) -> None:
    printed = render_text(receipt, make_declaration(language="fr"))
    assert REFERENCE in printed
    assert "LEFÈVRE Marie-Hélène" in printed
    # the age beside the date of birth, on the day of the declaration (27 November 2026)
    assert f"{english.slip_text('birth_date')}: 03/04/1958 (68 years)" in printed
    assert f"{english.slip_text('language')}: French" in printed
    assert "Filled in by: The patient" in printed  # staff wording, not the patient's "Myself"
    assert english.slip_text("unverified") in printed
    assert HOSPITAL in printed


def test_a_turkish_last_name_is_printed_in_turkish_capitals(receipt: SlipRenderer) -> None:
    """Typed in Turkish, "Demir" is "DEMİR" (str.upper() would print "DEMIR")."""
    printed = render_text(receipt, make_declaration(language="tr", last_name="Demir"))
    assert "DEMİR Marie-Hélène" in unicodedata.normalize("NFC", printed)
    printed = render_text(receipt, make_declaration(language="fr", last_name="Demir"))
    assert "DEMIR Marie-Hélène" in printed


@pytest.fixture
def brussels_time() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"  # POSIX rule: needs no tz database
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.mark.usefixtures("brussels_time")
def test_time_is_the_kiosks_local_time(receipt: SlipRenderer, english: Language) -> None:
    summer = make_declaration(submitted_at=datetime(2026, 7, 1, 6, 5, tzinfo=UTC))
    winter = make_declaration(submitted_at=datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert f"{english.slip_text('created')}: 01/07/2026 08:05" in render_text(receipt, summer)
    assert f"{english.slip_text('created')}: 01/01/2027 00:30" in render_text(receipt, winter)


def test_every_flagged_answer_has_the_attention_word(
    receipt: SlipRenderer, questionnaire: Questionnaire, english: Language
) -> None:
    declaration = make_declaration(
        extra_answers={
            "allergy": "dont_know",
            "thyroid": "yes",
            "pregnancy": "no",
            "breastfeeding": "yes",
        }
    )
    printed = render_text(receipt, declaration)
    attention = english.slip_text("attention")
    flagged = declaration.flagged(questionnaire)
    assert {"anticoagulants", "allergy", "diabetes", "thyroid", "breastfeeding"} <= set(flagged)
    assert english.slip_count("flag_summary", len(flagged), count=len(flagged)) in printed
    by_id = questionnaire.by_id()
    for question_id in ("anticoagulants", "allergy", "diabetes", "thyroid", "breastfeeding"):
        question = by_id[question_id]
        answer = english.answer_text(question, declaration.answers[question_id], for_slip=True)
        title = english.slip_title(question_id)  # the clinical term
        assert re.search(rf"{attention} {re.escape(title)}: {re.escape(answer)}", printed), title
    # not flagged: no attention word in front
    assert f"{attention} {english.slip_title('renal_insufficiency')}" not in printed
    assert f"{english.slip_title('renal_insufficiency')}: No" in printed
    assert english.slip_text("all_no") not in printed


def test_each_drug_on_its_own_line_with_its_own_last_dose_as_a_date(
    receipt: SlipRenderer, english: Language
) -> None:
    # made on Friday 27 November 2026: aspirin today, apixaban 3 days before
    declaration = make_declaration(extra_answers={"anticoagulant_last_dose:aspirin": None})
    printed = render_text(receipt, declaration)
    stop, last = (
        english.slip_title("anticoagulant_told_to_stop"),
        english.slip_title("anticoagulant_last_dose"),
    )
    # the substance first, the names on the box after it, in the questionnaire's order
    aspirin = printed.index("Acetylsalicylic acid (Asaflow, Cardioaspirine, Aspirine)")
    apixaban = printed.index("Apixaban (Eliquis)")
    assert aspirin < apixaban
    assert f"{stop}: No — {last}: {english.slip_text('not_answered')}" in printed[aspirin:apixaban]
    assert f"{stop}: Yes — {last}: Tuesday 24/11/2026" in printed[apixaban:]
    assert f"{english.slip_title('diabetes_medicines')}: Metformin (Glucophage" in printed
    assert f"{english.slip_title('fasting_last_drink')}: " in printed
    # follow-ups of an answer that does not ask them are not printed
    assert english.slip_title("allergy_to") not in printed
    assert english.slip_text("other_answers") in printed


def test_all_no_is_said_plainly(receipt: SlipRenderer, english: Language) -> None:
    printed = render_text(receipt, make_declaration(answers={**ALL_NO_ANSWERS, "pregnancy": "no"}))
    assert english.slip_text("all_no") in printed
    assert english.slip_text("attention") not in printed
    assert "to check with the patient" not in printed


def test_declarations_in_questionnaire_order(
    receipt: SlipRenderer, questionnaire: Questionnaire, english: Language
) -> None:
    printed = render_text(receipt, make_declaration(answers=ALL_NO_ANSWERS))
    titles = [english.slip_title(q.id) for q in questionnaire.in_group(Group.DECLARATION)]
    positions = [printed.index(f"{title}: ") for title in titles]
    assert positions == sorted(positions)
    assert printed.index(english.slip_text("declarations")) < positions[0]


@pytest.mark.parametrize(
    ("last_name", "first_name"),
    [
        ("<b>O'Brien & Co</b>", "Robert'); DROP TABLE declarations;--"),
        ("Παπαδοπούλου", "Иван"),
        ("Weiß-Ørsted", "&amp; <br/> <font size=40>x</font>"),
    ],
)
def test_names_print_literally(receipt: SlipRenderer, last_name: str, first_name: str) -> None:
    printed = render_text(receipt, make_declaration(last_name=last_name, first_name=first_name))
    assert f"{last_name.upper()} {first_name}" in printed


def drawn_words(pdf: bytes, tmp_path: Any) -> list[tuple[float, float, str]]:
    """(top, left, text) of each word as drawn, left to right, in its glyphs' own forms."""
    (tmp_path / "slip.pdf").write_bytes(pdf)
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "slip.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    return [(float(y), float(x), word) for x, y, word in re.findall(pattern, xhtml)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_an_arabic_name_prints_joined_and_from_right_to_left(
    receipt: SlipRenderer, tmp_path: Any
) -> None:
    pdf = receipt.render(make_declaration(last_name="العلوي", first_name="محمد"), REFERENCE).data

    words = {
        unicodedata.normalize("NFKC", text)[::-1]: (top, left, text)
        for top, left, text in drawn_words(pdf, tmp_path)
    }
    last, first = words["العلوي"], words["محمد"]
    # Joined letters: lam initial, ain medial, lam medial, waw final, not isolated letters.
    assert {"\ufedf", "\ufecc", "\ufee0", "\ufeee"} <= set(last[2])
    # One line, read from the right: the last name first (it is on the right).
    assert last[0] == first[0]
    assert last[1] > first[1]


def test_a_latin_name_keeps_last_name_first(receipt: SlipRenderer) -> None:
    printed = render_text(receipt, make_declaration(last_name="El Alaoui", first_name="محمد"))
    assert "EL ALAOUI محمد" in unicodedata.normalize("NFKC", printed)


def test_everything_is_printed_in_the_bundled_font(receipt: SlipRenderer) -> None:
    for page in pages(receipt.render(make_declaration(), REFERENCE).data):
        resources: Any = page["/Resources"]
        fonts = resources["/Font"].values()
        names = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts}
        assert names == {"DejaVuSans", "DejaVuSans-Bold"}


def test_no_patient_data_in_the_pdf_metadata(receipt: SlipRenderer) -> None:
    declaration = make_declaration(last_name="Vandermeulen", first_name="Lotte")
    metadata = PdfReader(io.BytesIO(receipt.render(declaration, REFERENCE).data)).metadata
    assert metadata is not None
    assert not any(
        "Vandermeulen" in str(value) or "Lotte" in str(value) for value in metadata.values()
    )


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)
@pytest.mark.parametrize("paper", ["receipt80", "a4"])
def test_qr_code_scans_as_the_reference_only(
    make_renderer: Callable[..., SlipRenderer], paper: str, tmp_path: Path
) -> None:
    """What reception's scanner reads from the printed slip: the reference, nothing else."""
    pdf = make_renderer(paper=paper).render(long_declaration(), REFERENCE).data
    (tmp_path / "slip.pdf").write_bytes(pdf)
    # 203 dpi: a thermal receipt printer's resolution, without anti-aliasing
    first_page = ["-f", "1", "-l", "1", str(tmp_path / "slip.pdf"), str(tmp_path / "slip")]
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-aa", "no", *first_page], check=True)
    (png,) = tmp_path.glob("slip*.png")
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert scanned.stdout.splitlines() == [REFERENCE]


LONG_NAME = "Vandenberghe-Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"


def long_declaration() -> Declaration:
    return make_declaration(
        last_name=LONG_NAME,
        first_name="Marie-Hélène-Alexandrine-Josèphe",
        extra_answers={
            "anticoagulant_drugs": ALL_DRUGS,
            "allergy": "yes",
            "allergy_to": frozenset({"latex", "other"}),
        },
    )


def test_long_name_and_all_drugs_fit_one_receipt(
    receipt: SlipRenderer, english: Language, questionnaire: Questionnaire
) -> None:
    pdf = receipt.render(long_declaration(), REFERENCE).data
    (page,) = pages(pdf)
    assert float(page.mediabox.width) == pytest.approx(80 * mm)
    printed = words(pdf)
    assert LONG_NAME.upper() in printed.replace(" ", "")  # wrapped, maybe mid-word
    drugs = questionnaire.by_id()["anticoagulant_drugs"]
    for drug in drugs.options:  # one line each, the substance first
        assert english.slip_option(drugs, drug) in printed


def test_receipt_is_as_long_as_its_content(receipt: SlipRenderer) -> None:
    heights = []
    for declaration in (
        make_declaration(answers=ALL_NO_ANSWERS),
        make_declaration(),
        long_declaration(),
    ):
        (page,) = pages(receipt.render(declaration, REFERENCE).data)
        heights.append(float(page.mediabox.height))
    assert heights == sorted(heights) and len(set(heights)) == 3
    assert heights[0] < 180 * mm  # a short slip stays short: no blank tail


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_receipt_ink_stays_in_the_printable_72_mm(receipt: SlipRenderer, tmp_path) -> None:
    from PIL import Image

    (tmp_path / "slip.pdf").write_bytes(receipt.render(long_declaration(), REFERENCE).data)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "300",
            "-aa",
            "no",
            "-aaVector",
            "no",
            str(tmp_path / "slip.pdf"),
            str(tmp_path / "slip"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("slip*.png")
    with Image.open(png) as image:
        ink = image.convert("L").point(lambda v: 255 if v < 128 else 0)
        box = ink.getbbox()
        height = ink.size[1]
    assert box is not None
    left, _, right, bottom = box
    dots_per_mm = 300 / 25.4
    assert left >= 4 * dots_per_mm - 1 and right <= 76 * dots_per_mm + 1
    assert right - left > 70 * dots_per_mm  # boxes and bands use the whole printable width
    assert height - bottom < 6 * dots_per_mm  # and the page ends where the content ends


def test_a4(make_renderer: Callable[..., SlipRenderer], english: Language) -> None:
    pdf = make_renderer("a4").render(long_declaration(), REFERENCE).data
    first = pages(pdf)[0]
    assert float(first.mediabox.width) == pytest.approx(210 * mm, abs=0.5)
    assert float(first.mediabox.height) == pytest.approx(297 * mm, abs=0.5)
    printed = words(pdf)
    assert english.slip_text("attention") in printed and LONG_NAME.upper()[:20] in printed


def test_unknown_paper_is_refused(make_renderer: Callable[..., SlipRenderer]) -> None:
    with pytest.raises(ValueError, match="receipt80"):
        make_renderer("letter")


def test_french_slip(
    questionnaire: Questionnaire, make_renderer: Callable[..., SlipRenderer]
) -> None:
    french = load_content(resource_path("locales"), ["fr"], questionnaire).language("fr")
    printed = render_text(make_renderer("receipt80", french), make_declaration())
    for key in ("title", "reference", "declarations", "attention"):
        assert " ".join(french.slip_text(key).split()) in printed
    assert "Anticoagulants / antiagrégants plaquettaires" in printed
    assert "Je ne sais pas" not in printed


@pytest.mark.parametrize(("code", "named"), [("de", "Allemand"), ("xx", "xx")])
def test_the_kiosks_slip_names_a_language_no_longer_offered(
    questionnaire: Questionnaire, code: str, named: str
) -> None:
    """As the kiosk wires it (kiosk/assembly.py): a declaration made in German before de
    left kiosk.languages still prints, its language named in the staff's words; one not
    shipped at all by its code (issue 17: a KeyError)."""
    config = load_config(overrides=['kiosk.languages=["fr", "en"]'], environ={})
    content = load_content(resource_path("locales"), config.kiosk.languages, questionnaire)
    renderer = slip_renderer(config, questionnaire, content)()

    printed = render_text(renderer, make_declaration(language=code))

    assert f"Langue utilisée: {named}" in printed


def test_a_reprint_of_an_earlier_questionnaire_s_answers_loses_none(
    receipt: SlipRenderer, english: Language
) -> None:
    stored = make_declaration(
        extra_answers={"diabetes_medicines": None, "diabetes_metformin": "yes"}
    )

    printed = render_text(receipt, stored)

    assert english.slip_text("earlier_version") in printed
    assert "diabetes_metformin: yes" in printed


def test_a_medicine_typed_in_arabic_prints_joined_and_from_right_to_left(
    receipt: SlipRenderer, tmp_path: Any
) -> None:
    declaration = make_declaration(  # "antibiotic penicillin", typed on the Arabic keyboard
        extra_answers={
            "allergy": "yes",
            "allergy_to": frozenset({"other"}),
            "allergy_other_name": Typed("مضاد بنسلين"),
            "allergy_reaction:other": frozenset({"rash"}),
        }
    )
    pdf = receipt.render(declaration, REFERENCE).data

    words = {
        unicodedata.normalize("NFKC", text)[::-1]: (top, left, text)
        for top, left, text in drawn_words(pdf, tmp_path)
    }
    first, second = words["مضاد"], words["بنسلين"]
    # Joined letters (beh initial, noon medial...), not isolated ones.
    assert {"\ufe91", "\ufee8"} <= set(second[2])
    # Read from the right: the first word typed is on the right.
    assert first[0] == second[0]
    assert first[1] > second[1]


def test_a_child_whose_weight_is_not_known_is_flagged(
    receipt: SlipRenderer, english: Language
) -> None:
    weighed = render_text(
        receipt, make_declaration(extra_answers={"for_whom": "child", "child_weight": Typed("18")})
    )
    unknown = render_text(
        receipt,
        make_declaration(extra_answers={"for_whom": "child", "child_weight": "dont_know"}),
    )

    weight = english.slip_title("child_weight")
    assert f"{weight}: 18 kg ({english.slip_text('typed')})" in weighed
    assert f"{english.slip_text('attention')} {weight}: Does not know" in unknown


def test_an_identity_read_from_the_card_says_so_instead_of_not_verified(
    receipt: SlipRenderer, english: Language
) -> None:
    printed = render_text(
        receipt, make_declaration(identity_source="card", national_number="48031512345")
    )
    assert english.slip_text("card_read") in printed
    assert english.slip_text("unverified") not in printed
    assert "48031512345" not in printed and "512345" not in printed  # never in full
