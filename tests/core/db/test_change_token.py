"""The token a window polls to see changes made by other programs (both engines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_planner.db.database import Database
from interview_planner.services import candidates, loops


def test_the_token_changes_when_another_connection_commits(demo_db, demo_db_path: Path | str) -> None:  # type: ignore[no-untyped-def]
    before = demo_db.change_token()
    assert before is not None
    assert demo_db.change_token() == before  # nothing happened
    other = Database.open(demo_db_path)
    try:
        candidates.add_candidate(other, name="Added Elsewhere", loop=loops.list_loops(other)[0].id)
    finally:
        other.close()
    after = demo_db.change_token()
    assert after is not None and after != before


@pytest.mark.sqlite_only  # on PostgreSQL the WAL position moves with every commit, ours included
def test_its_own_commits_do_not_change_it_on_sqlite(demo_db) -> None:  # type: ignore[no-untyped-def]
    before = demo_db.change_token()
    candidates.add_candidate(demo_db, name="Added Here", loop=loops.list_loops(demo_db)[0].id)
    assert demo_db.change_token() == before
