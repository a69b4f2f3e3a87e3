"""Start the desktop app: ``interview-planner`` with no command, or ``interview-planner-gui``.

Start-up order is chosen so the window appears quickly: only Qt, the error
presenter and the (small) settings model are imported before the first
``show()``; the database layer and the pages are imported when the database
is opened right after. Uncaught exceptions, including those raised in slots
and worker threads, are logged and shown by the error presenter: the app
reports the bug and keeps running.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import interview_planner
from interview_planner import APP_NAME, APP_SLUG
from interview_planner_ui.common import pyside_hook
from interview_planner_ui.common.errors import ErrorPresenter, install_excepthook

if TYPE_CHECKING:
    from interview_planner_ui.main_window import MainWindow

EXIT_BUG = 70  # as the CLI: an unexpected error, details in the log
EXIT_ENVIRONMENT = 5  # as the CLI: the environment's fault (here a missing system library)
STARTED = time.monotonic()  # as early as the entry point allows (start-up benchmark fallback)


def main(db: str | None = None, argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; returns the process exit code."""
    from interview_planner_ui.common import system_libraries

    missing = system_libraries.missing_packages()
    if missing:  # Qt would print a page of plugin diagnostics and abort
        print(f"interview-planner: error: {system_libraries.explain(missing)}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    if db is None:  # "interview-planner-gui --db PATH", as the command line's "interview-planner --db PATH"
        db = database_argument(sys.argv[1:] if argv is None else argv[1:])
    app = create_application(argv)
    presenter = ErrorPresenter(app)
    uninstall = install_excepthook(presenter)
    try:
        window = start(db, presenter=presenter)
    except Exception as exc:  # a bug before the event loop runs: say so rather than vanish
        presenter.show(exc)
        uninstall()
        return EXIT_BUG
    try:
        code = app.exec()
        _stop_startup_duties(window)
        window.shutdown()
        QThreadPool.globalInstance().waitForDone()
        return code
    finally:
        uninstall()


def database_argument(args: Sequence[str]) -> str | None:
    """The database named by ``--db PATH`` or ``--db=PATH`` among the program's arguments, if any."""
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--db="):
            return arg.removeprefix("--db=")
    return None


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), named so the desktop can group its windows."""
    pyside_hook.install()  # before the data libraries are imported: PySide checks each module they load
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName(APP_SLUG)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_SLUG)
    app.setDesktopFileName(APP_SLUG)
    app.setWindowIcon(_app_icon())
    _install_translators(app)
    return app


def _app_icon() -> QIcon:
    """The window and task-bar icon, from the PNG sizes made by packaging/make_icons.py."""
    icon = QIcon()
    for png in sorted((Path(__file__).parent / "icons").glob("interview-loop-planner-*.png")):
        icon.addFile(str(png))
    return icon


def _install_translators(app: QApplication) -> None:
    """Qt's own strings (dialog buttons...) in the user's language; ours when translations ship."""
    folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(__file__).parent / "i18n"),
    )
    for name, folder in zip(("qtbase", APP_SLUG), folders, strict=True):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)


def start(db: str | None = None, *, presenter: ErrorPresenter | None = None) -> MainWindow:
    """Show the main window, then open the database (set up and demo offer on first run)."""
    from interview_planner_ui.common import startup_bench
    from interview_planner_ui.common.change_watcher import ChangeWatcher
    from interview_planner_ui.common.startup_check import StartupDuties
    from interview_planner_ui.common.window_state import WindowState
    from interview_planner_ui.main_window import MainWindow

    with _collector_paused():  # the start builds objects that stay: nothing to collect
        window = MainWindow(settings=None, presenter=presenter or ErrorPresenter(), state=WindowState())
        bench = startup_bench.StartupBench(window, origin=STARTED) if startup_bench.enabled() else None
        window.show()
        QApplication.processEvents()  # paint before pydantic and the database layer are imported
        if bench is not None:
            bench.window_shown()
        QApplication.setApplicationVersion(interview_planner.__version__)  # package metadata: after the paint
        from interview_planner import settings

        preferences = settings.load()
        window.apply_settings(preferences)
        StartupDuties(window, preferences)  # check, back up, retention: on a worker, per database
        ChangeWatcher(window)  # shows what other programs change in the database, about once a second
        target = database_target(db)
        # The app's own file is made on first run; a file the user named (--db, the variable, the settings)
        # is created only after asking, so a mistyped path does not become a new empty database.
        window.open_database(target, create=True, ask=not _is_builtin_default(target))
        if bench is not None:
            bench.database_opened()
    return window


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector; afterwards, file what was built as old, and resume.

    Opening the window and the database imports pydantic, SQLAlchemy and the services: hundreds
    of classes and ORM mappings, objects that live as long as the app. The collector ran about
    230 times on the way to the first page's data, walking them again and again and freeing next
    to nothing: about 45 ms of the start. Afterwards ``freeze`` then ``unfreeze`` moves every
    object alive into the oldest generation without walking it: the frequent young collections
    skip what the start built, and the rare full ones still see it, so nothing is kept for good.
    A first-run question may wait for the user meanwhile; it allocates little.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _stop_startup_duties(window: MainWindow) -> None:
    """Wait for the start-up check/backup before the database closes."""
    from interview_planner_ui.common.startup_check import StartupDuties

    duties = window.findChild(StartupDuties)
    if duties is not None:
        duties.shutdown()


def _is_builtin_default(target: str) -> bool:
    from interview_planner.paths import DEFAULT_DB_NAME, user_data_dir

    return Path(target).expanduser() == user_data_dir() / DEFAULT_DB_NAME


def database_target(db: str | None) -> str:
    """What the user asked for, else the default file (its folder created on first use)."""
    if db:
        return db
    from interview_planner.paths import default_db_target

    target = default_db_target()
    if "://" not in target:
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return target
