"""Requirements found by what a sentence says, and lists read by the line that leads them in.

One failure type per test, each on a short posting of our own.
"""

from __future__ import annotations

from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import parse_job_description


def rows(parsed: ParsedJobDescription) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parsed.skills]


def sources(parsed: ParsedJobDescription) -> list[str]:
    return [s.source for s in parsed.skills]


def test_a_list_led_in_by_a_duties_line_is_duties_even_under_a_skills_heading() -> None:
    parsed = parse_job_description(
        "Backend Developer\n\nSkills and duties\n\n"
        "Keep our billing systems healthy. You will be responsible for:\n\n"
        "1. Shipping invoice features with tests\n2. On-call rotations for the payment APIs\n\n"
        "Core skills:\n\n1. Kotlin\n2. PostgreSQL\n"
    )
    assert rows(parsed) == [("Kotlin", "must"), ("PostgreSQL", "must")]
    assert parsed.responsibilities == ["Shipping invoice features with tests", "On-call rotations for the payment APIs"]


def test_a_list_led_in_by_a_requirement_line_gives_requirements_under_any_heading() -> None:
    text = (
        "# Data Engineer\n\n## Requirements\n- Experience with Airflow\n\n"
        "## Our stack\n{lead}\n- dbt\n- Snowflake\n\n"
        "## Assignment\nBuild a small pipeline that loads a CSV file into a warehouse table.\n"
    )
    short = parse_job_description(text.format(lead="You should be comfortable with the following:"))
    long = parse_job_description(
        text.format(lead="Before you start you should have a working understanding of the tools below:")
    )
    for parsed in (short, long):
        assert [s.name for s in parsed.skills] == ["Airflow", "dbt", "Snowflake"]
        assert all(s.priority == "must" for s in parsed.skills)
    # the coding exercise is a hiring step, not a requirement
    assert not any("pipeline" in s for s in sources(short))


def test_a_lead_in_that_says_nice_to_have_makes_its_list_nice() -> None:
    parsed = parse_job_description(
        "# Data Engineer\n\n## Requirements\n- Experience with Airflow\n\n"
        "## Our stack\nKnowing any of these would be a plus:\n- dbt\n- Snowflake\n"
    )
    assert rows(parsed) == [("Airflow", "must"), ("dbt", "nice"), ("Snowflake", "nice")]


def test_an_offer_led_in_by_you_will_be_able_to_is_not_a_requirement() -> None:
    parsed = parse_job_description(
        "# Statistician\n\n## Requirements\n- Ability to apply statistical methods to messy survey data\n\n"
        "## How to apply\nSend your CV to jobs@example.org.\n\n"
        "In addition to the salary, you will be able to:\n- Work from home on Fridays\n- Join our yearly retreat\n"
    )
    # "to apply" a method is a skill; "how to apply" and the offer are not
    assert sources(parsed) == ["- Ability to apply statistical methods to messy survey data"]


def test_people_the_role_needs_are_requirements_in_prose() -> None:
    parsed = parse_job_description(
        "# QA Engineer\n\nWe make tools for bakeries. We are looking for engineers who share our care for "
        "accessibility and who enjoy pairing with designers. We value testers who write clear bug reports. "
        "Our office is in Lyon.\n"
    )
    looking = "We are looking for engineers who share our care for accessibility and who enjoy pairing with designers."
    # the recruiting sentence asks for two qualities: one requirement each (tests/core/jd/test_unseen_types.py)
    assert sources(parsed) == [looking, looking, "We value testers who write clear bug reports."]
    assert [s.part for s in parsed.skills[:2]] == ["share our care for accessibility", "enjoy pairing with designers"]
    assert parsed.skills[2].name == "Write clear bug reports"


def test_an_engineer_who_will_do_the_job_is_a_duty_not_a_requirement() -> None:
    parsed = parse_job_description(
        "# Security Engineer\n\nWe are looking for an engineer who will improve the security of our code.\n\n"
        "## Requirements\n- Threat modelling\n"
    )
    assert [s.name for s in parsed.skills] == ["Threat modelling"]


