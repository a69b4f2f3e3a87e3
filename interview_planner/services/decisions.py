"""The consolidated hire / no-hire scorecard of a candidate, and the hiring manager's override."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, column, text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import DecisionOverride, DecisionRecord, Loop
from interview_planner.db.portable import driver_row, driver_rows, from_json
from interview_planner.errors import ConflictError, InputError, NotFoundError
from interview_planner.scoring.decide import decide
from interview_planner.scoring.explain import Explanation, explain
from interview_planner.scoring.model import (
    DecisionInput,
    DecisionPolicy,
    DecisionResult,
    ScorecardInput,
    SkillInput,
    StageInput,
)
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.common import stored_time
from interview_planner.services.loops import default_core, resolve_loop


class OverrideView(BaseModel):
    decision: str
    computed: str
    reason: str
    by: str
    at: datetime


class CandidateRef(BaseModel):
    id: str
    name: str
    email: str | None
    loop: str
    loop_id: str
    role: str


class SignOffView(BaseModel):
    """The latest human sign-off of the candidate's decision (a stored decision record)."""

    signed_by: str
    reason: str
    signed_at: datetime
    computed: str
    final: str
    policy_version: int
    current: bool  # the decision is still what was signed off (nothing changed since)


class Consolidated(BaseModel):
    candidate: CandidateRef
    result: DecisionResult
    policy: DecisionPolicy
    override: OverrideView | None
    complete: bool
    sign_off: SignOffView | None = None

    @property
    def final_decision(self) -> str:
        return self.override.decision if self.override else self.result.decision

    @property
    def is_final(self) -> bool:
        """A decision is final once a person signed it off and nothing changed since."""
        return self.sign_off is not None and self.sign_off.current

    def as_json(self) -> dict[str, object]:
        r = self.result
        return {
            "candidate": self.candidate.model_dump(mode="json"),
            "decision": r.decision,
            "final_decision": self.final_decision,
            "is_final": self.is_final,
            "sign_off": self.sign_off.model_dump(mode="json") if self.sign_off else None,
            "reasons": [x.message for x in r.reasons],
            "reason_rules": [x.rule for x in r.reasons],
            "flags": [f.message for f in r.flags],
            "flag_codes": [f.code for f in r.flags],
            "skills": [s.model_dump(mode="json") for s in r.skills],
            "overall": [o.model_dump(mode="json") for o in r.overall],
            "overall_mean": r.overall_mean,
            "submitted": r.submitted,
            "expected": r.expected,
            "override": self.override.model_dump(mode="json") if self.override else None,
            "policy": self.policy.model_dump(mode="json"),
        }


def loop_policy(session: Session, loop_id: str) -> DecisionPolicy:
    loop = session.get(Loop, loop_id)
    if loop is None:
        raise NotFoundError(f"no loop {loop_id!r}")
    return DecisionPolicy.model_validate(loop.decision_policy or {})


def set_policy(db: Database, *, loop: str, policy: DecisionPolicy) -> DecisionPolicy:
    with db.write() as session:
        row = session.get(Loop, resolve_loop(session, loop), with_for_update=True)
        assert row is not None
        current = DecisionPolicy.model_validate(row.decision_policy or {})
        if policy.model_dump(exclude={"version"}) != current.model_dump(exclude={"version"}):
            policy = policy.model_copy(update={"version": current.version + 1})  # every change is a new version
        else:
            policy = policy.model_copy(update={"version": current.version})
        row.decision_policy = policy.model_dump(mode="json")
        row.version += 1
        session.add(row)
        return policy


# The candidate with their loop, its role and its policy: one query. The reads of a decision go straight
# through the driver (db.portable.driver_rows), in the session's transaction: SQLAlchemy's handling of each
# statement cost three times the query (benchmarks/README.md, "Decide 300 candidates").
_CANDIDATE_SQL = (
    "SELECT c.id, c.name, c.email, c.loop_id, l.name AS loop, l.role_id, l.decision_policy, r.title AS role "
    "FROM candidate c JOIN loop l ON l.id = c.loop_id JOIN role r ON r.id = l.role_id WHERE c.id = :c"
)


