"""How a page sends the user to another page: one typed method per destination.

A page never names another page's key or reaches into its widgets; it asks the
navigator ("plan a loop for this role", "open this interview's scorecard"). The
navigator shows the destination page (building it if needed) and calls the one
method that page offers for it, stated below as a protocol, so a renamed page
method is a type error here rather than a silent no-op on a string key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from interview_planner_ui.common.pages import Page


@runtime_checkable
class PlansLoops(Protocol):
    def new_loop(self, role_id: str | None = None) -> None: ...


@runtime_checkable
class AddsCandidates(Protocol):
    def add_candidate(self, loop_id: str = "") -> None: ...


@runtime_checkable
class OpensInterviews(Protocol):
    def open_interview(self, interview_id: str, *, focus: bool = True) -> bool: ...


@runtime_checkable
class ShowsCandidates(Protocol):
    def show_candidate(self, candidate_id: str) -> bool: ...


@runtime_checkable
class Searchable(Protocol):
    def focus_find(self) -> bool: ...


# The destinations, by the key of their page in ``pages.PAGES`` (checked by tests/ui/test_navigator.py).
DESTINATIONS: dict[str, type] = {
    "loops": PlansLoops,
    "candidates": AddsCandidates,
    "scorecard": OpensInterviews,
    "debrief": ShowsCandidates,
    "bank": Searchable,
}


class Navigator:
    """The ways across pages, over the window's "show the page with this key" (None: no database open)."""

    def __init__(self, open_page: Callable[[str], Page | None]) -> None:
        self._open_page = open_page

    def plan_loop(self, role_id: str) -> None:
        """The Loop designer, creating a loop for ``role_id``."""
        page = self._open_page("loops")
        if isinstance(page, PlansLoops):
            page.new_loop(role_id)

    def add_candidate(self, loop_id: str) -> None:
        """The Candidates page, adding a candidate to ``loop_id``."""
        page = self._open_page("candidates")
        if isinstance(page, AddsCandidates):
            page.add_candidate(loop_id=loop_id)

    def open_scorecard(self, interview_id: str) -> None:
        """The Scorecard page, on ``interview_id``'s scorecard."""
        page = self._open_page("scorecard")
        if isinstance(page, OpensInterviews):
            page.open_interview(interview_id)

    def debrief(self, candidate_id: str) -> None:
        """The Debrief page, on ``candidate_id``."""
        page = self._open_page("debrief")
        if isinstance(page, ShowsCandidates):
            page.show_candidate(candidate_id)

    def find_in_bank(self) -> None:
        """The Question bank, with the keyboard in its search box."""
        page = self._open_page("bank")
        if isinstance(page, Searchable):
            page.focus_find()
