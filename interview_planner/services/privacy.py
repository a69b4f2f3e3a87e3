"""Erasure and retention of candidates' personal data (docs/privacy.md).

``erase`` removes a candidate with their interviews, scorecards, ratings,
notes, amendments and decision overrides in one transaction. The database
runs with ``PRAGMA secure_delete`` so the deleted bytes are overwritten in
the file, not merely unlinked. Backups would still hold the data, so erasure
also rewrites every backup file beside the database the same way.

Retention: candidates whose loop was decided (every scorecard submitted, or
an override recorded) more than N days ago are erased or anonymised. The
rule runs when the app starts and from ``candidate retention``; a dry run
lists what it would do.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.common import stored_time

Action = Literal["erase", "anonymise"]

# Child rows first; every statement takes :c (the candidate id).
ERASE_STATEMENTS = (
    "DELETE FROM self_identification WHERE candidate_id = :c",
    "DELETE FROM scorecard_amendment WHERE scorecard_id IN (SELECT s.id FROM scorecard s JOIN interview i ON "
    "i.id = s.interview_id WHERE i.candidate_id = :c)",
    "DELETE FROM rating WHERE scorecard_id IN (SELECT s.id FROM scorecard s JOIN interview i ON i.id = "
    "s.interview_id WHERE i.candidate_id = :c)",
    "DELETE FROM scorecard WHERE interview_id IN (SELECT id FROM interview WHERE candidate_id = :c)",
    "DELETE FROM interview WHERE candidate_id = :c",
    "DELETE FROM decision_override WHERE candidate_id = :c",
    "DELETE FROM candidate WHERE id = :c",
)


class ErasureReport(BaseModel):
    candidate_id: str
    name: str
    rows: int
    backups_rewritten: list[str]


class RetentionItem(BaseModel):
    candidate_id: str
    name: str
    decided_at: datetime
    action: Action


def erase_candidate(db: Database, *, candidate: str) -> ErasureReport:
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        name = session.execute(text("SELECT name FROM candidate WHERE id = :c"), {"c": cid}).scalar_one()
        rows = _erase(session, cid)
    rewritten = _erase_from_backups(db, cid)
    _checkpoint(db)
    return ErasureReport(candidate_id=cid, name=name, rows=rows, backups_rewritten=[str(p) for p in rewritten])


def _erase(session: Session, candidate_id: str) -> int:
    total = 0
    for sql in ERASE_STATEMENTS:
        result: Any = session.execute(text(sql), {"c": candidate_id})
        total += int(result.rowcount or 0)
    return total


def _erase_from_backups(db: Database, candidate_id: str) -> list[Path]:
    if db.path is None:
        return []
    folder = db.path.parent / "backups"
    done = []
    for backup in sorted(folder.glob("*")) if folder.is_dir() else []:
        if _erase_in_file(backup, candidate_id):
            done.append(backup)
    return done


def _erase_in_file(path: Path, candidate_id: str) -> bool:
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA secure_delete = ON")
        if not conn.execute("SELECT 1 FROM candidate WHERE id = ?", (candidate_id,)).fetchone():
            return False
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        with conn:
            for sql in ERASE_STATEMENTS:
                if sql.split()[2] in tables:  # a backup of an older schema lacks the newer tables
                    conn.execute(sql.replace(":c", "?"), (candidate_id,))
        conn.execute("VACUUM")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _checkpoint(db: Database) -> None:
    """Fold the WAL into the main file so the erased pages do not linger in the -wal file."""
    if db.path is None:
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def anonymise_candidate(db: Database, *, candidate: str) -> str:
    """Keep the ratings for calibration but remove who the person was and every free-text note."""
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        label = f"Anonymised candidate {cid[:8]}"
        session.execute(text("UPDATE candidate SET name = :n, email = NULL WHERE id = :c"), {"n": label, "c": cid})
        session.execute(
            text(
                "UPDATE rating SET evidence = '' WHERE scorecard_id IN (SELECT s.id FROM scorecard s "
                "JOIN interview i ON i.id = s.interview_id WHERE i.candidate_id = :c)"
            ),
            {"c": cid},
        )
        session.execute(
            text(
                "UPDATE scorecard SET key_takeaways = '', private_notes = '' WHERE interview_id IN "
                "(SELECT id FROM interview WHERE candidate_id = :c)"
            ),
            {"c": cid},
        )
        session.execute(
            text(
                "DELETE FROM scorecard_amendment WHERE scorecard_id IN (SELECT s.id FROM scorecard s "
                "JOIN interview i ON i.id = s.interview_id WHERE i.candidate_id = :c)"
            ),
            {"c": cid},
        )
        session.execute(
            text("UPDATE decision_override SET reason = '(removed)', by = '' WHERE candidate_id = :c"), {"c": cid}
        )
        session.execute(text("DELETE FROM self_identification WHERE candidate_id = :c"), {"c": cid})
    _erase_from_backups(db, cid)
    _checkpoint(db)
    return label


def decided_candidates(db: Database) -> list[tuple[str, str, datetime]]:
    """(id, name, decided at) of candidates with a decision: all scorecards submitted, or an override."""
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT c.id, c.name, (SELECT max(o.at) FROM decision_override o WHERE o.candidate_id = c.id) "
                "AS overridden, ("
                "  SELECT max(s.submitted_at) FROM scorecard s JOIN interview i ON i.id = s.interview_id "
                "  WHERE i.candidate_id = c.id AND NOT EXISTS (SELECT 1 FROM interview j LEFT JOIN scorecard t "
                "  ON t.interview_id = j.id WHERE j.candidate_id = c.id AND (t.status IS NULL OR t.status != "
                "'submitted'))"
                ") AS submitted FROM candidate c WHERE c.name NOT LIKE 'Anonymised candidate %'"
            )
        ).all()
    out = []
    for r in rows:
        times = [t for t in (stored_time(r.overridden), stored_time(r.submitted)) if t is not None]
        if times:
            out.append((r.id, r.name, max(times)))
    return out


def retention_due(db: Database, *, days: int, action: Action, now: datetime | None = None) -> list[RetentionItem]:
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    return [
        RetentionItem(candidate_id=cid, name=name, decided_at=when, action=action)
        for cid, name, when in decided_candidates(db)
        if when < cutoff
    ]


def apply_retention(
    db: Database, *, days: int, action: Action, dry_run: bool = True, now: datetime | None = None
) -> list[RetentionItem]:
    due = retention_due(db, days=days, action=action, now=now)
    if not dry_run:
        for item in due:
            if action == "erase":
                erase_candidate(db, candidate=item.candidate_id)
            else:
                anonymise_candidate(db, candidate=item.candidate_id)
    return due