def _candidate_row(session: Session, candidate_id: str) -> Any:
    row = driver_row(session, _CANDIDATE_SQL, {"c": candidate_id})
    if row is None:
        raise NotFoundError(f"no candidate {candidate_id!r}")
    return row


_SKILLS_SQL = "SELECT id, name, priority, core FROM role_skill WHERE role_id = :r ORDER BY position"
_STAGES_SQL = "SELECT id, name FROM stage WHERE loop_id = :l ORDER BY position"


def _decision_input(session: Session, c: Any) -> DecisionInput:
    skills = []
    must_rank = 0
    for r in driver_rows(session, _SKILLS_SQL, {"r": c.role_id}):
        core = bool(r.core) if r.core is not None else default_core(r.priority, must_rank)
        must_rank += r.priority == "must"
        skills.append(SkillInput(id=r.id, name=r.name, priority=r.priority, core=core))
    stages = [StageInput(id=r.id, name=r.name) for r in driver_rows(session, _STAGES_SQL, {"l": c.loop_id})]
    return DecisionInput(skills=skills, stages=stages, scorecards=_scorecards(session, c.id))


def _scorecards(session: Session, candidate_id: str) -> list[ScorecardInput]:
    rows = driver_rows(
        session,
        "SELECT i.id, i.stage_id, s.name AS stage, p.name AS interviewer, i.scheduled_at, sc.id AS card, "
        "sc.status, sc.overall, sc.submitted_at, sc.key_takeaways FROM interview i "
        "JOIN stage s ON s.id = i.stage_id "
        "JOIN interviewer p ON p.id = i.interviewer_id LEFT JOIN scorecard sc ON sc.interview_id = i.id "
        "WHERE i.candidate_id = :c ORDER BY s.position, p.name",
        {"c": candidate_id},
    )
    assessed, stored = _assessed_skills(session, candidate_id), _stored_ratings(session, candidate_id)
    out = []
    for r in rows:
        ratings: dict[str, int | None] = {}
        evidence: dict[str, str] = {}
        not_assessed: dict[str, str] = {}
        submitted = r.status == "submitted"
        if r.card:
            card_ratings = stored.get(r.card, {})
            ratings = {
                sid: card_ratings[sid][0] if sid in card_ratings else None for sid in assessed.get(r.stage_id, [])
            }
            if submitted:  # a draft's words stay its author's until submitted
                evidence = {
                    sid: card_ratings[sid][1] for sid in ratings if sid in card_ratings and card_ratings[sid][1]
                }
                not_assessed = {
                    sid: card_ratings[sid][2] for sid in ratings if sid in card_ratings and card_ratings[sid][2]
                }
        out.append(
            ScorecardInput(
                interview_id=r.id,
                stage_id=r.stage_id,
                stage=r.stage,
                interviewer=r.interviewer,
                submitted=submitted,
                overall=r.overall if submitted else None,
                ratings=ratings,
                evidence=evidence,
                not_assessed=not_assessed,
                key_takeaways=(r.key_takeaways or "") if submitted else "",
                scheduled_at=stored_time(r.scheduled_at),
                submitted_at=stored_time(r.submitted_at),
            )
        )
    return out


def _assessed_skills(session: Session, candidate_id: str) -> dict[str, list[str]]:
    """Role skills each of the candidate's stages assesses (one query for all the stages)."""
    out: dict[str, list[str]] = {}
    for stage_id, skill_id in driver_rows(
        session,
        "SELECT stage_id, role_skill_id FROM stage_skill WHERE stage_id IN "
        "(SELECT stage_id FROM interview WHERE candidate_id = :c) ORDER BY stage_id, role_skill_id",
        {"c": candidate_id},
    ):
        out.setdefault(stage_id, []).append(skill_id)
    return out


