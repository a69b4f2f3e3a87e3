"""Fixtures of the job-description tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # jd_helpers: a plain helper module


@pytest.fixture
def slugs_of(db) -> Callable[[str], list[str | None]]:  # type: ignore[no-untyped-def]
    """The catalogue skills the requirements of one line link to, read under a "Requirements" heading."""
    from interview_planner.jd.parser import parse_job_description
    from interview_planner.services.linking import link_requirements

    def slugs(line: str) -> list[str | None]:
        parsed = parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n")
        with db.read() as session:
            links = link_requirements(session, [(s.source, s.name, s.kind) for s in parsed.skills])
        return [link.slug for link in links]

    return slugs


@pytest.fixture
def link_of(db) -> Callable[[str, str], object]:  # type: ignore[no-untyped-def]
    """The link of one requirement line, named as the parser names it (a ``linking.Link``)."""
    from interview_planner.jd.parser import short_name
    from interview_planner.services.linking import link_requirements

    def link(line: str, kind: str = "hard") -> object:
        with db.read() as session:
            (found,) = link_requirements(session, [(line, short_name(line), kind)])
        return found

    return link


@pytest.fixture
def parsed_links(db) -> Callable[[str], list[tuple[str, str | None]]]:  # type: ignore[no-untyped-def]
    """(kind, linked slug) of each requirement of one line read under a "Requirements" heading, linked as the import
    links it."""
    from interview_planner.jd.parser import parse_job_description
    from interview_planner.services.linking import link_requirements

    def found(line: str) -> list[tuple[str, str | None]]:
        parsed = parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n")
        with db.read() as session:
            # (each with its part, as the import links it)
            links = link_requirements(session, [(s.source, s.name, s.kind, s.part) for s in parsed.skills])
        return [(skill.kind, link.slug) for skill, link in zip(parsed.skills, links, strict=True)]

    return found
