"""Round 34 of issue #18: a requirement that opens by leading is leadership."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (were cross-functional collaboration: the teams' kind outweighed the practice said first)
        ("- Leading cross-functional teams through a platform migration", "technical-leadership"),
        ("- Leads cross-functional teams of designers and engineers", "technical-leadership"),
    ],
)
def test_a_requirement_opening_with_leading_is_leadership(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line) == [("soft", slug)]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (the practice said first stays decisive only when it is the skill's own word: leading as a noun or a
        # lead's title says no practice)
        ("- Mentoring engineers who lead incident reviews", "coaching-mentoring"),
        ("- Writing runbooks with the team lead", "written-communication"),
    ],
)
def test_leading_said_later_or_as_a_title_decides_nothing(
    parsed_links: Callable[[str], list[tuple[str, str | None]]], line: str, slug: str
) -> None:
    assert parsed_links(line)[0][1] == slug
