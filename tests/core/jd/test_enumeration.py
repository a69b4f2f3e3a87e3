"""One sentence that lists several skills gives one requirement per skill (our own made-up postings)."""

from __future__ import annotations

import pytest

from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.parser import parse_job_description


def skills(requirements: str, heading: str = "Requirements") -> list[tuple[str, str, str]]:
    parsed = parse_job_description(f"Platform Engineer\n\n{heading}\n\n{requirements}\n")
    return [(s.name, s.kind, s.priority) for s in parsed.skills]


def test_a_bullet_naming_three_tools_gives_three_requirements_with_the_line_as_source() -> None:
    parsed = parse_job_description("Data Engineer\n\nRequirements\n- Experience with Kafka, Spark and Airflow\n")
    assert [s.name for s in parsed.skills] == ["Kafka", "Spark", "Airflow"]
    assert {s.source for s in parsed.skills} == {"- Experience with Kafka, Spark and Airflow"}
    assert [s.part for s in parsed.skills] == ["Kafka", "Spark", "Airflow"]
    assert {s.line for s in parsed.skills} == {4}


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Python, Go, or Rust", ["Python", "Go", "Rust"]),
        ("Hands-on with AWS/GCP/Azure", ["AWS", "GCP", "Azure"]),
        ("Python (Django or Flask), Go and Rust in production", ["Python (Django or Flask)", "Go", "Rust"]),
        ("Tech stack: TypeScript, React and Postgres", ["TypeScript", "React", "Postgres"]),
        ("Familiarity with Terraform, Pulumi or similar tools", ["Terraform", "Pulumi"]),
        ("Communication, teamwork and ownership", ["Communication", "teamwork", "ownership"]),
    ],
)
def test_lists_of_skills_are_split(sentence: str, parts: list[str]) -> None:
    assert [p.text for p in enumerated_parts(sentence)] == parts


@pytest.mark.parametrize(
    "sentence",
    [
        "CI/CD pipelines for mobile apps",  # one name with a slash
        "Cloud platforms (AWS, GCP)",  # examples in brackets
        "Experience with message brokers such as NATS, Kafka or RabbitMQ",  # examples of one skill
        "Observability: tracing, metrics and logs",  # details of the skill before the colon
        "Design, build and operate services",  # actions, not skills
        "Ability to plan, estimate and deliver Terraform modules",  # actions after "to"
        "Strong written and verbal communication skills",  # adjectives sharing one noun
        "Communication skills, written and verbal",
        "Experience building billing services in Java or Kotlin",  # the languages qualify the skill named
        "Strong SQL and PostgreSQL performance tuning",  # one noun shared by both
        "Machine learning overlaps NLP, so Spacy knowledge helps",  # a clause, not a list
    ],
)
def test_one_requirement_stays_whole(sentence: str) -> None:
    assert enumerated_parts(sentence) == []


def test_each_part_keeps_the_sentence_priority_or_its_own_cue() -> None:
    assert skills("- Knowledge of Kafka, Pulsar, and ideally NATS") == [
        ("Kafka", "hard", "must"),
        ("Pulsar", "hard", "must"),
        ("NATS", "hard", "nice"),
    ]
    assert skills("- Grafana, Loki or Tempo would be a plus") == [
        ("Grafana", "hard", "nice"),
        ("Loki", "hard", "nice"),
        ("Tempo", "hard", "nice"),
    ]
    assert [p for _, _, p in skills("- Terraform and Ansible", heading="Nice to have")] == ["nice", "nice"]


def test_each_part_gets_its_own_kind() -> None:
    assert skills("- Experience with Elixir, Phoenix and mentoring") == [
        ("Elixir", "hard", "must"),
        ("Phoenix", "hard", "must"),
        ("Mentoring", "soft", "must"),
    ]


def test_a_long_keyword_dump_stays_one_requirement() -> None:
    dump = "- Experience with " + ", ".join(f"Tool{n}" for n in range(12))
    assert len(skills(dump)) == 1


def test_parts_link_by_their_own_words(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    posting = "Platform Engineer\n\nRequirements\n- Hands-on experience with Kubernetes, Terraform and PostgreSQL\n"
    view = import_role(db, text_=posting, source_name="platform.md")
    linked = {s.name: s.catalogue_skill for s in view.skills}
    assert linked["Kubernetes"] == "containers-kubernetes"
    assert linked["Terraform"] == "infrastructure-as-code"
    assert linked["PostgreSQL"] is not None and linked["PostgreSQL"] != linked["Kubernetes"]


def test_a_sentence_of_several_requirement_clauses_gives_each_clause() -> None:
    parts = enumerated_parts(
        "We want someone with a background in Linux, Docker and networking, curiosity about compilers "
        "and experience running Postgres at scale"
    )
    assert [p.text for p in parts] == [
        "Linux",
        "Docker",
        "networking",
        "curiosity about compilers",
        "experience running Postgres at scale",
    ]
    # a topic followed by its details stays one skill
    assert enumerated_parts("Database design and tuning for MySQL, and experience with caching in Redis") == []
    assert enumerated_parts("Strong experience and knowledge of Go") == []


def test_sentences_saying_who_the_role_needs_are_requirements() -> None:
    text = (
        "Ferry Scheduling Engineer\n\nWe run the timetable software for island ferries. "
        "The ideal candidate has shipped Python services. "
        "Successful candidates will share our curiosity about timetables. "
        "Our office has a view of the harbour.\n"
    )
    sources = [s.source for s in parse_job_description(text).skills]
    assert sources == [
        "The ideal candidate has shipped Python services.",
        "Successful candidates will share our curiosity about timetables.",
    ]
