"""The loop overview: schedule, coverage matrix, findings."""

from __future__ import annotations

import pytest
from pdf_helpers import all_text, page_texts, reader
from pdf_samples import CANDIDATE, make_overview

from interview_planner.packets.model import LoopOverview, MatrixSkill
from interview_planner.pdf import render_loop_overview
from interview_planner.pdf.overview import cell_text, coverage_status


def skill(priority: str, cells: list[int | None]) -> MatrixSkill:
    return MatrixSkill(id="s", name="S", kind="hard", priority=priority, cells=cells)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("priority", "cells", "status"),
    [
        ("must", [2, None, 1], "covered"),
        ("must", [None, 0, None], "thin"),
        ("nice", [None, 3, None], "covered"),
        ("must", [None, None, None], "missing"),
        ("nice", [None, None], "missing"),
    ],
)
def test_coverage_status(priority: str, cells: list[int | None], status: str) -> None:
    assert coverage_status(skill(priority, cells)) == status


def test_cell_text() -> None:
    assert [cell_text(cell) for cell in (None, 0, 3)] == ["–", "✓0", "✓3"]


def test_schedule_matrix_and_findings_are_printed(overview: LoopOverview) -> None:
    text = all_text(render_loop_overview(overview))
    for stage in overview.stages:
        assert stage.name in text
    assert "Interviewer 1, Sam Lee" in text and "Total 345 310" in text
    for item in overview.skills:
        assert item.name.replace(" محمد", "") in text  # the Arabic word prints in visual order
    assert "✓3" in text and "✓0" in text and "MISSING" in text and "THIN" in text
    for finding in overview.findings:
        assert finding.code in text and finding.message in text


def test_pages_numbered_outlined_and_named(overview: LoopOverview) -> None:
    data = render_loop_overview(overview, paper="letter")
    pdf = reader(data)
    assert [item.title for item in pdf.outline] == ["Schedule", "Coverage", "Findings"]
    assert float(pdf.pages[0].mediabox.width) == pytest.approx(612)
    for number, text in enumerate(page_texts(data), start=1):
        assert f"Page {number} of {len(pdf.pages)}" in text and CANDIDATE in text


def test_without_a_candidate_the_footer_names_the_loop() -> None:
    data = render_loop_overview(make_overview(candidate=None))
    assert "LMTS loop" in page_texts(data)[0].split("Page 1 of")[0][-80:]


def test_no_findings_says_so() -> None:
    overview = make_overview().model_copy(update={"findings": []})
    assert "No findings" in all_text(render_loop_overview(overview))


def test_big_matrix_splits_with_its_header_on_every_page() -> None:
    base = make_overview()
    skills = [
        skill("must" if n % 3 else "nice", [n % 4 or None] * 7).model_copy(
            update={"id": f"s{n}", "name": f"Skill number {n}"}
        )
        for n in range(120)
    ]
    data = render_loop_overview(base.model_copy(update={"skills": skills}))
    matrix_pages = [text for text in page_texts(data) if "Skill number" in text]
    assert len(matrix_pages) >= 2
    assert all("Status" in text for text in matrix_pages)


def test_same_overview_same_bytes(overview: LoopOverview) -> None:
    assert render_loop_overview(overview) == render_loop_overview(overview)


def test_schedule_shows_each_stage_anchor_depth_and_the_budget() -> None:
    overview = make_overview()
    overview.stages[0].focus_label = "System design"
    overview.stages[0].anchor = "45 min: Design the backend for selling tickets"
    overview.stages[0].rated, overview.stages[0].cap = 4, 5
    overview.budget = "26 of 29 skill slots used; the role wants 27"
    text = " ".join(page_texts(render_loop_overview(overview))[0].split())
    assert "45 min: Design the backend for selling tickets" in text
    assert "4 of 5" in text and "no anchor exercise" in text
    assert "Skill budget: 26 of 29 skill slots used; the role wants 27" in text


def test_the_coverage_heading_never_ends_a_page_without_its_matrix() -> None:
    """Wherever the schedule ends (titles of one to several lines push it down), the coverage heading and
    its note start on the page where the matrix starts: it used to be left alone at the foot of page 1."""
    base = make_overview()
    for words in range(0, 64, 3):
        title = " ".join(["Platform"] * words) + " loop"
        texts = page_texts(render_loop_overview(base.model_copy(update={"loop_name": title})))
        page = next(text for text in texts if "Rows are the role" in text)
        assert "Status" in page and "Distributed systems design" in page, words
