"""Lines said to the reader and lines pointing elsewhere (round 15 of issue #18, from set 5k's pages once unseen);
our own lines in their shapes."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description


def _skills(text: str) -> list[tuple[str, str, str]]:
    return [(skill.name, skill.kind, skill.priority) for skill in parse_job_description(text, source_name="t").skills]


def test_a_question_about_who_the_reader_is_asks_for_it_and_a_question_about_a_feeling_does_not() -> None:
    text = """Backend Developer

**About You**

Do you love the thrill of shipping a new release? Are you a patient person who explains technical topics \
clearly as well as kindly?

Then hit us up!

**Required:**
- Python
"""
    assert _skills(text) == [("Explains technical topics clearly", "soft", "must"), ("Python", "hard", "must")]


def test_a_question_about_liking_work_that_names_skills_asks_for_them() -> None:
    text = """Platform Engineer

Do you love to use tools like Terraform and Kubernetes to run services in the cloud? Come and talk to us.

## About the team
We run the city's permit systems.
"""
    assert _skills(text) == [("Terraform and Kubernetes", "hard", "must")]


def test_a_generic_head_is_named_by_its_examples() -> None:
    text = """Platform Engineer

## Requirements
- Experience with tools such as Ansible and Packer to build images
- Familiarity with languages (e.g. Elixir, Erlang)
- Experience with IaC tools like Pulumi
- Knowledge of build tools
"""
    assert [name for name, _, _ in _skills(text)] == [
        "Ansible and Packer",
        "Elixir, Erlang",
        "IaC tools",
        "Build tools",
    ]


def test_a_line_pointing_to_requirements_stated_elsewhere_is_no_requirement() -> None:
    text = """Student Developer

### Mobile Requirements
- general requirements (see How to Apply)
- background in Swift, at least working knowledge

### Web Requirements
- general requirements (on previous page)
- understanding of databases
"""
    assert [name for name, _, _ in _skills(text)] == ["Swift", "Databases"]


def test_preferred_misspelt_still_makes_a_nice_to_have() -> None:
    text = """Student Developer

### Requirements
- background in Kotlin
- prefered previous Android development experience
- Jetpack Compose, Room preffered
"""
    assert _skills(text) == [
        ("Kotlin", "hard", "must"),
        ("Android development", "hard", "nice"),
        ("Jetpack Compose", "hard", "nice"),
        ("Room", "hard", "nice"),
    ]


def test_the_code_you_write_in_a_list_of_tasks_is_no_requirement() -> None:
    text = """Student Developer

### Description
- build apps with other student developers
- read others' pull requests, and improve the quality of the code you write.

### Requirements
- background in Ruby
"""
    assert [name for name, _, _ in _skills(text)] == ["Ruby"]
    # said as the reader's own sentence it still is one
    said = "Technical Writer\n\nAbout the team: we document our APIs.\nYou write clear API guides for developers.\n"
    assert [name for name, _, _ in _skills(said)] == ["Write clear API guides for developers"]


def test_a_quality_listed_among_the_duties_is_a_requirement() -> None:
    text = """Full-stack Developer

**Essential Responsibilities**
- Lead the development of our asset manager
- Excellent communication skills (we discuss everything in public channels)

**Required:**
- Laravel
"""
    result = parse_job_description(text, source_name="t")
    assert [(skill.name, skill.kind, skill.priority) for skill in result.skills] == [
        ("Communication skills", "soft", "must"),
        ("Laravel", "hard", "must"),
    ]
    assert any("Lead the development" in duty for duty in result.responsibilities)
