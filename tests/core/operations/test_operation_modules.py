"""The operations package loads only what a screen asks for, and an Op still names any operation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # a fresh process opens the demo file

FRESH_PROCESS = """
import json, sys
from interview_planner.db.database import Database
from interview_planner.operations import Op, apply
from interview_planner.operations import roles as role_ops
from interview_planner.services import roles

loop_code = ("services.loops", "planning.planner", "operations.records", "operations.stages")
loaded = [name for name in loop_code if "interview_planner." + name in sys.modules]
db = Database.open(sys.argv[1])
(role,) = roles.list_roles(db)
# An Op read back from JSON, naming an operation of a module nobody imported yet (.records).
rename = Op(name="rename", args={"kind": "role", "ref": role.id, "name": "Renamed"})
op = Op.model_validate_json(rename.model_dump_json())
done = apply(db, op)
print(json.dumps({"loaded_with_roles": loaded, "renamed": done.result.name, "undo": done.inverse.name}))
"""


def test_role_operations_load_no_loop_code_and_apply_finds_every_operation(demo_db_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(demo_db_path)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    # The roles page (the app's first) imports these: the loop services and the planner wait for a loop screen.
    assert report["loaded_with_roles"] == []
    assert report["renamed"] == "Renamed" and report["undo"] == "rename"
