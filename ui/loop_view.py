"""Placeholder while the page is written (replaced shortly)."""

from __future__ import annotations

from interview_planner_ui.pages import Page


class LoopDesignerView(Page):
    key = "loops"
