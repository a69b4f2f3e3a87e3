"""SIGKILL a process that is saving scorecards, many times: nothing it reported as saved is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interview_planner.services import candidates

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself: journal, WAL and kill -9 recovery

WRITER = Path(__file__).with_name("writer.py")
KILLS = int(os.environ.get("INTERVIEW_PLANNER_KILLS", "50"))


def stored(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT interview_id, key_takeaways FROM scorecard WHERE key_takeaways LIKE 'seq %'")
        return {i: int(t.split()[1]) for i, t in rows}


@pytest.mark.slow
@pytest.mark.timeout(900)  # 50 process starts: about a minute, several on a loaded machine
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_nothing_it_reported(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    interviews = [i.id for i in candidates.get_candidate(demo_db, "Sam Okafor").interviews]
    demo_db.close()
    rng = random.Random(20261124)
    confirmed: dict[str, int] = {}
    seq = 0
    started = time.monotonic()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(demo_db_path), *interviews],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin and proc.stdout
        proc.stdin.write(f"{seq}\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.01, 0.25)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("saved "):
                _, interview, n = line.split()
                confirmed[interview] = int(n)
                seq = max(seq, int(n))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=10)
        for line in rest.splitlines():  # reported before the kill landed
            if line.startswith("saved "):
                _, interview, n = line.split()
                confirmed[interview] = int(n)
                seq = max(seq, int(n))
        seq += 1000  # the next process continues with fresh numbers
        now = stored(demo_db_path)
        for interview, n in confirmed.items():
            assert now.get(interview, -1) >= n, f"{interview}: reported {n}, stored {now.get(interview)}"
    assert confirmed, "the writer never reported a save"
    print(f"{KILLS} kills, {len(confirmed)} scorecards checked, {time.monotonic() - started:.1f} s")