def test_a_plain_requirement_sentence_counts_inside_a_duties_or_overview_section() -> None:
    parsed = parse_job_description(
        "# Search Engineer\n\n## What you'll do\n"
        "You will build the search service that powers our catalogue. "
        "The ideal candidate will have run Elasticsearch clusters in production.\n\n"
        "## Overview\nThe ideal candidate has shipped Go services. You will join a team of four.\n\n"
        "## Requirements\n- Rust\n"
    )
    names = [s.name for s in parsed.skills]
    assert names == ["Run Elasticsearch clusters in production", "Shipped Go services", "Rust"]
    # the duty itself is not a requirement
    assert not any("catalogue" in s for s in sources(parsed))


def test_requirement_sentences_in_german_french_and_spanish() -> None:
    german = parse_job_description(
        "# Entwickler*in\n\n## Profil\nWir wünschen uns von Dir, dass Du selbstständig arbeitest. "
        "Teamarbeit ist uns sehr wichtig.\n\n- Erfahrung mit Python\n"
    )
    assert [s.name for s in german.skills] == ["Selbstständig arbeitest", "Teamarbeit", "Python"]
    french = parse_job_description(
        "# Développeur data\n\nNotre équipe construit des outils pour les mairies. Vous devez maîtriser SQL. "
        "Une expérience de Spark serait un plus. Nous offrons des tickets restaurant.\n"
    )
    assert rows(french) == [("SQL", "must"), ("Spark", "nice")]
    spanish = parse_job_description(
        "# Desarrollador backend\n\nSomos una cooperativa de software. Buscamos una persona con experiencia en "
        "Django. Es imprescindible manejar Git con soltura. Se valorará conocer Docker. "
        "Ofrecemos horario flexible y trabajo remoto.\n"
    )
    assert rows(spanish) == [("Django", "must"), ("Git con soltura", "must"), ("Docker", "nice")]


def test_a_repeated_requirement_is_one_requirement_of_its_first_line() -> None:
    # (round 38: was one on each line, "Python", "Python (2)", "Python (3)")
    block = "## Requirements\n- 5+ years of experience with Python\n\n"
    parsed = parse_job_description("# Backend Engineer\n\n" + block * 3)
    assert [(s.name, s.line) for s in parsed.skills] == [("Python", 4)]


def test_a_duties_list_under_a_duties_heading_stays_duties() -> None:
    parsed = parse_job_description(
        "# Platform Engineer\n\n## What you'll do\n"
        "In a normal week on this team, you will be working on the following:\n"
        "- Running the deploy pipeline\n- Reviewing pull requests\n\n## Requirements\n- Python\n"
    )
    assert [s.name for s in parsed.skills] == ["Python"]
    assert parsed.responsibilities[-2:] == ["Running the deploy pipeline", "Reviewing pull requests"]


def test_names_skip_the_words_that_link_a_sentence_or_say_who() -> None:
    parsed = parse_job_description(
        "# Test Engineer\n\nIn addition to the list below, successful candidates and team members will share a "
        "passion for reliable software.\n\n## Requirements\n- Pytest\n"
    )
    assert [s.name for s in parsed.skills] == ["Passion for reliable software", "Pytest"]
    assert parsed.skills[0].source.startswith("In addition to the list below")  # the source is kept whole


def test_a_technology_list_is_read_when_the_posting_has_no_requirements_section() -> None:
    posting = (
        "Tools Engineer\n\nAbout us\n\nWe build open tools for public libraries and their readers.\n\n"
        "Technologies we work with\n- Elixir\n- Phoenix LiveView\n- PostgreSQL\n\n"
        "How to apply\n\nSend a short note about a project you are proud of.\n"
    )
    assert [name for name, _ in rows(parse_job_description(posting))] == ["Elixir", "Phoenix LiveView", "PostgreSQL"]
    # with a requirements section, the same list describes the team's stack, not the candidate
    with_requirements = posting.replace("How to apply", "Requirements\n- Experience with Erlang/OTP\n\nHow to apply")
    assert [name for name, _ in rows(parse_job_description(with_requirements))] == ["Erlang", "OTP"]


