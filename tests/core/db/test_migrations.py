"""Migrations: versioned, backed up, atomic, and they never lose child rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from schema_checks import assert_tables_match_the_models

from interview_planner.db import migrations
from interview_planner.db.database import Database
from interview_planner.db.migrations import LATEST
from interview_planner.errors import StorageError
from interview_planner.paths import data_file
from interview_planner.services import maintenance

# The SQLite user_version runner; the PostgreSQL one is tested in test_pg_migrations.py.
pytestmark = pytest.mark.sqlite_only


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT "
                "LIKE '%fts%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_new_database_is_at_the_latest_version_and_matches_the_models(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "new.db")
    assert_tables_match_the_models(db.engine)
    with db.raw() as conn:
        assert migrations.schema_version(conn) == migrations.LATEST
    db.close()


def test_a_database_from_a_newer_app_is_refused_not_downgraded(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Database.open(path)
    assert path.read_bytes() == before


def test_a_version_1_file_upgrades_to_team_members_with_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as conn:
        migrations.migrate(path, conn, migrations=migrations.MIGRATIONS[:1])
        conn.execute(
            "INSERT INTO interviewer (id, name, skills, focuses, weekly_limit) VALUES ('i1', 'Ann', '[]', '[]', 5)"
        )
    db = Database.open(path, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (1, migrations.LATEST)
    assert db.migration.backup is not None and db.migration.backup.exists()
    with db.raw() as conn:
        assert conn.execute("SELECT name FROM interviewer").fetchall() == [("Ann",)]
        assert conn.execute("SELECT count(*) FROM team_member").fetchone() == (0,)
    db.close()


def test_a_version_2_file_keeps_its_skill_links_and_searches_them_from_the_covering_index(
    tmp_path: Path, demo_db_path: Path
) -> None:
    links_before = _links(demo_db_path)
    copy = tmp_path / "demo-v2.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP INDEX ix_question_skill_skill_question")
        conn.execute("CREATE INDEX ix_question_skill_skill ON question_skill (skill_id)")
        _back_to_schema_5(conn)
        _drop_schema_4_columns(conn)
        conn.execute("PRAGMA user_version = 2")
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (2, LATEST)
    db.close()
    assert _links(copy) == links_before
    with sqlite3.connect(copy) as conn:
        plan = " ".join(
            str(row[3])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT question_id FROM question_fts WHERE question_fts MATCH 'design' "
                "AND question_id IN (SELECT question_id FROM question_skill WHERE skill_id = 'x')"
            )
        )
    assert "COVERING INDEX ix_question_skill_skill_question" in plan, plan


def test_a_version_3_file_gains_artefacts_and_rubric_bars_and_keeps_its_content(
    tmp_path: Path, demo_db_path: Path
) -> None:
    copy = tmp_path / "demo-v3.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _back_to_schema_5(conn)
        _drop_schema_4_columns(conn)
        conn.execute("PRAGMA user_version = 3")
        questions = conn.execute("SELECT count(*) FROM question").fetchone()
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and db.migration.before == 3
    db.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM question WHERE artefact IS NULL").fetchone() == questions
        assert conn.execute("SELECT DISTINCT bars FROM rubric").fetchall() == [("{}",)]


def test_a_version_4_file_keeps_na_ratings_as_not_assessed_and_gains_a_seal_secret(
    tmp_path: Path, demo_db_path: Path
) -> None:
    copy = tmp_path / "demo-v4.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _back_to_schema_5(conn)
        conn.execute("DROP TABLE self_identification")  # schema 5
        card = conn.execute("SELECT id FROM scorecard WHERE status = 'submitted' LIMIT 1").fetchone()[0]
        conn.execute(
            "UPDATE rating SET rating = NULL WHERE id = (SELECT min(id) FROM rating WHERE scorecard_id = ?)", (card,)
        )
        conn.execute("PRAGMA user_version = 4")
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (4, LATEST)  # through 5, 6 and 7
    db.close()
    with sqlite3.connect(copy) as conn:
        reasons = conn.execute("SELECT not_assessed_reason FROM rating WHERE rating IS NULL").fetchall()
        assert reasons == [("marked N/A before reasons were asked",)]
        assert conn.execute("SELECT count(*) FROM rating WHERE not_assessed_reason = ''").fetchone()[0] > 0
        (secret,) = conn.execute("SELECT value FROM app_meta WHERE key = 'seal_secret'").fetchone()
        assert len(secret) == 64


def _drop_schema_7(conn: sqlite3.Connection) -> None:
    if "not_assessed_reason" in {r[1] for r in conn.execute("PRAGMA table_info(rating)")}:
        conn.execute("ALTER TABLE rating DROP COLUMN not_assessed_reason")
    conn.execute("DELETE FROM app_meta WHERE key = 'seal_secret'")
    conn.execute("DROP TABLE decision_record")


def test_a_version_5_file_marks_shipped_content_as_bundled_and_the_rest_as_the_users(
    tmp_path: Path, demo_db_path: Path
) -> None:
    copy = tmp_path / "demo-v5.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _back_to_schema_5(conn)
        conn.execute("UPDATE question SET source_file = '/home/me/my-bank.yaml' WHERE bank = 'ci-cd'")
        conn.execute("PRAGMA user_version = 5")
    Database.open(copy, backup_dir=tmp_path / "bk").close()
    with sqlite3.connect(copy) as conn:
        origins = dict(conn.execute("SELECT bank = 'ci-cd', group_concat(DISTINCT origin) FROM question GROUP BY 1"))
        assert origins == {1: "user", 0: "bundled"}
        assert conn.execute("SELECT count(*) FROM rubric WHERE origin != 'bundled'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM question WHERE needs_review").fetchone() == (0,)


def _drop_schema_11(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE archived_self_identification")
    conn.execute("DROP TABLE decision_archive")


def _drop_schema_10(conn: sqlite3.Connection) -> None:
    """Search rows numbered as before schema 10: in their own order, not by their question's rowid."""
    rows = conn.execute(
        "SELECT question_id, text, skills, follow_ups FROM question_fts ORDER BY question_id DESC"
    ).fetchall()
    conn.execute("DELETE FROM question_fts")
    conn.executemany(
        "INSERT INTO question_fts (rowid, question_id, text, skills, follow_ups) VALUES (?, ?, ?, ?, ?)",
        [(1000 + n, *row) for n, row in enumerate(rows)],
    )


