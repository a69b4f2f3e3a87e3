"""A missing Qt system library is explained in one line naming the package, not a Qt abort."""

from __future__ import annotations

from typing import Any

import pytest

from interview_planner_ui import app
from interview_planner_ui.common import system_libraries


def test_a_missing_xcb_cursor_is_one_line_naming_the_package(monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_libraries, "_finder", lambda: lambda stem: None if stem == "xcb-cursor" else stem)
    assert app.main(None, []) == 5
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sudo apt install libxcb-cursor0;" in err[0] and "xcb-util-cursor" in err[0]


def test_nothing_is_reported_missing_on_this_machine() -> None:
    assert system_libraries.missing_packages({"QT_QPA_PLATFORM": "xcb"}, platform="linux") == []  # CI installs them


@pytest.mark.parametrize(
    ("env", "platform", "checked"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_only_the_x11_platform_is_checked(env: dict[str, str], platform: str, checked: bool) -> None:
    missing = system_libraries.missing_packages(env, platform=platform, find=lambda _stem: None)
    assert bool(missing) == checked
