"""The main window's pages: a small base class and the list of pages.

A page is a widget over one open database. It gets everything it needs in a
:class:`PageContext` (no global window object to reach for) and is rebuilt
when the user opens another database, so it never has to re-target itself.

To add a screen (roles, loops, scorecards...): subclass :class:`Page` in its
own ``*_view.py`` module and append a :class:`PageSpec` to :data:`PAGES`.
The navigation list, the View menu and the Ctrl+<n> shortcuts follow.
Page modules are imported only when a database is open, which keeps the
heavier core imports out of the way of the first paint, and each page is
built the first time it is shown or asked for (:class:`LazyPages`), so
opening a database costs one page, not all of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP
from interview_planner_ui.common.navigator import Navigator
from interview_planner_ui.common.next_step import Step
from interview_planner_ui.common.window_state import WindowState

if TYPE_CHECKING:
    from interview_planner.db.database import Database


@dataclass
class PageContext:
    """What a page may use: the open database and the window's shared services."""

    db: Database
    presenter: ErrorPresenter
    undo_stack: QUndoStack
    state: WindowState
    post_status: Callable[[str], None]
    # Send the user to another page ("open this interview's scorecard"): one typed method per destination
    navigator: Navigator = field(default_factory=lambda: Navigator(lambda _key: None))
    # Offer the next step of the workflow above the pages ("Plan a Loop…" after an import)
    suggest: Callable[[Step | None], None] = lambda _step: None


class Page(QWidget):
    """Base class of a main-window page; every hook has a harmless default."""

    key = "page"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload from the database after something else changed it (an import...)."""

    def next_step(self) -> Step | None:
        """What to do on this page when it has nothing to show yet (its empty state's action)."""
        return None

    def focus_find(self) -> bool:
        """Put the keyboard in this page's search box; False if it has none."""
        return False

    def save_state(self) -> None:
        """Store splitter sizes, column widths... in ``context.state``."""

    def restore_state(self) -> None:
        """Restore what :meth:`save_state` stored (called once the page is built)."""

    def shutdown(self) -> None:
        """Stop background work; the database closes right after."""

    def state_key(self, name: str) -> str:
        return f"pages/{self.key}/{name}"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated in the "Pages" context
    module: str
    class_name: str
    icon: QStyle.StandardPixmap

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def nav_icon(self, style: QStyle) -> QIcon:
        return style.standardIcon(self.icon)

    def create(self, context: PageContext, parent: QWidget | None = None) -> Page:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        page: Page = cls(context, parent)
        page.setObjectName(f"page_{self.key}")
        return page


# In workflow order: a role, its loop, the candidates, their scorecards, the decision; then the content.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "roles",
        QT_TRANSLATE_NOOP("Pages", "Roles"),
        "interview_planner_ui.roles.roles_view",
        "RolesView",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    PageSpec(
        "loops",
        QT_TRANSLATE_NOOP("Pages", "Loop designer"),
        "interview_planner_ui.loop_designer.loop_view",
        "LoopDesignerView",
        QStyle.StandardPixmap.SP_BrowserReload,
    ),
    PageSpec(
        "candidates",
        QT_TRANSLATE_NOOP("Pages", "Candidates"),
        "interview_planner_ui.candidates.candidates_view",
        "CandidatesView",
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
    PageSpec(
        "scorecard",
        QT_TRANSLATE_NOOP("Pages", "Scorecard"),
        "interview_planner_ui.scorecard.scorecard_view",
        "ScorecardView",
        QStyle.StandardPixmap.SP_DialogApplyButton,
    ),
    PageSpec(
        "debrief",
        QT_TRANSLATE_NOOP("Pages", "Debrief"),
        "interview_planner_ui.debrief.debrief_view",
        "DebriefView",
        QStyle.StandardPixmap.SP_MessageBoxInformation,
    ),
    PageSpec(
        "bank",
        QT_TRANSLATE_NOOP("Pages", "Question bank"),
        "interview_planner_ui.bank.bank_view",
        "BankView",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    PageSpec(
        "rubrics",
        QT_TRANSLATE_NOOP("Pages", "Rubrics"),
        "interview_planner_ui.rubrics.rubric_view",
        "RubricView",
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
    PageSpec(
        "calibration",
        QT_TRANSLATE_NOOP("Pages", "Calibration"),
        "interview_planner_ui.calibration.calibration_view",
        "CalibrationView",
        QStyle.StandardPixmap.SP_ComputerIcon,
    ),
    PageSpec(
        "fairness",
        QT_TRANSLATE_NOOP("Pages", "Fairness"),
        "interview_planner_ui.fairness.fairness_view",
        "FairnessView",
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
)


class LazyPages(Mapping[str, Page]):
    """The pages over one open database, each built on first use.

    ``pages[key]`` (and ``get``) builds the page if it is not built yet;
    ``key in pages``, iteration and ``len`` see every page of :data:`PAGES`
    without building any; :meth:`built` lists the ones that exist (to save
    their state, refresh or shut them down). Without a ``build`` function
    (no database open) there are no pages at all.
    """

    def __init__(self, build: Callable[[PageSpec], Page] | None = None) -> None:
        self._build = build
        self._specs = {spec.key: spec for spec in PAGES} if build is not None else {}
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            spec = self._specs[key]  # KeyError for a page that does not exist
            assert self._build is not None
            page = self._built[key] = self._build(spec)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[Page]:
        return list(self._built.values())
