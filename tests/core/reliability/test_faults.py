"""Faults of the environment: a damaged file, a full disk, a read-only folder, a lock held too long.

Each gives one line naming the file and what to do, exit 5 (a damaged file found by
``db check``: exit 1), and nothing half-written; a damaged file is recovered with ``db restore``.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_planner import cli
from interview_planner.db import engine
from interview_planner.db.database import Database
from interview_planner.services import maintenance

pytestmark = pytest.mark.sqlite_only


def run(capsys: Any, db: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, *, naming: Path) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(naming) in lines[0], err
    return lines[0]


@pytest.fixture
def truncated(tmp_path: Path, demo_db_path: Path) -> tuple[Path, Path]:
    """A database cut in half (a copy interrupted, a full disk), with a good backup beside it."""
    path = tmp_path / "work" / "planner.db"
    path.parent.mkdir()
    shutil.copyfile(demo_db_path, path)
    db = Database.open(path)
    good = maintenance.backup(db, label="daily")
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as fh:  # no connection is open in this process
        fh.truncate(size // 2)
    return path, good


def test_a_truncated_file_is_reported_refused_and_restored(capsys: Any, truncated: tuple[Path, Path]) -> None:
    path, good = truncated
    code, _, err = run(capsys, path, "candidate", "list")
    assert code == 5 and "damaged" in one_line(err, naming=path) and "db restore" in err
    code, out, _ = run(capsys, path, "db", "check")
    assert code == 1 and "problem:" in out
    code, _, err = run(capsys, path, "interviewer", "add", "Nobody Writes")
    assert code == 5 and "damaged" in one_line(err, naming=path)

    code, out, err = run(capsys, path, "db", "restore", str(good))
    assert code == 0, err
    moved = [p for p in good.parent.iterdir() if p.name.endswith(".damaged.db")]
    assert len(moved) == 1 and moved[0].stat().st_size > 0  # the damaged file kept, byte for byte
    assert str(moved[0]) in out
    code, out, err = run(capsys, path, "candidate", "list")
    assert code == 0 and "Sam Okafor" in out, err
    assert run(capsys, path, "interviewer", "add", "Writes Again")[0] == 0
    assert run(capsys, path, "db", "check")[0] == 0


def test_writes_are_refused_on_a_file_that_failed_its_check(capsys: Any, demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:  # a question lost from the search index
        conn.execute("DELETE FROM question_fts WHERE rowid IN (SELECT rowid FROM question_fts LIMIT 1)")
    code, out, _ = run(capsys, demo_db_path, "db", "check")
    assert code == 1 and "missing from the search index" in out
    assert run(capsys, demo_db_path, "candidate", "list")[0] == 0  # reading is fine
    code, _, err = run(capsys, demo_db_path, "interviewer", "add", "Nobody Writes")
    line = one_line(err, naming=demo_db_path)
    assert code == 5 and "failed its health check" in line and "db restore" in line
    code, out, _ = run(capsys, demo_db_path, "interviewer", "list")
    assert "Nobody Writes" not in out


def test_a_folder_named_with_uri_characters_is_checked_and_backed_up(capsys: Any, tmp_path: Path) -> None:
    folder = tmp_path / "odd#dir %41" / "what? é 空"
    folder.mkdir(parents=True)
    path = folder / "plan ner.db"
    assert run(capsys, path, "init")[0] == 0
    code, out, err = run(capsys, path, "db", "check")
    assert code == 0 and out.strip().endswith(": ok"), out + err
    db = Database.open(path)
    try:
        report = maintenance.on_start(db)
    finally:
        db.close()
    assert report.check is not None and report.check.ok
    assert report.backup is not None and Path(report.backup).parent == folder / "backups"
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert all(str(p).startswith("odd#dir %41") for p in made), made  # no stray file ("%41" -> "A")


@pytest.mark.parametrize("content", [None, b""], ids=["missing", "empty"])
def test_read_only_commands_never_create_a_database(capsys: Any, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "typo.db"
    if content is not None:
        path.write_bytes(content)
    for command in (["candidate", "list"], ["role", "list"], ["db", "check"], ["role", "import", "x.txt"]):
        code, _, err = run(capsys, path, *command)
        assert code == 5 and "init" in one_line(err, naming=path), command
    assert (path.read_bytes() if path.exists() else None) == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content is None else ["typo.db"])


def test_a_lock_held_too_long_is_exit_5(capsys: Any, demo_db_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
        code, _, err = run(capsys, demo_db_path, "interviewer", "add", "Waits Too Long")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    line = one_line(err, naming=demo_db_path)
    assert code == 5 and "locked by another program" in line and "try again" in line


def _cli_process(db: Path, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_planner", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def test_a_full_disk_is_exit_5_and_leaves_no_half_written_backup(tmp_path: Path, demo_db_path: Path) -> None:
    limit = demo_db_path.stat().st_size // 3  # `ulimit -f`: no file of this process may grow past it

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = tmp_path / "copy.db"
    result = _cli_process(demo_db_path, "db", "backup", "--out", str(out), preexec_fn=small_disk)
    assert result.returncode == 5, result.stderr
    line = one_line(result.stderr, naming=out)
    assert "free some space" in line or "disk" in line
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []

    fresh = tmp_path / "new.db"  # a first `init` on a nearly full disk
    result = _cli_process(fresh, "init", preexec_fn=_tiny_disk)
    assert result.returncode == 5, result.stderr
    assert "disk" in one_line(result.stderr, naming=fresh)
    assert not list(tmp_path.glob("new.db*"))  # no half-created database left behind


def _tiny_disk() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only even for root (a read-only bind mount), else by its mode."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"running as root and cannot bind-mount read-only: {mounted.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, check=False)


def test_a_read_only_folder_is_exit_5_naming_the_file(capsys: Any, tmp_path: Path, demo_db_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "planner.db"
    shutil.copyfile(demo_db_path, path)
    with read_only(folder):
        for command in (
            ["candidate", "list"],
            ["interviewer", "add", "Cannot Write"],
            ["db", "backup"],
            ["db", "check"],
        ):
            code, _, err = run(capsys, path, *command)
            assert code == 5, (command, err)
            assert "writable" in one_line(err, naming=path) or "read-only" in err, err


def test_the_health_check_finds_search_index_entries_of_deleted_questions(demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:
        conn.execute("INSERT INTO question_fts (question_id, text, skills, follow_ups) VALUES ('gone', 'x', '', '')")
    report = maintenance.check_file(demo_db_path)
    assert not report.ok and report.problems == ["1 search-index entries of deleted questions"]


def test_a_search_row_numbered_for_another_question_is_missing_and_left_over(demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:  # the row of one question no longer has its question's rowid
        conn.execute("UPDATE question_fts SET rowid = rowid + 1000000 WHERE rowid = (SELECT max(rowid) FROM question)")
    report = maintenance.check_file(demo_db_path)
    assert report.problems == [
        "1 questions missing from the search index",
        "1 search-index entries of deleted questions",
    ]


def test_the_full_check_finds_an_index_that_does_not_match_its_table(capsys: Any, demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:  # the stored entries of an index no longer match its definition
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, '(skill_id, question_id)', '(question_id, skill_id)') "
            "WHERE name = 'ix_question_skill_skill_question'"
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    code, out, _ = run(capsys, demo_db_path, "db", "check", "--full")
    assert code == 1 and "problem: integrity:" in out
    assert "db restore" in run(capsys, demo_db_path, "interviewer", "add", "Nobody Writes")[2]


def test_the_health_check_finds_links_to_a_missing_question(demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:  # foreign keys off: what another program could leave
        conn.execute(
            "INSERT INTO question_skill (question_id, skill_id, position) "
            "SELECT 'gone', id, 0 FROM catalogue_skill LIMIT 1"
        )
    report = maintenance.check_file(demo_db_path)
    assert report.problems == ["question-skill links name 1 missing question(s) or skill(s)"]


def test_role_import_before_init_says_to_run_init(capsys: Any, tmp_path: Path) -> None:
    path = tmp_path / "bare.db"
    Database.open(path).close()  # a schema, but no catalogue, banks or rubrics
    posting = tmp_path / "posting.txt"
    posting.write_text("Senior Engineer\n\nRequirements\n- Kubernetes in production\n", encoding="utf-8")
    code, _, err = run(capsys, path, "role", "import", str(posting))
    assert code == 1 and "init" in one_line(err, naming=path)
    assert run(capsys, path, "role", "list")[1].startswith("no roles")
