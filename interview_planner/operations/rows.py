"""Rows as data: what an operation removes, kept so its inverse can put the same rows (same ids) back.

:func:`capture` reads rows into a :class:`Rows` (JSON values, ready for an :class:`~.core.Op`);
:func:`restore` inserts them again, parents before children, inside the caller's transaction. A
child whose parent has gone meanwhile (a question deleted from the bank, an interviewer taken out
of the pool, a candidate erased) is left out; the record the inverse is about (``required``)
must come back whole, or nothing does.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import Table, text
from sqlmodel import Session, SQLModel, col, select

from interview_planner.db import models
from interview_planner.errors import ConflictError

TABLES: list[Table] = list(SQLModel.metadata.sorted_tables)  # parents before children
MODELS: dict[str, type[SQLModel]] = {
    str(m.__table__.name): m  # type: ignore[attr-defined]  # table models have a __table__
    for m in vars(models).values()
    if isinstance(m, type) and issubclass(m, SQLModel) and getattr(m, "__table__", None) is not None
}
# What goes with a stage when it is removed. Here rather than in .stages: removing a role removes its
# loops' stages too, and .roles should not import the loop services that .stages is built on.
STAGE_CHILDREN = (
    models.StageSkill,
    models.StageQuestion,
    models.StageInterviewer,
    models.StageShadow,
    models.Interview,
)


class Rows(BaseModel):
    """Rows of several tables: table name -> rows as JSON-ready dicts."""

    tables: dict[str, list[dict[str, Any]]] = {}

    def ids(self, table: str) -> list[str]:
        return [str(r["id"]) for r in self.tables.get(table, [])]


def capture(session: Session, rows: Rows, model: type[SQLModel], column: str, values: list[str]) -> Rows:
    """Add to ``rows`` the rows of ``model`` whose ``column`` is one of ``values``; returns ``rows``."""
    if not values:
        return rows
    name = str(model.__table__.name)  # type: ignore[attr-defined]
    found = session.exec(select(model).where(col(getattr(model, column)).in_(values))).all()
    known = rows.tables.setdefault(name, [])
    seen = {_key(name, r) for r in known}
    known += [d for d in (r.model_dump(mode="json") for r in found) if _key(name, d) not in seen]
    return rows


def restore(session: Session, rows: Rows, *, required: str) -> Rows:
    """Insert ``rows`` again; returns the rows actually restored. ``required`` names the table of the record
    the caller restores: if one of its rows cannot come back, :class:`ConflictError` (and the caller's
    transaction rolls back)."""
    done = Rows()
    for table in TABLES:
        for data in rows.tables.get(table.name, []):
            missing = _missing_parent(session, table, data)
            present = session.get(MODELS[table.name], _primary_key(table, data)) is not None
            if table.name == required and (missing or present):
                what = f"its {missing} no longer exists" if missing else "it exists already"
                raise ConflictError(f"cannot bring the {required.replace('_', ' ')} back: {what}")
            if missing or present:
                continue
            insert(session, table.name, data)
            done.tables.setdefault(table.name, []).append(data)
        session.flush()
    return done


def stage_rows(session: Session, stage_ids: list[str]) -> Rows:
    """The stages' rows and everything that goes with them when they are removed."""
    rows = capture(session, Rows(), models.Stage, "id", stage_ids)
    for model in STAGE_CHILDREN:
        capture(session, rows, model, "stage_id", stage_ids)
    return rows


def insert(session: Session, table: str, data: dict[str, Any]) -> None:
    """One row back (a hook the tests use to inject a failure half-way)."""
    session.add(MODELS[table].model_validate(data))


def _missing_parent(session: Session, table: Table, data: dict[str, Any]) -> str | None:
    for fk in table.foreign_keys:
        value = data.get(fk.parent.name)
        if value is None:
            continue
        parent = fk.column.table.name
        found = session.execute(
            text(f"SELECT 1 FROM {parent} WHERE {fk.column.name} = :v"),  # names come from the models
            {"v": value},
        ).first()
        if found is None:
            return parent.replace("_", " ")
    return None


def _primary_key(table: Table, data: dict[str, Any]) -> Any:
    keys = [data[c.name] for c in table.primary_key.columns]
    return keys[0] if len(keys) == 1 else tuple(keys)


def _key(table: str, data: Any) -> tuple[Any, ...]:
    as_dict = data if isinstance(data, dict) else data.model_dump(mode="json")
    return tuple(as_dict[c.name] for c in next(t for t in TABLES if t.name == table).primary_key.columns)
