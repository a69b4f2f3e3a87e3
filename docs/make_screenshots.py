"""Regenerate the screenshots in ``docs/images`` from a throw-away database.

Usage::

    python docs/make_screenshots.py            # offscreen, writes docs/images/*.png
    python docs/make_screenshots.py --out /tmp/shots

Each screenshot is a :class:`Shot`: a file name and a function that puts the
window in the state to show. To document a new screen, append a Shot.
Nothing touches the user's settings or databases: everything lives in a
temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_planner_ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1200, 760)
IMAGES = Path(__file__).resolve().parent / "images"


@dataclass(frozen=True)
class Shot:
    name: str
    prepare: Callable[[MainWindow], None]


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state to capture")
        QApplication.processEvents()
        time.sleep(0.01)


def show_bank_search(window: MainWindow, query: str = "incident") -> None:
    """The question bank searched for a common topic, best hit previewed."""
    window.show_page(0)
    bank = window.pages["bank"]
    bank.search.setText(query)
    bank.search.setFocus()
    wait_until(lambda: bank.model.filter.query == query and not bank.model.loading)
    wait_until(lambda: bank.preview.question is not None)


def show_rubric(window: MainWindow, skill: str = "distributed-systems-design") -> None:
    window.show_page(1)
    window.pages["rubrics"].select_skill(skill)


SHOTS: tuple[Shot, ...] = (
    Shot("main-window.png", show_bank_search),
    Shot("rubrics.png", show_rubric),
)


def build_window(folder: Path) -> MainWindow:
    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content
    from interview_planner.settings import Settings
    from interview_planner_ui.app import create_application
    from interview_planner_ui.errors import ErrorPresenter
    from interview_planner_ui.main_window import MainWindow
    from interview_planner_ui.window_state import WindowState

    create_application([sys.argv[0]])
    db = Database.open(folder / "screenshots.db")
    load_bundled_content(db)

    def fail(report: object, _parent: object) -> None:
        raise SystemExit(f"error while taking screenshots: {report}")

    window = MainWindow(
        settings=Settings(),
        presenter=ErrorPresenter(display=fail),
        state=WindowState(folder / "window-state.ini"),
    )
    window.resize(*WINDOW_SIZE)
    window.set_database(db)
    window.show()
    wait_until(lambda: not window.pages["bank"].model.loading)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder for the PNG files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="planner-shots-") as tmp:
        os.environ["INTERVIEW_PLANNER_DATA_DIR"] = tmp
        window = build_window(Path(tmp))
        for shot in SHOTS:
            shot.prepare(window)
            wait_until(lambda: True)
            target = args.out / shot.name
            window.grab().save(str(target))
            print(target)
        window.close()
        window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
