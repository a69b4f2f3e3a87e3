"""The one-pass word-list matcher finds exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from interview_planner.jd import lexicon
from interview_planner.jd.matching import alternation, first_characters

WORD_LISTS = {
    "soft terms": lexicon.SOFT_TERMS,
    "hard terms": lexicon.HARD_TERMS,
    "requirement cues": lexicon.REQUIREMENT_CUES,
    "boilerplate": lexicon.BOILERPLATE,
    "nice cues": lexicon.TEXT_NICE,
    "heading topics": tuple(word for _, words in lexicon.HEADING_TOPICS for word in words),
    "name lead-ins": lexicon.NAME_LEAD_INS,
}
TEXTS = [
    "Strong communication skills, curiosity and a self-starter attitude; 5+ years with C++ and .NET",
    "Wir wünschen uns von Dir Teamfähigkeit und Verantwortungsbewusstsein. Se valorará conocer Docker.",
    "COMMUNICATION, Kubernetes (K8s) and problem-solving; tech talks and a quick learner; (visa) sponsorship",
    "Kelvin sign \u212a8s and long s \u017foft: case folding beyond ASCII",
]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_the_grouped_alternation_matches_like_the_plain_one(name: str, seed_text: str) -> None:
    patterns = WORD_LISTS[name]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
    grouped = alternation(patterns, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)
    texts = TEXTS + seed_text.splitlines()
    for text in texts + [lexicon.normalise(t) for t in texts]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_first_characters_are_known_for_plain_patterns_and_unknown_otherwise() -> None:
    assert first_characters(r"communicat\w*") == {"c"}
    assert first_characters(r"(?:tech )?talks") == {"t"}
    assert first_characters(r"(?:experience|Background) (?:with|in)") == {"e", "b"}
    assert first_characters(r"[sz]ero") == {"s", "z"}
    assert first_characters(r"\d+\+? years") == {r"\d"}
    assert first_characters(r"\w*bewusstsein") is None  # any word character
    assert first_characters(r"a?b") is None  # the first item is optional


def test_a_named_group_that_would_repeat_falls_back_to_the_plain_alternation() -> None:
    pattern = alternation([r"(?:x|y)(?P<cut>)z", "w"], flags=re.IGNORECASE)
    assert pattern.search("a yz")["cut"] == ""
