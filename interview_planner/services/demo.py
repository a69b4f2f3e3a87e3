"""The sample data ``init --demo`` loads: the seed role, a planned loop, interviewers and candidates.

One candidate (Jordan Rivera) has every scorecard submitted with ratings
chosen so the decision can be checked by hand (see docs/decision.md); a
second (Sam Okafor) is part-way through the loop.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.paths import data_file
from interview_planner.services import candidates, loops, roles, scorecards

DEMO_ROLE = "Lead Member of Technical Staff"
DEMO_LOOP = "LMTS onsite (demo)"
INTERVIEWERS = (
    ("Priya Natarajan", "priya@example.com", ["coding", "bar-raiser"]),
    ("Marcus Chen", "marcus@example.com", ["coding", "system-design"]),
    ("Elena Petrova", "elena@example.com", ["system-design", "architecture-deep-dive"]),
    ("Tomás García", "tomas@example.com", ["architecture-deep-dive", "operations"]),
    ("Aisha Bello", "aisha@example.com", ["operations"]),
    ("Hannah Schmidt", "hannah@example.com", ["behavioural-leadership", "cross-functional"]),
    ("David Kim", "david@example.com", ["hiring-manager", "behavioural-leadership"]),
)
# Jordan's ratings: every skill a stage assesses gets the stage's base rating (by stage position),
# except cost management, rated 2 wherever it is assessed, and programming, rated 4 in the first
# stage that assesses it and 2 in the second (a disagreement). See docs/decision.md.
JORDAN_STAGE_RATING = (3, 4, 3, 3, 3, 4, 3)
JORDAN_OVERALL = ("yes", "strong_yes", "yes", "yes", "yes", "strong_yes", "yes")


def create_demo(db: Database) -> str:
    """Create the demo once (idempotent); return a one-line summary."""
    with db.read() as session:
        if session.execute(text("SELECT 1 FROM loop WHERE name = :n"), {"n": DEMO_LOOP}).first():
            return "already present"
    _ensure_interviewers(db)
    role = roles.import_role(
        db,
        text_=data_file("demo_job_description.txt").read_text(encoding="utf-8"),
        source_name="demo: Lead Member of Technical Staff posting",
    )
    loop = loops.plan(db, role=role.role.id, name=DEMO_LOOP)
    jordan = candidates.add_candidate(db, name="Jordan Rivera", loop=loop.loop.id, email="jordan@example.com")
    _schedule(db, jordan, hours_ago=10)
    _fill_jordan(db, jordan, loop)
    sam = candidates.add_candidate(db, name="Sam Okafor", loop=loop.loop.id, email="sam@example.com")
    _schedule(db, sam, hours_ago=-48)
    return f"role '{role.role.title}', loop '{loop.loop.name}', candidates Jordan Rivera (complete) and Sam Okafor"


def _ensure_interviewers(db: Database) -> None:
    existing = {p.email for p in loops.list_interviewers(db)}
    for name, email, focuses in INTERVIEWERS:
        if email not in existing:
            loops.add_interviewer(db, name=name, email=email, focuses=focuses, weekly_limit=6)


def _schedule(db: Database, person: candidates.CandidateView, *, hours_ago: int) -> None:
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=hours_ago)
    for i, interview in enumerate(person.interviews):
        candidates.schedule_interview(
            db, interview_id=interview.id, at=start + timedelta(hours=i + (1 if i >= 3 else 0))
        )


def _fill_jordan(db: Database, person: candidates.CandidateView, loop: loops.LoopView) -> None:
    stage_pos = {s.id: s.position for s in loop.stages}
    seen_programming = 0
    for interview in person.interviews:
        pos = stage_pos[interview.stage_id]
        view = scorecards.get_scorecard(db, interview.id)
        ratings = {}
        for r in view.ratings:
            ratings[r.skill_id] = JORDAN_STAGE_RATING[pos]
            if "cost management" in r.skill.lower():
                ratings[r.skill_id] = 2
            elif "programming" in r.skill.lower():
                ratings[r.skill_id] = 4 if seen_programming == 0 else 2
                seen_programming += 1
        evidence = {
            r.skill_id: f"Demo evidence for {r.skill.lower()} from the {interview.stage.lower()} interview."
            for r in view.ratings
        }
        patch = scorecards.ScorecardPatch(
            ratings=ratings,
            evidence=evidence,
            overall=JORDAN_OVERALL[pos],
            key_takeaways=f"Demo take-aways from {interview.stage}.",
        )
        scorecards.submit(db, interview_id=interview.id, patch=patch)
