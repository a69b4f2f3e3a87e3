"""Failure types found on postings the parser had not been tuned on (round 6 of issue #18).

One failure type per test, each on a short posting of our own writing.
"""

from __future__ import annotations

from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import parse_job_description


def sources(parsed: ParsedJobDescription) -> list[str]:
    return [s.source for s in parsed.skills]


def found(parsed: ParsedJobDescription, words: str) -> bool:
    return any(words in s for s in sources(parsed))


def test_prose_requirements_said_without_the_usual_cue_words_are_found() -> None:
    parsed = parse_job_description(
        "# Developer at Shelfware\n\n"
        "We are a small team building tools for public libraries. We're hiring a developer to join us in Leeds.\n\n"
        "The person we hire will write Python every day. Knowing your way around Linux servers helps. "
        "We care a lot about clear writing, since most of our discussion happens in issues. "
        "You'd be working with librarians, so patience and empathy matter. "
        "Most of our services talk over gRPC, so that should feel familiar. "
        "Experience with Elasticsearch would be nice but isn't needed.\n\n"
        "We offer 30 days of holiday and a pension. Send your CV to jobs@shelfware.example.\n"
    )
    for words in ("write Python", "Linux servers", "clear writing", "patience and empathy", "gRPC", "Elasticsearch"):
        assert found(parsed, words), words
    # the company's own description and the offer stay out
    assert not found(parsed, "public libraries") and not found(parsed, "holiday")


def test_french_prose_in_the_familiar_form_states_requirements() -> None:
    parsed = parse_job_description(
        "# Ingénieur·e DevOps\n\n"
        "Notre équipe de huit personnes fait tourner une plateforme de réservation. "
        "Nous attendons une bonne connaissance de Kubernetes et de Terraform. "
        "Tu sais écrire des scripts en Bash. "
        "Nous sommes à la recherche d'une personne avec une expérience de l'astreinte.\n\n"
        "Le poste est basé à Lyon.\n"
    )
    for words in ("Kubernetes", "Bash", "astreinte"):
        assert found(parsed, words), words
    assert not found(parsed, "Lyon") and not found(parsed, "réservation")


def test_a_recruiting_sentence_about_what_the_hire_will_do_is_no_requirement() -> None:
    parsed = parse_job_description(
        "# Security Engineer\n\n"
        "We are looking for an engineer who will harden our build pipeline. "
        "We care about open source, which is why everything we build is public.\n\n"
        "## Requirements\n- Experience with threat modelling\n"
    )
    assert sources(parsed) == ["- Experience with threat modelling"]


def test_what_to_send_when_applying_is_no_requirement_even_phrased_like_one() -> None:
    parsed = parse_job_description(
        "# Support Engineer\n\n## Requirements\n- Experience with Zendesk\n\n"
        "## Sold? Apply now\n- Tell us why you're drawn to us\n- A project you're proud of\n\n"
        "**To apply**, please send the following to jobs@example.org:\n\n"
        "- Your CV\n- Two things you have built that you are proud of\n"
    )
    assert sources(parsed) == ["- Experience with Zendesk"]


def test_a_recruiting_sentence_gives_one_requirement_per_quality_it_asks_for() -> None:
    parsed = parse_job_description(
        "# Backend engineer\n\n"
        "Acme is looking for a backend engineer with strong Go skills and a solid grasp of distributed systems, "
        "who enjoys mentoring others. We're a remote-first company.\n\n"
        "Nous sommes à la recherche d'un·e administrateur·rice avec une solide pratique de Debian, "
        "qui aime documenter et qui partage ses connaissances.\n"
    )
    parts = [s.part for s in parsed.skills]
    assert parts == [
        "strong Go skills",
        "a solid grasp of distributed systems",
        "enjoys mentoring others",
        "une solide pratique de Debian",
        "aime documenter",
        "partage ses connaissances",
    ]
    assert [s.kind for s in parsed.skills][:3] == ["hard", "hard", "soft"]
    # each keeps the whole sentence as its source
    assert len({s.source for s in parsed.skills[:3]}) == 1


def test_a_recruiting_sentence_about_the_work_stays_whole() -> None:
    parsed = parse_job_description(
        "# Data engineer\n\n## Requirements\n"
        "- We are looking for someone with experience in Airflow, who will own our nightly loads\n"
    )
    assert len(parsed.skills) == 1


