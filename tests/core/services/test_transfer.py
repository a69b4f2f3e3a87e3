"""db copy: a whole database moves between SQLite and PostgreSQL with nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pg_support import Server
from sqlalchemy import Table, func, select
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import ALL_TABLES
from interview_planner.errors import ConflictError, StorageError
from interview_planner.services import candidates, decisions, search, transfer


def counts(target: Path | str) -> dict[str, int]:
    db = Database.open(target, create=False)
    try:
        with db.read() as s:
            return {t.name: int(s.execute(select(func.count()).select_from(t)).scalar_one()) for t in ALL_TABLES}
    finally:
        db.close()


def what_a_user_sees(target: Path | str) -> tuple[list[str], list[str], str]:
    db = Database.open(target, create=False)
    try:
        # the same questions match on both engines; their order may differ (bm25 vs ts_rank)
        found = sorted(q.external_id for q in search.search_questions(db, "kubernetes rollout", limit=50))
        people = sorted(c.name for c in candidates.list_candidates(db))
        jordan = candidates.get_candidate(db, "Jordan Rivera")
        return found, people, decisions.consolidate(db, jordan.id).result.decision
    finally:
        db.close()


def test_a_copy_to_a_new_file_holds_everything(demo_db_path: Path | str, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    report = transfer.copy_database(demo_db_path, target)
    assert report.rows == counts(demo_db_path) == counts(target)
    assert report.rows["rating"] > 0 and report.indexed_questions == report.rows["question"]
    assert what_a_user_sees(target) == what_a_user_sees(demo_db_path)


@pytest.mark.postgres_only
def test_sqlite_to_postgres_and_back(demo_db_path: str, tmp_path: Path, pg_server: Server) -> None:
    laptop = tmp_path / "laptop.db"
    transfer.copy_database(demo_db_path, laptop)  # start from a SQLite file
    team = pg_server.create_database("team")
    transfer.copy_database(laptop, team)
    home = tmp_path / "home.db"
    transfer.copy_database(team, home)
    assert counts(laptop) == counts(team) == counts(home)
    assert what_a_user_sees(laptop) == what_a_user_sees(team) == what_a_user_sees(home)
    assert what_a_user_sees(home)[0], "the search finds the questions in every copy"
    ids = []
    for target in (laptop, team, home):
        db = Database.open(target)
        with db.read() as s:
            ids.append(s.execute(select(ALL_TABLES[0].c.value).where(ALL_TABLES[0].c.key == "database_id")).scalar())
        db.close()
    assert ids[0] == ids[1] == ids[2], "packets printed before the move are still accepted"


def test_a_target_with_data_is_refused_and_left_alone(demo_db_path: Path | str, db_path: Path | str) -> None:
    before = counts(db_path)
    with pytest.raises(ConflictError, match="already holds data"):
        transfer.copy_database(demo_db_path, db_path)
    assert counts(db_path) == before


def test_a_count_mismatch_rolls_everything_back(
    demo_db_path: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = transfer._copy_table

    def lose_a_row(reader: Session, writer: Session, table: Table, batch: int) -> int:
        copied = real(reader, writer, table, batch)
        if table.name == "stage_question":  # (a submitted scorecard's rating could not be lost: schema 6)
            writer.execute(
                table.delete().where(table.c.stage_id == select(table.c.stage_id).limit(1).scalar_subquery())
            )
        return copied

    monkeypatch.setattr(transfer, "_copy_table", lose_a_row)
    target = tmp_path / "copy.db"
    with pytest.raises(
        StorageError, match=r"rolled back: stage_question has \d+ rows in the source but \d+ in the copy"
    ):
        transfer.copy_database(demo_db_path, target)
    assert not target.exists(), "a file the copy created is removed again"


def test_cli_copy(demo_db_path: Path | str, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "interview_planner", "db", "copy", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)

    done = run("--from", str(demo_db_path), "--to", str(tmp_path / "copy.db"))
    assert done.returncode == 0, done.stderr
    assert "counts match" in done.stdout
    again = run("--from", str(demo_db_path), "--to", str(tmp_path / "copy.db"))
    assert again.returncode == 4 and len(again.stderr.strip().splitlines()) == 1
    missing = run("--from", str(tmp_path / "nothing.db"), "--to", str(tmp_path / "other.db"))
    assert missing.returncode == 5 and "no such database file" in missing.stderr
