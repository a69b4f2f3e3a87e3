"""Versioned schema migrations for PostgreSQL (team mode).

The same versions as the SQLite runner in :mod:`interview_planner.db.migrations`,
each with its own SQL file under ``data/migrations/postgresql/``. The applied
version is a row in ``schema_version``. Pending steps run in one transaction
(PostgreSQL DDL is transactional) under an advisory lock, so two laptops that
open a new database at the same moment do not both create it. A database newer
than this app is refused, never downgraded.

Opening a database that is up to date only reads ``schema_version``, so
interviewers whose roles may not create tables can open it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from interview_planner.db.migrations import MigrationResult
from interview_planner.errors import StorageError
from interview_planner.paths import data_file

# Any constant works as long as every copy of the app uses the same one.
LOCK_KEY = 0x1_1F_2024


@dataclass(frozen=True)
class PgMigration:
    version: int
    description: str
    file: str

    def sql(self) -> str:
        return data_file(f"migrations/postgresql/{self.file}").read_text(encoding="utf-8")


# The same versions as the SQLite registry: a version number means the same tables and columns on both.
MIGRATIONS: tuple[PgMigration, ...] = (
    PgMigration(1, "initial schema and search indexes", "0001_initial.sql"),
    PgMigration(2, "team members (logins of a shared PostgreSQL database)", "0002_team_member.sql"),
    PgMigration(3, "search: skill filter from a covering index", "0003_question_skill_covering_index.sql"),
    PgMigration(
        4, "question artefacts, rubric anchor rule and seniority bars", "0004_content_artefacts_and_rubric_bars.sql"
    ),
    PgMigration(5, "voluntary self-identification, kept apart", "0005_self_identification.sql"),
    PgMigration(
        6,
        "team rules in the database: bounded values, final submitted scorecards, append-only amendments",
        "0006_team_rules.sql",
    ),
    PgMigration(
        7,
        "not-assessed reasons, the secret that seals packets and kits, signed-off decision records",
        "0007_scorecard_not_assessed_and_seal.sql",
    ),
    PgMigration(8, "skill budget: core mark, weight, acknowledged gaps; stage shadows", "0008_skill_budget.sql"),
    PgMigration(
        9,
        "content origin (bundled or user), rubric history, retired and merged skills",
        "0009_content_origin_and_history.sql",
    ),
    PgMigration(
        10,
        "search rows keyed by their question's rowid (a linear health check)",
        "0010_search_rows_keyed_by_question_rowid.sql",
    ),
    PgMigration(
        11, "pseudonymised decision records kept after retention erases a candidate", "0011_decision_archive.sql"
    ),
    PgMigration(
        12,
        "amendment values recorded by the database; a not-assessed reason is final once submitted",
        "0012_amendment_values_from_the_database.sql",
    ),
    PgMigration(
        13,
        "search rows carry their question's skill keys (the skill filter inside the full-text index)",
        "0013_search_rows_carry_skill_keys.sql",
    ),
    PgMigration(14, "role skills keep what the parser read in their line", "0014_role_skill_parsed.sql"),
)
LATEST = MIGRATIONS[-1].version

_CREATE_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, "
    "applied_at timestamptz NOT NULL DEFAULT now())"
)


def current_version(conn: Connection) -> int:
    exists = conn.exec_driver_sql("SELECT to_regclass('schema_version') IS NOT NULL").scalar()
    if not exists:
        return 0
    return int(conn.exec_driver_sql("SELECT coalesce(max(version), 0) FROM schema_version").scalar() or 0)


def migrate(engine: Engine, *, label: str, migrations: Sequence[PgMigration] = MIGRATIONS) -> MigrationResult:
    """Bring the database up to the last of ``migrations`` (one transaction)."""
    latest = migrations[-1].version if migrations else 0
    with engine.connect() as conn:
        with conn.begin():
            current = current_version(conn)
        _refuse_newer(label, current, latest)
        if current == latest:
            return MigrationResult(current, current, None)
        try:
            _apply(conn, label, migrations, latest)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42501":
                raise
            raise StorageError(
                f"{label}: the database needs upgrading to schema {latest} (it is at {current}), and your login "
                "may not change it; the database owner must open it once with this version"
            ) from None
        return MigrationResult(current, latest, None)


def _apply(conn: Connection, label: str, migrations: Sequence[PgMigration], latest: int) -> None:
    """Every pending step in one transaction, under the advisory lock."""
    with conn.begin():
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
        conn.exec_driver_sql(_CREATE_VERSION_TABLE)
        current = current_version(conn)  # someone else may have migrated while we waited
        _refuse_newer(label, current, latest)
        for step in (m for m in migrations if m.version > current):
            _run_script(conn, step.sql())
            conn.exec_driver_sql(
                "INSERT INTO schema_version (version, description) VALUES (%(v)s, %(d)s)",
                {"v": step.version, "d": step.description},
            )


def _refuse_newer(label: str, current: int, latest: int) -> None:
    if current > latest:
        raise StorageError(
            f"{label}: written by a newer version of Interview Loop Planner "
            f"(schema {current}; this version knows up to {latest}). Upgrade the app to open it."
        )


def _run_script(conn: Connection, script: str) -> None:
    # Without parameters psycopg sends the script as one simple query, so a file may hold many statements.
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(script)
    finally:
        cursor.close()
