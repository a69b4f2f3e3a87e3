"""Erasure leaves no trace of the candidate: not in the tables, not in the file's bytes, not in backups."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pg_support import database_contents

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
