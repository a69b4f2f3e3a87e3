"""Find records by what people type: an id, an id prefix, or a unique name."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.errors import NotFoundError


def resolve(
    session: Session, table: str, label_column: str, ref: str, *, what: str, where: str = "", params: dict | None = None
) -> str:
    """The id of the row whose id, id prefix (≥ 6 chars) or label (case-insensitive) is ``ref``."""
    ref = ref.strip()
    extra = f" AND {where}" if where else ""
    args = {"ref": ref, "low": ref.lower(), "prefix": ref.lower() + "%", **(params or {})}
    row = session.execute(text(f"SELECT id FROM {table} WHERE id = :ref{extra}"), args).first()
    if row:
        return str(row.id)
    rows = session.execute(text(f"SELECT id FROM {table} WHERE lower({label_column}) = :low{extra}"), args).all()
    if not rows and len(ref) >= 6:
        rows = session.execute(text(f"SELECT id FROM {table} WHERE id LIKE :prefix{extra}"), args).all()
    if len(rows) == 1:
        return str(rows[0].id)
    if not rows:
        raise NotFoundError(f"no {what} {ref!r}")
    raise NotFoundError(f"{len(rows)} {what}s match {ref!r}; use the id instead")
