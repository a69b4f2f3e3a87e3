"""When kept decision records expire: the read (and delete) the app runs each time it opens a database.

Apart from :mod:`interview_planner.services.records` because the start-up duties run it on a worker
thread while the window loads its first page: ``records`` imports the decision, loop and planning code
it needs to *write* a record (about 0.2 s of imports, holding the interpreter lock the window needs),
and none of it is needed to find and delete the records whose period ended.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from interview_planner.db.database import Database


def expired(db: Database, *, today: date) -> list[str]:
    """The pseudonyms of the records whose period ended before ``today``."""
    with db.read() as session:
        rows = session.execute(
            text("SELECT pseudonym FROM decision_archive WHERE keep_until < :d ORDER BY pseudonym"),
            {"d": today.isoformat()},
        )
        return [r.pseudonym for r in rows]


def delete_expired(db: Database, *, today: date) -> list[str]:
    """Delete the records whose period ended before ``today`` (their self-identification goes with them)."""
    due = expired(db, today=today)
    if due:
        with db.write() as session:
            session.execute(text("DELETE FROM decision_archive WHERE keep_until < :d"), {"d": today.isoformat()})
    return due