def test_a_paragraph_that_names_the_skills_leads_in_the_list_after_it() -> None:
    parsed = parse_job_description(
        "Platform Engineer\n\nYour main duties will include:\n\n"
        "- Running the build farm\n- Answering support tickets\n\n"
        "Here are the skills and attributes we look for. Nobody has all of them, so apply anyway.\n\n"
        "- Solid Linux administration\n- Patience when explaining a fix\n\n"
        "To apply, please send the following to jobs@example.org:\n\n- Your CV\n- A link to some code you wrote\n"
    )
    assert [name for name, _ in rows(parsed)] == ["Linux administration", "Patience when explaining a fix"]
    assert parsed.responsibilities == ["Running the build farm", "Answering support tickets"]


def test_a_conditional_lead_in_in_french_gives_requirements() -> None:
    parsed = parse_job_description(
        "Responsable d'exploitation\n\nNotre équipe compte aujourd'hui :\n\n"
        "- 8 développeurs\n- 2 chargés de support\n\n"
        "Si tu as les compétences techniques d'un responsable d'exploitation et qu'en plus :\n\n"
        "- tu as une expérience réussie en management\n- tu aimes transmettre ce que tu sais\n"
    )
    lead = "Si tu as les compétences techniques d'un responsable d'exploitation et qu'en plus :"
    # the lead-in's condition is a requirement too (tests/core/jd/test_unseen_types.py)
    assert sources(parsed) == [
        lead,
        "- tu as une expérience réussie en management",
        "- tu aimes transmettre ce que tu sais",
    ]


def test_a_list_part_without_a_letter_is_no_skill() -> None:
    """Found by the property test: "—, and Experience $160,000" listed "—" and "000" as skills."""
    parsed = parse_job_description("Senior Engineer\n\nRequirements\n- — and Experience $160,000\n")
    assert len(parsed.skills) == 1 and all(any(ch.isalpha() for ch in s.name) for s in parsed.skills)
    assert rows(parse_job_description("Engineer\n\nRequirements\n- Go, Rust and —\n")) == [
        ("Go", "must"),
        ("Rust", "must"),
    ]


def test_a_lead_in_that_states_a_requirement_of_its_own_is_one_besides_its_list() -> None:
    text = (
        "# DevOps Engineer\n\n## Description\n\nWe keep the compiler's CI running.\n\n"
        "{lead}\n- PostgreSQL\n- GitLab Pipelines\n"
    )
    stated = parse_job_description(
        text.format(lead="The successful candidate will have exceptional DevOps skills in the current stack:")
    )
    assert [s.name for s in stated.skills] == ["DevOps skills", "PostgreSQL", "GitLab Pipelines"]
    assert stated.skills[0].source.startswith("The successful candidate") and stated.skills[0].line == 7
    for lead in (
        "The successful candidate will have experience with the following technologies:",
        "You will need some of these skills:",
        "Before you start you should have a working understanding of the tools below:",
    ):
        names = [s.name for s in parse_job_description(text.format(lead=lead)).skills]
        assert names == ["PostgreSQL", "GitLab Pipelines"], lead


def test_a_lead_in_that_names_skills_for_a_list_of_projects_gives_the_skills_not_the_projects() -> None:
    posting = (
        "Title: Data Engineer at the City Archive\n\n"
        "In this demanding role the successful candidate will provide data modelling, Python programming and "
        "leadership ability for:\n"
        "- the digitisation of the city's maps collection, funded by the county, and\n"
        "- the new search portal for historians.\n\n"
        "Contract type: 2 years fixed term\n"
    )
    skills = parse_job_description(posting).skills
    assert [(s.name, s.kind) for s in skills] == [
        ("Data modelling", "hard"),
        ("Python programming", "hard"),
        ("Leadership ability", "soft"),
    ]
    assert all(s.line == 3 for s in skills)


