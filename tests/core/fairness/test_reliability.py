from __future__ import annotations

import random
import re

import pytest

from interview_planner.db.database import Database
from interview_planner.fairness.reliability import forecast_skills, leniency, spearman_brown
from interview_planner.scoring.calibration import krippendorff_alpha_interval
from interview_planner.services import loops
from interview_planner.services.reliability import alpha_from_sums, loop_reliability


@pytest.mark.parametrize(("r", "k", "expected"), [(0.45, 1, 0.45), (0.45, 2, 0.9 / 1.45), (0.5, 3, 0.75), (0.3, 0, 0)])
def test_spearman_brown(r: float, k: int, expected: float) -> None:
    assert spearman_brown(r, k) == pytest.approx(expected)


def test_a_must_have_seen_once_is_below_the_threshold_and_twice_is_not() -> None:
    rows = {s.skill: s for s in forecast_skills({"Go": ("must", 1), "SQL": ("must", 2), "Kafka": ("nice", 1)})}
    assert rows["Go"].below_threshold and not rows["SQL"].below_threshold
    assert not rows["Kafka"].below_threshold  # only must-haves are flagged


def test_leniency_has_an_interval_and_says_too_few_under_the_minimum() -> None:
    few = leniency("Ann", [1.0, 0.5])
    assert few.too_few and few.mean_offset is None and few.low is None
    many = leniency("Bob", [1.0, 0.5, 1.5, 1.0, 0.0, 1.0])
    assert not many.too_few and many.low is not None and many.high is not None
    assert many.low < (many.mean_offset or 0) < many.high and many.low > 0  # consistently lenient


def test_alpha_from_the_databases_sums_is_krippendorffs_alpha() -> None:
    rng = random.Random(24)
    for _ in range(50):
        units = [[rng.randint(1, 4) for _ in range(rng.randint(2, 4))] for _ in range(rng.randint(1, 30))]
        sums = [(len(u), sum(u), sum(v * v for v in u)) for u in units]
        assert alpha_from_sums(sums) == krippendorff_alpha_interval(units)


def test_the_loop_check_counts_the_must_haves_the_forecast_marks_low(demo_db: Database) -> None:
    loop = loops.list_loops(demo_db)[0]
    forecast = loop_reliability(demo_db, loop=loop.id)
    (finding,) = [f for f in loops.get_loop(demo_db, loop.id).findings if f.code == "must-low-reliability"]
    weak = forecast.weak_must_haves
    assert weak and f"{len(weak)} must-have skills below {forecast.threshold:.2f}" in finding.message
    named = [(name, n, v) for name, v, n in re.findall(r"'([^']+)' \(([0-9.]+), (\d+) stages?\)", finding.message)]
    assert len(named) == 5  # the first five, in the role's order; "and 18 more"
    by_name = {s.skill: s for s in weak}
    assert all(int(n) == by_name[name].observations and float(v) == by_name[name].forecast for name, n, v in named)
