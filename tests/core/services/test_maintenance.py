"""Start-up duties: what the app does each time it opens a database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # backups are of a database file

START = """
import json, sys
from interview_planner.db.database import Database
from interview_planner.services import maintenance

# What the services of the first page (the bank's) load anyway; the duties must add none of the rest.
from interview_planner.services import browse, search

db = Database.open(sys.argv[1])
first = maintenance.on_start(db, keep=3)
loaded_without = "interview_planner.services.privacy" in sys.modules
heavy = ("services.records", "services.decisions", "services.loops", "planning.planner")
heavy_loaded = [name for name in heavy if "interview_planner." + name in sys.modules]
again = maintenance.on_start(db, keep=3, retention_days=30)
print(json.dumps({
    "ok": first.check is not None and first.check.ok,
    "backup": first.backup,
    "second_backup": again.backup,
    "retention": again.retention,
    "privacy_loaded_without_retention": loaded_without,
    "heavy_loaded_without_retention": heavy_loaded,
    "privacy_loaded_with_retention": "interview_planner.services.privacy" in sys.modules,
}))
"""


def test_start_up_backs_up_once_a_day_and_loads_retention_only_when_it_is_set(
    demo_db_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "INTERVIEW_PLANNER_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-c", START, str(demo_db_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["ok"] and report["backup"] and Path(report["backup"]).exists()
    assert report["second_backup"] is None  # at most daily
    assert report["retention"] == []  # the demo's decisions are recent
    # The retention code loads most services (it runs on a worker while the window loads its first data).
    assert report["privacy_loaded_without_retention"] is False
    # So do the decision records, of which the duties only delete the expired ones (record_expiry).
    assert report["heavy_loaded_without_retention"] == []
    assert report["privacy_loaded_with_retention"] is True
