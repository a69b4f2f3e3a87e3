"""Connect a page to the window actions it handles.

Commands such as "Open Scorecard" are declared once in :mod:`actions` (so
they are in the menus, with their shortcuts) and name the page that handles
them. That page connects them here when it is built, enables them while
they make sense for its selection, and releases them when the database
closes, so a rebuilt page never receives its predecessor's clicks.

Two ways to build one:

* ``PageActions(context.actions, handlers)``: the window's actions, enabled
  and disabled by the page with :meth:`set_enabled`.
* ``PageActions(page, handlers)``: the actions are found in the page's window
  by ``objectName`` (or, for a page built on its own, made as page-scoped
  copies), and :meth:`set_available` keeps each one enabled only while the
  page is on screen and the command applies, so pages may share shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from interview_planner_ui.actions import SPECS, ActionId, apply_spec, tr

Handler = Callable[[], None]


class PageActions(QObject):
    """The window actions one page handles."""

    def __init__(
        self,
        actions: Mapping[ActionId, QAction] | QWidget,
        handlers: Mapping[ActionId, Handler],
    ) -> None:
        page = actions if isinstance(actions, QWidget) else None
        super().__init__(page)
        self._page = page
        self._actions: dict[ActionId, QAction] = {}
        self._slots: dict[ActionId, Callable[[bool], None]] = {}
        self._wanted: dict[ActionId, bool] = {}
        for action_id, handler in handlers.items():
            action = self._lookup(actions, action_id)
            if action is None:
                continue
            slot = _slot(handler)
            action.triggered.connect(slot)
            self._actions[action_id], self._slots[action_id] = action, slot
            self._wanted[action_id] = True
        if page is not None:
            page.installEventFilter(self)
            self._sync()

    def get(self, action_id: ActionId) -> QAction | None:
        return self._actions.get(action_id)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def set_enabled(self, action_id: ActionId, enabled: bool) -> None:
        action = self._actions.get(action_id)
        if action is not None:
            action.setEnabled(enabled)

    def set_available(self, action_id: ActionId, available: bool) -> None:
        """Whether the command applies now; it is enabled only while the page is shown too."""
        self._wanted[action_id] = available
        self._sync()

    def release(self) -> None:
        """Disconnect and disable every action (the page is going away)."""
        for action_id, action in self._actions.items():
            action.triggered.disconnect(self._slots[action_id])
            action.setEnabled(False)
        self._actions.clear()
        self._slots.clear()
        if self._page is not None:
            self._page.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._sync()
        return False

    def _sync(self) -> None:
        shown = self._page is None or self._page.isVisible()
        for action_id, action in self._actions.items():
            action.setEnabled(shown and self._wanted[action_id])

    def _lookup(
        self, actions: Mapping[ActionId, QAction] | QWidget, action_id: ActionId
    ) -> QAction | None:
        if not isinstance(actions, QWidget):
            return actions.get(action_id)
        window = actions.window()
        found = (
            None
            if window is actions
            else window.findChild(
                QAction, action_id.value, Qt.FindChildOption.FindDirectChildrenOnly
            )
        )
        return found or self._make(actions, action_id)

    @staticmethod
    def _make(page: QWidget, action_id: ActionId) -> QAction:
        action = QAction(tr(SPECS[action_id].text), page)
        apply_spec(action, SPECS[action_id], page)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)
        return action


def _slot(handler: Handler) -> Callable[[bool], None]:
    def triggered(_checked: bool = False) -> None:
        handler()

    return triggered
