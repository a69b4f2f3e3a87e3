"""How benchmarks/jd_accuracy.py matches a labelled anchor to a parsed requirement (our own text)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("jd_accuracy", REPO / "benchmarks" / "jd_accuracy.py")
assert spec is not None and spec.loader is not None
BENCH = sys.modules.setdefault("jd_accuracy", importlib.util.module_from_spec(spec))
spec.loader.exec_module(BENCH)


def _score(anchor: str, source: str) -> tuple[int, int]:
    entry = {
        "file": "postings/01-ours.md",
        "items": [{"anchor": anchor, "kind": "hard", "priority": "must", "topic": None}],
    }
    skill = BENCH.Extracted(name="SRE", source=source, kind="hard", priority="must", slug=None)
    score = BENCH.score_posting(entry, [skill], {})
    return score.found, score.relevant


def test_an_anchor_written_with_character_references_matches_the_text_as_read() -> None:
    # the file says "SRE&#x2F;DevOps"; the parser reads (and keeps as source) "SRE/DevOps"
    assert _score("5 years of SRE&#x2F;DevOps work", "- 5 years of SRE/DevOps work in production") == (1, 1)


def test_an_anchor_with_a_markdown_escape_matches_the_text_as_read() -> None:
    assert _score("Teamplayer\\*in mit Freude", "Du bist Teamplayer*in mit Freude am Lernen") == (1, 1)


def test_a_different_requirement_still_does_not_match() -> None:
    assert _score("5 years of SRE&#x2F;DevOps work", "- 5 years of frontend work") == (0, 0)


def test_of_two_requirements_one_line_gives_the_item_is_compared_with_the_one_its_words_name() -> None:
    source = "- 8+ years of engineering experience, with recent hands-on leadership in startups"
    years = BENCH.Extracted(name="Engineering experience", source=source, kind="hard", priority="must", slug=None)
    lead = BENCH.Extracted(
        name="Recent hands-on leadership in startups", source=source, kind="soft", priority="must", slug=None
    )
    skills, sources = [years, lead], [BENCH.collapse(source)] * 2
    assert BENCH._first_match("hands-on leadership in startups", skills, sources) is lead
    assert BENCH._first_match("8+ years of engineering experience", skills, sources) is years
    assert BENCH._first_match("years", skills, sources) is years  # nothing named: the first, as the README says


def test_a_title_saying_more_or_less_of_the_same_job_counts_a_sentence_does_not() -> None:
    assert BENCH.title_matches("Data Engineer — Payments Team", "Data Engineer")
    assert BENCH.title_matches("Staff Engineer in Test Job Family", "Staff Engineer in Test (Intermediate)")
    assert BENCH.title_matches("Gopher", "Gopher (Go backend engineer)")
    assert not BENCH.title_matches("Die Stelle ist ab sofort zu besetzen", "Platform Engineer (d/w/m)")
    assert not BENCH.title_matches("Acme-Logo", "Backend Engineer")
    assert not BENCH.title_matches(None, "Backend Engineer")
