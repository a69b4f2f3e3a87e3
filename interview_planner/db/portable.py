"""Small differences between SQLite and PostgreSQL that the services meet in raw SQL.

The services write most SQL once for both engines. Three things differ:

* **driver parameters**: bulk writes go to the driver's ``executemany`` with
  sqlite3's ``:name`` / ``?`` placeholders; psycopg wants ``%(name)s`` / ``%s``;
* **JSON columns** read by raw SQL come back as text from SQLite and already
  decoded from PostgreSQL;
* **full-text search**: see :mod:`interview_planner.services.fulltext`.

:func:`driver_rows` reads through the driver inside the session's own transaction (the same snapshot
and, on PostgreSQL, the same role and row-level security): for reads repeated many times, where
SQLAlchemy's statement and result handling cost three times the query (benchmarks/README.md).
"""

from __future__ import annotations

import json
import re
from collections import namedtuple
from functools import lru_cache
from typing import Any

from sqlmodel import Session

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


@lru_cache(maxsize=256)  # the services' statements are constants: each is translated once
def driver_sql(dialect: str, sql: str) -> str:
    """``sql`` written with sqlite3 placeholders, in the form the dialect's driver expects."""
    if dialect == "sqlite":
        return sql
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%")).replace("?", "%s")


def from_json(value: Any) -> Any:
    """A JSON column's value as read by raw SQL (text on SQLite, decoded on PostgreSQL)."""
    if isinstance(value, str | bytes | bytearray):
        return json.loads(value)
    return value


def driver_rows(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    """The rows of ``sql`` (sqlite3 ``:name`` placeholders), read by the driver in the session's transaction.

    Each row is a named tuple (``row.name``), like a SQLAlchemy row; values are as the driver returns them
    (JSON as text on SQLite: :func:`from_json`; times as text on SQLite: ``services.common.stored_time``).
    """
    dialect = dialect_of(session)
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(driver_sql(dialect, sql), params)
        row_type = _row_type(tuple(column[0] for column in cursor.description))
        return [row_type._make(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def driver_row(session: Session, sql: str, params: dict[str, Any]) -> Any | None:
    """The first row of :func:`driver_rows`, or None when there is none."""
    rows = driver_rows(session, sql, params)
    return rows[0] if rows else None


@lru_cache(maxsize=256)
def _row_type(columns: tuple[str, ...]) -> Any:
    return namedtuple("Row", columns)
