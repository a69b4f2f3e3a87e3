"""Calibration from the database: every submitted rating, by interviewer."""

from __future__ import annotations

from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.scoring.calibration import Calibration, RatingFact, calibrate


def calibration(db: Database) -> Calibration:
    with db.read() as session:
        facts = [
            RatingFact(candidate_id=r.candidate_id, skill_id=r.skill_id, interviewer=r.interviewer, rating=r.rating)
            for r in session.execute(
                text(
                    "SELECT i.candidate_id, ss.role_skill_id AS skill_id, p.name AS interviewer, rt.rating "
                    "FROM scorecard sc JOIN interview i ON i.id = sc.interview_id "
                    "JOIN interviewer p ON p.id = i.interviewer_id "
                    "JOIN stage_skill ss ON ss.stage_id = i.stage_id "
                    "LEFT JOIN rating rt ON rt.scorecard_id = sc.id AND rt.role_skill_id = ss.role_skill_id "
                    "WHERE sc.status = 'submitted'"
                )
            )
        ]
        cards = {
            r.interviewer: r.n
            for r in session.execute(
                text(
                    "SELECT p.name AS interviewer, count(*) AS n FROM scorecard sc JOIN interview i ON i.id = "
                    "sc.interview_id "
                    "JOIN interviewer p ON p.id = i.interviewer_id WHERE sc.status = 'submitted' GROUP BY p.name"
                )
            )
        }
    return calibrate(facts, cards)
