"""Self-identification and the adverse-impact report (docs/fairness.md).

Self-identification is voluntary, kept in its own table and read only here.
Nothing in planning, scoring, packets, kits or exports reads that table, and
the decision rule never sees it: the report describes outcomes after the
fact, it does not change them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.errors import InputError
from interview_planner.fairness.impact import DEFAULT_MIN_CELL, GroupCount, StepImpact, step_impact
from interview_planner.scoring.model import RECOMMENDATION_VALUE, DecisionPolicy
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.decisions import consolidated
from interview_planner.services.loops import resolve_loop
from interview_planner.services.privacy import ANONYMISED
from interview_planner.services.records import RecordView, read_records
from interview_planner.services.roles import resolve_role

PREFER_NOT_TO_SAY = "Prefer not to say"
NOT_STATED = "Not stated"
FINAL_STEP = "Final decision"
META_KEY = "self_id_categories"
# The EEO-1 component 1 categories; a team may configure others (set_categories).
DEFAULT_CATEGORIES: dict[str, list[str]] = {
    "race_ethnicity": [
        "Hispanic or Latino",
        "White",
        "Black or African American",
        "Native Hawaiian or Other Pacific Islander",
        "Asian",
        "American Indian or Alaska Native",
        "Two or More Races",
    ],
    "sex": ["Female", "Male"],
}


def categories(db: Database) -> dict[str, list[str]]:
    """The categories and their values (each also accepts "Prefer not to say")."""
    with db.read() as session:
        return _categories(session)


def _categories(session: Session) -> dict[str, list[str]]:
    row = session.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": META_KEY}).first()
    return json.loads(row.value) if row else dict(DEFAULT_CATEGORIES)


def set_categories(db: Database, *, values: dict[str, list[str]]) -> dict[str, list[str]]:
    """Replace the configured categories (existing answers outside them are kept but reported as not stated)."""
    if not values or any(not k.strip() or not v for k, v in values.items()):
        raise InputError("every category needs a name and at least one value", field="categories")
    with db.write() as session:
        session.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": META_KEY})
        session.execute(
            text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"),
            {"k": META_KEY, "v": json.dumps(values, ensure_ascii=False)},
        )
    return values


def record_self_id(db: Database, *, candidate: str, values: dict[str, str | None]) -> dict[str, str]:
    """Store (or with None/"" clear) a candidate's answers, one transaction; returns what is stored."""
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        known = _categories(session)
        for category, value in values.items():
            _check_answer(known, category, value)
            session.execute(
                text("DELETE FROM self_identification WHERE candidate_id = :c AND category = :k"),
                {"c": cid, "k": category},
            )
            if value:
                session.execute(
                    text(
                        "INSERT INTO self_identification (candidate_id, category, value, recorded_at) "
                        "VALUES (:c, :k, :v, CURRENT_TIMESTAMP)"
                    ),
                    {"c": cid, "k": category, "v": value},
                )
        return _answers(session, cid)


def _check_answer(known: dict[str, list[str]], category: str, value: str | None) -> None:
    if category not in known:
        raise InputError(f"unknown self-identification category {category!r} (known: {', '.join(known)})")
    if value and value not in (*known[category], PREFER_NOT_TO_SAY):
        raise InputError(f"{value!r} is not a value of {category!r} (values: {', '.join(known[category])})")


def self_id(db: Database, *, candidate: str) -> dict[str, str]:
    with db.read() as session:
        return _answers(session, resolve_candidate(session, candidate))


def _answers(session: Session, cid: str) -> dict[str, str]:
    rows = session.execute(text("SELECT category, value FROM self_identification WHERE candidate_id = :c"), {"c": cid})
    return {r.category: r.value for r in rows}


# --- the report -------------------------------------------------------------------------


class FairnessReport(BaseModel):
    categories: list[str]
    scope: str
    candidates: int
    not_stated: int
    from_records: int = 0  # of the candidates, decisions kept as pseudonymised records after retention
    min_cell: int
    steps: list[StepImpact]
    notes: list[str]


