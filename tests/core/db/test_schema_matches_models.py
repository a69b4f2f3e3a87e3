"""A new database, built by the migrations of its engine, is exactly the models' schema plus the engine's triggers.

The models (``db/models.py``) are the one description of the tables; the migrations of each engine are
frozen SQL. Here both are compared as the database itself reports them: every column's type,
nullability and default, primary and foreign keys with their ON DELETE, UNIQUE and CHECK constraints,
and indexes, on a database migrated from nothing and on one built straight from the models, on the
engine the suite runs on (``--engine sqlite`` or ``--engine postgresql``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from schema_checks import schema_differences, schema_of, triggers_of
from sqlalchemy import Engine, create_engine, inspect
from sqlmodel import SQLModel

from interview_planner.db.database import Database
from interview_planner.db.models import ALL_TABLES

# The rules the database enforces (docs/architecture.md), by table. The CHECK constraints are declared
# in the models; triggers cannot be, so they are listed here per engine.
CHECKS = {
    "scorecard": {
        "ck_scorecard_status",
        "ck_scorecard_overall",
        "ck_scorecard_submitted_at",
        "ck_scorecard_version",
        "ck_scorecard_text",
    },
    "rating": {"ck_rating_value", "ck_rating_evidence"},
    "scorecard_amendment": {"ck_amendment_reason"},
    "decision_override": {"ck_override_computed", "ck_override_decision", "ck_override_reason"},
}
SQLITE_ONLY_CHECKS = {"scorecard_amendment": {"ck_amendment_closed"}}  # PostgreSQL's boolean is a real one
TRIGGERS = {
    "sqlite": {
        ("scorecard", "ilp_scorecard_final"),
        ("scorecard", "ilp_scorecard_keeps_interview"),
        ("scorecard", "ilp_scorecard_stays_submitted"),
        ("rating", "ilp_rating_assessed_skill"),
        ("rating", "ilp_rating_delete_final"),
        ("rating", "ilp_rating_insert_final"),
        ("rating", "ilp_rating_keys_fixed"),
        ("rating", "ilp_rating_update_final"),
        ("scorecard_amendment", "ilp_amendment_append_only"),
        ("scorecard_amendment", "ilp_amendment_dated_now"),
        ("scorecard_amendment", "ilp_amendment_of_submitted"),
        ("scorecard_amendment", "ilp_amendment_records_before"),
        ("scorecard_amendment", "ilp_amendment_records_after"),
    },
    "postgresql": {
        ("scorecard", "ilp_scorecard_guard"),
        ("rating", "ilp_rating_guard"),
        ("scorecard_amendment", "ilp_amendment_guard"),
        ("scorecard_amendment", "ilp_amendment_closed"),
    },
}
SEARCH_TABLES = {"question_fts", "skill_fts"}


@pytest.fixture
def migrated_and_models(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[Engine, Engine]]:
    """A database migrated from nothing, and one built from the models, on the suite's engine."""
    if engine_name == "postgresql":
        server = request.getfixturevalue("pg_server")
        migrated_target: Path | str = server.create_database("migrated")
        models_url = server.create_database("models")
    else:
        migrated_target = tmp_path / "migrated.db"
        models_url = f"sqlite:///{tmp_path / 'models.db'}"
    db = Database.open(migrated_target)
    models = create_engine(models_url)
    SQLModel.metadata.create_all(models, tables=ALL_TABLES)
    yield db.engine, models
    models.dispose()
    db.close()


def test_a_new_database_is_the_models_column_by_column_and_constraint_by_constraint(
    migrated_and_models: tuple[Engine, Engine],
) -> None:
    migrated, models = migrated_and_models
    assert schema_differences(schema_of(migrated), schema_of(models)) == []


def test_a_new_database_holds_the_models_tables_and_only_search_and_bookkeeping_besides(
    migrated_and_models: tuple[Engine, Engine], engine_name: str
) -> None:
    migrated, _ = migrated_and_models
    names = set(inspect(migrated).get_table_names())
    model_tables = {t.name for t in ALL_TABLES}
    extra = names - model_tables
    assert model_tables <= names
    if engine_name == "postgresql":
        assert extra == SEARCH_TABLES | {"schema_version"}
    else:  # FTS5 keeps its shadow tables beside each search table; the version is PRAGMA user_version
        assert {n for n in extra if not n.startswith(tuple(f"{t}_" for t in SEARCH_TABLES))} == SEARCH_TABLES


def test_the_rules_the_database_enforces_are_all_there(
    migrated_and_models: tuple[Engine, Engine], engine_name: str
) -> None:
    migrated, _ = migrated_and_models
    inspector = inspect(migrated)
    expected = {t: set(names) for t, names in CHECKS.items()}
    if engine_name == "sqlite":
        for table, names in SQLITE_ONLY_CHECKS.items():
            expected[table] |= names
    found = {t.name: {str(c["name"]) for c in inspector.get_check_constraints(t.name)} for t in ALL_TABLES}
    assert {t: names for t, names in found.items() if names} == expected
    assert triggers_of(migrated) == TRIGGERS[engine_name]


def test_the_comparison_sees_a_missing_index_and_on_postgresql_a_new_default_and_a_dropped_check(
    migrated_and_models: tuple[Engine, Engine], engine_name: str
) -> None:
    """The comparison is not blind: a database that lost an index or a rule, or gained a default, differs."""
    migrated, models = migrated_and_models
    with migrated.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_question_kind")
        if engine_name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE role ALTER COLUMN version SET DEFAULT 1")
            conn.exec_driver_sql("ALTER TABLE rating DROP CONSTRAINT ck_rating_evidence")
    found = "\n".join(schema_differences(schema_of(migrated), schema_of(models)))
    assert "question indexes" in found and "ix_question_kind" in found
    if engine_name == "postgresql":
        assert "role.version" in found
        assert "rating checks" in found and "ck_rating_evidence" in found