def test_an_optional_extra_inside_a_must_bullet_is_one_more_requirement_nice_to_have() -> None:
    parsed = parse_job_description(
        "# Web developer\n\n## What you bring\n"
        "- Several years of experience building websites, ideally for a newspaper\n"
        "- Strong SQL skills; Ideally you have some experience with query planners\n"
        "- Linux administration. Perhaps you have looked after a mail server too.\n"
        "- Experience with cloud platforms (ideally GCP)\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [
        ("Building websites", "must"),
        ("For a newspaper", "nice"),
        ("SQL skills", "must"),
        ("Query planners", "nice"),
        ("Linux administration", "must"),
        ("Looked after a mail server too", "nice"),
        # a must that merely prefers one technology stays one must
        ("Cloud platforms", "must"),
    ]
    # each keeps its bullet as the source and says why it is nice
    assert parsed.skills[1].source == "- Several years of experience building websites, ideally for a newspaper"
    assert parsed.skills[1].priority_reason == "text: ideally"


def test_a_requirements_label_with_its_list_on_the_same_line_gives_each_item() -> None:
    parsed = parse_job_description(
        "Data Engineer\n\nWe build data tools for farms.\n\n"
        "Requirements: Python; SQL; Docker\n"
        "Also required • Spark • Airflow\n"
        "Nice to have: dbt | Snowflake\n"
        "Location: Remote; Europe\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [
        ("Python", "must"),
        ("SQL", "must"),
        ("Docker", "must"),
        ("Spark", "must"),
        ("Airflow", "must"),
        ("dbt", "nice"),
        ("Snowflake", "nice"),
    ]
    assert [s.line for s in parsed.skills] == [5, 5, 5, 6, 6, 7, 7]


def test_each_sentence_of_a_requirements_paragraph_that_states_a_quality_counts() -> None:
    parsed = parse_job_description(
        "# Site Reliability Engineer\n\n## About us\nTidewater runs the booking systems for 400 marinas.\n\n"
        "## Who you are\n"
        "You have kept a busy web service alive for years. Terraform and Ansible are your everyday tools. "
        "We know nobody ticks every box. We'd love it if you have used Nomad.\n\n"
        "## What we're looking for\n"
        "Strong Linux fundamentals. Comfortable reading Go code. A habit of automating the boring parts. "
        "Bonus: experience with PostgreSQL failover.\n\n"
        "## The process\nA 30-minute call, a take-home exercise, then a chat with two engineers.\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [
        ("Kept a busy web service alive", "must"),
        ("Terraform", "must"),
        ("Ansible", "must"),
        ("Nomad", "nice"),
        ("Linux", "must"),
        ("Reading Go code", "must"),
        ("Habit of automating the boring parts", "must"),
        ("PostgreSQL failover", "nice"),
    ]


def test_a_lower_case_line_with_a_time_is_not_an_inline_requirements_label() -> None:
    parsed = parse_job_description(
        "# Support Engineer\n\n## Requirements\n- Experience with Zendesk\n\n## Hours\n"
        "Your working\nhours must overlap with 15:00 to 23:00 CET, Monday to Friday.\n"
    )
    assert [s.source for s in parsed.skills] == ["- Experience with Zendesk"]


def test_spanish_prose_requirements_and_their_nice_to_have() -> None:
    parsed = parse_job_description(
        "# Desarrollador/a Full Stack\n\n"
        "Somos una cooperativa de Rosario que hace software libre para organizaciones sociales.\n\n"
        "Buscamos una persona con experiencia en Django. Es importante que tengas buen nivel de inglés leído. "
        "Manejo de Git y de la terminal. Si además conocés Docker, mucho mejor. "
        "Nos interesa que tengas compromiso con el software libre.\n\n"
        "Ofrecemos jornada de 6 horas. Escribinos a trabajo@coop.example.\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [
        ("Django", "must"),
        ("Inglés leído", "must"),
        ("Git y de la terminal", "must"),
        ("Docker", "nice"),
        ("Compromiso con el software libre", "must"),
    ]


