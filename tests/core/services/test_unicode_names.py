"""People are found by name whatever the case or Unicode form they are typed in (both engines)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from interview_planner import cli
from interview_planner.errors import NotFoundError
from interview_planner.services import candidates, loops

NAMES = {
    "Zoë Ødegård": ["zoë ødegård", "ZOË ØDEGÅRD", unicodedata.normalize("NFD", "zoë ødegård"), "  zoë   ødegård "],
    "Émile Durand-Çelik": ["émile durand-çelik", "ÉMILE DURAND-ÇELIK"],
    "İlkay Gündoğan": ["İLKAY GÜNDOĞAN", "i̇lkay gündoğan"],
    "Jürgen Weiß": ["JÜRGEN WEISS", "jürgen weiss", "jürgen weiß"],
    "Σωκράτης Παπαδόπουλος": ["ΣΩΚΡΆΤΗΣ ΠΑΠΑΔΌΠΟΥΛΟΣ", "σωκράτης παπαδόπουλος"],
    "Юлия Ёлкина": ["юлия ёлкина", "ЮЛИЯ ЁЛКИНА"],
}


@pytest.fixture
def people(demo_db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    loop = loops.list_loops(demo_db)[0].id
    return {name: candidates.add_candidate(demo_db, name=name, loop=loop).id for name in NAMES}


@pytest.mark.parametrize("stored", list(NAMES))
def test_a_candidate_is_found_however_the_name_is_typed(demo_db, people: dict[str, str], stored: str) -> None:  # type: ignore[no-untyped-def]
    for typed in NAMES[stored]:
        assert candidates.get_candidate(demo_db, typed).id == people[stored], typed


def test_other_names_are_not_matched(demo_db, people: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for typed in ("Zoe Odegard", "ilkay gündoğan", "Юлия Елкина"):  # other letters, not another case
        with pytest.raises(NotFoundError, match="no candidate"):
            candidates.get_candidate(demo_db, typed)


def test_interviewers_too(demo_db) -> None:  # type: ignore[no-untyped-def]
    loops.add_interviewer(demo_db, name="Émile Durand")
    with demo_db.read() as session:
        assert loops.resolve_interviewer(session, "émile durand") == loops.resolve_interviewer(session, "ÉMILE DURAND")


def test_the_cli_shows_a_candidate_typed_in_lower_case(
    demo_db_path: Path | str, people: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["--db", str(demo_db_path), "candidate", "show", "zoë ødegård"]) == 0
    assert "Zoë Ødegård" in capsys.readouterr().out
