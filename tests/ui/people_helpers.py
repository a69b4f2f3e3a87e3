"""Helpers for the people pages' tests (candidates, scorecards, debrief, calibration).

They drive the ``demo_window`` fixture (conftest) as a user would: find actions by
their object name, select rows, trigger commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from interview_planner.services import candidates


def action(window: Any, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def trigger(window: Any, name: str) -> None:
    found = action(window, name)
    assert found.isEnabled(), f"{name} is disabled"
    found.trigger()


def person(window: Any, name: str) -> candidates.CandidateView:
    return candidates.get_candidate(window.db, name)


def candidates_page(window: Any, name: str | None = None) -> Any:
    page = window.open_page("candidates")
    if name is not None:
        assert page.select_candidate(person(window, name).id)
    return page


def open_scorecard(window: Any, name: str, stage: int) -> Any:
    """Go to the Candidates page, select the interview, choose Open Scorecard (as a user would)."""
    page = candidates_page(window, name)
    assert page.select_interview(person(window, name).interviews[stage].id)
    trigger(window, "open_scorecard")
    scorecard = window.pages["scorecard"]
    assert window.current_page() is scorecard
    return scorecard
