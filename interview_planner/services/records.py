"""Pseudonymised decision records: what is kept of a decision after the candidate's data is erased.

When retention erases (or anonymises) a decided candidate, :func:`archive` first writes one
``decision_archive`` row under a random pseudonym that nothing else stores: the loop and role,
the policy with its version, the ratings and recommendations it read (numbers and interviewers,
no evidence, notes, interview times or ids), the computed and final decision, the sign-offs and
the override (free text with the candidate's name and email removed), months instead of dates,
and the day the record itself may go (``keep_until``). The candidate's self-identification moves
with it into ``archived_self_identification``, which only the adverse-impact report reads (and,
in team mode, only the compliance group). ``records export`` gives an auditor the records as CSV
or JSON (docs/privacy.md, docs/formats.md). A record's expiry, which the app checks at every start,
is in :mod:`interview_planner.services.record_expiry`.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import JSON, column, text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import DecisionArchive
from interview_planner.exports import to_csv
from interview_planner.scoring.model import DecisionInput
from interview_planner.services.common import stored_time
from interview_planner.services.decisions import _candidate_row, _decision_input, consolidated
from interview_planner.services.loops import resolve_loop
from interview_planner.services.roles import resolve_role

DEFAULT_KEEP_DAYS = 1461  # four years, the longest record-keeping period of the US state rules on hiring tools
REMOVED = "[candidate]"
ExportFormat = Literal["csv", "json"]


class RecordView(BaseModel):
    pseudonym: str
    role: str
    loop: str
    applied_month: str
    decided_month: str
    policy_version: int
    policy: dict[str, Any]
    computed: str
    final: str
    overridden: bool
    override: dict[str, Any]
    sign_offs: list[dict[str, Any]]
    inputs: DecisionInput
    keep_until: str


def new_pseudonym() -> str:
    """``R-`` and 12 random hex digits: random, so nothing (not even the database's secret) leads back."""
    return "R-" + secrets.token_hex(6)


def archive(session: Session, candidate_id: str, *, decided_at: datetime, keep_days: int) -> str | None:
    """Write the candidate's pseudonymised decision record; None when there is no decision to keep."""
    c = _candidate_row(session, candidate_id)
    data = consolidated(session, candidate_id)
    if data.final_decision == "incomplete":
        return None
    words = _identifiers(c.name, c.email)
    pseudonym = new_pseudonym()
    created = session.execute(text("SELECT created_at FROM candidate WHERE id = :c"), {"c": candidate_id}).scalar()
    session.add(
        DecisionArchive(
            pseudonym=pseudonym,
            role_id=c.role_id,
            loop_id=c.loop_id,
            role=c.role,
            loop=c.loop,
            applied_month=_month(stored_time(created) or decided_at),
            decided_month=_month(decided_at),
            policy_version=data.policy.version,
            policy=data.policy.model_dump(mode="json"),
            inputs=_numbers_only(_decision_input(session, c)),
            computed=data.result.decision,
            final=data.final_decision,
            sign_offs=_sign_offs(session, candidate_id, words),
            override=_override(data, words),
            keep_until=(decided_at.date() + timedelta(days=keep_days)).isoformat(),
        )
    )
    session.flush()
    _move_self_identification(session, candidate_id, pseudonym)
    return pseudonym


def _month(when: datetime) -> str:
    return f"{when:%Y-%m}"


def _numbers_only(data: DecisionInput) -> dict[str, Any]:
    """What the rule read, without words, times or the interviews' ids (which backups or packets could hold)."""
    cards = [
        card.model_copy(
            update={
                "interview_id": f"{n + 1}",
                "scheduled_at": None,
                "submitted_at": None,
                "evidence": {},
                "not_assessed": {},
                "key_takeaways": "",
            }
        )
        for n, card in enumerate(data.scorecards)
    ]
    return data.model_copy(update={"scorecards": cards}).model_dump(mode="json")


def _identifiers(name: str, email: str | None) -> list[str]:
    """The candidate's name, its parts of three letters or more, and email: removed from kept free text."""
    parts = [name, *(p for p in re.split(r"[\s,.'-]+", name) if len(p) >= 3)]
    if email:
        parts += [email, email.split("@")[0]]
    return sorted({p for p in parts if p.strip()}, key=len, reverse=True)


def scrub(value: str, words: list[str]) -> str:
    for word in words:
        value = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", REMOVED, value, flags=re.IGNORECASE)
    return value


def _sign_offs(session: Session, candidate_id: str, words: list[str]) -> list[dict[str, Any]]:
    rows = session.execute(
        text(
            "SELECT signed_by, reason, signed_at, computed, final, policy_version FROM decision_record "
            "WHERE candidate_id = :c ORDER BY signed_at"
        ),
        {"c": candidate_id},
    )
    return [
        {
            "signed_by": r.signed_by,
            "signed_month": _month(stored_time(r.signed_at) or datetime.min),
            "reason": scrub(r.reason, words),
            "computed": r.computed,
            "final": r.final,
            "policy_version": r.policy_version,
        }
        for r in rows
    ]


def _override(data: Any, words: list[str]) -> dict[str, Any]:
    o = data.override
    if o is None:
        return {}
    return {
        "decision": o.decision,
        "computed": o.computed,
        "by": o.by,
        "month": _month(o.at),
        "reason": scrub(o.reason, words),
    }


def _move_self_identification(session: Session, candidate_id: str, pseudonym: str) -> None:
    """Copy the answers to the pseudonym; in team mode through a function with its owner's rights,
    since managers (who run retention) may not read them."""
    params = {"c": candidate_id, "p": pseudonym}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT ilp_archive_self_identification(:c, :p)"), params)
    else:
        session.execute(
            text(
                "INSERT INTO archived_self_identification (pseudonym, category, value) "
                "SELECT :p, category, value FROM self_identification WHERE candidate_id = :c"
            ),
            params,
        )


# --- reading and expiry -------------------------------------------------------------------

_RECORDS_SQL = (
    "SELECT pseudonym, role, loop, applied_month, decided_month, policy_version, policy, inputs, computed, final, "
    "sign_offs, override, keep_until FROM decision_archive"
)
_JSON_COLUMNS = ("policy", "inputs", "sign_offs", "override")


def records(
    db: Database, *, role: str | None = None, loop: str | None = None, since: str | None = None
) -> list[RecordView]:
    """The kept records, oldest decision first (``since``: YYYY-MM, by the month of the decision)."""
    with db.read() as session:
        return read_records(session, role=role, loop=loop, since=since)


def read_records(
    session: Session, *, role: str | None = None, loop: str | None = None, since: str | None = None
) -> list[RecordView]:
    sql, params = _RECORDS_SQL + " WHERE 1 = 1", {}
    if role:
        sql, params["r"] = sql + " AND role_id = :r", resolve_role(session, role)
    if loop:
        sql, params["l"] = sql + " AND loop_id = :l", resolve_loop(session, loop)
    if since:
        sql, params["s"] = sql + " AND decided_month >= :s", since
    typed = text(sql + " ORDER BY decided_month, pseudonym").columns(
        *(column(c, JSON) if c in _JSON_COLUMNS else column(c) for c in _RECORD_COLUMNS)
    )
    return [_view(r) for r in session.execute(typed, params)]


_RECORD_COLUMNS = _RECORDS_SQL.removeprefix("SELECT ").split(" FROM ")[0].split(", ")


def _view(r: Any) -> RecordView:
    data = {c: getattr(r, c) for c in _RECORD_COLUMNS}
    for c in _JSON_COLUMNS:
        if isinstance(data[c], str):
            data[c] = json.loads(data[c])
    return RecordView(**data, overridden=bool(data["override"]))


# --- export ----------------------------------------------------------------------------

CSV_HEADER = (
    "record",
    "role",
    "loop",
    "applied_month",
    "decided_month",
    "policy_version",
    "computed",
    "final",
    "overridden",
    "signed_by",
    "signed_month",
    "keep_until",
    "stage",
    "interviewer",
    "overall",
    "skill",
    "priority",
    "rating",
)


def export(db: Database, *, fmt: ExportFormat, role: str | None = None, loop: str | None = None) -> str:
    """The records for an auditor: JSON (one object per record) or CSV (one row per rating)."""
    rows = records(db, role=role, loop=loop)
    if fmt == "json":
        return json.dumps({"records": [r.model_dump(mode="json") for r in rows]}, indent=2, ensure_ascii=False) + "\n"
    return to_csv(CSV_HEADER, (line for r in rows for line in _csv_lines(r)))


def export_to(db: Database, *, out: Path, fmt: ExportFormat, role: str | None = None, loop: str | None = None) -> Path:
    """Write :func:`export` to ``out`` whole or not at all; CSV with a byte-order mark for spreadsheets."""
    from interview_planner.services.packets import write_atomic

    body = export(db, fmt=fmt, role=role, loop=loop)
    write_atomic(out, body.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return out


def _csv_lines(r: RecordView) -> list[list[object]]:
    last = r.sign_offs[-1] if r.sign_offs else {}
    head = [
        r.pseudonym,
        r.role,
        r.loop,
        r.applied_month,
        r.decided_month,
        r.policy_version,
        r.computed,
        r.final,
        "yes" if r.overridden else "no",
        last.get("signed_by", ""),
        last.get("signed_month", ""),
        r.keep_until,
    ]
    skills = {s.id: s for s in r.inputs.skills}
    lines = [
        [*head, card.stage, card.interviewer, card.overall or "", skills[sid].name, skills[sid].priority, rating or ""]
        for card in r.inputs.scorecards
        for sid, rating in card.ratings.items()
        if sid in skills
    ]
    return lines or [[*head, "", "", "", "", "", ""]]
