"""Erasure and retention of candidates' personal data (docs/privacy.md).

``erase`` removes a candidate with their interviews, scorecards, ratings,
notes, amendments and decision overrides in one transaction. The database
runs with ``PRAGMA secure_delete`` so the deleted bytes are overwritten in
the file, not merely unlinked. Backups would still hold the data, so erasure
also rewrites every backup file beside the database the same way.

Retention: candidates whose loop was decided (every scorecard submitted, or
an override recorded) more than N days ago are erased or anonymised. The
rule runs when the app starts and from ``candidate retention``; a dry run
lists what it would do. Before it removes anything, retention keeps the
decision as a pseudonymised record (services/records.py) for its own period.
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
from interview_planner.db.models import ScorecardAmendment
from interview_planner.errors import InputError
from interview_planner.logs import scrub as scrub_log
from interview_planner.services import records
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.common import stored_time

Action = Literal["erase", "anonymise"]
ANONYMISED = "Anonymised candidate "  # the name anonymising gives (and the mark of an anonymised candidate)

# Child rows first; every statement takes :c (the candidate id). Ratings go with their scorecard (a
# submitted scorecard's ratings cannot be deleted on their own: schema 6).
ERASE_STATEMENTS = (
    "DELETE FROM self_identification WHERE candidate_id = :c",  # first: _erase skips it on PostgreSQL
    "DELETE FROM scorecard_amendment WHERE scorecard_id IN (SELECT s.id FROM scorecard s JOIN interview i ON "
    "i.id = s.interview_id WHERE i.candidate_id = :c)",
    "DELETE FROM scorecard WHERE interview_id IN (SELECT id FROM interview WHERE candidate_id = :c)",
    "DELETE FROM interview WHERE candidate_id = :c",
    "DELETE FROM decision_override WHERE candidate_id = :c",
    "DELETE FROM decision_record WHERE candidate_id = :c",
    "DELETE FROM candidate WHERE id = :c",
)


class ErasureReport(BaseModel):
    candidate_id: str
    name: str
    rows: int
    backups_rewritten: list[str]
    # False when another program was reading the database: the erased rows then stay in the -wal
    # file until its next checkpoint (when that program closes or the app next writes).
    wal_cleared: bool = True
    log_lines_removed: int = 0  # older lines of the app's log that named the candidate
    record: str | None = None  # the pseudonym of the decision record kept, if one was


class RetentionItem(BaseModel):
    candidate_id: str
    name: str
    decided_at: datetime
    action: Action
    record: str | None = None  # after --apply: the pseudonymised decision record kept


def erase_candidate(db: Database, *, candidate: str, keep_record_days: int | None = None) -> ErasureReport:
    """Erase everything about a candidate; with ``keep_record_days``, keep their decision pseudonymised that long."""
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        name, email = session.execute(text("SELECT name, email FROM candidate WHERE id = :c"), {"c": cid}).one()
        record = _keep_record(session, cid, keep_record_days)
        rows = _erase(session, cid)
    rewritten = _erase_from_backups(db, cid)
    cleared = _checkpoint(db)
    scrubbed = scrub_log([name, email])
    return ErasureReport(
        candidate_id=cid,
        name=name,
        rows=rows,
        backups_rewritten=[str(p) for p in rewritten],
        wal_cleared=cleared,
        log_lines_removed=scrubbed,
        record=record,
    )


def _keep_record(session: Session, candidate_id: str, keep_days: int | None) -> str | None:
    """The pseudonymised decision record (before the candidate's rows go), unless none is asked or decided."""
    if keep_days is None:
        return None
    decided = _decided(session, candidate_id)
    if not decided:
        return None
    return records.archive(session, candidate_id, decided_at=decided[0][2], keep_days=keep_days)


def _erase(session: Session, candidate_id: str) -> int:
    total = 0
    # In team mode the manager who erases may not touch self-identification (compliance only): on
    # PostgreSQL its rows go by the foreign key's cascade, which runs with the table owner's rights.
    postgres = session.get_bind().dialect.name == "postgresql"
    for sql in ERASE_STATEMENTS[1:] if postgres else ERASE_STATEMENTS:
        result: Any = session.execute(text(sql), {"c": candidate_id})
        total += int(result.rowcount or 0)
    return total


def _erase_from_backups(db: Database, candidate_id: str) -> list[Path]:
    if db.path is None:
        return []
    folder = db.path.parent / "backups"
    done = []
    for backup in sorted(folder.glob("*")) if folder.is_dir() else []:
        if backup.name.endswith(("-wal", "-shm", "-journal")) or backup.name.startswith("."):
            continue  # SQLite's own side files, half-written copies
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


def _checkpoint(db: Database) -> bool:
    """Fold the WAL into the main file and empty it, so the erased pages do not linger in the -wal file.

    Returns False if a reader in another program kept the checkpoint from finishing.
    """
    if db.path is None:
        return True
    with db.engine.connect() as conn:
        busy, log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy and (log == done or log == -1)


def anonymise_candidate(db: Database, *, candidate: str, keep_record_days: int | None = None) -> str:
    """Keep the ratings for calibration but remove who the person was and every free-text note.

    With ``keep_record_days`` the decision is first kept as a pseudonymised record (with the
    self-identification, which anonymising removes from the candidate).
    """
    return _anonymise(db, candidate, keep_record_days)[0]


def _anonymise(db: Database, candidate: str, keep_record_days: int | None) -> tuple[str, str | None]:
    with db.write() as session:
        cid = resolve_candidate(session, candidate)
        record = _keep_record(session, cid, keep_record_days)
        label = f"{ANONYMISED}{cid[:8]}"
        former = session.execute(text("SELECT name, email FROM candidate WHERE id = :c"), {"c": cid}).one()
        session.execute(text("UPDATE candidate SET name = :n, email = NULL WHERE id = :c"), {"n": label, "c": cid})
        # Submitted scorecards change only through an open amendment (schema 6); these are deleted below
        # with every other amendment, since their before/after values hold the notes being removed.
        cards = session.execute(
            text(
                "SELECT s.id FROM scorecard s JOIN interview i ON i.id = s.interview_id "
                "WHERE i.candidate_id = :c AND s.status = 'submitted'"
            ),
            {"c": cid},
        ).scalars()
        for card_id in cards.all():
            session.add(ScorecardAmendment(scorecard_id=card_id, reason="anonymised (privacy)", closed=False))
        session.flush()
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
        session.execute(text("UPDATE decision_record SET reason = '(removed)' WHERE candidate_id = :c"), {"c": cid})
        session.execute(text("DELETE FROM self_identification WHERE candidate_id = :c"), {"c": cid})
    _erase_from_backups(db, cid)
    _checkpoint(db)
    scrub_log([former.name, former.email])
    return label, record


def decided_candidates(db: Database) -> list[tuple[str, str, datetime]]:
    """(id, name, decided at) of candidates with a decision: all scorecards submitted, or an override."""
    with db.read() as session:
        return _decided(session)


def _decided(session: Session, candidate_id: str | None = None) -> list[tuple[str, str, datetime]]:
    rows = session.execute(
        text(
            "SELECT c.id, c.name, (SELECT max(o.at) FROM decision_override o WHERE o.candidate_id = c.id) "
            "AS overridden, ("
            "  SELECT max(s.submitted_at) FROM scorecard s JOIN interview i ON i.id = s.interview_id "
            "  WHERE i.candidate_id = c.id AND NOT EXISTS (SELECT 1 FROM interview j LEFT JOIN scorecard t "
            "  ON t.interview_id = j.id WHERE j.candidate_id = c.id AND (t.status IS NULL OR t.status != "
            "'submitted'))"
            ") AS submitted FROM candidate c WHERE c.name NOT LIKE :anon" + (" AND c.id = :c" if candidate_id else "")
        ),
        {"anon": ANONYMISED + "%", "c": candidate_id},
    ).all()
    out = []
    for r in rows:
        times = [t for t in (stored_time(r.overridden), stored_time(r.submitted)) if t is not None]
        if times:
            out.append((r.id, r.name, max(times)))
    return out


def retention_due(db: Database, *, days: int, action: Action, now: datetime | None = None) -> list[RetentionItem]:
    if isinstance(days, bool) or not 1 <= days <= 36_500:
        raise InputError(f"retention is 1 to 36,500 days (got {days})", field="days")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    return [
        RetentionItem(candidate_id=cid, name=name, decided_at=when, action=action)
        for cid, name, when in decided_candidates(db)
        if when < cutoff
    ]


def apply_retention(
    db: Database,
    *,
    days: int,
    action: Action,
    dry_run: bool = True,
    now: datetime | None = None,
    keep_records_days: int = records.DEFAULT_KEEP_DAYS,
) -> list[RetentionItem]:
    """Erase or anonymise the candidates decided more than ``days`` ago, each keeping a pseudonymised record."""
    due = retention_due(db, days=days, action=action, now=now)
    if not dry_run:
        for item in due:
            if action == "erase":
                report = erase_candidate(db, candidate=item.candidate_id, keep_record_days=keep_records_days)
                item.record = report.record
            else:
                _, item.record = _anonymise(db, item.candidate_id, keep_records_days)
    return due