def test_english_prose_hiring_sentence_and_ways_of_working() -> None:
    parsed = parse_job_description(
        "# Software developer\n\nWe are a four-person consultancy that builds web applications for charities.\n\n"
        "We're hiring a developer with a couple of years of Ruby. Test-driven development is how we work.\n\n"
        "To apply, send a short note and your CV.\n"
    )
    assert [s.name for s in parsed.skills] == ["Ruby", "Test-driven development"]


def test_bullets_typed_without_a_space_and_a_nice_heading_in_spanish() -> None:
    parsed = parse_job_description(
        "###Qué buscamos\n\n*Experiencia con Ruby on Rails\n*Conocimientos de PostgreSQL\n\t\n*Ganas de aprender\n\n"
        "###Se valorará\n\n*Experiencia con React\n\n*Nota:* el puesto es remoto.\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [
        ("Ruby on Rails", "must"),
        ("PostgreSQL", "must"),
        ("Ganas de aprender", "must"),
        ("React", "nice"),
    ]


def test_a_bold_list_item_over_deeper_items_is_a_heading() -> None:
    parsed = parse_job_description(
        "# Java Entwickler\n\n"
        "- **Dein Profil**\n  + Erfahrung mit Java und Spring\n  + Gute Deutschkenntnisse\n"
        "- **Was wir bieten**\n  + Obstkorb\n  + Flexible Arbeitszeiten\n"
        "- **Python**\n"
    )
    assert [s.name for s in parsed.skills] == ["Java", "Spring", "Deutschkenntnisse"]  # ("und" splits technologies)
    assert parsed.skills[1].section == "Dein Profil"


def test_headings_that_say_who_will_succeed_are_requirements_not_duties() -> None:
    for heading, priority in (
        ("To succeed in this role", "must"),
        ("YOU'LL THRIVE HERE IF", "must"),
        ("We think you'll be a great fit if you", "must"),
        ("How you'll stand out", "nice"),
    ):
        parsed = parse_job_description(
            f"# Backend Engineer\n\n## You'll work on\n- Our billing API\n\n## {heading}\n- Kafka in production\n"
        )
        assert [(s.name, s.priority) for s in parsed.skills] == [("Kafka in production", priority)], heading
        assert parsed.responsibilities == ["Our billing API"]


def test_the_readers_interest_closing_a_requirements_list_is_not_a_skill() -> None:
    parsed = parse_job_description(
        "# Responsable d'exploitation\n\n## Profil\n- tu as une expérience de l'astreinte\n"
        "- tout ce que tu viens de lire t'intéresse\n\n## Profile\n- Experience with Debian\n"
        "- Everything you've just read sounds exciting to you\n"
    )
    assert [s.source for s in parsed.skills] == ["- tu as une expérience de l'astreinte", "- Experience with Debian"]


def test_a_long_list_of_bold_items_is_read_in_one_pass() -> None:
    # every item bold, none over deeper items: items, not headings (and no look-ahead that copies the lines)
    parsed = parse_job_description("# R\n\n## Requirements\n" + "".join(f"- **Skill {n}**\n" for n in range(3000)))
    assert len(parsed.skills) == 3000


def test_the_condition_of_a_lead_in_is_a_requirement_too() -> None:
    parsed = parse_job_description(
        "# Ops lead\n\nWe run a national login service.\n\n"
        "If you have the technical skills of an operations lead (see the full job sheet) and, on top of that:\n"
        "- you have led a team\n- you like to take initiatives\n\n"
        "Si tu as une solide pratique de Linux et qu'en plus :\n- tu aimes documenter\n"
    )
    assert [s.part or s.source for s in parsed.skills] == [
        "the technical skills of an operations lead",
        "- you have led a team",
        "- you like to take initiatives",
        "une solide pratique de Linux",
        "- tu aimes documenter",
    ]
    assert [s.name for s in parsed.skills][1:3] == ["Led a team", "Take initiatives"]
    assert parsed.skills[0].source.startswith("If you have the technical skills")


def test_splitting_off_an_optional_extra_keeps_the_rest_of_the_bullet_as_written() -> None:
    parsed = parse_job_description("# R\n\n## Requirements\n- Python; SQL; Ideally you know dbt\n")
    assert [(s.part, s.priority) for s in parsed.skills] == [("Python; SQL", "must"), ("Ideally you know dbt", "nice")]