def test_a_version_9_file_gets_search_rows_keyed_by_question_and_finds_the_same_questions(
    tmp_path: Path, demo_db_path: Path
) -> None:
    from interview_planner.services import maintenance
    from interview_planner.services.search import search_questions

    before = Database.open(demo_db_path)
    queries = [("kafka", None), ("design failure", None), ("deploy", "ci-cd"), ("mentor", None)]
    found = [[h.id for h in search_questions(before, q, skills=[s] if s else None)] for q, s in queries]
    before.close()
    assert all(found)
    copy = tmp_path / "demo-v9.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _drop_schema_12(conn)
        _drop_schema_11(conn)
        _drop_schema_10(conn)
        conn.execute(  # an index row left over by a deleted question goes with the upgrade
            "INSERT INTO question_fts (question_id, text, skills, follow_ups) VALUES ('gone', 'x', '', '')"
        )
        conn.execute("PRAGMA user_version = 9")
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (9, LATEST)
    assert maintenance.check(db).ok
    assert [[h.id for h in search_questions(db, q, skills=[s] if s else None)] for q, s in queries] == found
    db.close()


def _drop_schema_9(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE rubric_version")
    for table, column in (
        ("catalogue_skill", "broader"),
        ("catalogue_skill", "retired"),
        ("catalogue_skill", "merged_into"),
        ("catalogue_skill", "bundled_hash"),
        ("question", "origin"),
        ("question", "bundled_hash"),
        ("question", "needs_review"),
        ("rubric", "origin"),
        ("rubric", "bundled_hash"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _drop_schema_4_columns(conn: sqlite3.Connection) -> None:
    """Take a schema-5 file back to schema 3 (what migrations 4 and 5 added goes)."""
    conn.execute("DROP TABLE self_identification")  # schema 5
    for table, column in (("question", "artefact"), ("rubric", "anchors_required"), ("rubric", "bars")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _drop_schema_8(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE skill_acknowledgement")
    conn.execute("DROP TABLE stage_shadow")
    for column in ("core", "weight"):
        conn.execute(f"ALTER TABLE role_skill DROP COLUMN {column}")


def test_a_version_5_file_gets_the_skill_budget_with_defaults(tmp_path: Path, demo_db_path: Path) -> None:
    copy = tmp_path / "demo-v5.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _back_to_schema_5(conn)
        skills = conn.execute("SELECT count(*) FROM role_skill").fetchone()
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (5, LATEST)
    db.close()
    with sqlite3.connect(copy) as conn:
        assert (
            conn.execute("SELECT count(*) FROM role_skill WHERE core IS NULL AND weight IS NULL").fetchone() == skills
        )
        assert conn.execute("SELECT count(*) FROM skill_acknowledgement").fetchone() == (0,)


def _links(path: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT question_id, skill_id, position FROM question_skill ORDER BY 1, 2").fetchall()


def _rebuild_scorecard(conn: sqlite3.Connection) -> None:
    """A realistic table change: scorecard gains a CHECK constraint and a column (table rebuild)."""
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'scorecard'").fetchone()[0]
    sql = sql.replace("PRIMARY KEY (id),", "extra VARCHAR, CHECK (status IN ('draft', 'submitted')), PRIMARY KEY (id),")
    migrations.rebuild_table(conn, "scorecard", sql)


def test_table_rebuild_keeps_every_child_row_and_backs_up_first(tmp_path: Path, demo_db_path: Path) -> None:
    before = table_counts(demo_db_path)
    assert before["rating"] > 0 and before["scorecard"] > 0
    steps = (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST + 1, "test rebuild", _rebuild_scorecard))
    with sqlite3.connect(demo_db_path) as conn:
        result = migrations.migrate(demo_db_path, conn, migrations=steps, backup_dir=tmp_path / "bk")
        assert migrations.schema_version(conn) == migrations.LATEST + 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert result.backup is not None and result.backup.exists()
    assert table_counts(demo_db_path) == before
    assert table_counts(result.backup) == before


def test_the_cascade_trap_is_real_when_foreign_keys_are_on(demo_db_path: Path) -> None:
    """Why the runner turns foreign keys off: the same rebuild with them on empties child tables."""
    with sqlite3.connect(demo_db_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        _rebuild_scorecard(conn)
        conn.commit()
    assert table_counts(demo_db_path)["rating"] == 0


def test_a_failing_migration_changes_nothing(tmp_path: Path, demo_db_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM candidate")  # would orphan interviews: the FK check must catch it

    before = table_counts(demo_db_path)
    steps = (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST + 1, "broken", broken))
    with sqlite3.connect(demo_db_path) as conn, pytest.raises(StorageError, match="broken reference"):
        migrations.migrate(demo_db_path, conn, migrations=steps, backup_dir=tmp_path / "bk")
    with sqlite3.connect(demo_db_path) as conn:
        assert migrations.schema_version(conn) == migrations.LATEST
    assert table_counts(demo_db_path) == before


@pytest.mark.parametrize("content", [b"hello, not a database at all" * 10, b"\x00" * 4096])
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StorageError):
        Database.open(path)
    assert path.read_bytes() == content


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Database.open(tmp_path / "nope" / "x.db")


def _drop_schema_14(conn: sqlite3.Connection) -> None:
    """Take a file back to schema 13: role skills without what the parser read."""
    conn.execute("DROP INDEX ix_role_skill_source_key")
    conn.execute("ALTER TABLE role_skill DROP COLUMN source_key")
    conn.execute("ALTER TABLE role_skill DROP COLUMN parsed")
    conn.execute("PRAGMA user_version = 13")


def _drop_schema_13(conn: sqlite3.Connection) -> None:
    """Take a file back to schema 12: search rows without skill keys (rowids and text kept)."""
    _drop_schema_14(conn)
    rows = conn.execute("SELECT rowid, question_id, text, skills, follow_ups FROM question_fts").fetchall()
    conn.execute("DROP TABLE question_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE question_fts USING fts5(question_id UNINDEXED, text, skills, follow_ups, "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    conn.executemany(
        "INSERT INTO question_fts (rowid, question_id, text, skills, follow_ups) VALUES (?, ?, ?, ?, ?)", rows
    )
    conn.execute("PRAGMA user_version = 12")


def _ranked_with_skill(path: Path, query: str, slug: str) -> list[str]:
    """The plain ranked query with the skill filter by links (what search must return, in its order)."""
    from interview_planner.services.search import fts_query

    with sqlite3.connect(path) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT question_id FROM question_fts WHERE question_fts MATCH ? AND question_id IN "
                "(SELECT qs.question_id FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
                "WHERE s.slug = ?) ORDER BY bm25(question_fts, 0, 1.0, 2.0, 0.3), rowid",
                (fts_query(query), slug),
            )
        ]


def test_a_version_13_file_keeps_its_role_skills_and_imports_read_what_the_parser_read(
    tmp_path: Path, demo_db_path: Path
) -> None:
    from interview_planner.services import roles

    copy = tmp_path / "demo-v13.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _drop_schema_14(conn)
        before = conn.execute("SELECT id, name, catalogue_skill_id, match_score FROM role_skill ORDER BY id").fetchall()
        (posting,) = conn.execute("SELECT source_text FROM role LIMIT 1").fetchone()
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    try:
        assert db.migration is not None and (db.migration.before, db.migration.after) == (13, LATEST)
        view = roles.import_role(db, text_=posting, on_duplicate="new-version")
        assert view.imported == "new-version" and view.skills and view.remembered == 0
        assert maintenance.check(db).ok
    finally:
        db.close()
    with sqlite3.connect(copy) as conn:
        kept = conn.execute(
            "SELECT id, name, catalogue_skill_id, match_score FROM role_skill WHERE parsed IS NULL ORDER BY id"
        ).fetchall()
        new = conn.execute("SELECT count(*) FROM role_skill WHERE parsed IS NOT NULL AND source_key <> ''").fetchone()
    assert kept == before  # rows imported before the upgrade: unchanged, nothing read into them
    assert new == (len(view.skills),)


def test_a_version_12_file_gets_skill_keys_and_its_skill_filters_find_the_same_questions(
    tmp_path: Path, demo_db_path: Path
) -> None:
    from interview_planner.services.fulltext import skill_keys
    from interview_planner.services.search import search_questions

    queries = [("deploy", "ci-cd"), ("design failure", "distributed-systems-design"), ("kafka", "streaming-messaging")]
    copy = tmp_path / "demo-v12.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _drop_schema_13(conn)
        assert "skill_keys" not in [r[1] for r in conn.execute("PRAGMA table_info(question_fts)")]
    expected = [_ranked_with_skill(copy, q, s) for q, s in queries]  # at version 12, links as the filter
    assert all(expected)
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    try:
        assert db.migration is not None and (db.migration.before, db.migration.after) == (12, LATEST)
        assert maintenance.check(db).ok
        got = [[h.id for h in search_questions(db, q, skills=[s], limit=1000)] for q, s in queries]
    finally:
        db.close()
    assert got == [_ranked_with_skill(copy, q, s) for q, s in queries]
    assert [set(g) for g in got] == [set(e) for e in expected]  # the same questions as before the upgrade
    with sqlite3.connect(copy) as conn:  # every row's keys are its question's skills, in order
        links: dict[str, list[str]] = {}
        for qid, slug in conn.execute(
            "SELECT qs.question_id, s.slug FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id "
            "ORDER BY qs.question_id, qs.position"
        ):
            links.setdefault(qid, []).append(slug)
        stored = dict(conn.execute("SELECT question_id, skill_keys FROM question_fts"))
    assert stored and stored == {qid: skill_keys(links.get(qid, [])) for qid in stored}


def _drop_schema_12(conn: sqlite3.Connection) -> None:
    """Take a file back to schema 11: the amendment-values triggers go, two triggers are version 6's again."""
    _drop_schema_13(conn)
    conn.execute("DROP TRIGGER IF EXISTS ilp_amendment_records_before")
    conn.execute("DROP TRIGGER IF EXISTS ilp_amendment_records_after")
    rules = migrations.split_sql(data_file("migrations/0006_team_rules.sql").read_text(encoding="utf-8"))
    for name in ("ilp_amendment_append_only", "ilp_rating_update_final"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        (create,) = [s for s in rules if f"CREATE TRIGGER {name} " in s]
        conn.execute(create)
    conn.execute("PRAGMA user_version = 11")


def test_a_version_11_file_gets_amendment_values_from_the_database(tmp_path: Path, demo_db_path: Path) -> None:
    copy = tmp_path / "demo-v11.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _drop_schema_12(conn)
    with sqlite3.connect(copy) as conn:  # at version 11 the values are whatever the client wrote
        card = conn.execute("SELECT id FROM scorecard WHERE status = 'submitted' LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) VALUES "
            "('v9', ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'typo', '{}', '{}', 1)",
            (card,),
        )
        assert conn.execute("SELECT before FROM scorecard_amendment WHERE id = 'v9'").fetchone() == ("{}",)
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (11, LATEST)
    db.close()
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "INSERT INTO scorecard_amendment (id, scorecard_id, at, reason, before, after, closed) VALUES "
            "('v12', ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'typo', '{}', '{}', 1)",
            (card,),
        )
        (before,) = conn.execute("SELECT before FROM scorecard_amendment WHERE id = 'v12'").fetchone()
        assert conn.execute("SELECT before FROM scorecard_amendment WHERE id = 'v9'").fetchone() == ("{}",)
    assert before != "{}" and '"ratings"' in before
    assert maintenance.check_file(copy).ok


def _back_to_schema_5(conn: sqlite3.Connection) -> None:
    """Undo schemas 14 to 6 on a copy: drop their triggers, rebuild the four tables as version 1 made them."""
    _drop_schema_12(conn)
    _drop_schema_11(conn)
    _drop_schema_10(conn)
    _drop_schema_9(conn)
    _drop_schema_8(conn)
    _drop_schema_7(conn)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'ilp%'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    initial = migrations.split_sql(data_file("migrations/0001_initial.sql").read_text(encoding="utf-8"))
    conn.execute("PRAGMA foreign_keys = OFF")
    for table in ("scorecard", "rating", "scorecard_amendment", "decision_override"):
        (create,) = [s for s in initial if s.startswith(f"CREATE TABLE {table} (")]
        migrations.rebuild_table(conn, table, create)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()


def test_a_version_5_file_gains_the_team_rules_and_keeps_every_scorecard(tmp_path: Path, demo_db_path: Path) -> None:
    copy = tmp_path / "demo-v5.db"
    copy.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(copy) as conn:
        _back_to_schema_5(conn)
        assert "closed" not in {r[1] for r in conn.execute("PRAGMA table_info(scorecard_amendment)")}
        card = conn.execute("SELECT id FROM scorecard WHERE status = 'submitted' LIMIT 1").fetchone()[0]
    before = table_counts(copy)
    db = Database.open(copy, backup_dir=tmp_path / "bk")
    assert db.migration is not None and (db.migration.before, db.migration.after) == (5, migrations.LATEST)
    db.close()
    after = table_counts(copy)
    assert after.pop("decision_record") == 0 and after.pop("app_meta") == before.pop("app_meta") + 1  # schema 7
    assert after.pop("skill_acknowledgement") == after.pop("stage_shadow") == 0  # schema 8
    assert after.pop("rubric_version") == 0  # schema 9
    assert after.pop("decision_archive") == after.pop("archived_self_identification") == 0  # schema 11
    assert after == before
    conn = sqlite3.connect(copy)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="only through an amendment"):
            conn.execute("UPDATE scorecard SET overall = 'strong_no' WHERE id = ?", (card,))
        with pytest.raises(sqlite3.IntegrityError, match="ck_override_decision"):
            conn.execute(
                "INSERT INTO decision_override (id, candidate_id, computed, decision, reason, by, at) "
                "SELECT 'o', id, 'hire', 'maybe', 'why', '', '2026-01-01' FROM candidate LIMIT 1"
            )
    finally:
        conn.close()


def test_a_rebuild_keeps_the_tables_triggers(tmp_path: Path, demo_db_path: Path) -> None:
    steps = (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST + 1, "test rebuild", _rebuild_scorecard))
    with sqlite3.connect(demo_db_path) as conn:
        triggers = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY 1").fetchall()
        migrations.migrate(demo_db_path, conn, migrations=steps, backup_dir=tmp_path / "bk")
        assert conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY 1").fetchall() == triggers
