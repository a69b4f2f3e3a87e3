"""Two programs, one database: two app windows autosaving while CLI processes write.

Real processes, as a user runs them: two instances of the app (offscreen) autosave scorecard
drafts on one database file while several ``interview-planner`` processes add candidates and
submit scorecards. Afterwards every save either side reported is in the file, the file passes
its integrity check, and neither app ever wrote to a deleted WAL (``/proc/<pid>/fd``), which is
what happened when a start-up check dropped the app's locks (issue #16).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from interview_planner.db.database import Database
from interview_planner.services import candidates
from interview_planner.services import scorecards as sc

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/<pid>/fd (Linux)")

APP = Path(__file__).with_name("autosaving_app.py")
SECONDS = float(os.environ.get("INTERVIEW_PLANNER_TWO_PROGRAMS_SECONDS", "15"))  # longer runs: set it
CLI_WORKERS = 3


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_planner", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _deleted(pid: int, db: Path) -> list[str]:
    out = []
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return out
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(db)) and target.endswith("(deleted)"):
            out.append(target)
    return out


@pytest.mark.timeout(240)
def test_two_apps_and_the_cli_on_one_file_lose_nothing(tmp_path: Path, demo_db_path: Path) -> None:
    db = demo_db_path
    setup = Database.open(db)
    sam = candidates.get_candidate(setup, "Sam Okafor")
    loop = sam.loop_id
    first = sam.interviews[0]
    skills = [r.skill for r in sc.get_scorecard(setup, first.id).ratings]
    setup.close()
    mine = [i.id for i in sam.interviews]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_PLANNER_DATA_DIR": str(tmp_path / "data")}
    apps = [
        subprocess.Popen(
            [sys.executable, str(APP), str(db), str(SECONDS), *part],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for part in (mine[:3], mine[3:6])
    ]
    deleted: list[str] = []
    done = threading.Event()

    def watch() -> None:  # the apps' descriptors, sampled all along
        while not done.is_set():
            for proc in apps:
                deleted.extend(_deleted(proc.pid, db))
            time.sleep(0.1)

    acknowledged: dict[str, list[str]] = {"candidates": [], "submitted": []}
    failures: list[str] = []

    def cli_worker(w: int) -> None:
        k = 0
        end = time.monotonic() + SECONDS
        while time.monotonic() < end:
            k += 1
            name = f"Worker{w} Candidate{k}"
            added = _cli(db, "candidate", "add", name, "--loop", loop)
            if added.returncode != 0:
                failures.append(added.stderr)
                continue
            acknowledged["candidates"].append(name)
            rates = [a for s in skills for a in ("--rate", f"{s}=3")]
            submitted = _cli(
                db,
                *("scorecard", "submit", "--candidate", name, "--stage", first.stage),
                *("--interviewer", first.interviewer, *rates, "--overall", "yes"),
            )
            if submitted.returncode != 0:
                failures.append(submitted.stderr)
                continue
            acknowledged["submitted"].append(name)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    for proc in apps:  # the CLI starts once both windows show the database
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    workers = [threading.Thread(target=cli_worker, args=(w,)) for w in range(CLI_WORKERS)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    outputs = [proc.communicate(timeout=120) for proc in apps]
    done.set()
    watcher.join()

    assert failures == []
    saved: dict[str, str] = {}
    for proc, (out, err) in zip(apps, outputs, strict=True):
        assert proc.returncode == 0, err[-3000:]
        lines = out.splitlines()
        assert "done" in lines, err[-3000:]
        assert not [line for line in lines if line.startswith("error")]
        for line in lines:
            if line.startswith("saved "):
                _, interview, text = line.split(" ", 2)
                saved[interview] = text  # the last save each app reported per interview
    print(
        f"two programs: {sum(o.count('saved ') for o, _ in outputs)} app autosaves, "
        f"{len(acknowledged['candidates'])} CLI candidates, {len(acknowledged['submitted'])} CLI submissions"
    )
    assert len(saved) == 6, saved  # both apps saved drafts on each of their interviews
    assert len(acknowledged["submitted"]) >= CLI_WORKERS  # the CLI did get through
    assert deleted == [], "an app wrote to a deleted -wal/-shm"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = Database.open(db)
    try:
        for interview, text in saved.items():
            assert sc.get_scorecard(after, interview).key_takeaways == text
        names = {c.name: c for c in candidates.list_candidates(after)}
        assert set(acknowledged["candidates"]) <= set(names)
        for name in acknowledged["submitted"]:
            (interview,) = [i for i in names[name].interviews if i.stage == first.stage]
            card = sc.get_scorecard(after, interview.id)
            assert card.status == "submitted" and card.overall == "yes"
    finally:
        after.close()
