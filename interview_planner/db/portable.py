"""Small differences between SQLite and PostgreSQL that the services meet in raw SQL.

The services write most SQL once for both engines. Three things differ:

* **driver parameters**: bulk writes go to the driver's ``executemany`` with
  sqlite3's ``:name`` / ``?`` placeholders; psycopg wants ``%(name)s`` / ``%s``;
* **JSON columns** read by raw SQL come back as text from SQLite and already
  decoded from PostgreSQL;
* **full-text search**: see :mod:`interview_planner.services.fulltext`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlmodel import Session

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


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
