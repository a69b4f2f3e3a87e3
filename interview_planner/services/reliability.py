"""How reliable a loop's ratings of each skill will be, forecast before the interviews.

The single-rater reliability comes from the team's own ratings when there are
enough (Krippendorff's alpha over skills rated in two or more interviews of
the same candidate), else from the documented prior. Each role skill's
forecast is Spearman-Brown over the number of stages that rate it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.engine import BEGIN_MODE
from interview_planner.db.portable import dialect_of
from interview_planner.fairness.reliability import (
    FORECAST_THRESHOLD,
    PRIOR_SINGLE_RATER,
    SkillForecast,
    forecast_skills,
)
from interview_planner.scoring.calibration import MIN_UNITS_FOR_ALPHA
from interview_planner.services.refs import resolve

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
        loop_id = resolve(session, "loop", "name", loop, what="loop")
        single, source, units = single_rater(session)
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


def single_rater(session: Session) -> tuple[float, str, int]:
    """(reliability of one rating, where it came from, units it was measured on).

    A unit is one skill of one candidate rated in two or more interviews. The database sums each
    unit (count, sum, sum of squares), which is all Krippendorff's interval alpha needs.

    Every loop view asks for it (the forecast in the checks), and it reads every submitted rating
    of the database, so it is computed once per change of the database and kept with the
    connection (:func:`_change_key` says when the kept value still holds).
    """
    key = _change_key(session)
    kept: dict[str, Any] = session.connection().connection.info
    if key is not None and kept.get(_KEPT_KEY) == key:
        value: tuple[float, str, int] = kept[_KEPT_VALUE]
        return value
    value = _single_rater(session)
    if key is not None and _change_key(session) == key:  # nothing was committed while it was computed
        kept[_KEPT_KEY], kept[_KEPT_VALUE] = key, value
    return value


_KEPT_KEY, _KEPT_VALUE = "single_rater_key", "single_rater"


def _change_key(session: Session) -> tuple[Any, ...] | None:
    """A value the database changes whenever anything is committed, read on the session's connection;
    None when a kept value must not be used: inside a write transaction (what it has written may still be
    rolled back, and a value computed from it must not outlive it).

    * SQLite: ``PRAGMA data_version`` (moves when another connection commits; inside a transaction it stays
      with the transaction's snapshot) and the connection's ``total_changes`` (moves with every row this
      connection writes, rolled back or not).
    * PostgreSQL: the statement's snapshot (``pg_current_snapshot()``: the same text means exactly the same
      committed transactions are visible), and only while this transaction has written nothing.

    A value is kept only when the key read before and after computing it is the same, so it was computed from
    the data the key names. On PostgreSQL every commit moves the snapshot, draft saves included: under a busy
    team the kept value seldom lasts (see docs/reliability.md)."""
    if session.connection().get_execution_options().get(BEGIN_MODE) == "IMMEDIATE":
        return None  # a write transaction (Database.write)
    if dialect_of(session) == "sqlite":
        driver = session.connection().connection.driver_connection
        version = session.execute(text("PRAGMA data_version")).scalar_one()
        return ("sqlite", version, driver.total_changes)  # type: ignore[union-attr]
    snapshot, wrote = session.execute(
        text("SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned() IS NOT NULL")
    ).one()
    return None if wrote else ("postgresql", snapshot)


def _single_rater(session: Session) -> tuple[float, str, int]:
    units = [
        (int(r.n), int(r.s), int(r.q))
        for r in session.execute(
            text(
                "SELECT count(*) AS n, sum(rt.rating) AS s, sum(rt.rating * rt.rating) AS q FROM rating rt "
                "JOIN scorecard sc ON sc.id = rt.scorecard_id JOIN interview i ON i.id = sc.interview_id "
                "WHERE sc.status = 'submitted' AND rt.rating IS NOT NULL "
                "GROUP BY i.candidate_id, rt.role_skill_id HAVING count(*) >= 2"
            )
        )
    ]
    alpha = alpha_from_sums(units) if len(units) >= MIN_UNITS_FOR_ALPHA else None
    if alpha is None:
        return PRIOR_SINGLE_RATER, "prior", len(units)
    low, high = _MEASURED_BOUNDS
    return min(high, max(low, alpha)), "measured", len(units)


def alpha_from_sums(units: list[tuple[int, int, int]]) -> float | None:
    """:func:`krippendorff_alpha_interval` from each unit's (count, sum, sum of squares)."""
    n = sum(u[0] for u in units)
    if n < 2:
        return None
    observed = sum((2 * c * q - 2 * s * s) / (c - 1) for c, s, q in units) / n
    total, squares = sum(u[1] for u in units), sum(u[2] for u in units)
    expected = (2 * n * squares - 2 * total * total) / (n * (n - 1))
    if expected == 0:
        return 1.0 if observed == 0 else None
    return round(1 - observed / expected, 3)
