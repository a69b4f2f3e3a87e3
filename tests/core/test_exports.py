from __future__ import annotations

import csv
import io

import pytest

from interview_planner.exports import csv_safe, decision_csv, to_csv
from interview_planner.services import candidates, decisions


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")', "\t=1"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert csv_safe(cell).startswith("'")


@pytest.mark.parametrize("cell", ["Ada", "3.5", "", "a=b"])
def test_plain_cells_are_kept(cell: str) -> None:
    assert csv_safe(cell) == cell


def test_csv_round_trips_through_a_reader() -> None:
    text = to_csv(["name", "note"], [["=cmd|' /C calc'!A0", 'quote " and, comma']])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["'=cmd|' /C calc'!A0", 'quote " and, comma']


def test_decision_csv_with_a_hostile_candidate_name(demo_db) -> None:  # type: ignore[no-untyped-def]
    loop = candidates.get_candidate(demo_db, "Jordan Rivera").loop_id
    candidates.add_candidate(demo_db, name='=HYPERLINK("evil")', loop=loop)
    text = decision_csv(decisions.consolidate(demo_db, "Jordan Rivera"))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["skill", "priority", "mean"]
    assert rows[-1][:2] == ["decision", "no_hire"]
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
