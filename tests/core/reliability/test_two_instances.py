"""Two app instances on one database: no corruption, no lost update, stale edits reported."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interview_planner.db.database import Database
from interview_planner.errors import ConflictError
from interview_planner.services import candidates, loops
from interview_planner.services import scorecards as sc

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself: two processes locking one file

WRITER = Path(__file__).with_name("writer.py")


def test_stale_scorecard_edit_is_reported_not_overwritten(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = Database.open(demo_db_path)  # a second instance, its own engine and connection
    interview = candidates.get_candidate(demo_db, "Sam Okafor").interviews[0].id
    first = sc.save_draft(demo_db, interview_id=interview, patch=sc.ScorecardPatch(key_takeaways="from window A"))
    seen_by_b = sc.get_scorecard(other, interview)
    sc.save_draft(
        demo_db,
        interview_id=interview,
        patch=sc.ScorecardPatch(key_takeaways="A again"),
        expected_version=first.version,
    )
    with pytest.raises(ConflictError, match="changed elsewhere"):
        sc.save_draft(
            other,
            interview_id=interview,
            patch=sc.ScorecardPatch(key_takeaways="from window B"),
            expected_version=seen_by_b.version,
        )
    assert sc.get_scorecard(other, interview).key_takeaways == "A again"
    other.close()


def test_stale_loop_edit_is_reported(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = Database.open(demo_db_path)
    loop = loops.list_loops(demo_db)[0]
    loops.update_stage(
        demo_db,
        stage=loops.get_loop(demo_db, loop.id).stages[0].id,
        edit=loops.StageEdit(minutes=65),
        expected_version=loop.version,
    )
    with pytest.raises(ConflictError):
        loops.update_stage(
            other,
            stage=loops.get_loop(other, loop.id).stages[1].id,
            edit=loops.StageEdit(minutes=50),
            expected_version=loop.version,
        )
    other.close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_two_writing_processes_do_not_corrupt_the_file(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    interviews = [i.id for i in candidates.get_candidate(demo_db, "Sam Okafor").interviews]
    demo_db.close()
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(demo_db_path), *part],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for part in (interviews[:3], interviews[3:])
    ]
    for n, proc in enumerate(procs):
        assert proc.stdin and proc.stdout
        proc.stdin.write(f"{n * 1_000_000}\n")
        proc.stdin.flush()
    for proc in procs:  # both started (slow on a loaded machine), then both write at once
        assert proc.stdout and proc.stdout.readline().strip() == "ready"
    reports: list[list[str]] = [[], []]
    deadline = time.monotonic() + 120
    while min(len(r) for r in reports) < 30 and time.monotonic() < deadline:
        for proc, lines in zip(procs, reports, strict=True):
            if len(lines) < 30:
                lines.append(proc.stdout.readline().strip())  # type: ignore[union-attr]
    for proc, lines in zip(procs, reports, strict=True):
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
        lines.extend(line for line in out.splitlines() if line.startswith("saved "))
    assert all(len(r) >= 30 for r in reports), [len(r) for r in reports]
    with sqlite3.connect(demo_db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(
            conn.execute("SELECT interview_id, key_takeaways FROM scorecard WHERE key_takeaways LIKE 'seq %'")
        )
    for lines in reports:
        last: dict[str, int] = {}
        for line in lines:
            _, interview, n = line.split()
            last[interview] = int(n)
        for interview, n in last.items():  # terminate may land between a commit and its report
            assert int(stored[interview].split()[1]) >= n
