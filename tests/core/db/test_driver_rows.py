"""db.portable.driver_rows: raw reads inside the session's transaction, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from interview_planner.db.portable import driver_rows


def test_rows_match_what_sqlalchemy_reads_by_name_and_position(demo_db: Any) -> None:
    sql = "SELECT id, name, loop_id FROM candidate WHERE name <> :skip ORDER BY name"
    with demo_db.read() as session:
        ours = driver_rows(session, sql, {"skip": ""})
        theirs = session.execute(text(sql), {"skip": ""}).all()
    assert ours and [tuple(r) for r in ours] == [tuple(r) for r in theirs]
    assert [r.name for r in ours] == [r.name for r in theirs]


def test_rows_see_the_sessions_own_uncommitted_writes(demo_db: Any) -> None:
    with demo_db.write() as session:
        session.execute(text("UPDATE candidate SET name = 'Renamed In Transaction' WHERE name <> ''"))
        names = {r.name for r in driver_rows(session, "SELECT name FROM candidate", {})}
        session.rollback()
    assert names == {"Renamed In Transaction"}
    with demo_db.read() as session:
        assert "Renamed In Transaction" not in {r.name for r in driver_rows(session, "SELECT name FROM candidate", {})}
