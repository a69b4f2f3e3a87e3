"""Impact ratios, the four-fifths flag and Fisher's exact test, checked against hand computation.

The published example is the New Haven fire department's 2003 lieutenant
examination (Ricci v. DeStefano, 557 U.S. 557 (2009)): 43 white, 19 black and
15 Hispanic candidates took it; 25, 6 and 3 passed. The pass rates (58.1 %,
31.6 %, 20.0 %) and the impact ratios against the white pass rate (0.54 and
0.34, far below 4/5) are the figures the case turned on.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb

import pytest

from interview_planner.fairness.fisher import fisher_exact
from interview_planner.fairness.impact import GroupCount, step_impact

LIEUTENANT = [
    GroupCount(group="White", candidates=43, selected=25),
    GroupCount(group="Black", candidates=19, selected=6),
    GroupCount(group="Hispanic", candidates=15, selected=3),
]


def by_hand(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher p by enumerating every table with the same margins, in exact fractions."""
    row1, col1, n = a + b, a + c, a + b + c + d

    def p(x: int) -> Fraction:
        return Fraction(comb(row1, x) * comb(n - row1, col1 - x), comb(n, col1))

    observed = p(a)
    return float(sum(p(x) for x in range(max(0, col1 - (n - row1)), min(row1, col1) + 1) if p(x) <= observed))


@pytest.mark.parametrize(
    "table", [(6, 13, 25, 18), (3, 12, 25, 18), (1, 9, 11, 3), (0, 5, 5, 0), (10, 10, 10, 10), (2, 40, 9, 30)]
)
def test_fisher_matches_the_enumeration_by_hand(table: tuple[int, int, int, int]) -> None:
    assert fisher_exact(*table) == pytest.approx(by_hand(*table), rel=1e-9)


def test_the_lieutenant_exam_rates_ratios_and_flags() -> None:
    step = step_impact("Written exam", LIEUTENANT)
    rows = {g.group: g for g in step.groups}
    assert step.reference_group == "White"
    assert round(rows["White"].rate or 0, 3) == 0.581
    assert round(rows["Black"].rate or 0, 3) == 0.316
    assert round(rows["Hispanic"].rate or 0, 3) == 0.200
    assert round(rows["Black"].impact_ratio or 0, 2) == 0.54
    assert round(rows["Hispanic"].impact_ratio or 0, 2) == 0.34
    assert rows["Black"].below_four_fifths and rows["Hispanic"].below_four_fifths
    assert not rows["White"].below_four_fifths and rows["White"].p_value is None
    assert rows["Black"].p_value == pytest.approx(by_hand(6, 13, 25, 18))
    assert rows["Hispanic"].p_value == pytest.approx(by_hand(3, 12, 25, 18))


def test_small_groups_are_suppressed_and_never_the_reference() -> None:
    step = step_impact(
        "Coding",
        [
            GroupCount(group="A", candidates=4, selected=4),  # the highest rate, but only 4 people
            GroupCount(group="B", candidates=10, selected=5),
            GroupCount(group="C", candidates=8, selected=2),
        ],
    )
    rows = {g.group: g for g in step.groups}
    assert rows["A"].suppressed and rows["A"].rate is None and rows["A"].selected is None
    assert step.reference_group == "B"
    assert rows["C"].impact_ratio == pytest.approx(0.25 / 0.5) and rows["C"].below_four_fifths
    assert any("fewer than 5" in c for c in step.caveats)
    assert any("by chance" in c for c in step.caveats)  # 22 candidates: the small-sample caveat


def test_a_ratio_at_four_fifths_is_not_flagged() -> None:
    step = step_impact(
        "Final", [GroupCount(group="A", candidates=50, selected=25), GroupCount(group="B", candidates=50, selected=20)]
    )
    assert {g.group: g.below_four_fifths for g in step.groups} == {"A": False, "B": False}
    assert not any("by chance" in c for c in step.caveats)  # 100 candidates
