"""The PostgreSQL schema runner: models and schema agree, steps are atomic and run once."""

from __future__ import annotations

import threading

import pytest
from pg_support import Server
from schema_checks import assert_tables_match_the_models
from sqlalchemy import Connection, inspect

from interview_planner.db import pg_migrations
from interview_planner.db.database import Database
from interview_planner.db.models import ALL_TABLES
from interview_planner.errors import StorageError

SEARCH_TABLES = {"question_fts", "skill_fts"}


@pytest.fixture
def empty_url(pg_server: Server) -> str:
    return pg_server.create_database("empty")


@pytest.mark.postgres_only
def test_a_new_database_matches_the_models(empty_url: str) -> None:
    db = Database.open(empty_url)
    assert db.migration is not None and (db.migration.before, db.migration.after) == (0, pg_migrations.LATEST)
    inspector = inspect(db.engine)
    model_tables = {t.name for t in ALL_TABLES}
    assert set(inspector.get_table_names()) == model_tables | SEARCH_TABLES | {"schema_version"}
    assert_tables_match_the_models(db.engine, check_types=True)
    db.close()


@pytest.mark.postgres_only
def test_search_columns_have_gin_indexes(empty_url: str) -> None:
    db = Database.open(empty_url)
    with db.engine.connect() as conn:
        found = (
            conn.exec_driver_sql(
                "SELECT tablename FROM pg_indexes WHERE indexdef LIKE '%%USING gin (document)%%' ORDER BY 1"
            )
            .scalars()
            .all()
        )
    assert found == ["question_fts", "skill_fts"]
    db.close()


@pytest.mark.postgres_only
def test_opening_again_changes_nothing(empty_url: str) -> None:
    Database.open(empty_url).close()
    db = Database.open(empty_url)
    assert db.migration is not None and not db.migration.upgraded
    db.close()


@pytest.mark.postgres_only
def test_two_laptops_creating_the_database_at_once_apply_each_step_once(empty_url: str) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Database.open(empty_url).close()
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = Database.open(empty_url)
    with db.engine.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version FROM schema_version ORDER BY version").scalars().all()
    assert versions == [m.version for m in pg_migrations.MIGRATIONS]
    db.close()


@pytest.mark.postgres_only
def test_a_database_from_a_newer_app_is_refused(empty_url: str) -> None:
    db = Database.open(empty_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')")
    db.close()
    with pytest.raises(StorageError, match="newer version") as info:
        Database.open(empty_url)
    assert "***" in str(info.value) and "@" in str(info.value)


@pytest.mark.postgres_only
def test_a_failing_step_leaves_an_empty_database_empty(empty_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(pg_migrations.PgMigration):
        def sql(self) -> str:
            return "CREATE TABLE half_done (id integer); SELECT * FROM no_such_table;"

    steps = (*pg_migrations.MIGRATIONS, Broken(99, "broken", "none.sql"))
    db = Database.open(empty_url, migrate=False)
    with pytest.raises(Exception, match="no_such_table"):
        pg_migrations.migrate(db.engine, label="test", migrations=steps)
    assert inspect(db.engine).get_table_names() == []
    db.close()


def test_both_engines_know_the_same_versions() -> None:
    from interview_planner.db import migrations

    assert [m.version for m in pg_migrations.MIGRATIONS] == [m.version for m in migrations.MIGRATIONS]


def _drop_schema_14(conn: Connection) -> None:
    """Back to schema 13: role skills without what the parser read."""
    conn.exec_driver_sql("DROP INDEX ix_role_skill_source_key")
    conn.exec_driver_sql("ALTER TABLE role_skill DROP COLUMN source_key")
    conn.exec_driver_sql("ALTER TABLE role_skill DROP COLUMN parsed")
    conn.exec_driver_sql("DELETE FROM schema_version WHERE version = 14")


@pytest.mark.postgres_only
def test_a_version_13_database_keeps_its_role_skills_and_imports_read_what_the_parser_read(db_path: str) -> None:
    from interview_planner.services import roles

    db = Database.open(db_path)
    first = roles.import_role(db, text_="# Data Engineer\n\n## Requirements\n- Airflow pipelines in production\n")
    with db.engine.begin() as conn:
        _drop_schema_14(conn)
    db.close()
    db = Database.open(db_path)
    try:
        assert db.migration is not None and (db.migration.before, db.migration.after) == (13, pg_migrations.LATEST)
        again = roles.import_role(
            db, text_="# Data Engineer\n\n## Requirements\n- Airflow pipelines in production\n", on_duplicate="new"
        )
        assert [s.name for s in again.skills] == [s.name for s in first.skills] and again.remembered == 0
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT role_id, parsed IS NULL, source_key FROM role_skill").all()
    finally:
        db.close()
    assert sorted((r[0] == first.role.id, r[1], r[2]) for r in rows) == [
        (False, False, "airflow pipelines in production"),
        (True, True, None),
    ]


@pytest.mark.postgres_only
def test_a_version_12_database_gets_skill_keys_and_keeps_its_skill_filters(db_path: str) -> None:
    from interview_planner.services.fulltext import skill_keys
    from interview_planner.services.search import search_questions

    queries = [("deploy", "ci-cd"), ("kafka", "streaming-messaging"), ("design", "distributed-systems-design")]
    db = Database.open(db_path)
    before = [[q.id for q in search_questions(db, w, skills=[s], limit=1000)] for w, s in queries]
    with db.engine.begin() as conn:  # back to schema 12: search rows without their skills' keys
        _drop_schema_14(conn)
        conn.exec_driver_sql("ALTER TABLE question_fts DROP COLUMN skill_keys")
        conn.exec_driver_sql("DELETE FROM schema_version WHERE version = 13")
    db.close()
    assert all(before)
    db = Database.open(db_path)
    try:
        assert db.migration is not None and (db.migration.before, db.migration.after) == (12, pg_migrations.LATEST)
        assert [[q.id for q in search_questions(db, w, skills=[s], limit=1000)] for w, s in queries] == before
        with db.engine.connect() as conn:
            links: dict[str, list[str]] = {}
            for qid, slug in conn.exec_driver_sql(
                "SELECT qs.question_id, s.slug FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
                "ORDER BY qs.question_id, qs.position"
            ):
                links.setdefault(qid, []).append(slug)
            stored = dict(conn.exec_driver_sql("SELECT question_id, skill_keys FROM question_fts").all())
    finally:
        db.close()
    assert stored and stored == {qid: skill_keys(links.get(qid, [])) for qid in stored}
