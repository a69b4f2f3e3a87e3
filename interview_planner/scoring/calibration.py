"""Interviewer calibration and the panel's inter-rater agreement.

Per interviewer, across every candidate: how many scorecards, how their
ratings are distributed, how far they sit from the panel on the same
candidate and skill (leniency > 0, severity < 0), and how often they leave a
skill of their own stage unrated. For the panel: Krippendorff's alpha
(interval metric) over (candidate, skill) units rated by two or more people.
"""

from __future__ import annotations

from collections import defaultdict
from statistics import fmean

from pydantic import BaseModel

from interview_planner.fairness.reliability import MIN_OFFSETS, leniency

MIN_UNITS_FOR_ALPHA = 10


class RatingFact(BaseModel):
    candidate_id: str
    skill_id: str
    interviewer: str
    rating: int | None  # None = not assessed


class InterviewerCalibration(BaseModel):
    interviewer: str
    scorecards: int
    ratings: int
    distribution: dict[str, int]  # "1".."4" and "na"
    mean: float | None
    offset: float | None  # mean (own rating - mean of the others' ratings on the same candidate and skill)
    offset_units: int
    not_assessed_share: float | None
    offset_low: float | None = None  # 95 % interval of the offset; None with too few comparisons
    offset_high: float | None = None
    too_few: bool = True  # fewer than MIN_OFFSETS comparisons: no colour, no verdict


class SkillAgreement(BaseModel):
    skill_id: str
    alpha: float | None
    units: int
    too_few: bool


class Calibration(BaseModel):
    interviewers: list[InterviewerCalibration]
    alpha: float | None
    alpha_units: int
    warnings: list[str]
    skills: list[SkillAgreement] = []


def calibrate(facts: list[RatingFact], scorecards_per_interviewer: dict[str, int]) -> Calibration:
    by_unit: dict[tuple[str, str], list[RatingFact]] = defaultdict(list)
    for f in facts:
        by_unit[(f.candidate_id, f.skill_id)].append(f)
    people = sorted({f.interviewer for f in facts} | set(scorecards_per_interviewer))
    rows = [
        _person(name, [f for f in facts if f.interviewer == name], by_unit, scorecards_per_interviewer.get(name, 0))
        for name in people
    ]
    units = [[f.rating for f in group if f.rating is not None] for group in by_unit.values()]
    units = [u for u in units if len(u) >= 2]
    alpha = krippendorff_alpha_interval(units)
    warnings = []
    if len(units) < MIN_UNITS_FOR_ALPHA:
        warnings.append(
            f"Only {len(units)} skill rating(s) were given by two or more interviewers on the same "
            f"candidate; agreement figures need at least {MIN_UNITS_FOR_ALPHA} to mean much."
        )
    skills = _skill_agreement(by_unit)
    return Calibration(interviewers=rows, alpha=alpha, alpha_units=len(units), warnings=warnings, skills=skills)


def _skill_agreement(by_unit: dict[tuple[str, str], list[RatingFact]]) -> list[SkillAgreement]:
    """Krippendorff's alpha per skill, over the candidates rated on it by two or more people."""
    per_skill: dict[str, list[list[int]]] = defaultdict(list)
    for (_, skill), group in by_unit.items():
        ratings = [f.rating for f in group if f.rating is not None]
        if len(ratings) >= 2:
            per_skill[skill].append(ratings)
    return [
        SkillAgreement(
            skill_id=skill,
            alpha=krippendorff_alpha_interval(units) if len(units) >= MIN_UNITS_FOR_ALPHA else None,
            units=len(units),
            too_few=len(units) < MIN_UNITS_FOR_ALPHA,
        )
        for skill, units in sorted(per_skill.items())
    ]


def _person(
    name: str, own: list[RatingFact], by_unit: dict[tuple[str, str], list[RatingFact]], cards: int
) -> InterviewerCalibration:
    given = [f.rating for f in own if f.rating is not None]
    dist = {str(n): given.count(n) for n in (1, 2, 3, 4)} | {"na": sum(1 for f in own if f.rating is None)}
    diffs = []
    for f in own:
        others = [
            o.rating for o in by_unit[(f.candidate_id, f.skill_id)] if o.interviewer != name and o.rating is not None
        ]
        if f.rating is not None and others:
            diffs.append(f.rating - fmean(others))
    spread = leniency(name, diffs, minimum=MIN_OFFSETS)
    return InterviewerCalibration(
        interviewer=name,
        scorecards=cards,
        ratings=len(given),
        distribution=dist,
        mean=round(fmean(given), 2) if given else None,
        offset=round(fmean(diffs), 2) if diffs else None,
        offset_units=len(diffs),
        not_assessed_share=round(dist["na"] / len(own), 2) if own else None,
        offset_low=spread.low,
        offset_high=spread.high,
        too_few=spread.too_few,
    )


def _pair_sum(values: list[int]) -> float:
    """Sum of (a - b)^2 over ordered pairs of distinct positions: 2n*sum(a^2) - 2*(sum a)^2."""
    n = len(values)
    return 2 * n * sum(v * v for v in values) - 2 * sum(values) ** 2


def krippendorff_alpha_interval(units: list[list[int]]) -> float | None:
    """Krippendorff's alpha with the interval metric; a unit is the ratings given to one thing."""
    pairable = [u for u in units if len(u) >= 2]
    n = sum(len(u) for u in pairable)
    if n < 2:
        return None
    observed = sum(_pair_sum(u) / (len(u) - 1) for u in pairable) / n
    expected = _pair_sum([v for u in pairable for v in u]) / (n * (n - 1))
    if expected == 0:
        return 1.0 if observed == 0 else None
    return round(1 - observed / expected, 3)
