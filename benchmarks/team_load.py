"""A hiring team on one PostgreSQL server: ``python benchmarks/team_load.py [--seconds 120] [--url URL]``.

Starts a throw-away cluster (``.ci/pg-cluster``) unless ``--url`` names a
server whose superuser may create databases and roles. It builds the demo
loop with 30 interviewers, each with their own login in the interviewer
group (row-level security on), and candidates for them to interview. Then,
for ``--seconds``:

* 30 interviewers each save a draft every 2 s (a new evidence note, with the
  version they last saw: a stale save is a conflict, reported as one) and
  submit after 5 saves, then move to their next interview;
* 3 hiring managers each run ``decide`` on a candidate and load the loop
  designer's coverage view, in a loop.

Each interviewer is a thread; the interviewers run in ``--processes`` worker
processes (default 6, five interviewers each) and the managers in this one,
so that one Python interpreter lock does not queue 33 people's requests (in
real use every person runs their own app).

It prints p50 / p95 / p99 latency per operation, the errors (goal 0), the
conflicts, the server's connection count, and checks afterwards that every
save the app acknowledged is in the database (lost writes, goal 0). Goals:
p95 save <= 50 ms, p95 decide <= 200 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import make_url, text  # noqa: E402

from interview_planner.db.database import Database  # noqa: E402
from interview_planner.errors import ConflictError  # noqa: E402
from interview_planner.services import candidates, decisions, loops, scorecards, team  # noqa: E402
from interview_planner.services.content import load_bundled_content  # noqa: E402
from interview_planner.services.demo import create_demo  # noqa: E402

INTERVIEWERS = 30
MANAGERS = 3
CANDIDATES = 8
SAVE_EVERY = 2.0
SAVES_BEFORE_SUBMIT = 5
GOALS = {"save": 50.0, "decide": 200.0}


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    conflicts: int = 0
    acknowledged: dict[str, str] = field(default_factory=dict)  # interview id -> last evidence acknowledged
    connections: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def timed(self, name: str, started: float) -> None:
        with self.lock:
            self.latencies[name].append((time.perf_counter() - started) * 1000)

    def merge(self, part: dict[str, object]) -> None:
        """Add what a worker process measured."""
        with self.lock:
            for name, values in part["latencies"].items():  # type: ignore[attr-defined]
                self.latencies[name] += values
            self.errors += part["errors"]  # type: ignore[arg-type]
            self.conflicts += part["conflicts"]  # type: ignore[assignment, operator]
            self.acknowledged.update(part["acknowledged"])  # type: ignore[call-overload]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ilp-load-") as tmp:
        url, stop = _server(args.url, Path(tmp))
        try:
            return _run(url, args.seconds, max(1, args.processes))
        finally:
            stop()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=120.0)
    p.add_argument("--processes", type=int, default=6, help="worker processes the interviewers are spread over")
    p.add_argument("--url", help="a PostgreSQL superuser URL (default: start a throw-away cluster)")
    return p


def _server(url: str | None, tmp: Path) -> tuple[str, object]:
    if url:
        return url, lambda: None
    tmp.chmod(0o755)  # when run as root the cluster belongs to an unprivileged user, who must reach it
    folder = tmp / "cluster"
    started = subprocess.run(
        ["bash", str(ROOT / ".ci" / "pg-cluster"), "start", str(folder)], capture_output=True, text=True, check=True
    )
    return started.stdout.strip().splitlines()[-1], lambda: subprocess.run(
        ["bash", str(ROOT / ".ci" / "pg-cluster"), "stop", str(folder)], capture_output=True, check=False
    )


def _run(admin_url: str, seconds: float, processes: int) -> int:
    tag = secrets.token_hex(3)
    db_url, logins, owner = _setup(admin_url, tag)
    stats = Stats()
    stop = threading.Event()
    threads = [threading.Thread(target=_manager, args=(owner, stats, stop, n), daemon=True) for n in range(MANAGERS)]
    threads.append(threading.Thread(target=_count_connections, args=(owner, stats, stop), daemon=True))
    groups = [logins[n::processes] for n in range(processes)]
    _log(
        f"running {INTERVIEWERS} interviewers in {processes} processes and {MANAGERS} managers for {seconds:g} s "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    load_before = os.getloadavg()[0]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pending = pool.starmap_async(_interviewer_group, [(db_url, group, seconds) for group in groups if group])
        for t in threads:
            t.start()
        for part in pending.get(timeout=seconds + 300):
            stats.merge(part)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    lost = _lost_writes(owner, stats)
    print(_table(stats, lost, seconds, (load_before, os.getloadavg()[0])))
    owner.close()
    return 0 if not stats.errors and not lost else 1


def _interviewer_group(db_url: str, logins: list[tuple[str, str, str]], seconds: float) -> dict[str, object]:
    """In a worker process: these interviewers, one thread each, for ``seconds``; returns what they measured."""
    stats = Stats()
    stop = threading.Event()
    threads = [
        threading.Thread(target=_interviewer, args=(db_url, login, stats, stop), daemon=True) for login in logins
    ]
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    return {
        "latencies": dict(stats.latencies),
        "errors": stats.errors,
        "conflicts": stats.conflicts,
        "acknowledged": stats.acknowledged,
    }


def _setup(admin_url: str, tag: str) -> tuple[str, list[tuple[str, str, str]], Database]:
    """A demo database with 30 interviewer logins; returns (url, [(role, password, interviewer id)], owner)."""
    import psycopg

    base = make_url(admin_url)
    name = f"load_{tag}"
    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    db_url = base.set(database=name).render_as_string(hide_password=False)
    owner = Database.open(db_url)
    _log("loading content and the demo loop")
    load_bundled_content(owner)
    create_demo(owner)
    loop = loops.list_loops(owner)[0]
    view = loops.get_loop(owner, loop.id)
    team.apply_setup(owner, prefix=f"l{tag}")
    _, interviewer_group = team.group_roles(f"l{tag}")
    people = []
    for n in range(INTERVIEWERS):
        person = loops.add_interviewer(owner, name=f"Load interviewer {n:02d}")
        stage = view.stages[n % len(view.stages)]
        loops.set_stage_interviewer(owner, stage=stage.id, interviewer=person.id)
        role, password = f"load_{tag}_{n:02d}", secrets.token_hex(8)
        with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {interviewer_group}")
        team.add_member(owner, db_role=role, interviewer=person.id)
        people.append((role, password, person.id))
    for n in range(CANDIDATES):
        candidates.add_candidate(owner, name=f"Load candidate {n}", loop=loop.id)
    return db_url, people, owner


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _interviewer(db_url: str, login: tuple[str, str, str], stats: Stats, stop: threading.Event) -> None:
    role, password, interviewer_id = login
    db = Database.open(make_url(db_url).set(username=role, password=password).render_as_string(hide_password=False))
    try:
        mine = [
            i.id
            for c in candidates.list_candidates(db)
            for i in c.interviews
            if i.interviewer_id == interviewer_id and i.scorecard_status != "submitted"
        ]
        for interview_id in mine:
            if stop.is_set() or not _fill(db, interview_id, stats, stop):
                break
    except Exception as exc:
        with stats.lock:
            stats.errors.append(f"{role}: {type(exc).__name__}: {exc}")
    finally:
        db.close()


def _fill(db: Database, interview_id: str, stats: Stats, stop: threading.Event) -> bool:
    card = scorecards.get_scorecard(db, interview_id)
    version = card.version
    for n in range(SAVES_BEFORE_SUBMIT):
        if stop.wait(SAVE_EVERY * random.uniform(0.8, 1.2)):
            return False
        note = f"evidence {n} {secrets.token_hex(4)}"
        patch = scorecards.ScorecardPatch(evidence={card.ratings[0].skill_id: note})
        started = time.perf_counter()
        try:
            saved = scorecards.save_draft(db, interview_id=interview_id, patch=patch, expected_version=version)
        except ConflictError:
            with stats.lock:
                stats.conflicts += 1
            saved = scorecards.get_scorecard(db, interview_id)
        else:
            stats.timed("save", started)
            with stats.lock:
                stats.acknowledged[interview_id] = note
        version = saved.version
    patch = scorecards.ScorecardPatch(ratings={r.skill_id: random.randint(1, 4) for r in card.ratings}, overall="yes")
    started = time.perf_counter()
    scorecards.submit(db, interview_id=interview_id, patch=patch, expected_version=version)
    stats.timed("submit", started)
    return True


def _manager(db: Database, stats: Stats, stop: threading.Event, n: int) -> None:
    rng = random.Random(n)
    try:
        people = candidates.list_candidates(db)
        loop_id = loops.list_loops(db)[0].id
        while not stop.is_set():
            started = time.perf_counter()
            decisions.consolidate(db, rng.choice(people).id)
            stats.timed("decide", started)
            started = time.perf_counter()
            loops.get_loop(db, loop_id)
            stats.timed("coverage view", started)
            stop.wait(0.5)
    except Exception as exc:
        with stats.lock:
            stats.errors.append(f"manager {n}: {type(exc).__name__}: {exc}")


def _count_connections(db: Database, stats: Stats, stop: threading.Event) -> None:
    while not stop.wait(1.0):
        with db.read() as session:
            count = session.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
            ).scalar()
        stats.connections.append(int(count or 0))


def _lost_writes(db: Database, stats: Stats) -> list[str]:
    lost = []
    for interview_id, note in stats.acknowledged.items():
        card = scorecards.get_scorecard(db, interview_id)
        if not any(r.evidence == note for r in card.ratings):
            lost.append(interview_id)
    return lost


def _pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _table(stats: Stats, lost: list[str], seconds: float, load: tuple[float, float]) -> str:
    lines = [
        f"Team load: {INTERVIEWERS} interviewers, {MANAGERS} managers, {seconds:g} s on one PostgreSQL server",
        f"(server and clients on this machine: {os.cpu_count()} cores, load average {load[0]:.1f} before, "
        f"{load[1]:.1f} after)",
        "",
        "| operation | count | p50 ms | p95 ms | p99 ms | goal (p95) |",
        "|---|---|---|---|---|---|",
    ]
    for name, values in sorted(stats.latencies.items()):
        goal = GOALS.get(name)
        p95 = _pct(values, 95)
        verdict = "" if goal is None else f"≤ {goal:g} ms {'PASS' if p95 <= goal else 'MISS'}"
        lines.append(
            f"| {name} | {len(values)} | {_pct(values, 50):.1f} | {p95:.1f} | {_pct(values, 99):.1f} | {verdict} |"
        )
    peak = max(stats.connections, default=0)
    lines += [
        "",
        f"errors: {len(stats.errors)} (goal 0)" + "".join(f"\n  {e}" for e in stats.errors[:10]),
        f"conflicts reported as conflicts: {stats.conflicts}",
        f"acknowledged saves checked afterwards: {len(stats.acknowledged)}, lost: {len(lost)} (goal 0)",
        f"server connections to the database: peak {peak}",
    ]
    return "\n".join(lines)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
