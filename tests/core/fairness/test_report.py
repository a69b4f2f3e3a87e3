"""The adverse-impact report on a generated population with a known disparity, and where
self-identification must never appear."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from fractions import Fraction
from math import comb
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from interview_planner import cli
from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.services import candidates, fairness, loops, privacy, scorecards

MARKER = "Zqx Marker Heritage"


def by_hand(a: int, b: int, c: int, d: int) -> float:
    row1, col1, n = a + b, a + c, a + b + c + d

    def p(x: int) -> Fraction:
        return Fraction(comb(row1, x) * comb(n - row1, col1 - x), comb(n, col1))

    return float(sum(p(x) for x in range(max(0, col1 - (n - row1)), min(row1, col1) + 1) if p(x) <= p(a)))


def _add_people(db: Database, loop_id: str, group: str, total: int, passing: int) -> None:
    for n in range(total):
        person = candidates.add_candidate(db, name=f"{group} person {n}", loop=loop_id)
        fairness.record_self_id(db, candidate=person.id, values={"race_ethnicity": group})
        first = min(person.interviews, key=lambda i: i.stage_position)
        card = scorecards.get_scorecard(db, first.id)
        patch = scorecards.ScorecardPatch(
            ratings={r.skill_id: 3 for r in card.ratings}, overall="yes" if n < passing else "no"
        )
        scorecards.submit(db, interview_id=first.id, patch=patch)


def test_rates_ratios_flags_and_p_values_match_hand_computation(demo_db: Database) -> None:
    loop = loops.list_loops(demo_db)[0]
    _add_people(demo_db, loop.id, "White", 20, 15)
    _add_people(demo_db, loop.id, "Asian", 20, 6)
    _add_people(demo_db, loop.id, "Hispanic or Latino", 3, 0)  # under the minimum cell
    first_stage = loops.get_loop(demo_db, loop.id).stages[0].name

    result = fairness.report(demo_db, category=["race_ethnicity"], loop=loop.id)

    step = next(s for s in result.steps if s.step == first_stage)
    rows = {g.group: g for g in step.groups}
    assert step.reference_group == "White"
    assert (rows["White"].selected, rows["White"].candidates) == (15, 20)
    assert rows["Asian"].rate == pytest.approx(0.30)
    assert rows["Asian"].impact_ratio == pytest.approx(0.30 / 0.75)
    assert rows["Asian"].below_four_fifths
    assert rows["Asian"].p_value == pytest.approx(by_hand(6, 14, 15, 5))
    assert rows["Hispanic or Latino"].suppressed and rows["Hispanic or Latino"].rate is None
    assert result.not_stated == 2  # the demo's own two candidates stated nothing
    assert result.steps[-1].step == fairness.FINAL_STEP


def test_intersections_and_prefer_not_to_say(demo_db: Database) -> None:
    loop = loops.list_loops(demo_db)[0]
    person = candidates.add_candidate(demo_db, name="Kim", loop=loop.id)
    fairness.record_self_id(demo_db, candidate="Kim", values={"race_ethnicity": "Asian", "sex": "Female"})
    other = candidates.add_candidate(demo_db, name="Lee", loop=loop.id)
    fairness.record_self_id(demo_db, candidate=other.id, values={"race_ethnicity": fairness.PREFER_NOT_TO_SAY})
    result = fairness.report(demo_db, category=["race_ethnicity", "sex"], min_cell=1)
    assert result.not_stated == 3  # Lee and the demo's two candidates
    with pytest.raises(InputError, match="not a value"):
        fairness.record_self_id(demo_db, candidate=person.id, values={"sex": "Robot"})
    assert fairness.self_id(demo_db, candidate="kim") == {"race_ethnicity": "Asian", "sex": "Female"}


def test_erasing_or_anonymising_a_candidate_removes_their_answers(demo_db: Database) -> None:
    loop = loops.list_loops(demo_db)[0]
    for name in ("Ada", "Bea"):
        candidates.add_candidate(demo_db, name=name, loop=loop.id)
        fairness.record_self_id(demo_db, candidate=name, values={"race_ethnicity": "Asian"})
    privacy.erase_candidate(demo_db, candidate="Ada")
    label = privacy.anonymise_candidate(demo_db, candidate="Bea")
    assert fairness.self_id(demo_db, candidate=label) == {}
    with demo_db.read() as session:
        assert session.execute(text("SELECT count(*) FROM self_identification")).scalar() == 0


def run(*args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(list(args))
    assert code == 0, (args, out.getvalue())
    return out.getvalue()


@pytest.mark.sqlite_only
def test_self_identification_appears_in_no_packet_scorecard_debrief_kit_decision_or_calendar(
    demo_db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(demo_db_path)]
    who = "Jordan Rivera"
    run(*db, "fairness", "categories", "--set-file", str(_categories_file(tmp_path)))
    run(*db, "fairness", "self-id", who, "--set", f"heritage={MARKER}")
    assert MARKER in run(*db, "fairness", "self-id", who)  # it is stored, so the greps below mean something
    outputs = [
        run(*db, "decide", who, "--json"),
        run(*db, "decide", who, "--pdf", str(tmp_path / "decision.pdf"), "--csv", str(tmp_path / "grid.csv")),
        run(*db, "candidate", "show", who, "--json"),
        run(*db, "candidate", "list", "--json"),
        run(*db, "calibration", "--json"),
        run(*db, "packet", "export", "--candidate", who, "--out", str(tmp_path / "packets")),
        run(*db, "scorecard", "export-kit", "--candidate", who, "--out", str(tmp_path / "kits")),
        run(
            *db,
            "candidate",
            "schedule",
            who,
            "--stage",
            "1",
            "--at",
            "2026-12-10T09:00",
            "--ics",
            str(tmp_path / "cal"),
        ),
    ]
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in {".pdf", ".json", ".csv", ".ics"}]
    assert any(p.suffix == ".pdf" for p in files) and any(p.suffix == ".ics" for p in files)
    texts = outputs + [_text(p) for p in files if p.name != "categories.json"]
    leaks = [t[:80] for t in texts if MARKER in t or "heritage" in t]
    assert not leaks


def _categories_file(folder: Path) -> Path:
    path = folder / "categories.json"
    path.write_text(json.dumps({"heritage": [MARKER, "Other heritage"]}), encoding="utf-8")
    return path


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")
