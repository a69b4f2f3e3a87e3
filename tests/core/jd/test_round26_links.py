"""Round 26 of issue #18: careers pages kept in a repository (bare links to a stack's documentation, a pitch that
invites the reader, a pointer to another section, a "Selection" step) and words that named a skill by accident."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description, short_name

LinksOf = Callable[[str], list[tuple[str, str | None]]]


def names(text: str) -> list[str]:
    return [s.name for s in parse_job_description(text).skills]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # a link's address says nothing: "https" is no sign of networking
        ("- [Phoenix](https://hexdocs.pm/phoenix/overview.html)", None),
        ("- [Flask](https://flask.palletsprojects.com/en/latest/)", "programming-proficiency"),
        ("- [Django](https://docs.example.org/django/intro/)", "programming-proficiency"),
        ("- Good knowledge of Redis (see https://redis.io/docs/)", "databases-caching"),
        # a task queue is messaging
        ("- [Sidekiq](https://github.com/example/sidekiq)", "streaming-messaging"),
        ("- Some exposure to Celery", "streaming-messaging"),
    ],
)
def test_a_link_is_read_by_its_text_not_its_address(parsed_links: LinksOf, line: str, slug: str | None) -> None:
    assert [got for _, got in parsed_links(line)] == [slug]


@pytest.mark.parametrize(
    "line",
    [
        "- Experience publishing a static site generator's themes",  # site reliability's "site"
        "- Fluent on the command line",  # line management's "line"
        "- Experience with ticketing systems",  # "systems" (Linux, distributed, design systems)
    ],
)
def test_a_common_word_of_a_skill_phrase_alone_links_nothing(parsed_links: LinksOf, line: str) -> None:
    assert [got for _, got in parsed_links(line)] == [None]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # a listener is no learner (of machine learning)
        ("- You are a patient listener", [("soft", "empathy-inclusivity")]),
        (
            "- You are an attentive listener and can turn company goals into plans for the team",
            [("soft", "empathy-inclusivity"), ("soft", "strategic-thinking")],
        ),
        # designs made into code are programming, whatever adjective the code has
        ("- Able to turn Figma mockups into pragmatic code", [("hard", "programming-proficiency")]),
    ],
)
def test_what_a_reader_is_and_can_do(parsed_links: LinksOf, line: str, wanted: list[tuple[str, str]]) -> None:
    assert parsed_links(line) == wanted


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # a cloud named: its cost words ("rightsizing") are the cloud's, not a skill of cloud costs
        ("- Hands-on AWS experience, including rightsizing", "cloud-platforms"),
        # the thesaurus's glosses of a word do not count against the skill the word names ("automation")
        ("- Experience in the test automation", "test-automation"),
        ("- Standards for creating Application Programming Interfaces", "microservices-apis"),
    ],
)
def test_a_named_product_outweighs_what_its_gloss_shares(parsed_links: LinksOf, line: str, slug: str) -> None:
    assert [got for _, got in parsed_links(line)] == [slug]


def test_a_keen_learner_still_links_learning(parsed_links: LinksOf) -> None:
    assert parsed_links("- A keen and curious learner") == [("soft", "continuous-learning")]


PITCH = "# Backend Developer\n\nWe'd be glad to hear from you if you love Ruby and want to shape a young product.\n\n"


def test_a_pitch_inviting_the_reader_is_no_requirement_beside_a_list() -> None:
    assert names(PITCH + "## Requirements\n\n- Three years of PostgreSQL\n- Docker\n") == ["PostgreSQL", "Docker"]


def test_an_invitation_at_the_end_of_a_sentence_is_a_pitch_too() -> None:
    text = "# Developer\n\nIf you enjoy Elixir, we would love to hear from you!\n\n## Requirements\n\n- Kafka\n"
    assert names(text) == ["Kafka"]


def test_a_pitch_is_read_when_the_posting_lists_no_requirements() -> None:
    assert names(PITCH + "## About us\n\nWe build tools for florists.\n") == ["Love Ruby"]


def test_a_pointer_to_another_section_is_no_requirement() -> None:
    got = names(
        "# Developer\n\n## Requirements\n\n- See our stack below. You should know at least its core parts.\n"
        "- See the list above; you should know Kafka well\n- Two years of Go\n- Check out the Tools section below (you "
        "will use most of them)\n"
    )
    assert got == ["Kafka well", "Go"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("At least 2 of those years should be using Phoenix (or a similar Elixir framework).", "Phoenix"),
        ("At least 3 years of those should be with Rails", "Rails"),
        ("Depending on your background, you have a broad view of observability tools", "View of observability tools"),
        ("Can demonstrate the use of contract testing and CI tooling", "Contract testing and CI tooling"),
    ],
)
def test_lead_ins_of_careers_pages_leave_the_name(line: str, name: str) -> None:
    assert short_name(line) == name


def test_a_part_about_using_what_came_before_is_not_its_own_requirement() -> None:
    got = names(
        "# Dev\n\n## Requirements\n\n- Good grasp of YAML and TOML formats, and experience using them in Go services.\n"
        "- Good understanding of Avro and Protobuf schemas, and exposure to using them in Kotlin applications.\n"
    )
    assert not [n for n in got if n.lower().startswith("them")]
    assert "YAML and TOML formats" in got


def test_a_second_ability_after_what_the_reader_is_is_its_own_requirement() -> None:
    got = names("# Dev\n\n## Requirements\n\n- You are a careful reviewer and can explain trade-offs to juniors\n")
    assert got == ["Careful reviewer", "Explain trade-offs to juniors"]


@pytest.mark.parametrize(
    "line",
    [
        "- Design APIs that are stable and can evolve over time",  # a relative clause's second predicate
        "- Experience with systems that are fault tolerant and can recover from failures",
        "- Experience in glass and can manufacturing lines",  # "can" a noun
    ],
)
def test_and_can_elsewhere_starts_nothing_new(line: str) -> None:
    assert len(parse_job_description(f"# Dev\n\n## Requirements\n\n{line}\n").skills) == 1


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # what comes after the pronoun names a skill: kept, named by it
        (
            "- Prometheus and Grafana, and experience using them with Kubernetes",
            ["Prometheus and Grafana", "Kubernetes"],
        ),
        ("- Python and Go, and experience using them on AWS Lambda", ["Python", "Go", "AWS Lambda"]),
        ("- IT in regulated industries", ["IT in regulated industries"]),
    ],
)
def test_a_part_using_what_came_before_somewhere_new_is_named_by_where(line: str, wanted: list[str]) -> None:
    assert names(f"# Dev\n\n## Requirements\n\n{line}\n") == wanted


@pytest.mark.parametrize(
    "line",
    [
        "- See the stack below: Go, PostgreSQL, Kafka",
        "- Check out our tech stack below and be fluent in at least Go",
        "- See that the data pipeline stays below budget",
    ],
)
def test_a_line_that_only_opens_like_a_pointer_is_kept(line: str) -> None:
    assert parse_job_description(f"# Dev\n\n## Requirements\n\n{line}\n").skills


def test_an_if_clause_ending_in_apply_is_no_invitation() -> None:
    got = names(
        "# Dev\n\nYou have five years of Rust. If you have worked with Kubernetes, the same principles apply.\n\n"
        "## Requirements\n\n- Docker\n"
    )
    assert "Docker" in got and any("Kubernetes" in name for name in got)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Configure Kafka listeners", "hard"),
        ("- Translate the test strategy into automated Cypress suites", "hard"),
        ("- Good at turning the team's goals into plans", "soft"),
    ],
)
def test_listeners_and_strategies_of_software_stay_hard(line: str, kind: str) -> None:
    (skill,) = parse_job_description(f"# Dev\n\n## Requirements\n\n{line}\n").skills
    assert skill.kind == kind


@pytest.mark.parametrize(("line", "slug"), [("- Management experience", "people-management")])
def test_management_alone_still_links(parsed_links: LinksOf, line: str, slug: str) -> None:
    assert [got for _, got in parsed_links(line)] == [slug]


def test_no_name_is_cut_from_a_web_address(parsed_links: LinksOf) -> None:
    (skill,) = parse_job_description(
        "# Dev\n\n## Requirements\n\n- Familiar with https://www.example.org/docs\n"
    ).skills
    assert "http" not in skill.name.lower()
    assert parsed_links("- Familiar with https://www.example.org/docs") == [("hard", None)]


@pytest.mark.parametrize("heading", ["Selection process", "Our selection process"])
def test_a_selection_process_heading_is_the_hiring_process(heading: str) -> None:
    assert classify_heading(heading).topic == "other"


def test_a_bare_selection_heading_over_a_list_keeps_its_requirements() -> None:
    got = names("# Engineer\n\n## About the role\n\nYou build APIs.\n\n## Selection\n\n- Three years of Go\n- Kafka\n")
    assert "Go" in got


def test_the_selection_process_under_the_stack_asks_for_nothing() -> None:
    got = names(
        "# Dev\n\n## Requirements\n\n- Solid Kafka experience\n\n## Our stack\n\n### Core\nYou should know these "
        "well:\n\n* Elixir\n* PostgreSQL\n\n### Selection process\nYou will get a coding exercise and hand in your "
        "solution in a private GitHub repository.\n"
    )
    assert got == ["Kafka", "Elixir", "PostgreSQL"]


def test_invitations_count_against_the_cap() -> None:
    from interview_planner.jd.parser import TooManySkills

    text = "# Dev\n\n" + "".join(f"We'd love to hear from you if you know Kafka {i}.\n\n" for i in range(80))
    with pytest.raises(TooManySkills):
        parse_job_description(text, most=50)


@pytest.mark.parametrize(
    "sentence",
    [
        "You will get a coding exercise and hand in your solution in a private GitHub repository.",
        "You'll be given a take-home assignment in Python after the first call.",
    ],
)
def test_the_assignment_of_the_hiring_process_asks_for_nothing(sentence: str) -> None:
    got = names(
        "# Dev\n\n## Requirements\n\n- Solid Kafka experience\n\n## Our stack\n\n### Core\nYou should know these "
        f"well:\n\n* Elixir\n* PostgreSQL\n\n### Selection\n{sentence}\n"
    )
    assert got == ["Kafka", "Elixir", "PostgreSQL"]
