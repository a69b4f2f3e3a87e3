"""A requirement is linked only when it names a catalogue skill (our own made-up requirements)."""

from __future__ import annotations

import pytest

from interview_planner.services.linking import REVIEW_BELOW, link_requirements, mentions


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


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        ("Caching with Redis in Python services", "hard", "databases-caching"),
        ("Monitoring Java services in production", "hard", "observability"),
        ("Deploying Go services with GitHub Actions", "hard", "ci-cd"),
        # (round 39: explaining is communication, as labelled postings read "explaining technical concepts to
        # non-technical users"; was cross-functional collaboration)
        ("Explaining Go code to non-technical audiences", "soft", "written-communication"),
        ("Mentoring junior Go engineers", "soft", "coaching-mentoring"),
        ("Profiling Go services for latency", "hard", "performance-engineering"),
    ],
)
def test_a_language_named_as_the_medium_does_not_outweigh_the_skill_the_requirement_is_about(  # type: ignore[no-untyped-def]
    db, requirement: str, kind: str, slug: str
) -> None:
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, kind)])
    assert link.slug == slug


@pytest.mark.parametrize("requirement", ["Python", "Python and Go", "Clean, idiomatic Rust code"])
def test_a_language_named_alone_still_links_to_programming(db, requirement: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug == "programming-proficiency" and not link.needs_review


def test_a_word_the_thesaurus_expands_counts_once() -> None:
    """ "Go" is one mention: its thesaurus words (programming, coding) do not add up to three pieces of evidence."""
    (go,) = [m for m in mentions("Go") if "go" in m.stems]
    assert {"go", "programm", "coding"} <= go.stems
    assert len(mentions("Go")) == 1
    assert go.medium


@pytest.mark.parametrize(
    "requirement",
    ["Grafana and Kafka", "Jenkins and Helm", "Redis and Kafka"],
)
def test_a_requirement_naming_two_unrelated_skills_equally_is_linked_for_review(db, requirement: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug is not None
    assert link.needs_review and link.score < REVIEW_BELOW


def test_a_skill_and_its_broader_skill_do_not_compete(db) -> None:  # type: ignore[no-untyped-def]
    """SQL narrows database design: naming both is no tie, the link is sure."""
    with db.read() as session:
        (link,) = link_requirements(session, [("Complex SQL queries on PostgreSQL",) * 2 + ("hard",)])
    assert link.slug in ("sql", "databases-caching")
    assert not link.needs_review


@pytest.mark.parametrize(
    ("requirement", "slug"),
    [
        ("Building release pipelines for mobile apps, for example with Docker and Kubernetes runners", "ci-cd"),
        ("Monitoring of production services, e.g. with tracing, Kafka lag and Terraform drift checks", "observability"),
        ("Überwachung von Diensten, z. B. mit Kafka und Kubernetes", "observability"),
        ("Kafka (e.g. consumer groups)", "streaming-messaging"),  # all example: nothing to outweigh
    ],
)
def test_tools_given_as_examples_weigh_less_than_the_requirement_they_illustrate(  # type: ignore[no-untyped-def]
    db, requirement: str, slug: str
) -> None:
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug == slug


def test_example_mentions_are_marked_to_the_end_of_the_clause() -> None:
    marked = {m.example for m in mentions("Kafka; tools such as Grafana") if "grafana" in m.stems}
    assert marked == {True}
    assert not any(m.example for m in mentions("Kafka; tools such as Grafana") if "kafka" in m.stems)


def test_an_item_of_a_list_that_names_no_skill_gets_the_sentence_s_link_only_for_review(db) -> None:  # type: ignore[no-untyped-def]
    source = "Hands-on experience with Kafka, gadgetry and quilting"
    with db.read() as session:
        kafka, gadgetry = link_requirements(
            session, [(source, "Kafka", "hard", "Kafka"), (source, "Gadgetry", "hard", "gadgetry")]
        )
    assert kafka.slug == "streaming-messaging" and not kafka.needs_review
    assert gadgetry.slug == "streaming-messaging" and gadgetry.needs_review


def test_the_thesaurus_s_problem_solving_words_do_not_leak_into_data_analysis(db) -> None:  # type: ignore[no-untyped-def]
    """ "Analytical" and "problems" mean problem solving: not data analytics, not algorithmic problem solving."""
    with db.read() as session:
        (link,) = link_requirements(
            session, [("Savoir diagnostiquer et résoudre des problèmes de données",) * 2 + ("hard",)]
        )
    assert link.slug == "problem-solving"


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        ("Experience with PostgreSQL/MySQL", "hard", "databases-caching"),
        ("Blogging/writing about your projects", "soft", "written-communication"),
        ("CI/CD pipelines", "hard", "ci-cd"),  # a short pair stays one term
    ],
)
def test_words_joined_by_slashes_are_read_one_by_one(db, requirement: str, kind: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, kind)])
    assert link.slug == slug and not link.needs_review