def _stored_ratings(session: Session, candidate_id: str) -> dict[str, dict[str, tuple[int | None, str, str]]]:
    """(rating, evidence, not-assessed reason) by scorecard, then role skill, of all the candidate's scorecards."""
    out: dict[str, dict[str, tuple[int | None, str, str]]] = {}
    for card, skill_id, rating, evidence, reason in driver_rows(
        session,
        "SELECT r.scorecard_id, r.role_skill_id, r.rating, r.evidence, r.not_assessed_reason FROM rating r "
        "JOIN scorecard sc ON sc.id = r.scorecard_id JOIN interview i ON i.id = sc.interview_id "
        "WHERE i.candidate_id = :c",
        {"c": candidate_id},
    ):
        out.setdefault(card, {})[skill_id] = (rating, evidence or "", reason or "")
    return out


def consolidate(db: Database, candidate: str) -> Consolidated:
    """The consolidated scorecard of a candidate given by id, id prefix or name."""
    with db.read() as session:
        row = driver_row(session, _CANDIDATE_SQL, {"c": candidate.strip()})  # an id: no resolving query
        return _consolidated(session, row or _candidate_row(session, resolve_candidate(session, candidate)))


def consolidated(session: Session, candidate_id: str) -> Consolidated:
    return _consolidated(session, _candidate_row(session, candidate_id))


def _consolidated(session: Session, c: Any) -> Consolidated:
    """The rule's decision on ``c``'s scorecards (a row of _CANDIDATE_SQL), with the override if any: six queries."""
    policy = DecisionPolicy.model_validate(from_json(c.decision_policy) or {})
    result = decide(_decision_input(session, c), policy)
    ref = CandidateRef(id=c.id, name=c.name, email=c.email, loop=c.loop, loop_id=c.loop_id, role=c.role)
    override = _override(session, c.id)
    return Consolidated(
        candidate=ref,
        result=result,
        policy=policy,
        override=override,
        complete=result.decision != "incomplete",
        sign_off=_sign_off(session, c.id, result.decision, override.decision if override else result.decision),
    )


def _sign_off(session: Session, candidate_id: str, computed: str, final: str) -> SignOffView | None:
    row = driver_row(
        session,
        "SELECT signed_by, reason, signed_at, computed, final, policy_version FROM decision_record "
        "WHERE candidate_id = :c ORDER BY signed_at DESC LIMIT 1",
        {"c": candidate_id},
    )
    if row is None:
        return None
    at = stored_time(row.signed_at)
    assert at is not None  # the column is NOT NULL
    return SignOffView(
        signed_by=row.signed_by,
        reason=row.reason,
        signed_at=at,
        computed=row.computed,
        final=row.final,
        policy_version=row.policy_version,
        current=row.computed == computed and row.final == final,
    )


def sign_off(db: Database, *, candidate: str, by: str, reason: str) -> Consolidated:
    """A person signs the decision off (name, reason, time); the policy and the inputs are stored with it."""
    if not by.strip():
        raise InputError("a sign-off needs the name of the person signing (--by)", field="by")
    if not reason.strip():
        raise InputError("a sign-off needs a written reason (--reason)", field="reason")
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        c = _candidate_row(session, cid)
        current = _consolidated(session, c)
        if current.result.decision == "incomplete":
            raise ConflictError(
                f"{current.candidate.name}'s decision is incomplete ({current.result.submitted} of "
                f"{current.result.expected} scorecards submitted); it cannot be signed off yet"
            )
        session.add(
            DecisionRecord(
                candidate_id=cid,
                policy_version=current.policy.version,
                policy=current.policy.model_dump(mode="json"),
                # what the rule reads: ratings and recommendations, not the interviewers' words
                inputs=_decision_input(session, c).model_dump(
                    mode="json", exclude={"scorecards": {"__all__": {"evidence", "not_assessed", "key_takeaways"}}}
                ),
                computed=current.result.decision,
                final=current.final_decision,
                signed_by=by.strip(),
                reason=reason.strip(),
            )
        )
        session.flush()
        return _consolidated(session, c)


