"""The main window: navigation on the left, one page per screen, menus from declarations.

It only lays out and wires. Commands come from :mod:`actions`, screens from
:mod:`pages`, opening a database from :mod:`database_opener`, imports from
:mod:`bank_import`; errors go to the one :class:`ErrorPresenter`.

It owns the open database and rebuilds the pages (each on first show)
when another one is opened, one ``QUndoStack`` (every change is stored as it is made, so the
title has no "modified" mark), and the user's :class:`Settings` (recent databases, theme...).
Files dropped on the window are imported: filled scorecards (PDF, JSON kits) here, job
descriptions by the Roles page.

The first window fits the screen's available area (a 1366x768 laptop with its task bar
included); below :data:`WIDE_NAVIGATION` pixels the navigation shrinks to its icons. Window geometry and
splitter positions go to :class:`WindowState`, apart from the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import interview_planner
from interview_planner import APP_NAME
from interview_planner.errors import StorageError
from interview_planner_ui.bank.bank_import import BankImporter
from interview_planner_ui.common.actions import (
    ACTIONS,
    ActionId,
    ActionSpec,
    build_menus,
    build_toolbar,
    create_actions,
)
from interview_planner_ui.common.database_opener import DatabaseOpener
from interview_planner_ui.common.errors import ErrorPresenter
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.navigator import Navigator
from interview_planner_ui.common.next_step import NextStepBar, Step
from interview_planner_ui.common.open_database_dialog import OpenDatabaseDialog
from interview_planner_ui.common.pages import PAGES, LazyPages, Page, PageContext, PageSpec
from interview_planner_ui.common.recent_menu import RecentMenu
from interview_planner_ui.common.scorecard_import import ScorecardImporter, importable
from interview_planner_ui.common.shortcuts_dialog import ShortcutsDialog
from interview_planner_ui.common.theme import apply_theme
from interview_planner_ui.common.window_state import WindowState

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner.settings import Settings
    from interview_planner_ui.common.interviewer_pool import InterviewerPool

KEY = "main_window"
DEFAULT_SIZE = QSize(1200, 760)  # the most the first window takes; less on a smaller screen
MINIMUM_SIZE = QSize(780, 520)
WIDE_NAVIGATION = 1100  # window width from which the navigation shows the page names
NAV_WIDE, NAV_NARROW = 170, 48
STATUS_MS = 6000


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        database_changed(object): the open Database changed (None when closed).
    """

    database_changed = Signal(object)

    def __init__(
        self,
        *,
        settings: Settings | None,
        presenter: ErrorPresenter,
        state: WindowState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(KEY)
        self.settings, self.presenter, self.state = settings, presenter, state
        self.db: Database | None = None
        self.pages = LazyPages()
        self.undo_stack = QUndoStack(self)
        self.actions_by_id = create_actions(self, self.undo_stack)
        self.opener = DatabaseOpener(presenter, self)
        self.importer = BankImporter(presenter, state, self)
        self.scorecard_importer = ScorecardImporter(presenter, self)
        self.setAcceptDrops(True)
        self.setMinimumSize(MINIMUM_SIZE)
        self._build()
        self._wire()
        self._restore_window_state()
        self._update_title()
        self._update_actions()

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.menus = build_menus(self.menuBar(), self.actions_by_id)
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.actions_by_id[ActionId.IMPORT_SCORECARDS].setIconText(self.tr("Import Scorecards"))
        self.actions_by_id[ActionId.OPEN_DATABASE].setIconText(self.tr("Open"))
        build_toolbar(self.toolbar, self.actions_by_id)
        self.nav = self._navigation()
        self.stack = named(QStackedWidget(self), "page_stack")
        self.placeholder = self._no_database_label()
        self.stack.addWidget(self.placeholder)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "main_splitter")
        self.next_step = NextStepBar(self)
        self.next_step_from_page = False
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.next_step)
        column.addWidget(self.stack, 1)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setHandleWidth(1)
        self.setCentralWidget(self.splitter)
        self.set_navigation_narrow(False)
        self.page_actions = self._page_actions()
        self.recent = RecentMenu(self.actions_by_id[ActionId.RECENT_DATABASES], self)
        self.recent.set_paths(self.settings.recent_databases if self.settings else [])
        self.statusBar().setObjectName("status_bar")

    def _navigation(self) -> QListWidget:
        nav = named(QListWidget(self), "navigation")
        nav.setAccessibleName(self.tr("Pages"))
        nav.setIconSize(QSize(20, 20))
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in PAGES:
            item = QListWidgetItem(spec.nav_icon(self.style()), spec.display_title(), nav)
            item.setToolTip(spec.display_title())
            item.setSizeHint(QSize(NAV_NARROW, 34))
        nav.setCurrentRow(0)
        return nav

    def set_navigation_narrow(self, narrow: bool) -> None:
        """Page names beside the icons, or icons alone (the names stay as tooltips)."""
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText("" if narrow else spec.display_title())
        width = NAV_NARROW if narrow else NAV_WIDE
        self.nav.setFixedWidth(width)
        total = sum(self.splitter.sizes())
        if total > width:
            self.splitter.setSizes([width, total - width])
        self.nav_narrow = narrow

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < WIDE_NAVIGATION
        if narrow != getattr(self, "nav_narrow", None):
            self.set_navigation_narrow(narrow)

    def _no_database_label(self) -> QLabel:
        label = QLabel(self._no_database_text(), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("no_database")
        return label

    def _no_database_text(self) -> str:
        return self.tr("No database is open.\nUse File › Open Database… to choose one.")

    def _page_actions(self) -> list[QAction]:
        """One "go to page" action per page, Ctrl+1..Ctrl+9, in the View menu."""
        group, actions = QActionGroup(self), []
        for number, spec in enumerate(PAGES, start=1):
            action = named(QAction(spec.display_title(), self, checkable=True), f"show_page_{spec.key}")
            action.setIcon(spec.nav_icon(self.style()))
            if number < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            group.addAction(action)
            self.menus["view"].addAction(action)
            actions.append(action)
        actions[0].setChecked(True)
        return actions

    # --- wiring -------------------------------------------------------------------

    def _wire(self) -> None:
        handlers = {
            ActionId.OPEN_DATABASE: self._on_open_database,
            ActionId.IMPORT_BANKS: self._on_import_banks,
            ActionId.IMPORT_SCORECARDS: self._on_import_scorecards,
            ActionId.INTERVIEWERS: self.show_interviewers,
            ActionId.SETTINGS: self.show_settings,
            ActionId.REFRESH: self.refresh,
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.QUIT: self.close,
            ActionId.FIND: self._on_find,
            ActionId.ABOUT: self._on_about,
        }
        for action_id, handler in handlers.items():
            self.actions_by_id[action_id].triggered.connect(handler)
        for spec in ACTIONS:
            if spec.page and spec.anywhere:  # connected before any page's own slot: it runs first
                self.actions_by_id[spec.id].triggered.connect(lambda _c=False, s=spec: self._from_elsewhere(s))
        self.nav.currentRowChanged.connect(self.show_page)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.undo_stack.indexChanged.connect(lambda _index: self.update_next_step())
        self.recent.chosen.connect(self._on_recent_chosen)
        self.recent.clear_requested.connect(self._on_recent_cleared)
        self.opener.status_posted.connect(self.post_status)
        self.importer.running_changed.connect(self._update_actions)
        self.importer.imported.connect(self._on_imported)
        self.scorecard_importer.imported.connect(self._on_imported)

    # --- the open database ------------------------------------------------------------

    def open_database(self, target: str, *, create: bool = False, ask: bool = False) -> bool:
        """Open ``target`` (first-run setup included) and show it; False if it failed or the user
        cancelled. With ``ask``, a missing file is created only after asking (create / choose another)."""
        if self.db is None:  # what the window says behind a first-run question or a slow open
            self.placeholder.setText(self.tr("Opening the database…"))
        db = self.opener.open(target, create=create, ask=ask)
        self.placeholder.setText(self._no_database_text())
        if db is None:
            return False
        self.set_database(db)
        return True

    def set_database(self, db: Database) -> None:
        """Show ``db``; the window owns it from now on and closes it when done."""
        self._close_database()
        self.db = db
        context = PageContext(
            db,
            self.presenter,
            self.undo_stack,
            self.state,
            self.post_status,
            navigator=Navigator(self.open_page),
            suggest=self.suggest,
        )
        self.pages = LazyPages(lambda spec: self._build_page(spec, context))
        self.undo_stack.clear()
        self.show_page(self.nav.currentRow())  # the same screen as before, on the new data
        self._remember(db)
        self._update_title()
        self._update_actions()
        self.database_changed.emit(db)

    def _build_page(self, spec: PageSpec, context: PageContext) -> Page:
        page = spec.create(context, self.stack)
        for view in page.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab moves to the next control; arrows move within a table
        self.stack.addWidget(page)
        page.resize(self.stack.size())  # its splitters restore against the room they will have
        page.restore_state()
        return page

    def _close_database(self) -> None:
        for page in self.pages.built():
            page.save_state()
            page.shutdown()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = LazyPages()
        if self.db is not None:
            self.db.close()
            self.db = None

    def rebuild_pages(self) -> None:
        """Build every page again over the same database (after a theme change), same page shown."""
        if self.db is None:
            return
        for page in self.pages.built():
            page.save_state()
            page.shutdown()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = LazyPages()
        db, self.db = self.db, None
        self.set_database(db)

    def shutdown(self) -> None:
        """Wait for background work and close the database (after the window closed)."""
        self.importer.shutdown()
        self._close_database()
        self.database_changed.emit(None)

    def apply_settings(self, settings: Settings) -> None:
        """Take the user's preferences (loaded after the first paint: pydantic is not cheap)."""
        self.settings = settings
        self.recent.set_paths(settings.recent_databases)
        if settings.theme != getattr(self, "_theme", None):  # not on every recent-list update
            self._theme = settings.theme
            apply_theme(settings.theme)
        self._update_actions()

    def _remember(self, db: Database) -> None:
        if db.path is not None and self.settings is not None:
            self._set_settings(self.settings.with_recent(str(db.path)))

    def _set_settings(self, settings: Settings) -> None:
        from interview_planner import settings as settings_store

        self.apply_settings(settings)
        try:
            settings_store.save(settings)
        except OSError as exc:
            self.presenter.show(
                StorageError(self.tr("Could not save your settings: {error}").format(error=exc)),
                self,
            )

    # --- pages --------------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def open_page(self, key: str) -> Page | None:
        """Show the page called ``key`` and return it (None if there is none)."""
        row = next((i for i, spec in enumerate(PAGES) if spec.key == key), -1)
        if row < 0 or key not in self.pages:
            return None
        self.show_page(row)
        return self.pages[key]

    def show_page(self, row: int) -> None:
        row = max(0, min(row, len(PAGES) - 1))
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back here through currentRowChanged
            return
        self.page_actions[row].setChecked(True)
        if self.pages:
            sizes = self.splitter.sizes()  # a page built now asks for room: keep the user's split
            self.stack.setCurrentWidget(self.pages[PAGES[row].key])  # built when first shown
            self.update_next_step()
            if any(sizes) and self.splitter.sizes() != sizes:
                self.splitter.setSizes(sizes)
        else:
            self.stack.setCurrentIndex(0)  # the "no database is open" label

    def suggest(self, step: Step | None) -> None:
        """Offer the workflow's next step (it stays until used, closed or replaced)."""
        self.next_step_from_page = False
        self.next_step.suggest(step)

    def update_next_step(self) -> None:
        """The shown page's empty-state action, if it has one now."""
        page = self.current_page()
        step = page.next_step() if page is not None else None
        if step is not None:
            self.next_step_from_page = True
            self.next_step.suggest(step)
        elif self.next_step_from_page:
            self.next_step.suggest(None)

    def _saved_page_row(self) -> int:
        key = self.state.text(f"{KEY}/page", PAGES[0].key)
        return next((i for i, spec in enumerate(PAGES) if spec.key == key), 0)

    def post_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # --- window state ---------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        if not self.state.restore_geometry(KEY, self) or not self._on_screen():
            self.fit_to_screen()
        blob = self.state.value(f"{KEY}/state")
        if blob is not None:
            self.restoreState(blob)
        if not self.state.restore_splitter(KEY, self.splitter):
            self.splitter.setSizes([NAV_WIDE, self.width() - NAV_WIDE])
        self.set_navigation_narrow(self.width() < WIDE_NAVIGATION)
        self.show_page(self._saved_page_row())

    def available_geometry(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)

    def fit_to_screen(self) -> None:
        """At most :data:`DEFAULT_SIZE`, frame included, inside the screen's available area, centred."""
        area = self.available_geometry()
        frame = QSize(16, 40)  # title bar and borders the window manager adds (unknown before showing)
        width = max(MINIMUM_SIZE.width(), min(DEFAULT_SIZE.width(), area.width() - frame.width()))
        height = max(MINIMUM_SIZE.height(), min(DEFAULT_SIZE.height(), area.height() - frame.height()))
        self.resize(width, height)
        self.move(
            area.left() + max(0, (area.width() - width - frame.width()) // 2),
            area.top() + max(0, (area.height() - height - frame.height()) // 2),
        )

    def _on_screen(self) -> bool:
        """Whether the restored window lies inside today's screen (a laptop after a big monitor…)."""
        return self.available_geometry().adjusted(-8, -8, 8, 8).contains(self.frameGeometry())

    def _save_window_state(self) -> None:
        self.state.save_geometry(KEY, self)
        self.state.set_value(f"{KEY}/state", self.saveState())
        self.state.save_splitter(KEY, self.splitter)
        self.state.set_text(f"{KEY}/page", PAGES[self.nav.currentRow()].key)
        for page in self.pages.built():
            page.save_state()
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never asks: every change is already stored; only the layout is saved here."""
        self._save_window_state()
        event.accept()

    # --- title and enabled state -------------------------------------------------------------

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")
        else:
            self.setWindowTitle(self.tr("{database} — {app}").format(database=self.db, app=APP_NAME))
            self.setWindowFilePath(str(self.db.path or ""))

    def _update_actions(self) -> None:
        idle = not self.importer.running
        self.actions_by_id[ActionId.OPEN_DATABASE].setEnabled(idle)
        self.actions_by_id[ActionId.RECENT_DATABASES].setEnabled(
            idle and self.settings is not None and bool(self.settings.recent_databases)
        )
        self.actions_by_id[ActionId.IMPORT_BANKS].setEnabled(idle and self.db is not None)
        self.actions_by_id[ActionId.FIND].setEnabled(self.db is not None)
        for action_id in (ActionId.IMPORT_SCORECARDS, ActionId.INTERVIEWERS, ActionId.REFRESH):
            self.actions_by_id[action_id].setEnabled(idle and self.db is not None)
        self.actions_by_id[ActionId.SETTINGS].setEnabled(self.settings is not None)
        built = {page.key for page in self.pages.built()}
        for spec in ACTIONS:
            if spec.page and spec.anywhere and spec.page not in built:  # once built, its page decides
                self.actions_by_id[spec.id].setEnabled(self.db is not None)

    def _from_elsewhere(self, spec: ActionSpec) -> None:
        """A page command chosen on another page: show its page, which then runs it."""
        current = self.current_page()
        if current is not None and current.key == spec.page:
            return
        built = spec.page in {page.key for page in self.pages.built()}
        if self.open_page(spec.page) is not None and not built:
            self.actions_by_id[spec.id].trigger()  # the page connected to it just now

    # --- slots ----------------------------------------------------------------------------------

    def _on_open_database(self) -> None:
        folder = str(self.db.path.parent) if self.db is not None and self.db.path else ""
        dialog = OpenDatabaseDialog(folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target():
            self.open_database(dialog.target(), create=False, ask=True)

    def _on_recent_chosen(self, path: str) -> None:
        gone = not self.open_database(path, create=False) and not Path(path).exists()
        if gone and self.settings is not None:
            self._set_settings(self.settings.without_recent(path))

    def _on_recent_cleared(self) -> None:
        if self.settings is not None:
            self._set_settings(self.settings.model_copy(update={"recent_databases": []}))

    def _on_import_banks(self) -> None:
        if self.db is not None:
            self.importer.choose_and_import(self.db)

    def _on_imported(self, _report: object) -> None:
        for page in self.pages.built():  # the others read the new questions when first shown
            page.refresh()

    def _on_find(self) -> None:
        page = self.current_page()
        if page is not None and page.focus_find():
            return
        Navigator(self.open_page).find_in_bank()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "{app} {version}\n\nPlan technical interview loops: from a job description "
                "to a coverage-checked loop, printable packets, scorecards and an auditable "
                "decision.\n\n"
                "Free software under the MIT licence."
            ).format(app=APP_NAME, version=interview_planner.__version__),
        )

    # --- the app's own workflow: scorecards in, the interviewer pool, settings, refresh -------------

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        """The desktop switched light/dark: follow it unless the user chose a scheme."""
        if self.settings is not None and self.settings.theme == "system":
            apply_theme("system")
            self.rebuild_pages()

    def refresh(self) -> None:
        """View > Refresh (F5): every page reads the database again."""
        for page in self.pages.built():
            page.refresh()
        if self.db is not None:
            self.post_status(self.tr("Reloaded from {database}.").format(database=self.db))

    def _on_import_scorecards(self) -> None:
        if self.db is not None:
            self.scorecard_importer.choose_and_import(self.db)

    def import_scorecard_files(self, paths: list[Path]) -> None:
        if self.db is not None and paths:
            self.scorecard_importer.import_files(self.db, paths)

    def show_interviewers(self) -> InterviewerPool | None:
        from interview_planner_ui.common.interviewer_pool import InterviewerPool  # core services: not at start-up

        if self.db is None:
            return None
        pool = InterviewerPool(self.db, self.undo_stack, self.presenter, self)
        pool.changed.connect(lambda: self._on_imported(None))
        pool.exec()
        pool.deleteLater()
        return pool

    def show_settings(self) -> None:
        from interview_planner_ui.common.settings_dialog import SettingsDialog  # pydantic: not at start-up

        if self.settings is None:
            return
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                chosen = dialog.value()
            except ValueError as exc:
                self.presenter.show(StorageError(str(exc)), self)
            else:
                theme_changed = chosen.theme != self.settings.theme
                self._set_settings(chosen)
                if theme_changed:
                    self.rebuild_pages()  # their colours are chosen when they are built
                self.post_status(self.tr("Settings saved."))
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.db is not None and importable(_dropped(event)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = importable(_dropped(event))
        if self.db is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        QApplication.processEvents()  # let the drag end before the results dialog opens
        self.import_scorecard_files(paths)


def _dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
