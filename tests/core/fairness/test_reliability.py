from __future__ import annotations

import pytest

from interview_planner.fairness.reliability import forecast_skills, leniency, spearman_brown


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
