"""A requirement links to the same catalogue skill on SQLite and on PostgreSQL (round 19 of #18).

The linker's tie-breaking point used to go to the skill the database's full-text search ranked best: FTS5's bm25
on SQLite, ``ts_rank`` on PostgreSQL. On a close call the engines gave it to different skills, and the same line
linked differently for a team on PostgreSQL and a user on SQLite. The point is now computed from the catalogue's
words in Python."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from interview_planner.services.linking import link_requirements

# close calls, each met in a posting: an aside naming one field and a claim naming another, a French line whose
# accents the full-text index folded, lines with weak evidence for several skills
CLOSE_CALLS = [
    ("In addition to 4+ years of React and TypeScript, you have shipped a feature to production", "hard"),
    ("Connaissance de la modélisation dimensionnelle, y compris les schémas en étoile", "hard"),
    ("Experience designing and developing software in a distributed architecture in the cloud", "hard"),
    ("Experience designing for tablets or rugged devices", "hard"),
    ("Experience with Siemens or GE systems", "hard"),
    ("Familiarity with security best practices for cloud-based services", "hard"),
    ("Motivated and comfortable with projects that have recently started", "soft"),
]


def _links(db) -> list[str | None]:  # type: ignore[no-untyped-def]
    from interview_planner.jd.parser import short_name

    with db.read() as session:
        links = link_requirements(session, [(line, short_name(line), kind) for line, kind in CLOSE_CALLS])
    return [link.slug for link in links]


def test_links_do_not_depend_on_the_database_full_text_index(db) -> None:  # type: ignore[no-untyped-def]
    before = _links(db)
    with db.write() as session:
        session.execute(text("DELETE FROM skill_fts"))
    assert _links(db) == before


@pytest.mark.postgres_only
def test_a_close_call_links_the_same_on_sqlite_and_on_postgresql(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content

    sqlite = Database.open(tmp_path / "local.db")
    try:
        load_bundled_content(sqlite)
        assert _links(db) == _links(sqlite)
    finally:
        sqlite.close()


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor's degree in Computer Science or a related field, or equivalent work experience.",
        "Master's degree in Machine Learning",
        "PhD in statistics or computer science",
    ],
)
def test_a_degree_links_to_no_interview_skill(link_of, line: str) -> None:  # type: ignore[no-untyped-def]
    link = link_of(line)
    assert link.slug is None and link.needs_review


def test_a_field_named_without_a_degree_still_links(db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [("Experience with machine learning models", "Machine learning", "hard")])
    assert link.slug == "machine-learning"


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        # a verb of a skill's name ("team building") is no sign of it alone
        # (round 33: not team building; the traffic is performance work since)
        ("Experience of building and scaling high-traffic websites", "hard", "performance-engineering"),
        ("Experience building and growing engineering teams", "soft", "hiring-team-building"),
        ("You have built a team from scratch", "soft", "hiring-team-building"),
        ("Experience building developer communities", "soft", "community-building"),
        # "embedded" databases are no embeddings
        ("Experience with (web) embedded databases", "hard", "databases-caching"),
    ],
)
def test_a_word_that_only_shares_a_stem_or_a_verb_with_a_skill_does_not_link_to_it(
    link_of,  # type: ignore[no-untyped-def]
    line: str,
    kind: str,
    slug: str | None,
) -> None:
    assert link_of(line, kind).slug == slug


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("ORMs", "databases-caching"),
        ("MyBatis", "databases-caching"),
        ("Elasticsearch", "databases-caching"),
        ("In-depth knowledge of multi-threading", "performance-engineering"),
        ("SLF4J", "observability"),
        ("JUnit", "test-automation"),
    ],
)
def test_a_technology_named_alone_links_to_its_family(db, line: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.jd.parser import short_name

    with db.read() as session:
        (link,) = link_requirements(session, [(f"- {line}", short_name(line), "hard")])
    assert link.slug == slug
