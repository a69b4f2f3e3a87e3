"""The core is Qt-free: importing every core module loads no PySide6."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import importlib, pkgutil, sys
import interview_planner
names = [m.name for m in pkgutil.walk_packages(interview_planner.__path__, "interview_planner.")
         if not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "interview_planner_ui")))
print(len(names), "modules")
print("QT:" + ",".join(qt))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 20, result.stdout  # the walk really found the core
    assert result.stdout.strip().endswith("QT:"), result.stdout


def test_version_and_help_do_not_load_the_database_layer() -> None:
    script = (
        "import sys; from interview_planner.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'reportlab', 'PySide6') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert "HEAVY:\n" in result.stdout + "\n" and "HEAVY:" in result.stdout, result.stdout + result.stderr
    assert result.stdout.strip().endswith("HEAVY:"), result.stdout


def test_help_does_not_read_the_package_metadata() -> None:
    """``--help`` lists the commands without importing importlib.metadata (about 30 ms); ``--version`` reads it."""
    script = (
        "import sys, contextlib, io; from interview_planner.cli import main\n"
        "def run(arg):\n"
        "    out = io.StringIO()\n"
        "    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(out):\n"
        "        main([arg])\n"
        "    return out.getvalue()\n"
        "text = run('--help')\n"
        "print('HELP', 'importlib.metadata' in sys.modules, 'bank' in text)\n"
        "print('VERSION', run('--version').strip())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert "HELP False True" in result.stdout, result.stdout + result.stderr
    from importlib.metadata import version

    assert f"VERSION interview-planner {version('interview-loop-planner')}" in result.stdout, result.stdout
