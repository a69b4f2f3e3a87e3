"""Actions are declared once; menus and the toolbar are built from the declarations."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

from interview_planner_ui.common.actions import (
    ACTIONS,
    MENUS,
    SPECS,
    TOOLBAR,
    ActionId,
    build_menus,
    create_actions,
)


def test_every_id_is_declared_once() -> None:
    assert [spec.id for spec in ACTIONS] == list(dict.fromkeys(spec.id for spec in ACTIONS))
    assert set(SPECS) == set(ActionId)


def test_every_action_is_reachable_from_a_menu() -> None:
    in_menus = {item for menu in MENUS for item in menu.items if item is not None}
    assert in_menus == set(ActionId)
    assert {item for item in TOOLBAR if item is not None} <= in_menus


def test_factory_names_and_shortcuts(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = create_actions(window, QUndoStack(window))
    assert {a.objectName() for a in actions.values()} == {i.value for i in ActionId}
    expected = {
        ActionId.OPEN_DATABASE: "Ctrl+O",
        ActionId.UNDO: "Ctrl+Z",
        ActionId.REDO: "Ctrl+Shift+Z",
        ActionId.FIND: "Ctrl+F",
        ActionId.QUIT: "Ctrl+Q",
    }
    for action_id, keys in expected.items():
        shortcuts = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in actions[action_id].shortcuts()]
        assert keys in shortcuts, (action_id, shortcuts)
    assert all(a.toolTip() for a in actions.values())


def test_undo_and_redo_follow_the_stack(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    actions = create_actions(window, stack)
    assert not actions[ActionId.UNDO].isEnabled()
    from PySide6.QtGui import QUndoCommand

    stack.push(QUndoCommand("Rename role"))
    assert actions[ActionId.UNDO].isEnabled()
    assert "Rename role" in actions[ActionId.UNDO].text()


def test_menus_come_from_the_declarations(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = create_actions(window, QUndoStack(window))
    menus = build_menus(window.menuBar(), actions)
    assert list(menus) == [m.key for m in MENUS]
    file_actions = [a.objectName() for a in menus["file"].actions() if not a.isSeparator()]
    assert file_actions == [
        "open_database",
        "recent_databases",
        "import_banks",
        "import_scorecards",
        "settings",
        "quit",
    ]


def _mnemonic(text: str) -> str | None:
    marked = text.replace("&&", "")
    at = marked.find("&")
    return marked[at + 1].lower() if 0 <= at < len(marked) - 1 else None


def test_mnemonics_are_unique_in_the_menu_bar_and_in_each_menu() -> None:
    bar = [_mnemonic(menu.title) for menu in MENUS]
    assert None not in bar and len(set(bar)) == len(bar), bar
    for menu in MENUS:
        keys = [_mnemonic(SPECS[item].text) for item in menu.items if item is not None]
        assert None not in keys, menu.key
        assert len(set(keys)) == len(keys), (menu.key, keys)


def test_destructive_commands_are_never_one_keystroke_away() -> None:
    destructive = {
        ActionId.REPLAN_LOOP,  # replaces the stages
        ActionId.DELETE_ROLE,
        ActionId.DELETE_LOOP,
        ActionId.ERASE_CANDIDATE,
    }
    for action_id in destructive:
        assert SPECS[action_id].shortcut is None, action_id


def test_shortcuts_are_distinct() -> None:
    seen: dict[str, ActionId] = {}
    for spec in ACTIONS:
        if isinstance(spec.shortcut, str):
            assert spec.shortcut not in seen, (spec.id, seen.get(spec.shortcut))
            seen[spec.shortcut] = spec.id
