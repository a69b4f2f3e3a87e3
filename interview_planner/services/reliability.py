"""How reliable a loop's ratings of each skill will be, forecast before the interviews.

The single-rater reliability comes from the team's own ratings when there are
enough (Krippendorff's alpha over skills rated in two or more interviews of
the same candidate), else from the documented prior. Each role skill's
forecast is Spearman-Brown over the number of stages that rate it.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.fairness.reliability import (
    FORECAST_THRESHOLD,
    PRIOR_SINGLE_RATER,
    SkillForecast,
    forecast_skills,
)
from interview_planner.scoring.calibration import MIN_UNITS_FOR_ALPHA, krippendorff_alpha_interval
from interview_planner.services.loops import resolve_loop

# A measured alpha is used only inside these bounds: 0 or 1 from a few units would make the forecast absurd.
_MEASURED_BOUNDS = (0.05, 0.95)


class LoopReliability(BaseModel):
    loop_id: str
    single_rater: float
    source: str  # "measured" or "prior"
    units: int
    threshold: float
    skills: list[SkillForecast]

    @property
    def weak_must_haves(self) -> list[SkillForecast]:
        return [s for s in self.skills if s.below_threshold]


def loop_reliability(db: Database, *, loop: str) -> LoopReliability:
    with db.read() as session:
        loop_id = resolve_loop(session, loop)
        single, source, units = _single_rater(session)
        observations = {
            r.name: (r.priority, int(r.stages))
            for r in session.execute(
                text(
                    "SELECT rs.name, rs.priority, count(ss.stage_id) AS stages FROM role_skill rs "
                    "JOIN loop l ON l.role_id = rs.role_id "
                    "LEFT JOIN stage_skill ss ON ss.role_skill_id = rs.id "
                    "AND ss.stage_id IN (SELECT id FROM stage WHERE loop_id = l.id) "
                    "WHERE l.id = :l GROUP BY rs.id, rs.name, rs.priority"
                ),
                {"l": loop_id},
            )
        }
    return LoopReliability(
        loop_id=loop_id,
        single_rater=single,
        source=source,
        units=units,
        threshold=FORECAST_THRESHOLD,
        skills=forecast_skills(observations, single=single),
    )


def _single_rater(session: Session) -> tuple[float, str, int]:
    """(reliability of one rating, where it came from, units it was measured on)."""
    by_unit: dict[tuple[str, str], list[int]] = {}
    for r in session.execute(
        text(
            "SELECT i.candidate_id, rt.role_skill_id, rt.rating FROM rating rt "
            "JOIN scorecard sc ON sc.id = rt.scorecard_id JOIN interview i ON i.id = sc.interview_id "
            "WHERE sc.status = 'submitted' AND rt.rating IS NOT NULL"
        )
    ):
        by_unit.setdefault((r.candidate_id, r.role_skill_id), []).append(int(r.rating))
    units = [u for u in by_unit.values() if len(u) >= 2]
    alpha = krippendorff_alpha_interval(units) if len(units) >= MIN_UNITS_FOR_ALPHA else None
    if alpha is None:
        return PRIOR_SINGLE_RATER, "prior", len(units)
    low, high = _MEASURED_BOUNDS
    return min(high, max(low, alpha)), "measured", len(units)
