"""Regenerate the screenshots in ``docs/images`` from a throw-away database.

Usage::

    python docs/make_screenshots.py            # offscreen, writes docs/images/*.png
    python docs/make_screenshots.py --out /tmp/shots

Each screenshot is a :class:`Shot`: a file name and a function that puts the
window in the state to show. To document a new screen, append a Shot. Then every
page is captured over the demo database at 1366x768 in the light and the dark
theme (``pages/<page>-<theme>.png``); ``--small`` adds each page at 800x600.
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
LAPTOP = (1366, 768)
SMALL = (800, 600)
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
    window.open_page("bank")
    bank = window.pages["bank"]
    bank.search.setText(query)
    bank.search.setFocus()
    wait_until(lambda: bank.model.filter.query == query and not bank.model.loading)
    wait_until(lambda: bank.preview.question is not None)


def show_rubric(window: MainWindow, skill: str = "distributed-systems-design") -> None:
    window.open_page("rubrics")
    window.pages["rubrics"].select_skill(skill)


def roles(window: MainWindow) -> None:
    """The demo role: its skills, the selected one's line highlighted in the posting."""
    from interview_planner.services.demo import create_demo

    window.resize(1280, 800)
    create_demo(window.db)
    page = window.open_page("roles")
    page.refresh()
    row = next(r for r in range(page.skill_model.rowCount()) if page.skill_model.record(r).priority == "nice")
    page.ui.skills.setCurrentIndex(page.skill_model.index(row, 1))
    page.ui.skills.setFocus()


def loop_designer(window: MainWindow) -> None:
    """The demo loop with one stage cut short and one must-have thinned out: findings explain."""
    from interview_planner.services.demo import DEMO_LOOP, create_demo

    window.resize(1280, 800)
    create_demo(window.db)
    page = window.open_page("loops")
    page.refresh()
    combo = page.ui.loop_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(DEMO_LOOP)))
    combo.activated.emit(combo.currentIndex())
    page.commands.update_stage(page.stage_model.record(0), "minutes", 45)
    model = page.coverage_model
    row = next(r for r in range(model.rowCount()) if model.skill(r).name == "Cloud platforms")
    cell = next(model.index(row, c) for c in range(2, model.columnCount()) if model.is_assessed(model.index(row, c)))
    page.ui.matrix.toggle_requested.emit(cell)
    page.ui.stages.setCurrentIndex(page.stage_model.index(0, 0))
    page.ui.matrix.setCurrentIndex(model.index(row, 0))
    page.ui.matrix.setFocus()
    wait_until(lambda: page.panel.result_model.rowCount() > 0)


def _demo_as_created(window: MainWindow) -> None:
    """The demo, with edits made for earlier shots undone (they change the loop)."""
    from interview_planner.services.demo import create_demo

    window.resize(1280, 800)
    create_demo(window.db)
    window.undo_stack.setIndex(0)
    window.undo_stack.clear()


def _settle(seconds: float = 0.4) -> None:
    """Let posted layout and paint events run before the capture."""
    deadline = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > deadline)


def scorecard_entry(window: MainWindow) -> None:
    """Sam Okafor's System design interview part-scored: ratings, evidence, the rubric in hand."""
    from interview_planner.services.candidates import get_candidate

    _demo_as_created(window)
    sam = get_candidate(window.db, "Sam Okafor")
    interview = next(i for i in sam.interviews if i.stage == "System design")
    page = window.open_page("scorecard")
    page.open_interview(interview.id)
    rows = list(page.form.rows.values())
    notes = (
        (3, "Sketched a sharded write path with a queue in front; named the hot-partition risk unprompted."),
        (4, "Chose managed Postgres plus object storage and explained the failover and cost trade-offs."),
        (2, "Split services by table; could not say who owns the shared customer data."),
    )
    for row, (rating, evidence) in zip(rows, notes, strict=False):
        page.rate(row.skill_id, rating)
        row.evidence.setPlainText(evidence)
    page.form.takeaways.setPlainText(
        "Strong on data and cloud choices; service boundaries need probing in the deep dive."
    )
    wait_until(lambda: page.header.save_state.text().startswith("Saved"))
    page.form.focus_skill(2)
    _settle()


def debrief(window: MainWindow) -> None:
    """Jordan Rivera's debrief: no hire on cost management, with the disagreement flag."""
    from interview_planner.services.candidates import get_candidate

    _demo_as_created(window)
    page = window.open_page("debrief")
    page.show_candidate(get_candidate(window.db, "Jordan Rivera").id)
    _settle()


SHOTS: tuple[Shot, ...] = (
    Shot("main-window.png", show_bank_search),
    Shot("rubrics.png", show_rubric),
    Shot("roles.png", roles),
    Shot("loop-designer.png", loop_designer),
    Shot("scorecard-entry.png", scorecard_entry),
    Shot("debrief.png", debrief),
)


def every_page(window: MainWindow, out: Path, *, small: bool = False) -> None:
    """Each page over the demo at 1366x768 in both themes (and at 800x600, light, if ``small``)."""
    from interview_planner.services.candidates import get_candidate
    from interview_planner_ui.common.pages import PAGES
    from interview_planner_ui.common.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    _demo_as_created(window)
    jordan = get_candidate(window.db, "Jordan Rivera")
    runs = [("light", LAPTOP), ("dark", LAPTOP)] + ([("small", SMALL)] if small else [])
    for theme, size in runs:
        apply_theme("dark" if theme == "dark" else "light")
        window.rebuild_pages()  # as Settings does: widgets take their colours when built
        window.resize(*size)
        window.open_page("debrief").show_candidate(jordan.id)
        window.open_page("scorecard").open_interview(jordan.interviews[0].id)
        window.open_page("candidates").select_candidate(jordan.id)
        for spec in PAGES:
            window.open_page(spec.key)
            _settle(0.2)
            target = out / f"{spec.key}-{theme}.png"
            window.grab().save(str(target))
            print(target)
    apply_theme("light")
    window.rebuild_pages()


def build_window(folder: Path) -> MainWindow:
    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content
    from interview_planner.settings import Settings
    from interview_planner_ui.app import create_application
    from interview_planner_ui.common.errors import ErrorPresenter
    from interview_planner_ui.common.window_state import WindowState
    from interview_planner_ui.main_window import MainWindow

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
    parser.add_argument("--small", action="store_true", help="also every page at 800x600 (not kept in docs)")
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
        every_page(window, args.out / "pages", small=args.small)
        window.close()
        window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
