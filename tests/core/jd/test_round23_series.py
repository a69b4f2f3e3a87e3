"""Requirements written as a series of clauses apart by semicolons (round 23 of #18).

A federal posting states its "specialized experience" as one long bullet: a label, then clauses apart by semicolons,
then a sentence about the grade. Each clause is something to assess; read as one requirement, the bullet was named by
its label and linked by whichever clause weighed most. Our own posting in that shape."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

FEDERAL = """# IT Specialist (Data Management)

## Qualifications

- *Specialized experience for the GS-11 grade:* Designing relational database schemas for agency records \
systems; the use of SQL to query and validate large data sets; familiarity with cloud-hosted data warehouses; \
or knowledge of records-retention rules for federal data. At this level, the employee can use judgment in \
choosing and adapting the available guidelines to new problems.
- Python; Go; Rust
- Strong SQL; we use Postgres; dbt a plus
"""


def _names(text: str) -> list[str]:
    return [skill.name for skill in parse_job_description(text).skills]


def test_each_clause_of_a_labelled_series_is_a_requirement_named_by_its_own_words() -> None:
    names = _names(FEDERAL)
    assert names[:5] == [
        "Designing relational database schemas",
        "Use of SQL",
        "Cloud-hosted data warehouses",
        "Records-retention rules for federal data",
        "Use judgment",
    ]
    assert not any("Specialized experience" in name or name.startswith("At this level") for name in names)


def test_each_clause_keeps_the_whole_line_as_its_source() -> None:
    skills = parse_job_description(FEDERAL).skills[:5]
    assert all(skill.source.startswith("- *Specialized experience for the GS-11 grade:*") for skill in skills)
    assert all(skill.source.endswith("adapting the available guidelines to new problems.") for skill in skills)
    assert {skill.line for skill in skills} == {5}


def test_a_list_of_names_apart_by_semicolons_is_its_names() -> None:
    assert _names(FEDERAL)[5:8] == ["Python", "Go", "Rust"]


def test_a_semicolon_after_a_requirement_that_talks_is_no_list_of_names() -> None:
    # "we use Postgres" and "dbt a plus" are no names of skills: the line stays one requirement
    assert _names(FEDERAL)[8:] == ["SQL"]


def _line(line: str) -> list[tuple[str, str]]:
    result = parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n")
    return [(skill.name, skill.priority) for skill in result.skills]


def test_a_sentence_after_the_series_that_names_no_skill_is_no_requirement() -> None:
    line = (
        "- *Specialized experience:* Developing Python applications; administering PostgreSQL databases; or "
        "configuring Linux servers. This definition of specialized experience is typical of work at the next grade."
    )
    assert _line(line) == [
        ("Developing Python applications", "must"),
        ("Administering PostgreSQL databases", "must"),
        ("Configuring Linux servers", "must"),
    ]


def test_an_initial_ends_no_clause() -> None:
    line = (
        "- Managing IT systems for U.S. Army bases; configuring firewalls and routers; or administering identity "
        "systems"
    )
    assert [name for name, _ in _line(line)] == [
        "Managing IT systems",
        "Configuring firewalls and routers",
        "Administering identity systems",
    ]


def test_a_label_that_says_nice_to_have_keeps_the_line_a_nice_to_have() -> None:
    assert all(priority == "nice" for _, priority in _line("- Bonus: Go; Rust; Elixir"))


def test_the_last_name_of_a_list_loses_its_joining_word_in_any_language() -> None:
    assert _line("- Java; Kotlin; oder Rust") == [("Java", "must"), ("Kotlin", "must"), ("Rust", "must")]


def test_a_line_of_many_sentences_after_a_series_stays_one_requirement() -> None:
    # (a crafted bullet: 20,000 sentences after two semicolons once gave 20,000 requirements, each holding the line)
    assert len(_line("- Python; Go; Rust" + ". Aaa" * 20_000)) == 1
