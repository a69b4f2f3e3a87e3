"""A requirement is linked only when it names a catalogue skill (our own made-up requirements)."""

from __future__ import annotations

import pytest

from interview_planner.services.linking import link_requirements


@pytest.mark.parametrize(
    "requirement",
    [
        "Maritime navigation law",  # shares only "navigation" with a keyword phrase ("keyboard navigation")
        "Unreal Engine gameplay",  # "engine" is not "engineer"
        "Licensed forklift driving",
    ],
)
def test_a_requirement_naming_no_catalogue_skill_stays_unlinked_for_review(db, requirement: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.skill_id is None and link.needs_review


@pytest.mark.parametrize(
    ("requirement", "slug"),
    [
        ("Keyboard navigation and screen readers", "web-accessibility"),
        ("Kafka", "streaming-messaging"),
        ("Terraform modules", "infrastructure-as-code"),
        ("Experience running Kubernetes clusters", "containers-kubernetes"),
    ],
)
def test_a_requirement_naming_a_skill_is_linked(db, requirement: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug == slug
