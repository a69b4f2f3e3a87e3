"""Fixtures for the Qt layer.

* Qt runs offscreen (no display needed; set before any Qt import).
* ``dialogs`` (autouse) replaces every modal dialog entry point with a
  recorder that answers from a script, so no test can hang on a hidden
  message box or file dialog. Tests read ``dialogs.calls`` to see what the
  user would have seen and queue answers with ``dialogs.answer(...)``.
* ``main_window`` is the real window over the ``db`` fixture (bundled content);
  ``demo_window`` the same over a copy of the demo database (role, loop, candidates).
* ``big_db`` holds 5,000 generated questions on top of the bundled content.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bank_generator, a plain helper module

from bank_generator import BIG_BANK_SIZE, write_bank

Button = QMessageBox.StandardButton
HERE = Path(__file__).resolve().parent
# The offscreen platform cannot pass a window's minimum size on and says so
# whenever a top-level layout sets one; it is noise about the test platform.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass(frozen=True)
class DialogCall:
    kind: str  # "question", "information", "warning", "critical", "about", "exec", "open_files"...
    title: str
    text: str


class Dialogs:
    """Records modal dialogs and returns scripted answers (defaults: No, Cancel, no file)."""

    DEFAULTS: ClassVar[dict[str, Any]] = {
        "question": Button.No,
        "information": Button.Ok,
        "warning": Button.Ok,
        "critical": Button.Ok,
        "about": None,
        "about_qt": None,
        "exec": QDialog.DialogCode.Rejected,
        "open_file": ("", ""),
        "open_files": ([], ""),
        "save_file": ("", ""),
        "directory": "",
        "input_text": ("", False),
        "input_item": ("", False),
        "input_int": (0, False),
    }

    def __init__(self) -> None:
        self.calls: list[DialogCall] = []
        self._answers: dict[str, deque[Any]] = defaultdict(deque)

    def answer(self, kind: str, *answers: Any) -> None:
        """Queue answers for the next dialogs of ``kind``."""
        self._answers[kind].extend(answers)

    def of(self, kind: str) -> list[DialogCall]:
        return [c for c in self.calls if c.kind == kind]

    def record(self, kind: str, title: str = "", text: str = "") -> Any:
        self.calls.append(DialogCall(kind, str(title), str(text)))
        queue = self._answers[kind]
        return queue.popleft() if queue else self.DEFAULTS[kind]

    def static(self, kind: str) -> Callable[..., Any]:
        def fake(parent: Any = None, title: str = "", text: str = "", *args: Any, **kwargs: Any) -> Any:
            return self.record(kind, title, text)

        return staticmethod(fake)  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def dialogs(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Every UI test gets a QApplication and no real modal dialog."""
    recorder = Dialogs()
    for name, kind in (
        ("question", "question"),
        ("information", "information"),
        ("warning", "warning"),
        ("critical", "critical"),
        ("about", "about"),
        ("aboutQt", "about_qt"),
    ):
        monkeypatch.setattr(QMessageBox, name, recorder.static(kind))
    for name, kind in (
        ("getOpenFileName", "open_file"),
        ("getOpenFileNames", "open_files"),
        ("getSaveFileName", "save_file"),
        ("getExistingDirectory", "directory"),
    ):
        monkeypatch.setattr(QFileDialog, name, recorder.static(kind))
    for name, kind in (
        ("getText", "input_text"),
        ("getItem", "input_item"),
        ("getInt", "input_int"),
    ):
        monkeypatch.setattr(QInputDialog, name, recorder.static(kind))

    def fake_exec(dialog: QDialog) -> Any:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        answer = recorder.record("exec", dialog.windowTitle(), text)
        return answer(dialog) if callable(answer) else answer  # a callable answer fills the dialog in

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return recorder


@pytest.fixture
def window_state(tmp_path: Path) -> Any:
    from interview_planner_ui.common.window_state import WindowState

    return WindowState(tmp_path / "window-state.ini")


@pytest.fixture
def make_window(qtbot: Any, window_state: Any, dialogs: Dialogs) -> Iterator[Callable[..., Any]]:
    """Build main windows (not yet showing a database); they are shut down after the test."""
    from interview_planner.settings import Settings
    from interview_planner_ui.common.errors import ErrorPresenter
    from interview_planner_ui.main_window import MainWindow

    made: list[MainWindow] = []

    def make(state: Any = None, settings: Settings | None = None) -> MainWindow:
        window = MainWindow(settings=settings or Settings(), presenter=ErrorPresenter(), state=state or window_state)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def main_window(make_window: Callable[..., Any], db: Any, qtbot: Any) -> Any:
    """The main window showing the bundled-content database, first search done."""
    window = make_window()
    window.set_database(db)
    window.show()
    qtbot.waitExposed(window)
    bank = window.pages["bank"]
    qtbot.waitUntil(lambda: not bank.model.loading)
    return window


@pytest.fixture
def demo_window(make_window: Callable[..., Any], demo_db: Any, qtbot: Any) -> Any:
    """The main window over a fresh copy of the demo database, shown and active."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.resize(1280, 800)
    window.set_database(demo_db)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture(scope="session")
def _big_db_template(tmp_path_factory: pytest.TempPathFactory, _content_db_template: Path) -> Path:
    from interview_planner.db.database import Database
    from interview_planner.services.content import import_banks

    folder = tmp_path_factory.mktemp("big")
    path = folder / "big.db"
    shutil.copyfile(_content_db_template, path)
    db = Database.open(path)
    import_banks(db, [write_bank(folder, BIG_BANK_SIZE, suffix=".json")])
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def big_db(tmp_path: Path, _big_db_template: Path) -> Iterator[Any]:
    """A database with the bundled content plus 5,000 generated questions."""
    from interview_planner.db.database import Database

    target = tmp_path / "big.db"
    shutil.copyfile(_big_db_template, target)
    database = Database.open(target)
    yield database
    database.close()
