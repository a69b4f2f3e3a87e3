"""Connect a page to the window actions it handles.

Page commands (Import Job Description, Add Stage, Open Scorecard...) are
declared once in :mod:`actions` (so they are in the menus, with their
shortcuts) and name the page that handles them. That page finds each one in
its window by ``objectName``, connects its handler, and keeps it enabled
only while the page is on screen and the command applies
(:meth:`PageActions.set_available`): a command is never offered for a screen
the user cannot see, and pages may share a shortcut; except the few declared
``anywhere`` (Add Candidate, New Loop, Import Job Description…), which the
window offers on every page and which open their page first. The page releases them
when the database closes, so a rebuilt page never receives its
predecessor's clicks.

A page built outside a main window (tests, tools) gets its own copies of
the actions, with the same names and shortcuts, scoped to the page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from interview_planner_ui.common.actions import SPECS, ActionId, apply_spec, tr

Handler = Callable[[], None]


class PageActions(QObject):
    """The window actions one page handles."""

    def __init__(self, page: QWidget, handlers: Mapping[ActionId, Handler]) -> None:
        super().__init__(page)
        self._page = page
        self._actions: dict[ActionId, QAction] = {}
        self._slots: dict[ActionId, Callable[[bool], None]] = {}
        self._wanted: dict[ActionId, bool] = {}
        for action_id, handler in handlers.items():
            action = self._find(action_id) or self._make(action_id)
            slot = _slot(handler)
            action.triggered.connect(slot)
            self._actions[action_id], self._slots[action_id] = action, slot
            self._wanted[action_id] = True
        page.installEventFilter(self)
        self._sync()

    def get(self, action_id: ActionId) -> QAction | None:
        return self._actions.get(action_id)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

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
        self._page.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._sync()
        return False

    def _sync(self) -> None:
        shown = self._page.isVisible()
        for action_id, action in self._actions.items():
            action.setEnabled((shown or SPECS[action_id].anywhere) and self._wanted[action_id])

    def _find(self, action_id: ActionId) -> QAction | None:
        window = self._page.window()
        if window is self._page:
            return None
        return window.findChild(QAction, action_id.value, Qt.FindChildOption.FindDirectChildrenOnly)

    def _make(self, action_id: ActionId) -> QAction:
        action = QAction(tr(SPECS[action_id].text), self._page)
        apply_spec(action, SPECS[action_id], self._page)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._page.addAction(action)
        return action


def _slot(handler: Handler) -> Callable[[bool], None]:
    def triggered(_checked: bool = False) -> None:
        handler()

    return triggered
