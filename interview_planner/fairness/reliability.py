"""How reliable a loop's ratings of a skill will be, before and after the interviews.

Before: the Spearman-Brown formula forecasts the reliability of the mean of
k independent ratings from the reliability of one rating r:
``k r / (1 + (k - 1) r)``. Independent means different interviews (stages),
not two people in one room. Until the team has enough paired ratings to
measure r (Krippendorff's alpha over skills rated in two or more stages),
the forecast uses a documented prior (docs/fairness.md).

After: each interviewer's leniency (mean of own rating minus the others'
mean on the same candidate and skill) with a 95 % confidence interval, or
"too few ratings" under the minimum.
"""

from __future__ import annotations

from math import sqrt
from statistics import fmean, stdev

from pydantic import BaseModel

PRIOR_SINGLE_RATER = 0.45
FORECAST_THRESHOLD = 0.60
MIN_OFFSETS = 5
Z95 = 1.96


def spearman_brown(single: float, k: int) -> float:
    """Reliability of the mean of ``k`` parallel ratings, each of reliability ``single``."""
    if not 0 <= single <= 1:
        raise ValueError("reliability must be between 0 and 1")
    if k <= 0:
        return 0.0
    return k * single / (1 + (k - 1) * single)


class SkillForecast(BaseModel):
    skill: str
    priority: str
    observations: int
    forecast: float
    below_threshold: bool


def forecast_skills(
    observations: dict[str, tuple[str, int]],
    *,
    single: float = PRIOR_SINGLE_RATER,
    threshold: float = FORECAST_THRESHOLD,
) -> list[SkillForecast]:
    """Per skill name -> (priority, number of stages that rate it): the forecast reliability."""
    out = []
    for name, (priority, k) in sorted(observations.items()):
        value = spearman_brown(single, k)
        out.append(
            SkillForecast(
                skill=name,
                priority=priority,
                observations=k,
                forecast=round(value, 3),
                below_threshold=priority == "must" and value < threshold,
            )
        )
    return out


class Leniency(BaseModel):
    interviewer: str
    offsets: int
    mean_offset: float | None
    low: float | None
    high: float | None
    too_few: bool


def leniency(interviewer: str, offsets: list[float], *, minimum: int = MIN_OFFSETS) -> Leniency:
    """Mean offset from the panel with a normal-approximation 95 % interval; none under ``minimum``."""
    if len(offsets) < minimum:
        return Leniency(
            interviewer=interviewer, offsets=len(offsets), mean_offset=None, low=None, high=None, too_few=True
        )
    mean = fmean(offsets)
    half = Z95 * stdev(offsets) / sqrt(len(offsets))
    return Leniency(
        interviewer=interviewer,
        offsets=len(offsets),
        mean_offset=round(mean, 3),
        low=round(mean - half, 3),
        high=round(mean + half, 3),
        too_few=False,
    )
