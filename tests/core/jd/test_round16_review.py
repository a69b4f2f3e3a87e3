"""Where the round-16 rules must not fire: the review's attacks on them (round 16 of issue #18), each on the shape
that broke it; our own postings."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description


def _names(text: str) -> list[str]:
    return [skill.name for skill in parse_job_description(text, source_name="t").skills]


def _title(text: str) -> str | None:
    return parse_job_description(text, source_name="t").title


REQUIREMENTS = "\n## Requirements\n\n- Experience with PostgreSQL\n"


def test_a_frame_that_leads_to_a_requirement_keeps_it() -> None:
    text = (
        "# Customer Success Manager\n\n## Requirements\n\n"
        "- We are based in Vienna and most customers are in Austria, so fluent German is required\n"
        "- This role is a good fit for someone with 3+ years in B2B account management\n"
        "- We're a remote-first team, so you need excellent written communication\n"
        "- We are based in Vienna.\n"
    )
    names = _names(text)
    assert len(names) == 3
    assert any("German" in name or "based" in name.casefold() for name in names)


def test_a_prose_requirement_that_says_what_you_will_do_keeps_it() -> None:
    text = (
        "# Lab Automation Engineer\n\nWe automate a biology lab.\n\n"
        "You have hands-on experience with liquid-handling robots, and you will help our scientists plan runs.\n\n"
        "Strong written English is important as you will train lab staff.\n"
    )
    assert len(_names(text)) == 2


def test_a_position_field_under_the_title_is_no_title() -> None:
    text = "# Senior Data Engineer\n\n**Position**\n\nFull-time, permanent\n\n**Location**\n\nLeeds\n" + REQUIREMENTS
    assert _title(text) == "Senior Data Engineer"


def test_slashed_names_still_split_beside_a_foreign_and() -> None:
    names = _names("# DevOps\n\n## Anforderungen\n\n- Erfahrung mit Docker/Kubernetes und Cloud-Plattformen\n")
    assert names[:2] == ["Docker", "Kubernetes"]


def test_what_a_charity_serves_is_no_requirement() -> None:
    text = (
        "# Program Data Coordinator\n\nThe areas of immediate need we serve include:\n\n"
        "* Emergency housing and rent assistance\n* Food security programs\n\n"
        "The ideal candidate has experience with Salesforce Nonprofit Cloud.\n"
    )
    names = _names(text)
    assert not any("housing" in name.casefold() or "food" in name.casefold() for name in names)


def test_titles_nested_under_the_job_in_sentence_case_and_in_french() -> None:
    nested = "---\njob:\n  title: Embedded Software Engineer\n  location: Graz\n---\n\nWe build sensors.\n"
    assert _title(nested + REQUIREMENTS) == "Embedded Software Engineer"
    assert _title("Senior software engineer, payments platform.\n" + REQUIREMENTS) == (
        "Senior software engineer, payments platform"
    )
    french = "Nous recherchons un Ingénieur DevOps pour renforcer notre équipe.\n" + REQUIREMENTS
    assert _title(french) == "Ingénieur DevOps"
    assert _title("# Datavalley recrute son Responsable Produit Data\n" + REQUIREMENTS) == "Responsable Produit Data"


def test_an_aside_that_is_a_requirement_still_counts_for_the_link(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.linking import link_requirements

    # (round 18: the review's "... shipped a Node.js API" now links to programming on its own, Node.js being
    # server-side; "a feature" keeps the case: only the aside says what kind of work it is, React and Redux clearly
    # front-end work on either database engine)
    source = "- In addition to 4+ years of React and Redux, you have shipped a feature to production"
    with db.read() as session:
        (link,) = link_requirements(session, [(source, "Shipped a feature", "hard")])
        (alone,) = link_requirements(
            session, [("- You have shipped a feature to production", "Shipped a feature", "hard")]
        )
    assert link.slug == "frontend-engineering"
    assert alone.slug != "frontend-engineering"


def test_a_remarks_requirement_is_named_by_what_it_asks() -> None:
    text = (
        "# Analyst\n\n## Requirements\n\n"
        "- Experience with Tableau dashboards (must be able to explain them to executives)\n"
        "- Go services at scale (and willing to learn Rust)\n"
    )
    names = _names(text)
    assert "Explain them to executives" in names and "Willing to learn Rust" in names
    assert not any(name.startswith(("Must be", "And ")) for name in names)


def test_place_names_keep_their_article() -> None:
    text = "# GIS Analyst\n\n## Requirements\n\n- Los Angeles County parcel data\n- Des Moines county records\n"
    assert _names(text) == ["Los Angeles County parcel data", "Des Moines county records"]


def test_close_variants_of_the_rounds_titles_and_names() -> None:
    assert _title("As a Senior Search Engineer on the Ranking team, you will tune results.\n" + REQUIREMENTS) == (
        "Senior Search Engineer"
    )
    assert _title("Zur Verstärkung suchen wir ab sofort eine*n Data Analyst*in.\n" + REQUIREMENTS) == "Data Analyst*in"
    assert _title("Wir suchen Dich als Backend-Entwickler*in für unser Team!\n" + REQUIREMENTS) == (
        "Backend-Entwickler*in"
    )
    text = (
        "# Compiler Engineer\n\n## Requirements\n\n- This role would suit someone with deep knowledge of type theory\n"
        "- Du verfügst über ein abgeschlossenes Studium der Informatik\n"
        "- You are expected to be on call one week in six\n"
    )
    names = _names(text)
    assert names[0] == "Deep knowledge of type theory" or names[0] == "Type theory"
    assert names[1] == "Abgeschlossenes Studium der Informatik"
    assert not names[2].startswith("Call")
