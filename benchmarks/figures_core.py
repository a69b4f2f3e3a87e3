"""Figures of the Qt-free core, measured in this process (the CLI ones in child processes).

No QApplication ever lives in this process: it starts the spawn workers of
the "export all" figure.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import data
import floors
from measure import Measure, clock, side_by_side

from interview_planner.db.database import Database

Log = Callable[[str], None]


@dataclass(frozen=True)
class Sizes:
    bank: int
    small_bank: int
    candidates: int
    export_candidates: int
    runs: int  # repeats of the quick figures (the slow ones do fewer)
    label: str


FULL = Sizes(bank=100_000, small_bank=10_000, candidates=300, export_candidates=300, runs=5, label="full")
QUICK = Sizes(bank=5_000, small_bank=1_000, candidates=20, export_candidates=4, runs=3, label="quick")


@dataclass
class Context:
    sizes: Sizes
    work: Path  # a temporary folder for this run
    log: Log

    def world(self, questions: int | None = None, candidates: int | None = None) -> data.World:
        return data.world(
            questions or self.sizes.bank, self.sizes.candidates if candidates is None else candidates, self.log
        )

    def private_db(self, world: data.World, name: str) -> Path:
        return data.fresh_copy(world.path, self.work / f"{name}.db")


def n(value: int) -> str:
    return f"{value:,}"


# --- command line ------------------------------------------------------------------------


def cli(ctx: Context) -> list[Measure]:
    script = Path(sys.executable).with_name("interview-planner")
    runs = ctx.sizes.runs * 2
    out = []
    for flag in ("--version", "--help"):
        m = Measure(f"`interview-planner {flag}` (process)", limit=0.150, floor_name="python -c pass")
        if not script.exists():
            m.not_measured = f"no {script.name} script next to {sys.executable}"
        else:
            m.ours, m.floor = side_by_side(
                lambda f=flag: _run([str(script), f]), lambda: _run([sys.executable, *floors.PYTHON_PASS]), runs
            )
        out.append(m)
    return out


def _run(argv: list[str]) -> None:
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --- import --------------------------------------------------------------------------------


def import_banks(ctx: Context) -> list[Measure]:
    from interview_planner.services import content

    paths = data.bank_files(ctx.sizes.bank)
    m = Measure(
        f"Import a {n(ctx.sizes.bank)}-question bank (+ links, FTS)",
        limit=3.0,
        floor_name="sqlite3.executemany + FTS5 rebuild",
    )
    runs = 3 if ctx.sizes is FULL else ctx.sizes.runs
    for run in range(runs):
        db = Database.open(ctx.work / f"import-{run}.db")
        content.sync_catalogue(db)
        conn = floors.prepare_import(ctx.work / f"import-floor-{run}.db")
        first = partial(content.import_banks, db, paths)
        second = partial(floors.import_bank_files, conn, paths)
        if run % 2:
            m.floor.append(clock(second))
            m.ours.append(clock(first))
        else:
            m.ours.append(clock(first))
            m.floor.append(clock(second))
        db.close()
        conn.close()
    m.note = f"{len(paths)} JSON files, {sum(p.stat().st_size for p in paths) / 1e6:.0f} MB"
    return [m]


# --- search --------------------------------------------------------------------------------

QUERIES = (
    ("kafka latency", "streaming-messaging"),
    ("cache invalidation", "databases-caching"),
    ("terraform rollbacks", "infrastructure-as-code"),
    ("design failure", "distributed-systems-design"),
    ("mentored struggling", "coaching-mentoring"),
    ("tracing budget", "observability"),
)


def search(ctx: Context) -> list[Measure]:
    from interview_planner.services.search import fts_query, search_questions

    world = ctx.world()
    db = Database.open(world.path)
    conn = sqlite3.connect(world.path)
    skill_ids = dict(conn.execute("SELECT slug, id FROM catalogue_skill"))
    m = Measure(
        f"Search {n(ctx.sizes.bank)} questions: 2 words, skill filter, top 50",
        limit=0.005,
        floor_name="the FTS5 query via sqlite3",
    )
    gc.collect()
    for run in range(ctx.sizes.runs * 4):
        for words, skill in QUERIES:
            ours, bare = side_by_side(
                lambda w=words, s=skill: search_questions(db, w, skills=[s], limit=50),
                lambda w=words, s=skill: floors.search_sql(conn, fts_query(w), skill_ids[s]),
                1 + run % 2,
                collect=False,
            )
            m.ours += ours
            m.floor += bare
    m.note = "median over: " + ", ".join(f"'{w}'" for w, _ in QUERIES)
    db.close()
    conn.close()
    return [m]


# --- health check and re-import ----------------------------------------------------------------


def health(ctx: Context) -> list[Measure]:
    """``db check`` at full size, and re-importing changed questions against adding them."""
    from interview_planner.services import content, maintenance

    world = ctx.world()
    m = Measure(
        f"Health check (`db check`) of a {n(ctx.sizes.bank)}-question database",
        limit=1.0,
        floor_name="PRAGMA quick_check via sqlite3",
    )
    m.ours, m.floor = side_by_side(
        lambda: _assert_ok(maintenance.check_file(world.path)),
        lambda: floors.integrity_check(world.path, "quick_check"),
        ctx.sizes.runs,
    )
    m.note = f"{world.path.stat().st_size / 1e6:.0f} MB file; quick_check, references, search index, invariants"
    f = Measure(
        f"Full health check (`db check --full`) of a {n(ctx.sizes.bank)}-question database",
        floor_name="PRAGMA integrity_check via sqlite3",
    )
    f.ours, f.floor = side_by_side(
        lambda: _assert_ok(maintenance.check_file(world.path, full=True)),
        lambda: floors.integrity_check(world.path),
        max(2, ctx.sizes.runs // 2),
    )

    size = ctx.sizes.small_bank
    paths = data.bank_files(size)
    changed = data.changed_bank_files(paths, ctx.work / "changed")
    r = Measure(
        f"Re-import a {n(size)}-question bank with every question changed",
        floor_name="importing the same bank into an empty database",
    )
    for run in range(2 if ctx.sizes is FULL else ctx.sizes.runs):
        db = Database.open(ctx.work / f"reimport-{run}.db")
        content.sync_catalogue(db)
        r.floor.append(clock(partial(content.import_banks, db, paths)))
        r.ours.append(clock(partial(content.import_banks, db, changed)))
        _assert_ok(maintenance.check(db))
        db.close()
    return [m, f, r]


def _assert_ok(report: object) -> None:
    if not getattr(report, "ok", False):
        raise AssertionError(f"the health check failed: {report}")


# --- planning ------------------------------------------------------------------------------


def plan(ctx: Context) -> list[Measure]:
    from interview_planner.services import loops

    out = []
    for questions in (ctx.sizes.small_bank, ctx.sizes.bank):
        world = ctx.world(questions, 0 if questions != ctx.sizes.bank else None)
        db = Database.open(ctx.private_db(world, f"plan-{questions}"))
        m = Measure(f"Auto-plan the 40-skill role over {n(questions)} questions", limit=1.0)
        cpu = []
        for _ in range(3):
            started = time.process_time()
            m.ours.append(clock(lambda d=db, w=world: loops.plan(d, role=w.role_id)))
            cpu.append(time.process_time() - started)
        m.note = f"CPU time (median): {statistics.median(cpu):.2f} s; a busy machine inflates the wall time"
        db.close()
        out.append(m)
    return out


# --- packets -------------------------------------------------------------------------------


def packet(ctx: Context) -> list[Measure]:
    from interview_planner.pdf import render_interviewer_packet
    from interview_planner.pdf.flowables import LAYOUT_CACHE
    from interview_planner.services import packet_content as build

    world = ctx.world()
    db = Database.open(world.path)
    with db.read() as session:
        ids = build.candidate_interviews(session, world.candidate_ids[0])
        packets = [build.interviewer_packet(session, i, generated_on="2026-01-01") for i in ids]
    db.close()
    render_interviewer_packet(packets[0])  # fonts load once per process: not part of a packet
    texts = [floors.packet_texts(p) for p in packets]
    floors.render_packet_text(texts[0])

    def cold(p: object) -> bytes:  # one packet on its own: nothing shared with an earlier document
        LAYOUT_CACHE.clear()
        return render_interviewer_packet(p)  # type: ignore[arg-type]

    m = Measure(
        "One interviewer packet PDF (in-process)",
        limit=0.100,
        floor_name="SimpleDocTemplate of the same text as Paragraphs",
    )
    for _ in range(3):  # 21 pairs: the quick run gates this ratio, so it needs more than a handful
        for p, t in zip(packets, texts, strict=True):
            ours, bare = side_by_side(lambda p=p: cold(p), lambda t=t: floors.render_packet_text(t), 1)
            m.ours += ours
            m.floor += bare
    pages = sorted(render_interviewer_packet(p).count(b"/Type /Page\n") for p in packets)
    m.note = f"the 7 packets of the loop, {pages[0]}–{pages[-1]} pages each, each rendered cold (layout cache cleared)"
    return [m]


def loop_packets(ctx: Context) -> list[Measure]:
    from interview_planner.services.packets import export_packets

    world = ctx.world()
    db = Database.open(world.path)
    out_dir = ctx.work / "loop-packets"
    m = Measure("All packets of a 7-stage loop (export_packets)", limit=0.5)
    export_packets(db, candidate=world.candidate_ids[0], out_dir=out_dir)  # fonts load once per process
    m.ours = [
        clock(lambda c=c: export_packets(db, candidate=c, out_dir=out_dir))
        for c in world.candidate_ids[1 : 1 + max(2, ctx.sizes.runs - 1)]
    ]
    m.note = "7 packets + the loop overview"
    db.close()
    return [m]


def export_all(ctx: Context) -> list[Measure]:
    from interview_planner.services.bulk_export import export_many

    world = ctx.world()
    ids = list(world.candidate_ids[: ctx.sizes.export_candidates])
    m = Measure(f"Export all: {len(ids)} candidates × 8 PDFs (2 spawn workers)", limit=60.0)
    progress: list[tuple[int, int]] = []
    out_dir = ctx.work / "export-all"
    cpu = _children_cpu()
    m.ours = [
        clock(
            lambda: export_many(
                world.path, ids, out_dir, workers=2, progress=lambda done, total: progress.append((done, total)) is None
            )
        )
    ]
    cpu = _children_cpu() - cpu  # the workers have exited: their CPU time, whatever else runs on the machine
    files = len(list(out_dir.glob("*.pdf")))
    shutil.rmtree(out_dir, ignore_errors=True)
    start = Measure("Export all: start-up and shut-down of 2 spawn workers")
    start_cpu = _children_cpu()
    start.ours = [_worker_start_up(world.path) for _ in range(2)]
    start_cpu = (_children_cpu() - start_cpu) / 2
    per_pdf = (cpu - start_cpu) / max(1, files)
    m.note = (
        f"{files} PDFs, {len(progress)} progress calls; the workers used {cpu:.0f} s of CPU, "
        f"{per_pdf * 1000:.0f} ms per PDF"
    )
    if ctx.sizes is FULL:
        cancel = _cancel_latency(world.path, ids, ctx.work / "export-cancel")
        m.note += f"; cancelled after 2 candidates, it returned {cancel:.1f} s later"
    start.note = (
        f"spawn, import, open the database, load fonts and styles, then shut down: {start_cpu:.1f} s of CPU for both"
    )
    return [m, start]


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished child processes."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _worker_start_up(db_path: Path) -> float:
    """Seconds from creating the export pool to both workers ready to render (they are started in parallel)."""
    from interview_planner.services import bulk_export

    started = time.perf_counter()
    with bulk_export.worker_pool(db_path, 2) as (pool, _stop):
        ready = list(pool.map(bulk_export.ready, range(2)))
    del ready
    return time.perf_counter() - started


def _cancel_latency(db_path: Path, ids: list[str], out_dir: Path) -> float:
    from interview_planner.services.bulk_export import export_many

    asked: list[float] = []

    def progress(done: int, _total: int) -> bool:
        if done >= 2:
            asked.append(time.perf_counter())
            return False
        return True

    export_many(db_path, ids, out_dir, workers=2, progress=progress)
    latency = time.perf_counter() - asked[0] if asked else float("nan")
    shutil.rmtree(out_dir, ignore_errors=True)
    return latency


# --- decisions -----------------------------------------------------------------------------


def decide(ctx: Context) -> list[Measure]:
    from interview_planner.services.decisions import consolidate

    world = ctx.world()
    db = Database.open(world.path)
    m = Measure(f"Decide {n(len(world.candidate_ids))} candidates (consolidate each)", limit=1.0)
    m.ours = [clock(lambda: [consolidate(db, c) for c in world.candidate_ids]) for _ in range(3)]
    db.close()
    return [m]


FIGURES: tuple[Callable[[Context], list[Measure]], ...] = (
    cli,
    import_banks,
    search,
    plan,
    packet,
    loop_packets,
    export_all,
    decide,
)


def new_context(sizes: Sizes, log: Log) -> Context:
    return Context(sizes=sizes, work=Path(tempfile.mkdtemp(prefix="ilp-bench-")), log=log)
