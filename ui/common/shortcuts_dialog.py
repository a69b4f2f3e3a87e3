"""Help > Keyboard Shortcuts: generated from the action declarations, so it never goes stale.

Every command of :data:`actions.ACTIONS` with a shortcut, grouped by the menu
it is in, then the page shortcuts (Ctrl+1…) and the keys that work inside
pages (scorecard ratings, tables).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_planner_ui.common.actions import MENUS, SPECS, StandardKey, tr
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.pages import PAGES

IN_PAGE_KEYS = (
    ("Scorecard", "1 2 3 4", "Rate the skill in focus (rubric level)"),
    ("Scorecard", "N", "Mark the skill in focus as not assessed (again to clear)"),
    ("Scorecard", "↑ ↓", "Previous / next skill"),
    ("Tables", "Arrow keys", "Move within a table; Tab moves to the next control"),
    ("Loop designer", "Space", "Toggle the coverage cell in focus (double-click too)"),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(group, keys, command) for every declared shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    for menu in MENUS:
        group = tr(menu.title).replace("&", "")
        for item in menu.items:
            if item is None:
                continue
            spec = SPECS[item]
            if spec.shortcut is None:
                continue
            if isinstance(spec.shortcut, StandardKey):
                bindings = QKeySequence.keyBindings(spec.shortcut)
                text = bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""
            else:
                text = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            if text:
                rows.append((group, text, tr(spec.text).replace("&", "").rstrip("…")))
        if menu.key == "view":
            for number, page in enumerate(PAGES[:9], start=1):
                page_keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((group, page_keys, page.display_title()))
    for group, keys, what in IN_PAGE_KEYS:
        rows.append(
            (
                QCoreApplication.translate("Shortcuts", group),
                keys,
                QCoreApplication.translate("Shortcuts", what),
            )
        )
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows()
        self.table = named(QTableWidget(len(rows), 3, self), "shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Command")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
