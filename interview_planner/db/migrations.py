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

import contextlib
import os
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


def _sql_file_with_rebuilds(name: str) -> Callable[[sqlite3.Connection], None]:
    """Like :func:`_sql_file`, but a ``CREATE TABLE`` of an existing table rebuilds it (keeping its rows)."""

    def apply(conn: sqlite3.Connection) -> None:
        script = data_file(f"migrations/{name}").read_text(encoding="utf-8")
        existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        for statement in split_sql(script):
            words = statement.split(None, 3)
            if words[:2] == ["CREATE", "TABLE"] and words[2].strip('"') in existing:
                rebuild_table(conn, words[2].strip('"'), statement)
            else:
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
        "team rules in the database: bounded values, final submitted scorecards, append-only amendments",
        _sql_file_with_rebuilds("0006_team_rules.sql"),
    ),
    Migration(
        7,
        "not-assessed reasons, the secret that seals packets and kits, signed-off decision records",
        _sql_file("0007_scorecard_not_assessed_and_seal.sql"),
    ),
    Migration(
        8, "skill budget: core mark, weight, acknowledged gaps; stage shadows", _sql_file("0008_skill_budget.sql")
    ),
    Migration(
        9,
        "content origin (bundled or user), rubric history, retired and merged skills",
        _sql_file("0009_content_origin_and_history.sql"),
    ),
    Migration(
        10,
        "search rows keyed by their question's rowid (a linear health check)",
        _sql_file("0010_search_rows_keyed_by_question_rowid.sql"),
    ),
    Migration(
        11,
        "pseudonymised decision records kept after retention erases a candidate",
        _sql_file("0011_decision_archive.sql"),
    ),
    Migration(
        12,
        "amendment values recorded by the database; a not-assessed reason is final once submitted",
        _sql_file("0012_amendment_values_from_the_database.sql"),
    ),
    Migration(
        13,
        "search rows carry their question's skill keys (the skill filter inside the full-text index)",
        _sql_file("0013_search_rows_carry_skill_keys.sql"),
    ),
    Migration(14, "role skills keep what the parser read in their line", _sql_file("0014_role_skill_parsed.sql")),
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
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk, an I/O error)
            conn.execute("ROLLBACK")
        raise
    finally:
        with contextlib.suppress(sqlite3.Error):
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
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{folder}: cannot create the backups folder ({exc.strerror}); make it writable") from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return write_copy(conn, folder / f"{path.stem}.{stamp}.{label}{path.suffix or '.db'}")


PARTIAL = ".partial"


def partial_name(target: Path) -> Path:
    """Where a copy is written until it is complete and checked (hidden; never listed as a backup)."""
    return target.with_name(f".{target.name}{PARTIAL}")


def write_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database on ``conn`` at ``target``, or nothing at all.

    The copy (online backup API) goes to a hidden temporary name, passes ``quick_check``,
    becomes a single self-contained file (rollback journal, no -wal beside it), is synced and
    only then renamed to ``target``. A kill or a full disk leaves no half-written backup.
    """
    temp = partial_name(target)
    remove_database_files(temp)
    try:
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            status = dest.execute("PRAGMA quick_check").fetchone()[0]
            if status != "ok":
                raise StorageError(f"{target}: the copy failed its check ({status}); nothing was written")
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(temp, target)
        _sync_folder(target.parent)
    except sqlite3.Error as exc:
        from interview_planner.db.database import sqlite_problem  # (database imports this module)

        problem = sqlite_problem(None, str(exc)) or str(exc)
        raise StorageError(f"{target}: cannot write the copy ({problem}); nothing was written") from None
    except OSError as exc:
        raise StorageError(f"{target}: cannot write the copy ({exc.strerror}); nothing was written") from None
    finally:
        remove_database_files(temp)
    return target


def remove_database_files(path: Path) -> None:
    """Delete a database file *that no connection uses* with its journal, -wal and -shm."""
    for name in (path.name, f"{path.name}-journal", f"{path.name}-wal", f"{path.name}-shm"):
        path.with_name(name).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def rebuild_table(conn: sqlite3.Connection, table: str, create_sql: str) -> None:
    """Replace ``table`` by ``create_sql`` (same name), keeping the rows of shared columns.

    The SQLite "12-step" table change; callers run inside :func:`migrate`,
    which has foreign keys off and checks them before committing.
    """
    old_cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    # the table's indexes and triggers go with it: recreate them (the new table must keep the columns they use)
    indexes = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name=? AND sql IS NOT NULL "
            "ORDER BY type = 'trigger'",
            (table,),
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
    # legacy rename: other tables' triggers naming the dropped table must not be re-checked mid-rebuild
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{table}"')
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
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
