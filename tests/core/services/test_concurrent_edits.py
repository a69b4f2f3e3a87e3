"""Two people editing the same loop at the same moment: one wins, the other is told, nothing is lost.

Each person has their own ``Database`` (their own laptop's connection) on the same database.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.db.models import Loop
from interview_planner.errors import ConflictError
from interview_planner.services import candidates, loops
from interview_planner.services.common import bump_version


def _wait_until_blocked(db: Database, seconds: float = 5.0) -> None:
    """Until the other editor waits for our lock (PostgreSQL), or a moment (SQLite has no way to ask)."""
    if not db.is_postgres:
        time.sleep(0.5)
        return
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).scalar()
        if waiting:
            return
        time.sleep(0.05)
    raise AssertionError("the second editor never waited for the first")


def test_a_stale_edit_is_refused(demo_db_path: Path | str) -> None:
    ann, bob = Database.open(demo_db_path), Database.open(demo_db_path)
    try:
        view = loops.get_loop(ann, loops.list_loops(ann)[0].id)
        first, version = view.stages[0], view.loop.version
        loops.update_stage(ann, stage=first.id, edit=loops.StageEdit(minutes=50), expected_version=version)
        with pytest.raises(ConflictError, match=r"loop .* was changed elsewhere .* reload it"):
            loops.update_stage(bob, stage=first.id, edit=loops.StageEdit(minutes=70), expected_version=version)
        assert loops.get_loop(bob, view.loop.id).stages[0].minutes == 50
    finally:
        ann.close()
        bob.close()


def test_simultaneous_edits_of_one_version_cannot_both_pass(demo_db_path: Path | str) -> None:
    ann, bob = Database.open(demo_db_path), Database.open(demo_db_path)
    try:
        view = loops.get_loop(ann, loops.list_loops(ann)[0].id)
        version, stage = view.loop.version, view.stages[1]
        outcome: list[BaseException | None] = []

        def bob_edits() -> None:
            try:
                loops.update_stage(bob, stage=stage.id, edit=loops.StageEdit(minutes=80), expected_version=version)
                outcome.append(None)
            except BaseException as exc:  # checked below
                outcome.append(exc)

        with ann.write() as session:  # Ann's edit is in flight ...
            bump_version(session, Loop, view.loop.id, version, what="loop")
            session.flush()
            bob_thread = threading.Thread(target=bob_edits)
            bob_thread.start()
            _wait_until_blocked(ann)  # ... while Bob saves his edit of the same version
        bob_thread.join(timeout=30)
        assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
        after = loops.get_loop(ann, view.loop.id)
        assert after.loop.version == version + 1
        assert after.stages[1].minutes == stage.minutes, "Bob's edit did not slip through"
    finally:
        ann.close()
        bob.close()


@pytest.mark.postgres_only
def test_a_deadlock_is_a_conflict_to_retry_not_a_crash(demo_db_path: str) -> None:
    ann, bob = Database.open(demo_db_path), Database.open(demo_db_path)
    lock = "SELECT id FROM candidate WHERE id = :c FOR UPDATE"
    try:
        first, second = [c.id for c in candidates.list_candidates(ann)][:2]
        errors: list[BaseException] = []
        both_hold_one = threading.Barrier(2)

        def lock_both(db: Database, a: str, b: str) -> None:
            try:
                with db.write() as session:
                    session.execute(text(lock), {"c": a})
                    both_hold_one.wait(timeout=10)
                    session.execute(text(lock), {"c": b})  # each now waits for the other
            except BaseException as exc:  # checked below
                errors.append(exc)

        threads = [
            threading.Thread(target=lock_both, args=(ann, first, second)),
            threading.Thread(target=lock_both, args=(bob, second, first)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert len(errors) == 1 and isinstance(errors[0], ConflictError), errors
        assert "at the same time; reload and try again" in str(errors[0]) and "***" in str(errors[0])
    finally:
        ann.close()
        bob.close()
