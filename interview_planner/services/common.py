"""Small pieces the services share: row versions, stored times, headings."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.models import utcnow
from interview_planner.errors import ConflictError, NotFoundError

Row = TypeVar("Row")


def bump_version(
    session: Session, model: type[Row], row_id: str, expected_version: int | None, *, what: str, label: str = "name"
) -> Row:
    """Load a versioned row for an edit: refuse a stale edit, then bump the version (optimistic locking).

    The row is read ``FOR UPDATE``: on PostgreSQL a second editor's transaction waits here until the
    first commits and then sees the new version, so two edits of the same version cannot both pass
    the check (SQLite's write transactions are serial already and ignore the clause).
    """
    row: Any = session.get(model, row_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"no {what} {row_id!r}")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            f"{what} {getattr(row, label)!r} was changed elsewhere (now version {row.version}, you edited "
            f"version {expected_version}); reload it and try again"
        )
    row.version += 1
    row.updated_at = utcnow()
    session.add(row)
    return row


def stored_time(value: object) -> datetime | None:
    """A time read back from the database (text or datetime), as an aware UTC datetime."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def loop_heading(session: Session, loop_id: str) -> Any:
    """The loop's name and its role's title (``.loop``, ``.role``)."""
    return session.execute(
        text("SELECT l.name AS loop, r.title AS role FROM loop l JOIN role r ON r.id = l.role_id WHERE l.id = :l"),
        {"l": loop_id},
    ).one()
