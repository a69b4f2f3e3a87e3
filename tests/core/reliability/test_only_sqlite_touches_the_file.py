"""While a process holds a connection, nothing but SQLite opens the database, its -wal or -shm.

Closing *any* descriptor of a file drops every POSIX lock the process holds on it. A module
that ``open()``s the live database (to read its header, copy it...) silently releases the app's
locks; the next program to close its connection then believes it is the last one, checkpoints
and deletes the WAL the app is still writing to (issue #16: an hour of app work lost).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_planner import cli
from interview_planner.db.database import Database
from interview_planner.services import candidates, maintenance

pytestmark = pytest.mark.sqlite_only

_WATCHED: set[str] = set()
_SEEN: list[tuple[str, str]] = []
_HOOKED = False

# Audit events whose first argument is a path being opened, copied, moved or deleted.
_PATH_EVENTS = {
    "open",
    "shutil.copyfile",
    "shutil.copymode",
    "shutil.copystat",
    "os.rename",
    "os.remove",
    "os.truncate",
}


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCHED or event not in _PATH_EVENTS or not args:
        return
    for arg in args[:2]:
        if isinstance(arg, str | bytes | os.PathLike):
            try:
                name = os.path.realpath(os.fsdecode(arg))
            except (TypeError, ValueError):
                continue
            if name in _WATCHED:
                _SEEN.append((event, name))


@pytest.fixture
def watch() -> Iterator[Any]:
    """``watch(path)``: record every non-SQLite open/copy/move of ``path`` and its -wal, -shm."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_hook)  # cannot be removed: it does nothing while _WATCHED is empty
        _HOOKED = True

    def start(path: Path) -> list[tuple[str, str]]:
        real = os.path.realpath(path)
        _WATCHED.update({real, real + "-wal", real + "-shm", real + "-journal"})
        _SEEN.clear()
        return _SEEN

    yield start
    _WATCHED.clear()
    _SEEN.clear()


def test_the_detector_catches_a_plain_open(watch: Any, demo_db_path: Path) -> None:
    seen = watch(demo_db_path)
    with demo_db_path.open("rb") as fh:  # what the start-up check used to do
        fh.read(16)
    assert seen == [("open", os.path.realpath(demo_db_path))]


def test_nothing_but_sqlite_opens_the_live_file(watch: Any, demo_db_path: Path, tmp_path: Path) -> None:
    app = Database.open(demo_db_path)  # "the app": holds a connection for the whole test
    try:
        candidates.list_candidates(app)
        seen = watch(demo_db_path)
        # everything the app and the CLI do to the file while the app is open
        assert maintenance.check(app).ok
        report = maintenance.on_start(app, keep=3)
        assert report.backup is not None
        maintenance.backup(app, out=tmp_path / "copy.db")
        maintenance.latest_good_backup(app)
        maintenance.rotate(app, keep=1)
        other = Database.open(demo_db_path)  # a second window of the same process
        other.close()
        for argv in (
            ["db", "check"],
            ["candidate", "list"],
            ["db", "backup"],
            ["candidate", "add", "Zoë Ødegård", "--loop", candidates.list_candidates(app)[0].loop_id],
        ):
            assert cli.main(["--db", str(demo_db_path), *argv]) == 0, argv
        assert seen == []
    finally:
        app.close()


OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM candidate").fetchone()
conn.close()  # the last connection to close checkpoints and deletes the WAL
"""


def _deleted_descriptors() -> list[str]:
    fds = Path("/proc/self/fd")
    out = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.endswith("(deleted)"):
            out.append(target)
    return out


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_another_program_closing_the_file_leaves_the_apps_wal_alone(demo_db_path: Path) -> None:
    app = Database.open(demo_db_path)
    try:
        loop = candidates.list_candidates(app)[0].loop_id
        candidates.add_candidate(app, name="Before Check", loop=loop)
        wal = Path(f"{demo_db_path}-wal")
        assert wal.exists()
        maintenance.check(app)  # the start-up check, run while the app is open
        subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(demo_db_path)], check=True, timeout=60)
        assert wal.exists(), "another program deleted the WAL under the open app"
        candidates.add_candidate(app, name="After Check", loop=loop)
        assert not [d for d in _deleted_descriptors() if str(demo_db_path) in d]
    finally:
        app.close()
    fresh = Database.open(demo_db_path)
    try:
        names = {c.name for c in candidates.list_candidates(fresh)}
    finally:
        fresh.close()
    assert {"Before Check", "After Check"} <= names
