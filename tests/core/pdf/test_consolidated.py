"""The consolidated scorecard: ratings side by side, decision, override, policy."""

from __future__ import annotations

from pdf_helpers import all_text, page_texts, reader
from pdf_samples import CANDIDATE, make_scorecard

from interview_planner.packets.model import ConsolidatedScorecard
from interview_planner.pdf import render_consolidated_scorecard


def test_ratings_recommendations_and_policy(scorecard: ConsolidatedScorecard) -> None:
    text = all_text(render_consolidated_scorecard(scorecard))
    assert CANDIDATE in text
    for column in scorecard.columns:
        assert column.interviewer in text and column.stage in text
    for row in scorecard.skills:
        assert row.name in text
    assert "3.33" in text and "disagreement" in text and "not rated" in text
    assert "Strong yes" in text and "Not submitted" in text
    for line in [*scorecard.reasons, *scorecard.flags, *scorecard.policy_summary]:
        assert line in text
    assert "Computed decision: Hire" in text
    assert "INCOMPLETE" not in text and "Overridden" not in text


def test_incomplete_decision_gets_a_banner_on_the_first_page() -> None:
    first = page_texts(render_consolidated_scorecard(make_scorecard("incomplete")))[0]
    assert "INCOMPLETE" in first
    assert first.index("INCOMPLETE") < first.index("Computed decision: Incomplete")


def test_override_prints_both_decisions_and_the_reason() -> None:
    card = make_scorecard("hire", override="no_hire", override_by="Dana Kim", override_reason="Comp band <L5> & visa.")
    text = all_text(render_consolidated_scorecard(card))
    assert "Computed decision: Hire" in text
    assert "Overridden to: No hire by Dana Kim" in text
    assert "Reason: Comp band <L5> & visa." in text


def test_pages_outline_metadata(scorecard: ConsolidatedScorecard) -> None:
    data = render_consolidated_scorecard(scorecard, paper="letter")
    pdf = reader(data)
    titles = [item.title for item in pdf.outline]
    assert titles == ["Decision", "Ratings by skill", "Evidence by skill", "Overall recommendations", "Policy"]
    assert pdf.metadata["/Author"] == "Interview Loop Planner 0.1.0"
    for number, text in enumerate(page_texts(data), start=1):
        assert f"Page {number} of {len(pdf.pages)}" in text and CANDIDATE in text


def test_same_scorecard_same_bytes(scorecard: ConsolidatedScorecard) -> None:
    assert render_consolidated_scorecard(scorecard) == render_consolidated_scorecard(scorecard)
