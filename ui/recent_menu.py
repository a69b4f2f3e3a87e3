"""The "Open Recent" submenu, rebuilt whenever the recent list changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu


class RecentMenu(QObject):
    """Fills a menu with database paths, most recent first.

    Signals:
        chosen(str): the user picked this database.
        clear_requested(): the user asked to forget the list.
    """

    chosen = Signal(str)
    clear_requested = Signal()

    def __init__(self, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        menu.setObjectName("menu_recent_databases")

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
        self.menu.menuAction().setEnabled(bool(paths))