def report(
    db: Database,
    *,
    category: list[str],
    role: str | None = None,
    loop: str | None = None,
    since: datetime | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> FairnessReport:
    """Selection rate per group at every stage and at the final decision (several categories: intersections)."""
    with db.read() as session:
        known = _categories(session)
        for c in category:
            if c not in known:
                raise InputError(f"unknown self-identification category {c!r} (known: {', '.join(known)})")
        people = _candidates(session, role=role, loop=loop, since=since)
        kept = {r.pseudonym: r for r in read_records(session, role=role, loop=loop)}
        kept = {p: r for p, r in kept.items() if not since or r.applied_month >= f"{since:%Y-%m}"}
        groups = _groups(session, people, category) | _archived_groups(session, kept, category)
        steps = _merge(
            [*_stage_outcomes(session, people), _final_outcomes(session, people)],
            [*_archived_stage_outcomes(kept), (FINAL_STEP, {p: r.final == "hire" for p, r in kept.items()})],
        )
        people |= {p: {} for p in kept}
    stated = {cid: g for cid, g in groups.items() if g != NOT_STATED}
    impacts = [step_impact(name, _counts(outcome, stated), min_cell=min_cell) for name, outcome in steps]
    return FairnessReport(
        categories=category,
        scope=_scope(role, loop, since),
        candidates=len(people),
        not_stated=len(people) - len(stated),
        from_records=len(kept),
        min_cell=min_cell,
        steps=impacts,
        notes=_notes(len(people) - len(stated)),
    )


def _candidates(
    session: Session, *, role: str | None, loop: str | None, since: datetime | None
) -> dict[str, dict[str, Any]]:
    # An anonymised candidate's decision is counted from its pseudonymised record (services/records.py).
    sql = (
        "SELECT c.id, c.loop_id, l.decision_policy FROM candidate c JOIN loop l ON l.id = c.loop_id "
        "WHERE c.name NOT LIKE :anon"
    )
    params: dict[str, Any] = {"anon": ANONYMISED + "%"}
    if role:
        sql, params["r"] = sql + " AND l.role_id = :r", resolve_role(session, role)
    if loop:
        sql, params["l"] = sql + " AND c.loop_id = :l", resolve_loop(session, loop)
    if since:
        sql, params["s"] = sql + " AND c.created_at >= :s", since
    rows = session.execute(text(sql), params)
    return {r.id: {"loop_id": r.loop_id, "policy": _policy(r.decision_policy)} for r in rows}


def _policy(raw: Any) -> DecisionPolicy:
    data = json.loads(raw) if isinstance(raw, str) else raw
    return DecisionPolicy.model_validate(data or {})


def _groups(session: Session, people: dict[str, Any], category: list[str]) -> dict[str, str]:
    answers: dict[str, dict[str, str]] = defaultdict(dict)
    for r in session.execute(text("SELECT candidate_id, category, value FROM self_identification")):
        if r.candidate_id in people:
            answers[r.candidate_id][r.category] = r.value
    return _group_names(people, answers, category)


def _archived_groups(session: Session, kept: dict[str, RecordView], category: list[str]) -> dict[str, str]:
    """The groups of pseudonymised records: joined by pseudonym only, never to a named row."""
    answers: dict[str, dict[str, str]] = defaultdict(dict)
    for r in session.execute(text("SELECT pseudonym, category, value FROM archived_self_identification")):
        if r.pseudonym in kept:
            answers[r.pseudonym][r.category] = r.value
    return _group_names(kept, answers, category)


def _group_names(people: Any, answers: dict[str, dict[str, str]], category: list[str]) -> dict[str, str]:
    out = {}
    for cid in people:
        parts = [answers[cid].get(c) for c in category]
        stated = all(p and p != PREFER_NOT_TO_SAY for p in parts)
        out[cid] = " × ".join(p for p in parts if p) if stated else NOT_STATED
    return out


Outcome = dict[str, bool]  # candidate id -> passed, for candidates who went through the step


def _stage_outcomes(session: Session, people: dict[str, dict[str, Any]]) -> list[tuple[str, Outcome]]:
    rows = session.execute(
        text(
            "SELECT i.candidate_id, st.name AS stage, st.position, sc.overall FROM scorecard sc "
            "JOIN interview i ON i.id = sc.interview_id JOIN stage st ON st.id = i.stage_id "
            "WHERE sc.status = 'submitted' AND sc.overall IS NOT NULL"
        )
    )
    marks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    order: dict[str, int] = {}
    for r in rows:
        if r.candidate_id in people and r.overall in RECOMMENDATION_VALUE:
            marks[r.stage][r.candidate_id].append(RECOMMENDATION_VALUE[r.overall])
            order[r.stage] = min(order.get(r.stage, r.position), r.position)
    return [
        (
            stage,
            {cid: sum(v) / len(v) >= people[cid]["policy"].overall_mean_min for cid, v in marks[stage].items()},
        )
        for stage in sorted(marks, key=lambda s: (order[s], s))
    ]


def _archived_stage_outcomes(kept: dict[str, RecordView]) -> list[tuple[str, Outcome]]:
    """Each stage's pass or fail from the recommendations kept in the records (the rule of _stage_outcomes)."""
    marks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    bars = {p: DecisionPolicy.model_validate(r.policy).overall_mean_min for p, r in kept.items()}
    for pseudonym, r in kept.items():
        for card in r.inputs.scorecards:
            if card.submitted and card.overall in RECOMMENDATION_VALUE:
                marks[card.stage][pseudonym].append(RECOMMENDATION_VALUE[card.overall])
    return [(stage, {p: sum(v) / len(v) >= bars[p] for p, v in by.items()}) for stage, by in marks.items()]


def _merge(live: list[tuple[str, Outcome]], kept: list[tuple[str, Outcome]]) -> list[tuple[str, Outcome]]:
    """The steps of both, by name: live stages in their order, then stages only records still have."""
    out = {name: dict(outcome) for name, outcome in live}
    for name, outcome in kept:
        out.setdefault(name, {}).update(outcome)
    final = out.pop(FINAL_STEP)
    return [*out.items(), (FINAL_STEP, final)]


def _final_outcomes(session: Session, people: dict[str, dict[str, Any]]) -> tuple[str, Outcome]:
    outcome: Outcome = {}
    for cid in people:
        result = consolidated(session, cid)
        final = result.override.decision if result.override else result.result.decision
        if final != "incomplete":
            outcome[cid] = final == "hire"
    return FINAL_STEP, outcome


def _counts(outcome: Outcome, groups: dict[str, str]) -> list[GroupCount]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cid, passed in outcome.items():
        if cid in groups:
            tally[groups[cid]][0] += 1
            tally[groups[cid]][1] += int(passed)
    return [GroupCount(group=g, candidates=n, selected=s) for g, (n, s) in tally.items()]


def _scope(role: str | None, loop: str | None, since: datetime | None) -> str:
    parts = [f"role {role}" if role else "", f"loop {loop}" if loop else "", f"since {since:%Y-%m-%d}" if since else ""]
    return ", ".join(p for p in parts if p) or "all candidates"


def _notes(not_stated: int) -> list[str]:
    notes = [
        "Passed a stage: the mean overall recommendation of its submitted scorecards (Strong no = 1 … "
        "Strong yes = 4) reaches the loop's overall bar. Passed the final step: the final decision is hire.",
        "Advisory only: these figures never feed the decision rule. A flag asks for a look at the stage, "
        "its questions and its interviewers; it is not a finding of discrimination.",
    ]
    if not_stated:
        notes.append(f"{not_stated} candidate(s) did not state every category asked for and are not counted.")
    return notes
