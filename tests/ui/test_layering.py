"""The core never imports Qt (checked in a fresh interpreter).

import-linter states the same contract in pyproject; this test keeps it
true in every test run, including environments without the dev tools.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import importlib, pkgutil, sys
    import interview_planner
    for info in pkgutil.walk_packages(interview_planner.__path__, "interview_planner."):
        if info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except Exception:  # a module another team is still writing must not hide the check
            pass
    banned = {"PySide6", "shiboken6", "interview_planner_ui"}
    qt = sorted(m for m in sys.modules if m.split(".")[0] in banned)
    print(",".join(qt) or "clean")
""")


def test_core_imports_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "clean"
