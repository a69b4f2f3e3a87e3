"""Round 22 of issue #18: a requirement that offers a choice ("experience in one of: C#, Java, Python") is one
requirement met by any of its options, named by them, not one must-have per option. Our own postings."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description


def rows(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


def test_a_nested_list_of_options_under_a_choice_is_one_requirement() -> None:
    text = (
        "# Backend developer\n\n## Must have\n"
        "- Several years of experience in one of:\n  - C#\n  - Java\n  - Node.js (JavaScript or TypeScript)\n"
        "- Git\n\n## Anforderungen\n"
        "- Mehrjährige Erfahrung in mindestens einem der folgenden Datenbanksysteme:\n"
        "  - MySQL, PostgreSQL\n  - MongoDB\n"
    )
    parsed = parse_job_description(text)
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("C#, Java, Node.js", "must"),
        ("Git", "must"),
        ("MySQL, PostgreSQL, MongoDB", "must"),
    ]
    # the source says what was asked: the choice and its options
    assert parsed.skills[0].source.startswith("- Several years of experience in one of: C#, Java")


def test_a_choice_on_one_line_is_named_by_its_options() -> None:
    assert rows("# Dev\n\n## Requirements\n- Experience with one or more of Go, Rust or C++\n") == [
        ("Go, Rust or C++", "must")
    ]
    assert rows("# Dev\n\n## Requirements\n- Proficiency in at least one of the following: Kotlin, Swift\n") == [
        ("Kotlin, Swift", "must")
    ]


def test_a_skill_before_the_choice_keeps_the_list_split_and_a_list_under_no_choice_stays_split() -> None:
    first, _ = rows("# Dev\n\n## Requirements\n- Strong Python and one of Django or Flask\n")[0]
    assert first == "Python"
    assert rows("# Dev\n\n## Requirements\n- Experience with the following:\n  - Kafka\n  - Flink\n") == [
        ("Kafka", "must"),
        ("Flink", "must"),
    ]


def test_a_choice_with_no_list_is_named_by_what_it_chooses_from() -> None:
    parsed = parse_job_description(
        "# Entwickler\n\n## Anforderungen\n"
        "- Erfahrungen in mindestens einem der Frameworks zu den jeweiligen Sprachen\n"
    )
    assert parsed.skills[0].name == "Frameworks zu den jeweiligen Sprachen"


def test_a_plus_said_of_the_last_example_in_brackets_leaves_the_item_a_must() -> None:
    assert rows(
        "# iOS\n\n## Dein Profil\n- Kenntnisse des Cocoa-Touch-Frameworks (insbesondere UIKit, CoreData, weitere von "
        "Vorteil)\n- Go (preferred)\n"
    ) == [("Kenntnisse des Cocoa-Touch-Frameworks", "must"), ("Go", "nice")]


def test_client_server_communication_is_one_technical_skill() -> None:
    parsed = parse_job_description("# iOS\n\n## Dein Profil\n- Erfahrung in der Client/Server-Kommunikation (REST)\n")
    assert [(s.name, s.kind) for s in parsed.skills] == [("Client/Server-Kommunikation", "hard")]
