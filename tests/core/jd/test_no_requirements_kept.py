"""A posting in which nothing is recognised is kept: the role is created with its text, no skills, and a notice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from interview_planner.services.roles import get_role, import_role

NOTHING = (
    "Night Baker\n\nWe bake bread for the whole street. Our shop opens at six and closes at two.\nCome and say hello.\n"
)


DUTIES_ONLY = "Responsibilities\n- Bake the morning bread\n- Clean the ovens\n"


def test_a_posting_of_duties_only_is_kept_too(db) -> None:  # type: ignore[no-untyped-def]
    view = import_role(db, text_=DUTIES_ONLY, source_name="night-baker.txt")
    assert view.role.title == "Night baker"  # from the file name
    assert view.skills == [] and view.notice is not None


def test_the_role_is_created_with_the_posting_and_says_why_it_has_no_skills(db) -> None:  # type: ignore[no-untyped-def]
    view = import_role(db, text_=NOTHING, source_name="baker.txt")
    assert view.role.title == "Night Baker"
    assert view.skills == []
    assert view.notice is not None and "no skill requirements were found" in view.notice
    assert get_role(db, view.role.id).role.id == view.role.id  # stored, not only returned
    with db.read() as session:
        from interview_planner.db.models import Role

        stored = session.get(Role, view.role.id)
        assert stored is not None and stored.source_text == NOTHING


def test_the_cli_stores_it_and_prints_the_notice(tmp_path: Path) -> None:
    db, posting = tmp_path / "x.db", tmp_path / "baker.txt"
    posting.write_text(NOTHING, encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "interview_planner", "--db", str(db), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env={**os.environ})

    assert run("init").returncode == 0
    result = run("role", "import", str(posting))
    assert result.returncode == 0, result.stderr
    assert "no skill requirements were found" in result.stdout
    listed = json.loads(run("role", "list", "--json").stdout)
    assert [r["title"] for r in listed["roles"]] == ["Night Baker"]
