"""Connect a page to the window's actions that belong to it.

Page commands (Import Job Description, Add Stage...) are declared in
:mod:`actions` like every other command, so the window builds them into its
menus. The page that handles one finds it in its window by ``objectName``,
connects its slot, and keeps it enabled only while the page is on screen
(and while the page says it applies): a command is never offered for a
screen the user cannot see, and pages may share a shortcut.

A page built outside a main window (tests, tools) gets its own copies of
the actions, with the same names and shortcuts, scoped to the page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from interview_planner_ui.actions import SPECS, ActionId, apply_spec, tr


class PageActions(QObject):
    """The actions of one page: found (or made), connected, enabled with the page."""

    def __init__(
        self, page: QWidget, handlers: Mapping[ActionId, Callable[[], None]]
    ) -> None:
        super().__init__(page)
        self._page = page
        self._actions: dict[ActionId, QAction] = {}
        self._wanted: dict[ActionId, bool] = {}
        self._connections: list[QMetaObject.Connection] = []
        for action_id, handler in handlers.items():
            action = self._find(action_id) or self._make(action_id)
            self._connections.append(action.triggered.connect(handler))
            self._actions[action_id] = action
            self._wanted[action_id] = True
        page.installEventFilter(self)
        self._sync()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def set_available(self, action_id: ActionId, available: bool) -> None:
        """Whether the command applies now (something selected...); shown only on screen."""
        self._wanted[action_id] = available
        self._sync()

    def release(self) -> None:
        """Disconnect and disable (the page is going away)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()
        self._page.removeEventFilter(self)
        for action in self._actions.values():
            action.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._sync()
        return False

    def _sync(self) -> None:
        shown = self._page.isVisible()
        for action_id, action in self._actions.items():
            action.setEnabled(shown and self._wanted[action_id])

    def _find(self, action_id: ActionId) -> QAction | None:
        window = self._page.window()
        if window is self._page:
            return None
        return window.findChild(
            QAction, action_id.value, Qt.FindChildOption.FindDirectChildrenOnly
        )

    def _make(self, action_id: ActionId) -> QAction:
        action = QAction(tr(SPECS[action_id].text), self._page)
        apply_spec(action, SPECS[action_id], self._page)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._page.addAction(action)
        return action
