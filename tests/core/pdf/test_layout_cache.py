"""Documents share parsed markup and broken lines (pdf.flowables.LAYOUT_CACHE) without changing a byte."""

from __future__ import annotations

import pytest
from pdf_helpers import page_texts
from pdf_samples import make_overview, make_packet, make_question, make_skills

from interview_planner.packets.model import InterviewerPacket
from interview_planner.pdf import render_interviewer_packet, render_loop_overview
from interview_planner.pdf.flowables import LAYOUT_CACHE, LayoutCache

SENTENCE = "Explains the trade-off between consistency and availability with an example. "


def _long_packet(candidate: str) -> InterviewerPacket:
    """Paragraphs that split across pages (a rubric cell taller than a page, long signals)."""
    skills = make_skills()
    skills[0].rubric[1].anchors = [SENTENCE * 60, SENTENCE * 60]
    questions = [make_question(n, ["Distributed systems design"]) for n in range(1, 25)]
    questions[2] = questions[2].model_copy(update={"strong_signals": [SENTENCE * 70]})
    return make_packet(candidate, skills=skills, questions=questions)


def test_a_packet_rendered_after_others_is_the_same_as_rendered_alone() -> None:
    LAYOUT_CACHE.clear()
    alone = render_interviewer_packet(_long_packet("Ada Lovelace"))
    assert LAYOUT_CACHE.lines, "the layout was remembered"

    render_interviewer_packet(_long_packet("Grace Hopper"))  # the same rubrics and questions, another name
    render_loop_overview(make_overview("Grace Hopper"))
    again = render_interviewer_packet(_long_packet("Ada Lovelace"))
    render_interviewer_packet(_long_packet("Ada Lovelace"), paper="letter")  # other widths, same texts

    assert again == alone
    texts = page_texts(again)
    assert len(texts) > 5
    assert sum(text.count("consistency and availability") for text in texts) >= 190  # nothing lost in splits


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = LayoutCache()
    monkeypatch.setattr(LayoutCache, "limit", 40)
    monkeypatch.setattr("interview_planner.pdf.flowables.LAYOUT_CACHE", cache)
    pdf = render_interviewer_packet(make_packet())
    assert 0 < len(cache.parsed) <= 40 and 0 < len(cache.lines) <= 40
    LAYOUT_CACHE.clear()
    assert render_interviewer_packet(make_packet()) == pdf  # a small cache renders the same document
