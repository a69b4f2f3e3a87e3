"""Pages send the user elsewhere through the navigator: typed destinations, no page keys in the pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from interview_planner.services import candidates
from interview_planner_ui.common.navigator import DESTINATIONS, Navigator
from interview_planner_ui.common.pages import PAGES

UI = Path(__file__).resolve().parents[3] / "ui"


def test_every_destination_is_a_page_that_offers_what_the_navigator_calls(demo_window: Any) -> None:
    assert set(DESTINATIONS) <= {spec.key for spec in PAGES}
    for key, protocol in DESTINATIONS.items():
        page = demo_window.open_page(key)
        assert isinstance(page, protocol), key


def test_open_scorecard_and_debrief_show_that_interview_and_that_candidate(demo_window: Any) -> None:
    person = candidates.list_candidates(demo_window.db)[0]
    interview = candidates.get_candidate(demo_window.db, person.id).interviews[-1]
    navigator = Navigator(demo_window.open_page)
    navigator.open_scorecard(interview.id)
    page = demo_window.current_page()
    assert page.key == "scorecard" and page.card.interview_id == interview.id
    navigator.debrief(person.id)
    page = demo_window.current_page()
    assert page.key == "debrief" and page.candidate_combo.currentData() == person.id


def test_no_page_opens_another_by_its_key() -> None:
    """Only the window and the navigator turn a key into a page."""
    callers = sorted(
        str(p.relative_to(UI))
        for p in UI.rglob("*.py")
        if "open_page(" in p.read_text(encoding="utf-8") and p.name not in ("main_window.py", "navigator.py")
    )
    assert callers == []
