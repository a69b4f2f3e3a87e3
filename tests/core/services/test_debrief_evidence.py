"""The debrief shows the evidence: `decide` text and the consolidated PDF carry every submitted
rating's evidence and take-aways, never a private note; the banner names the real cause."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from interview_planner.cli import main
from interview_planner.services import candidates, decisions
from interview_planner.services import scorecards as sc


def _text(path: Path) -> str:
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    return text.replace("- ", "-")  # a line broken after a hyphen


def test_decide_pdf_holds_every_submitted_evidence_and_no_private_note(  # type: ignore[no-untyped-def]
    demo_db, demo_db_path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jordan = candidates.get_candidate(demo_db, "Jordan Rivera")
    first = jordan.interviews[0]
    card = sc.get_scorecard(demo_db, first.id)
    skill = card.ratings[0]
    sc.amend(
        demo_db,
        interview_id=first.id,
        patch=sc.ScorecardPatch(
            private_notes="PRIVATE-NOTE reminds me of my cousin",
            not_assessed={skill.skill_id: "Question ran long"},
            evidence={skill.skill_id: "Skipped <design> & went to coding."},
        ),
        reason="Could not assess it after all",
    )
    out = tmp_path / "jordan.pdf"
    assert main(["--db", str(demo_db_path), "decide", "Jordan Rivera", "--pdf", str(out)]) == 0
    printed = capsys.readouterr().out
    text = _text(out)
    evidence = [
        r.evidence
        for i in jordan.interviews
        for r in sc.get_scorecard(demo_db, i.id).ratings
        if r.evidence and sc.get_scorecard(demo_db, i.id).status == "submitted"
    ]
    assert len(evidence) > 20
    for words in evidence:
        assert " ".join(words.split()) in text, words
        assert " ".join(words.split()) in printed, words
    assert "Demo take-aways from" in text and "key take-aways:" in printed
    assert "PRIVATE-NOTE" not in text and "PRIVATE-NOTE" not in printed
    assert "N/A, not assessed (Question ran long)" in text
    assert f"{first.interviewer} ({first.stage}): not assessed (Question ran long)" in printed
    assert "N/A not assessed" in text and "not rated" in text  # the legend


def test_the_banner_names_unrated_must_haves_apart_from_missing_scorecards(demo_db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.packet_content import consolidated_scorecard

    sam = candidates.get_candidate(demo_db, "Sam Okafor")
    for interview in sam.interviews:  # every stage submits, every skill marked not assessed
        view = sc.get_scorecard(demo_db, interview.id)
        sc.submit(
            demo_db,
            interview_id=interview.id,
            patch=sc.ScorecardPatch(not_assessed={r.skill_id: "Ran out of time" for r in view.ratings}, overall="yes"),
        )
    card = consolidated_scorecard(decisions.consolidate(demo_db, "Sam Okafor"))
    assert card.decision == "incomplete"
    assert card.incomplete_causes and all("Unrated must-have" in c for c in card.incomplete_causes)
    assert not any("Not every scorecard" in c for c in card.incomplete_causes)
    assert {st for row in card.skills for st in row.states} <= {"not_assessed", "not_in_stage"}


def test_an_override_shows_first(demo_db, demo_db_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    decisions.record_override(demo_db, candidate="Jordan Rivera", decision="hire", reason="Learnable", by="Dana")
    assert main(["--db", str(demo_db_path), "decide", "Jordan Rivera"]) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first.endswith("HIRE (overridden; the rule computed NO HIRE)")
    assert second == "  override by Dana: HIRE – Learnable"
