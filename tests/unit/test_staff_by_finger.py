"""Staff mode by finger (issue 18), without Qt: what a reprint really did, the search by a
last name's first letters or a reference (initials only, audited without the letters),
declarations made for a child, and the long press's progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.assembly import Kiosk, build_kiosk
from kiosk.config import load_config
from kiosk.records.declarations import folded
from kiosk.staff.access import Role, hash_pin
from kiosk.staff.session import StaffSession
from kiosk.staff.views import DeskView, Notice
from tests.helpers.declarations import make_declaration
from tests.helpers.journey import FakeClock
from tests.unit.test_staff_session import IDLE, LONG_PRESS, STAFF_PIN, run, signed_in


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    config = load_config(
        overrides=[f'kiosk.data_dir="{tmp_path / "data"}"', "printer.backend=folder"], environ={}
    )
    built = build_kiosk(config)
    built.store.staff.set_pin(Role.STAFF, hash_pin(STAFF_PIN))
    yield built
    built.store.close()


@pytest.fixture
def session(kiosk: Kiosk) -> StaffSession:
    return StaffSession(kiosk.staff_desk, LONG_PRESS, IDLE)


def save(kiosk: Kiosk, clock: FakeClock, number: int, last_name: str, **answers: object) -> str:
    declaration = make_declaration(
        session_id=f"session-{number}",
        last_name=last_name,
        first_name="Anne",
        submitted_at=clock(),
        extra_answers=answers,
    )
    return kiosk.store.declarations.save(declaration, []).reference


def test_a_reprint_to_the_pdf_folder_says_a_file_was_written_not_sent_to_a_printer(
    kiosk: Kiosk, session: StaffSession
) -> None:
    clock = FakeClock(datetime.now().astimezone())
    reference = save(kiosk, clock, 1, "Peeters")
    signed_in(session, clock)
    folder = str(kiosk.config.slip_folder)

    reprinted: Notice = run(session, session.reprint(reference))
    tested: Notice = run(session, session.test_print(clock()))

    assert reprinted == Notice("staff_reprint_written", {"reference": reference, "folder": folder})
    assert tested == Notice("staff_test_written", {"folder": folder})


def test_the_search_finds_a_last_name_by_its_first_letters_and_a_reference_with_or_without_dash(
    kiosk: Kiosk, session: StaffSession
) -> None:
    clock = FakeClock(datetime.now().astimezone())
    lefevre = save(kiosk, clock, 1, "Lefèvre")
    clock.advance(60)
    van_den = save(kiosk, clock, 2, "Van den Bossche")
    clock.advance(60)
    save(kiosk, clock, 3, "Peeters")
    signed_in(session, clock)

    def found(text: str) -> list[str]:
        view: DeskView = run(session, session.search_for(text, clock()))
        assert view.search == text.strip()
        return [row.reference for row in view.rows]

    assert found("LEFE") == [lefevre]  # neither case nor accents matter
    assert found("lefè") == [lefevre]
    assert found("vanden") == [van_den] == found("Van den B")
    assert found(lefevre) == [lefevre]  # the reference as printed, with its dash
    assert found(lefevre.replace("-", "").lower()) == [lefevre]
    assert found("evre") == []  # the first letters, not any letters
    assert len(found("")) == 3  # cleared: the whole day again


def test_the_search_shows_initials_only_and_audits_that_it_was_made_not_the_letters(
    kiosk: Kiosk, session: StaffSession
) -> None:
    clock = FakeClock(datetime.now().astimezone())
    save(kiosk, clock, 1, "Lefèvre")
    signed_in(session, clock)

    for typed in ("l", "le", "lef"):
        view: DeskView = run(session, session.search_for(typed, clock()))
    run(session, session.search_for("", clock()))
    run(session, session.search_for("p", clock()))

    [row] = view.rows
    assert row.initials == "L. A." and "Lef" not in repr(row)
    entries = [(e.action, e.reference, e.detail) for e in kiosk.store.audit.entries()]
    searches = [entry for entry in entries if entry[0] == "search"]
    assert searches == [("search", None, None)] * 2  # one per search, not per letter
    assert not any("lef" in str(entry).lower() for entry in entries)


def test_a_declaration_made_for_a_child_is_marked(kiosk: Kiosk, session: StaffSession) -> None:
    clock = FakeClock(datetime.now().astimezone())
    child = save(kiosk, clock, 1, "Janssens", for_whom="child", child_weight="23")
    clock.advance(60)
    adult = save(kiosk, clock, 2, "Peeters")
    signed_in(session, clock)

    view: DeskView = run(session, session.read_desk(clock()))

    assert {row.reference: row.for_child for row in view.rows} == {child: True, adult: False}


def test_the_long_press_shows_its_progress_after_a_second_and_not_after_release(
    session: StaffSession,
) -> None:
    clock = FakeClock()
    session.pressed(clock(), on_corner=True)
    clock.advance(0.9)
    assert session.press_progress(clock()) is None  # a tap shows nothing
    clock.advance(0.6)
    assert session.press_progress(clock()) == pytest.approx(0.5)
    session.released()
    assert session.press_progress(clock()) is None
    session.pressed(clock(), on_corner=False)
    clock.advance(2)
    assert session.press_progress(clock()) is None  # elsewhere: no long press


def test_folding_for_the_search() -> None:
    assert folded("Van den Bossche-Lefèvre") == "vandenbosschelefevre"
    assert folded("K7F-3QX") == "k7f3qx"
    assert folded("D’Ürsel") == "dursel"


def test_the_search_finds_turkish_names_whichever_i_reception_types(
    kiosk: Kiosk, session: StaffSession
) -> None:
    """The staff keys have no "ı" or "İ": "i" finds İsmail, Ilgaz and a name typed with a
    small dotless "ı"; "yil" finds Yıldız; a "ı" or "İ" typed elsewhere finds them too. A
    name typed in Turkish in small letters gets Turkish initials ("ismail" -> "İ.")."""
    clock = FakeClock(datetime.now().astimezone())
    names = ("İsmail", "Ilgaz", "ılgın", "Yıldız", "Kılıç", "Peeters")
    references = {}
    for number, name in enumerate(names, start=1):
        declaration = make_declaration(
            session_id=f"session-{number}",
            language="tr",
            last_name=name,
            first_name="ismail",
            submitted_at=clock(),
        )
        references[name] = kiosk.store.declarations.save(declaration, []).reference
        clock.advance(60)
    signed_in(session, clock)

    def found(text: str) -> set[str]:
        view: DeskView = run(session, session.search_for(text, clock()))
        return {row.reference for row in view.rows}

    def of(*found_names: str) -> set[str]:
        return {references[name] for name in found_names}

    everyone_with_i = of("İsmail", "Ilgaz", "ılgın")
    assert found("i") == found("I") == found("ı") == found("İ") == everyone_with_i
    assert found("ism") == of("İsmail")
    assert found("yil") == found("Yıl") == of("Yıldız")
    assert found("kilic") == of("Kılıç")
    rows = run(session, session.search_for("", clock())).rows
    shown = {row.reference: row.initials for row in rows}
    assert shown[references["İsmail"]] == "İ. İ."
    assert shown[references["ılgın"]] == "I. İ."
    assert shown[references["Peeters"]] == "P. İ."
