"""Export packets -> fill the PDF form like a viewer -> scorecard import -> decide."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pdf"))

from pdf_helpers import all_text, fill_like_a_viewer, page_fill, page_texts

from interview_planner.db.database import Database
from interview_planner.errors import ConflictError, InputError
from interview_planner.services import candidates, decisions, exchange, packets, roles
from interview_planner.services import scorecards as sc
from interview_planner.services.content import load_bundled_content
from interview_planner.services.demo import create_demo

NAME = "Zoë <b>Ødegård</b> & 王小明"


@pytest.fixture
def exported(demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    loop_id = candidates.get_candidate(demo_db, "Sam Okafor").loop_id
    person = candidates.add_candidate(demo_db, name=NAME, loop=loop_id)
    files = packets.export_packets(demo_db, candidate=person.id, out_dir=tmp_path / "out", generated_on="2026-11-24")
    return person, files


def test_each_packet_names_the_candidate_stage_skills_and_questions(demo_db, exported) -> None:  # type: ignore[no-untyped-def]
    person, files = exported
    kinds = [f.kind for f in files]
    assert kinds.count("packet") == 7 and kinds[-1] == "overview"
    from interview_planner.services.loops import get_loop

    loop = get_loop(demo_db, person.loop_id)
    for f in files[:-1]:
        text = all_text(Path(f.path).read_bytes())
        stage = next(s for s in loop.stages if s.name == f.stage)
        assert NAME in text
        assert stage.name in text
        squashed = "".join(text.split())  # without white space: a line may wrap after a hyphen
        for skill in stage.skills:
            assert "".join(skill.split()) in squashed, skill
        for q in stage.questions:
            assert "".join(q.text.split()) in squashed, q.text[:40]


def test_filled_pdf_round_trip_to_a_decision(demo_db, exported) -> None:  # type: ignore[no-untyped-def]
    person, files = exported
    paths = []
    for f in files[:-1]:
        card = sc.get_scorecard(demo_db, f.interview_id)
        values = {f"rating.{r.skill_id}": "4" for r in card.ratings}
        values |= {f"evidence.{r.skill_id}": f"Saw {r.skill}" for r in card.ratings}
        values |= {"overall": "strong_yes", "takeaways": "Excellent"}
        path = Path(f.path).with_suffix(".filled.pdf")
        path.write_bytes(fill_like_a_viewer(Path(f.path).read_bytes(), values))
        paths.append(path)
    results = exchange.import_files(demo_db, paths)
    assert {r.outcome for r in results} == {"created"} and {r.status for r in results} == {"submitted"}
    data = decisions.consolidate(demo_db, person.id)
    assert data.result.decision == "hire"
    assert all(s.mean == 4.0 for s in data.result.skills if s.priority == "must")
    assert all(s.mean in (4.0, None) for s in data.result.skills)  # a nice-to-have may be left out
    card = sc.get_scorecard(demo_db, files[0].interview_id)
    assert card.ratings[0].evidence.startswith("Saw ") and card.key_takeaways == "Excellent"
    # the same files again: nothing changes
    assert {r.outcome for r in exchange.import_files(demo_db, paths)} == {"unchanged"}
    # a differently filled copy of a submitted one is a conflict, not a silent overwrite
    changed = paths[0].with_name("changed.pdf")
    card0 = sc.get_scorecard(demo_db, files[0].interview_id)
    changed.write_bytes(
        fill_like_a_viewer(
            Path(files[0].path).read_bytes(), {f"rating.{card0.ratings[0].skill_id}": "1", "overall": "no"}
        )
    )
    with pytest.raises(ConflictError):
        exchange.import_files(demo_db, [changed])


def test_a_packet_from_another_database_is_refused(exported, tmp_path: Path, _content_db_template) -> None:  # type: ignore[no-untyped-def]
    _, files = exported
    other_path = tmp_path / "other.db"
    other = Database.open(other_path)  # a new database has its own id
    load_bundled_content(other)
    create_demo(other)
    with pytest.raises(InputError, match="another Interview Loop Planner database"):
        exchange.import_files(other, [Path(files[0].path)])
    other.close()


def test_a_pdf_that_is_not_a_packet_is_refused(demo_db, exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, files = exported
    overview = Path(files[-1].path)
    with pytest.raises(InputError, match="not an Interview Loop Planner packet"):
        exchange.import_files(demo_db, [overview])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(Path(files[0].path).read_bytes()[:2000])
    with pytest.raises(InputError):
        exchange.import_files(demo_db, [truncated])


def test_seed_role_import_leaves_everything_linked(db, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    view = roles.import_role(db, text_=seed_text)
    assert all(s.ready for s in view.skills)


def test_every_demo_packet_is_short_and_starts_with_a_run_sheet(demo_db, exported) -> None:  # type: ignore[no-untyped-def]
    _, files = exported
    for f in files[:-1]:
        pages = page_texts(Path(f.path).read_bytes())
        assert len(pages) <= 7, (f.stage, len(pages))
        assert "RUN SHEET" in pages[0] and "Introductions" in pages[0] and "Close: the candidate" in pages[0]
        assert "Stage 0 " not in pages[0]  # stages count from 1


def test_no_demo_packet_has_a_near_empty_page(exported) -> None:  # type: ignore[no-untyped-def]
    """Page fill, measured from the PDF: every page but the last at least half used (docs/pdf.md)."""
    _, files = exported
    fills = {f.stage: page_fill(Path(f.path).read_bytes()) for f in files[:-1]}
    for stage, fill in fills.items():
        assert all(x >= 0.5 for x in fill[:-1]), (stage, fill)
        assert fill[-1] > 0.1, (stage, fill)  # the scorecard's last page is not a stray heading
    mean = sum(x for fill in fills.values() for x in fill) / sum(len(fill) for fill in fills.values())
    assert mean >= 0.7, fills