def test_a_paragraph_asking_for_several_of_the_following_makes_its_list_nice() -> None:
    parsed = parse_job_description(
        "Platform engineer\n\n"
        "Qualifications\n\n"
        "You write Go every day and know Linux well.\n\n"
        "Strong applicants will also bring several or most of the following:\n\n"
        "- Experience running Kafka in production\n"
        "- Experience with Terraform\n"
    )
    assert rows(parsed)[-2:] == [("Running Kafka in production", "nice"), ("Terraform", "nice")]
    assert all(priority == "must" for _, priority in rows(parsed)[:-2])


def test_a_list_of_degrees_is_one_requirement_and_the_funding_of_the_post_is_none() -> None:
    parsed = parse_job_description(
        "Data steward\n\n"
        "This post is initially funded for three years by a research grant.\n\n"
        "Requirements:\n"
        "- MSc, PhD or MBA degree preferred.\n"
        "- Experience with PostgreSQL\n"
    )
    assert rows(parsed) == [("MSc, PhD or MBA degree", "nice"), ("PostgreSQL", "must")]


def test_what_success_in_the_role_takes_is_a_requirement_even_in_the_company_blurb() -> None:
    parsed = parse_job_description(
        "Job description\n\n"
        "We build maps for cyclists. Shipping small is part of our culture: success here means that you're "
        "a team player. To succeed in this role, you need patience with legacy code.\n\n"
        "Requirements:\n"
        "- Go\n"
    )
    assert [s.name for s in parsed.skills] == ["Team player", "Patience with legacy code", "Go"]


def test_a_volunteer_commitment_and_what_happens_after_accepting_are_no_requirements() -> None:
    parsed = parse_job_description(
        "Volunteer backend developer\n\n"
        "Requirements:\n"
        "- Experience with Django\n"
        "- 6 months commitment\n\n"
        "How it works\n\n"
        "1. Apply.\n"
        "2. After accepting the position, we'll send you a volunteer agreement and give you access.\n"
    )
    assert rows(parsed) == [("Django", "must")]


def test_a_prose_announcement_gives_its_seeking_and_must_be_sentences_not_its_duties() -> None:
    parsed = parse_job_description(
        "Research software engineer for our flood models\n\n"
        "Are you passionate about hydrology and open code? You'll develop standards for testing flood models "
        "and publish them. We are seeking a careful, patient research software engineer to join a two-year "
        "project. The engineer will work with hydrologists and maintain our Fortran code. The candidate must be "
        "self-motivated and comfortable working in the open.\n"
    )
    assert list(dict.fromkeys(s.source for s in parsed.skills)) == [
        "Are you passionate about hydrology and open code?",
        "We are seeking a careful, patient research software engineer to join a two-year project.",
        "The candidate must be self-motivated and comfortable working in the open.",
    ]


def test_the_company_values_and_the_length_of_the_contract_are_no_requirements() -> None:
    parsed = parse_job_description(
        "Backend developer\n\n"
        "We value openness and curiosity in all that we do. We value engineers who write tests first.\n\n"
        "Requirements:\n"
        "- Experience with Rust\n\n"
        "Positions are for initially 2 years with the possibility of extension.\n"
    )
    assert list(dict.fromkeys(s.source for s in parsed.skills)) == [
        "We value engineers who write tests first.",
        "- Experience with Rust",
    ]


def test_a_sentence_that_only_says_the_one_before_is_a_plus_makes_it_nice() -> None:
    parsed = parse_job_description(
        "Frontend developer\n\n"
        "You write TypeScript every day. Do you know Svelte? That would be a big plus, but it is not required. "
        "It is a plus if you know Rust.\n\n"
        "Requirements\n\n- CSS\n"
    )
    assert rows(parsed) == [
        ("Write TypeScript", "must"),  # (round 20: "every day" is no part of the name)
        ("Svelte", "nice"),
        ("Rust", "nice"),
        ("CSS", "must"),
    ]
