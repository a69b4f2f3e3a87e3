"""The window shows what another program changed in the database, within about a second."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from interview_planner.db.database import Database
from interview_planner.services import candidates, loops
from interview_planner.services import scorecards as sc
from interview_planner_ui.common.change_watcher import ChangeWatcher

pytestmark = pytest.mark.sqlite_only


def _elsewhere(path: Path, fn: Any) -> Any:
    other = Database.open(path)  # another program: its own engine and connection
    try:
        return fn(other)
    finally:
        other.close()


def test_a_candidate_added_elsewhere_appears_on_the_visible_page(
    qtbot: Any, demo_window: Any, demo_db_path: Path
) -> None:
    watcher = ChangeWatcher(demo_window, interval_ms=50)
    page = demo_window.open_page("candidates")
    names = lambda: {page.candidates.record(r).name for r in range(page.candidates.rowCount())}  # noqa: E731
    assert "Added By The CLI" not in names()
    with qtbot.waitSignal(watcher.refreshed, timeout=5000):
        _elsewhere(
            demo_db_path,
            lambda db: candidates.add_candidate(db, name="Added By The CLI", loop=loops.list_loops(db)[0].id),
        )
    assert "Added By The CLI" in names()
    assert "another window or program" in demo_window.statusBar().currentMessage()


def test_its_own_saves_do_not_refresh_and_nothing_happens_without_changes(qtbot: Any, demo_window: Any) -> None:
    watcher = ChangeWatcher(demo_window, interval_ms=50)
    demo_window.open_page("candidates")
    candidates.add_candidate(demo_window.db, name="Added Here", loop=loops.list_loops(demo_window.db)[0].id)
    assert not watcher.poll()
    qtbot.wait(200)
    assert not watcher.poll()


def test_an_unsaved_scorecard_edit_survives_a_refresh(qtbot: Any, demo_window: Any, demo_db_path: Path) -> None:
    watcher = ChangeWatcher(demo_window, interval_ms=50)
    page = demo_window.open_page("scorecard")
    sam = candidates.get_candidate(demo_window.db, "Sam Okafor")
    assert page.open_interview(sam.interviews[0].id, focus=False)
    page.editor.set_key_takeaways("typed but not yet saved")
    with qtbot.waitSignal(watcher.refreshed, timeout=5000):
        _elsewhere(
            demo_db_path,
            lambda db: candidates.add_candidate(db, name="Someone Else", loop=loops.list_loops(db)[0].id),
        )
    qtbot.waitUntil(lambda: not page.editor.pending.key_takeaways, timeout=5000)  # saved, not dropped
    assert sc.get_scorecard(demo_window.db, sam.interviews[0].id).key_takeaways == "typed but not yet saved"
    assert page.card is not None and page.card.key_takeaways == "typed but not yet saved"


def test_a_dialog_defers_the_refresh(qtbot: Any, demo_window: Any, demo_db_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    watcher = ChangeWatcher(demo_window, interval_ms=10_000)
    demo_window.open_page("candidates")
    _elsewhere(
        demo_db_path, lambda db: candidates.add_candidate(db, name="While A Dialog", loop=loops.list_loops(db)[0].id)
    )
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: QWidget()))
    assert not watcher.poll()
    monkeypatch.undo()
    assert watcher.poll()  # the change seen under the dialog is shown once it closes
