from __future__ import annotations

import pytest

from interview_planner.scoring.calibration import RatingFact, calibrate, krippendorff_alpha_interval


def test_alpha_is_one_for_perfect_agreement_and_negative_for_systematic_disagreement() -> None:
    assert krippendorff_alpha_interval([[1, 1], [2, 2], [4, 4]]) == 1.0
    assert krippendorff_alpha_interval([[1, 4], [4, 1], [2, 3]]) < 0


def test_alpha_matches_a_hand_computed_value() -> None:
    # units (1,2) (3,3): n=4; Do = ((1)*2/1 + 0)/4 = 0.5; values 1,2,3,3: pair sum = 2*4*23 - 2*81 = 22;
    # De = 22 / 12 = 1.8333; alpha = 1 - 0.5/1.8333 = 0.727
    assert krippendorff_alpha_interval([[1, 2], [3, 3]]) == pytest.approx(0.727, abs=1e-3)


def test_offsets_show_lenient_and_severe_interviewers() -> None:
    facts = []
    for cand in ("c1", "c2", "c3"):
        facts += [
            RatingFact(candidate_id=cand, skill_id="s", interviewer="Lenient", rating=4),
            RatingFact(candidate_id=cand, skill_id="s", interviewer="Severe", rating=2),
            RatingFact(candidate_id=cand, skill_id="t", interviewer="Severe", rating=None),
        ]
    result = calibrate(facts, {"Lenient": 3, "Severe": 3})
    by = {p.interviewer: p for p in result.interviewers}
    assert by["Lenient"].offset == 2.0 and by["Severe"].offset == -2.0
    assert by["Severe"].not_assessed_share == 0.5
    assert by["Lenient"].distribution == {"1": 0, "2": 0, "3": 0, "4": 3, "na": 0}
    assert result.alpha_units == 3 and result.warnings  # 3 < 10 units: small-sample warning
