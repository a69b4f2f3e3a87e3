"""PySide's per-import check, answered from the file's bytes: the same answers, installed by the app."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

from interview_planner_ui import app
from interview_planner_ui.common import pyside_hook


def _pyside_check() -> Any:
    return getattr(sys.modules[pyside_hook.FEATURE_MODULE], pyside_hook.CHECK)


def test_the_app_installs_it_and_it_answers_as_pysides_own_check_for_every_loaded_module() -> None:
    app.create_application()
    check = _pyside_check()
    original = check.fallback  # PySide's own: the app installed ours in front of it
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300  # Qt, pydantic, SQLAlchemy, pytest and ours: plain files, packages, built-ins
    assert [check(m) for m in modules] == [original(m) for m in modules]
    assert check(sys.modules["interview_planner_ui.app"]) is True  # it imports PySide6
    assert check(sys.modules["interview_planner.errors"]) is False  # the core never does
    assert pyside_hook.install() is False  # once is enough


def test_a_module_without_a_plain_source_file_gets_pysides_own_answer() -> None:
    assert pyside_hook.uses_pyside(sys) is None  # built-in
    assert pyside_hook.uses_pyside(types.ModuleType("made_here")) is None  # no file at all
    compiled = types.ModuleType("compiled_only")
    compiled.__file__ = "/nowhere/compiled_only.pyc"
    assert pyside_hook.uses_pyside(compiled) is None
    gone = types.ModuleType("gone")
    gone.__file__ = "/nowhere/gone.py"
    assert pyside_hook.uses_pyside(gone) is None  # unreadable: PySide's check decides


def test_nothing_is_replaced_when_pyside_has_no_such_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, pyside_hook.FEATURE_MODULE, types.ModuleType(pyside_hook.FEATURE_MODULE))
    assert pyside_hook.install() is False