class RecomputeRow(BaseModel):
    candidate: str
    signed_at: datetime
    signed_by: str
    recorded: str  # the computed decision stored at sign-off
    recorded_policy_version: int
    recomputed: str  # what the loop's current policy gives on the same stored inputs
    policy_version: int
    changed: bool
    reasons: list[str]


def recompute(db: Database, *, candidate: str | None = None) -> list[RecomputeRow]:
    """Re-run each loop's current policy on the inputs stored with past sign-offs; what would change."""
    with db.read() as session:
        params: dict[str, Any] = {}
        where = ""
        if candidate:
            params["c"] = resolve_candidate(session, candidate)
            where = "WHERE d.candidate_id = :c "
        rows = session.execute(
            text(
                "SELECT d.candidate_id, c.name, c.loop_id, d.signed_at, d.signed_by, d.computed, d.policy_version, "
                "d.inputs FROM decision_record d JOIN candidate c ON c.id = d.candidate_id " + where + "ORDER BY "
                "c.name, d.signed_at"
            ).columns(
                column("candidate_id"),
                column("name"),
                column("loop_id"),
                column("signed_at"),
                column("signed_by"),
                column("computed"),
                column("policy_version"),
                column("inputs", JSON),
            ),
            params,
        ).all()
        policies = {r.loop_id: loop_policy(session, r.loop_id) for r in rows}
    out = []
    for r in rows:
        policy = policies[r.loop_id]
        result = decide(DecisionInput.model_validate(r.inputs), policy)
        at = stored_time(r.signed_at)
        assert at is not None
        out.append(
            RecomputeRow(
                candidate=r.name,
                signed_at=at,
                signed_by=r.signed_by,
                recorded=r.computed,
                recorded_policy_version=r.policy_version,
                recomputed=result.decision,
                policy_version=policy.version,
                changed=result.decision != r.computed,
                reasons=[x.message for x in result.reasons],
            )
        )
    return out


def explain_candidate(db: Database, candidate: str) -> tuple[Consolidated, Explanation]:
    """The decision with the inputs that decided it and the smallest change that would have flipped it."""
    with db.read() as session:
        c = _candidate_row(session, resolve_candidate(session, candidate))
        data = _consolidated(session, c)
        return data, explain(_decision_input(session, c), data.policy)


def _override(session: Session, candidate_id: str) -> OverrideView | None:
    """The latest override of the rule's decision, if any."""
    row = driver_row(
        session,
        "SELECT decision, computed, reason, by, at FROM decision_override WHERE candidate_id = :c "
        "ORDER BY at DESC LIMIT 1",
        {"c": candidate_id},
    )
    if row is None:
        return None
    at = stored_time(row.at)
    assert at is not None  # the column is NOT NULL
    return OverrideView(decision=row.decision, computed=row.computed, reason=row.reason, by=row.by, at=at)


def record_override(db: Database, *, candidate: str, decision: str, reason: str, by: str = "") -> Consolidated:
    """The hiring manager's decision when it differs from the rule; both are kept and printed."""
    if decision not in ("hire", "no_hire"):
        raise InputError(f"an override is hire or no_hire (got {decision!r})", field="decision")
    if not reason.strip():
        raise InputError("an override needs a written reason", field="reason")
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        current = consolidated(session, cid)
        session.add(
            DecisionOverride(
                candidate_id=cid,
                computed=current.result.decision,
                decision=decision,
                reason=reason.strip(),
                by=by.strip(),
            )
        )
        session.flush()
        return consolidated(session, cid)
