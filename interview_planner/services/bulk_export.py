"""Export the packets of many candidates at once, in worker processes.

Rendering a packet is CPU-bound Python (reportlab), so threads would share
one core. Each worker is a separate process started with ``spawn``, never
``fork``: a forked copy of a process that holds a QApplication, threads or
open SQLite connections is not safe to use. A worker opens the database
itself, once, and exports whole candidates with
:func:`interview_planner.services.packets.export_packets`.

Progress is reported per finished candidate; returning False from the
callback cancels: candidates not yet started are dropped, the workers stop
after the file they are writing (a shared event, checked between files),
and every file that was written is returned.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from multiprocessing.synchronize import Event
from pathlib import Path

from interview_planner.db.database import Database
from interview_planner.packets.model import LoopOverview, Paper
from interview_planner.services.packets import ExportedFile, export_packets

BulkProgress = Callable[[int, int], bool]  # (candidates done, total) -> keep going?
WORKER_GC_THRESHOLD = 50_000  # allocations between young-generation collections in a worker (Python's default: 700)

# What a worker process got from the pool's initializer (_start_worker): its own open database and
# the event the parent sets to cancel. One of each per worker process, never shared with the parent.
_worker_db: Database | None = None
_worker_stop: Event | None = None
# The loop overviews this worker has gathered, by loop (a worker lives for one export: never stale).
_worker_overviews: dict[str, LoopOverview] = {}


def default_workers() -> int:
    """One worker per core, at least one."""
    return max(1, os.cpu_count() or 1)


def export_many(
    db_path: str | Path,
    candidate_ids: Sequence[str],
    out_dir: Path,
    *,
    paper: Paper = "a4",
    workers: int | None = None,
    progress: BulkProgress | None = None,
) -> list[ExportedFile]:
    """Every packet and loop overview of each candidate, written to ``out_dir``; returns the files.

    The files of each candidate come in the order of ``candidate_ids`` (as
    :func:`export_packets` writes them). A worker's error is raised once the
    other workers have stopped (after the file each was writing); the
    candidates not started yet are dropped.
    """
    ids = list(candidate_ids)
    if not ids:
        return []
    Database.open(db_path, create=False).close()  # a missing or foreign file fails here, as a StorageError
    count = max(1, min(workers or default_workers(), len(ids)))
    done: dict[str, list[ExportedFile]] = {}
    with worker_pool(db_path, count) as (pool, stop):
        futures = {pool.submit(_export_one, cid, str(out_dir), paper): cid for cid in ids}
        try:
            _collect(futures, done, len(ids), progress)
        finally:
            stop.set()  # a no-op when every candidate is done
            for future in futures:
                future.cancel()
    _collect_finished(futures, done)  # the pool has shut down: whatever the workers wrote is on disk
    return [f for cid in ids for f in done.get(cid, [])]


@contextmanager
def worker_pool(db_path: str | Path, count: int) -> Iterator[tuple[ProcessPoolExecutor, Event]]:
    """``count`` spawned workers, each with the database open and the renderer loaded; and the stop event."""
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker, initargs=(str(db_path), stop))
    with pool:
        yield pool, stop


def ready(_n: int = 0) -> bool:
    """A task that does nothing: a worker that ran it has finished starting."""
    return _worker_db is not None


def _collect(
    futures: dict[Future[list[ExportedFile]], str],
    done: dict[str, list[ExportedFile]],
    total: int,
    progress: BulkProgress | None,
) -> None:
    """Wait for the candidates one by one; stop early when told to or when one failed."""
    pending = set(futures)
    if progress is not None and not progress(0, total):
        return
    while pending:
        finished, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            done[futures[future]] = future.result()  # raises the worker's error
        if progress is not None and not progress(len(done), total):
            return


def _collect_finished(futures: dict[Future[list[ExportedFile]], str], done: dict[str, list[ExportedFile]]) -> None:
    """Files of candidates that were already being written when we stopped (they are on disk)."""
    for future, cid in futures.items():
        if cid not in done and future.done() and not future.cancelled() and future.exception() is None:
            done[cid] = future.result()


def _start_worker(db_path: str, stop: Event) -> None:
    """Open the database and load the renderer, its fonts and styles, once per worker (not per candidate)."""
    global _worker_db, _worker_stop  # per worker process, set once by the pool's initializer
    _worker_db, _worker_stop = Database.open(db_path, create=False), stop
    # imported here, not by the first candidate: the renderer, and pikepdf with the stamping of copies
    from interview_planner.pdf import render_interviewer_packet, stamp  # noqa: F401
    from interview_planner.pdf.styles import get_styles

    get_styles()  # registers the bundled fonts
    # Rendering allocates millions of small objects, few of them in cycles: the start-up objects move out of
    # the collector's way and it runs less often (about 7 % less CPU per packet; the PDFs are the same).
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, 50, 1000)


def _export_one(candidate_id: str, out_dir: str, paper: Paper) -> list[ExportedFile]:
    assert _worker_db is not None, "the pool initializer opens the database"
    return export_packets(
        _worker_db,
        candidate=candidate_id,
        out_dir=Path(out_dir),
        paper=paper,
        progress=_keep_going,
        reuse_layout=True,
        overviews=_worker_overviews,
    )


def _keep_going(_done: int, _total: int, _label: str) -> bool:
    return _worker_stop is None or not _worker_stop.is_set()
