"""The UI is a thin layer: its folder is a list of pages, and it holds no SQL (it asks the core).

Read from the source tree without importing Qt or the app.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
SQL_MODULES = ("sqlalchemy", "sqlmodel", "sqlite3", "psycopg")
SQL_TEXT = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+TABLE\s)",
    re.S,  # SQL keywords in capitals, as the core writes them
)


def _ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def _imported(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_the_ui_top_level_is_pages_plus_the_app_and_its_window() -> None:
    loose = sorted(p.name for p in UI.iterdir() if p.is_file() and p.suffix == ".py")
    assert loose == ["__init__.py", "app.py", "main_window.py"]
    pages = {p.name for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {"roles", "loop_designer", "candidates", "scorecard", "debrief", "bank", "rubrics", "common"} <= pages


def test_no_ui_module_imports_a_database_driver_or_writes_sql() -> None:
    modules = _ui_modules()
    assert len(modules) > 40, "the walk found the UI's modules"
    offenders = []
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name in _imported(tree):
            if name.split(".")[0] in SQL_MODULES:
                offenders.append(f"{path.relative_to(UI)} imports {name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno} holds SQL {node.value[:40]!r}")
    assert offenders == []


def test_the_sql_check_recognises_sql() -> None:
    """The pattern above is not vacuous: it matches the statements the core writes, not UI words."""
    assert SQL_TEXT.match("SELECT id FROM stage WHERE loop_id = :l")
    assert SQL_TEXT.match("UPDATE scorecard SET status = 'draft'")
    assert not SQL_TEXT.match("Select a stage from the list")
    assert not SQL_TEXT.match("Delete the loop?")
