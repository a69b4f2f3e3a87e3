"""Erasure leaves no trace of the candidate: not in the tables, not in the file's bytes, not in backups."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pg_support import database_contents

from interview_planner import cli
from interview_planner.services import candidates, decisions, maintenance, privacy


def file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only
def test_erase_removes_every_row_and_the_bytes(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    person = candidates.get_candidate(demo_db, "Jordan Rivera")
    decisions.record_override(demo_db, candidate=person.id, decision="hire", reason="Jordan's override note xyzzy")
    decisions.sign_off(demo_db, candidate=person.id, by="Dana Kim", reason="Signed for Jordan plugh")
    backup = maintenance.backup(demo_db, label="daily")
    assert b"Jordan Rivera" in backup.read_bytes()
    report = privacy.erase_candidate(demo_db, candidate="Jordan Rivera")
    assert report.rows > 7 and report.backups_rewritten == [str(backup)]
    names = [c.name for c in candidates.list_candidates(demo_db)]
    assert names == ["Sam Okafor"]
    demo_db.close()
    assert b"Jordan Rivera" not in file_bytes(demo_db_path)
    assert b"xyzzy" not in file_bytes(demo_db_path) and b"plugh" not in file_bytes(demo_db_path)
    assert b"Jordan Rivera" not in backup.read_bytes()
    assert maintenance.check_file(demo_db_path).ok


@pytest.mark.sqlite_only
def test_erase_empties_the_wal_at_once_or_says_a_reader_holds_it(demo_db, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    wal = demo_db_path.with_name(demo_db_path.name + "-wal")
    assert privacy.erase_candidate(demo_db, candidate="Sam Okafor").wal_cleared
    assert wal.stat().st_size == 0  # the database is still open: the name left the -wal at once
    reader = sqlite3.connect(demo_db_path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM candidate").fetchone()  # a snapshot another program holds
        report = privacy.erase_candidate(demo_db, candidate="Jordan Rivera")
        assert not report.wal_cleared
    finally:
        reader.close()


def test_retention_dry_run_lists_and_apply_anonymises(demo_db) -> None:  # type: ignore[no-untyped-def]
    later = datetime.now(UTC) + timedelta(days=40)
    due = privacy.apply_retention(demo_db, days=30, action="anonymise", now=later)
    assert [i.name for i in due] == ["Jordan Rivera"]
    assert {c.name for c in candidates.list_candidates(demo_db)} == {"Jordan Rivera", "Sam Okafor"}
    assert privacy.apply_retention(demo_db, days=30, action="anonymise", now=datetime.now(UTC)) == []
    privacy.apply_retention(demo_db, days=30, action="anonymise", dry_run=False, now=later)
    names = sorted(c.name for c in candidates.list_candidates(demo_db))
    assert names[0].startswith("Anonymised candidate ") and names[1] == "Sam Okafor"
    anonymous = candidates.get_candidate(demo_db, names[0])
    assert decisions.consolidate(demo_db, anonymous.id).result.decision == "no_hire"  # ratings kept


def test_cli_erase_needs_confirmation(demo_db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "interview_planner", "--db", str(demo_db_path), "candidate", "erase", "Sam Okafor"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 2 and "pass --yes to confirm" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert cli.main(["--db", str(demo_db_path), "candidate", "show", "Sam Okafor"]) == 0  # still there


def test_cli_erase(demo_db_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "interview_planner",
            "--db",
            str(demo_db_path),
            "candidate",
            "erase",
            "Sam Okafor",
            "--yes",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "Sam Okafor"
    if isinstance(demo_db_path, Path):
        assert b"Sam Okafor" not in file_bytes(demo_db_path)
    else:
        assert "Sam Okafor" not in repr(database_contents(demo_db_path))
