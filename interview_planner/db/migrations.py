"""Versioned schema migrations for SQLite (a small ``user_version`` registry).

Why not Alembic: the app ships one schema to laptops, migrations are few and
linear, and the runner must do three things Alembic's batch mode does not do
for us by default:

1. run on its **own connection with foreign keys off**: rebuilding a table
   drops the old one, and with ``foreign_keys=ON`` that drop fires
   ``ON DELETE CASCADE`` and silently empties every child table;
2. apply all pending steps **in one transaction**, check
   ``PRAGMA foreign_key_check`` and ``PRAGMA integrity_check`` before
   committing, and roll everything back otherwise;
3. take a **copy of the file first** (SQLite online backup API).

The version lives in ``PRAGMA user_version``, which is transactional.
A database whose version is newer than this app knows is refused, never
downgraded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from interview_planner.errors import StorageError
from interview_planner.paths import data_file


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _sql_file(name: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        script = data_file(f"migrations/{name}").read_text(encoding="utf-8")
        for statement in split_sql(script):
            conn.execute(statement)

    return apply


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema and search indexes", _sql_file("0001_initial.sql")),
    Migration(2, "team members (logins of a shared PostgreSQL database)", _sql_file("0002_team_member.sql")),
    Migration(3, "search: skill filter from a covering index", _sql_file("0003_question_skill_covering_index.sql")),
    Migration(
        4,
        "question artefacts, rubric anchor rule and seniority bars",
        _sql_file("0004_content_artefacts_and_rubric_bars.sql"),
    ),
    Migration(5, "voluntary self-identification, kept apart", _sql_file("0005_self_identification.sql")),
    Migration(
        6,
        "content origin (bundled or user), rubric history, retired and merged skills",
        _sql_file("0006_content_origin_and_history.sql"),
    ),
)
LATEST = MIGRATIONS[-1].version


@dataclass(frozen=True)
class MigrationResult:
    before: int
    after: int
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.after != self.before


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    path: Path | None,
    conn: sqlite3.Connection,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
    backup_dir: Path | None = None,
) -> MigrationResult:
    """Bring the database on ``conn`` up to the last of ``migrations``.

    ``conn`` must be a dedicated connection (not one from the app's pool).
    """
    latest = migrations[-1].version if migrations else 0
    current = schema_version(conn)
    if current > latest:
        raise StorageError(
            f"{path or 'database'}: written by a newer version of Interview Loop Planner "
            f"(schema {current}; this version knows up to {latest}). Upgrade the app to open it."
        )
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return MigrationResult(current, current, None)
    backup = None
    if path is not None and current > 0:
        backup = backup_file(conn, path, backup_dir, label=f"before-v{pending[-1].version}")
    _apply(conn, pending)
    return MigrationResult(current, pending[-1].version, backup)


def _apply(conn: sqlite3.Connection, pending: Sequence[Migration]) -> None:
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys = OFF")  # must be set outside a transaction
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in pending:
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
        _verify(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _verify(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise StorageError(
            f"migration left {len(broken)} broken reference(s), e.g. {table} row {rowid} -> {parent}; "
            "nothing was changed"
        )
    status = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if status != "ok":
        raise StorageError(f"migration failed the integrity check ({status}); nothing was changed")


def backup_file(conn: sqlite3.Connection, path: Path, backup_dir: Path | None = None, *, label: str = "backup") -> Path:
    """Copy the live database with SQLite's online backup API; return the copy's path."""
    folder = backup_dir or path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}.{stamp}.{label}{path.suffix or '.db'}"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def rebuild_table(conn: sqlite3.Connection, table: str, create_sql: str) -> None:
    """Replace ``table`` by ``create_sql`` (same name), keeping the rows of shared columns.

    The SQLite "12-step" table change; callers run inside :func:`migrate`,
    which has foreign keys off and checks them before committing.
    """
    old_cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    indexes = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type='index' AND tbl_name=? AND sql IS NOT NULL", (table,)
        )
    ]
    temp = f"_new_{table}"
    conn.execute(
        create_sql.replace(f'CREATE TABLE "{table}"', f'CREATE TABLE "{temp}"', 1).replace(
            f"CREATE TABLE {table} ", f'CREATE TABLE "{temp}" ', 1
        )
    )
    new_cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{temp}")')}
    shared = ", ".join(f'"{c}"' for c in old_cols if c in new_cols)
    conn.execute(f'INSERT INTO "{temp}" ({shared}) SELECT {shared} FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{table}"')
    for sql in indexes:
        conn.execute(sql)


def split_sql(script: str) -> list[str]:
    """Split a migration script into statements (``;`` at the end of a line ends one)."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") and not current:
            continue
        current.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(current)):
            statements.append("\n".join(current).strip())
            current = []
    tail = "\n".join(current).strip()
    if tail:
        statements.append(tail)
    return statements


def models_ddl(dialect_name: str = "sqlite") -> str:
    """DDL of the current models, the starting point when writing a new migration file."""
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from interview_planner.db import models

    dialect = postgresql.dialect() if dialect_name == "postgresql" else sqlite.dialect()
    out: list[str] = []
    for table in models.ALL_TABLES:
        out.append(str(CreateTable(table).compile(dialect=dialect)).strip() + ";")
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            out.append(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";")
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":  # python -m interview_planner.db.migrations [postgresql] > draft.sql
    import sys

    print(models_ddl(sys.argv[1] if len(sys.argv) > 1 else "sqlite"))
