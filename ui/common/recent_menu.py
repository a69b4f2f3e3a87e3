"""The "Open Recent" submenu, rebuilt whenever the recent list changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class RecentMenu(QObject):
    """The submenu of ``action``: database paths, most recent first.

    Signals:
        chosen(str): the user picked this database.
        clear_requested(): the user asked to forget the list.
    """

    chosen = Signal(str)
    clear_requested = Signal()

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.action = action
        self.menu = QMenu(parent)
        self.menu.setObjectName("menu_recent_databases")
        action.setMenu(self.menu)

    def set_paths(self, paths: Sequence[str]) -> None:
        self.menu.clear()
        for number, path in enumerate(paths, start=1):
            label = path.replace("&", "&&")
            action = self.menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.setObjectName(f"recent_database_{number - 1}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
        if paths:
            self.menu.addSeparator()
            clear = self.menu.addAction(self.tr("&Clear Menu"))
            clear.setObjectName("clear_recent_databases")
            clear.triggered.connect(self.clear_requested)
        self.action.setEnabled(bool(paths))
