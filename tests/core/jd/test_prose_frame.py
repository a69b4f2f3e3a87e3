"""Sentences of a prose posting that frame the job rather than ask for a skill (our own postings, round 16 of #18)."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

OPENING = (
    "# Research Software Engineer\n\nWe are a research computing group. Applicants should have extensive "
    "experience of collaborative software development.\n\n"
)


def names(text: str) -> list[str]:
    return [skill.name for skill in parse_job_description(text).skills]


def test_what_you_will_do_is_no_requirement_what_you_should_bring_is() -> None:
    duty = "You will enhance the institute's expertise in developing research software and will collaborate with IT.\n"
    assert names(OPENING + duty) == ["Collaborative software development"]
    asked = "You should collaborate well with researchers and communicate clearly.\n"
    assert len(names(OPENING + asked)) == 2


def test_where_the_company_is_and_whom_the_role_suits_are_no_requirements() -> None:
    frame = (
        "We are located in Tromsø but that does not mean you have to be - this is a remote-friendly workplace.\n\n"
        "This role is a good fit for someone interested in moving from academia to technical work.\n\n"
        "Our office is based in Porto.\n"
    )
    assert names(OPENING + frame) == ["Collaborative software development"]


def test_a_place_inside_a_requirement_keeps_it() -> None:
    text = OPENING + "Experience running clusters located in several regions is required.\n"
    assert len(names(text)) == 2


def test_a_sentence_saying_whom_the_role_suits_is_named_by_what_it_asks() -> None:
    text = (
        "# Compiler Engineer\n\n## About you\n\nThe role is ideal for someone with deep experience in compilers and "
        "static analysis.\n\nThis position would be perfect for someone who enjoys mentoring.\n"
    )
    assert names(text) == ["Compilers and static analysis", "Enjoys mentoring"]


def test_a_sentence_asking_only_for_skills_and_experience_asks_for_nothing() -> None:
    text = OPENING + (
        "## About you\n\nWe are looking for someone with a broad mix of skills and experiences.\n\n"
        "A track record of careful, tested work speaks volumes.\n\n"
        "You'll work with researchers from many disciplines.\n"
    )
    found = parse_job_description(text).skills
    assert [skill.name for skill in found] == [
        "Collaborative software development",
        "Careful, tested work speaks volumes",
        "Researchers from many disciplines",
    ]
    # a bullet that says so is kept: a person decides what it means
    bullet = "# Analyst\n\n## Requirements\n\n- Relevant skills and experience\n- SQL\n"
    assert len(parse_job_description(bullet).skills) == 2


def test_speaks_volumes_is_no_public_speaking(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.linking import link_requirements

    source = "A track record of careful, tested work speaks volumes."
    with db.read() as session:
        (link,) = link_requirements(session, [(source, "Careful, tested work speaks volumes", "soft")])
    assert link.slug != "public-speaking-advocacy"
