"""How a posting's sentences are built, read as types (round 11 of issue #18).

Each test is a short posting of our own writing.
"""

from __future__ import annotations

from interview_planner.jd.parser import classify_heading, clauses, parse_job_description


def test_a_paragraph_after_a_requirements_list_counts_only_by_its_sentences_that_state_one() -> None:
    parsed = parse_job_description(
        "# Backend engineer\n\n## Requirements\n- Experience with Go\n- Comfortable on call\n\n"
        "Send a short note about a project you liked. Salary depends on experience.\n\n"
        "The Lantern Collective's staff is small and friendly. The Lantern Collective is funded by grants. "
        "You must be able to work in UK hours.\n"
    )
    assert [s.source for s in parsed.skills] == [
        "- Experience with Go",
        "- Comfortable on call",
        "You must be able to work in UK hours.",
    ]


def test_a_paragraph_under_a_requirements_heading_without_a_list_keeps_its_plain_statements() -> None:
    # no list beside it: a sentence that states a quality plainly is a requirement ("Strong Linux fundamentals.")
    parsed = parse_job_description(
        "# SRE\n\n## Requirements\nStrong Linux fundamentals. Terraform and Ansible are your everyday tools.\n"
    )
    assert [s.name for s in parsed.skills] == ["Linux", "Terraform", "Ansible"]


def test_a_heading_that_announces_the_hire_is_the_title_not_a_requirements_section() -> None:
    for heading in (
        "Lantern is looking for an Android developer!",
        "Small Nonprofit Seeks Data Architect",
        "We are hiring a Senior SRE (m/w/d)",
    ):
        assert classify_heading(heading).topic == "title", heading
    for heading in ("What we are looking for", "We are looking for someone who", "Who we're looking for"):
        assert classify_heading(heading).topic == "skills", heading
    parsed = parse_job_description(
        "# Lantern is looking for an Android developer!\n\n## (Posted 3 March 2026)\n\nMarch 3, 2026\n\n"
        "Lantern builds a reading app. Being a Lantern developer includes fixing bugs and reviewing changes.\n\n"
        "## Requirements\n- Kotlin\n- Experience with Jetpack Compose\n"
    )
    assert [s.source for s in parsed.skills] == ["- Kotlin", "- Experience with Jetpack Compose"]


def test_a_second_predicate_of_the_same_reader_is_a_requirement_of_its_own() -> None:
    assert clauses(
        "Candidates must have three years of experience writing Elixir, and have a demonstrated record of "
        "teaching it to others"
    ) == [
        "Candidates must have three years of experience writing Elixir",
        "have a demonstrated record of teaching it to others",
    ]
    assert clauses("Ability to learn quickly; are able to improve how we release software") == [
        "Ability to learn quickly",
        "are able to improve how we release software",
    ]
    # "and have" that goes on with the same object, or fewer than three words, is no second requirement
    assert len(clauses("You know Python, and have used it in production")) == 1
    parsed = parse_job_description(
        "# R\n\n## Requirements\n"
        "- Three years of experience developing in Elixir, and have a track record of communicating with users\n"
    )
    assert [(s.part, s.kind) for s in parsed.skills] == [
        ("Three years of experience developing in Elixir", "hard"),
        ("have a track record of communicating with users", "soft"),
    ]


def test_working_well_with_others_and_a_bias_for_action_are_soft() -> None:
    parsed = parse_job_description(
        "# R\n\n## About you\n- Works well with others\n- A bias towards action\n- Experience with Erlang\n"
    )
    assert [s.kind for s in parsed.skills] == ["soft", "soft", "hard"]


def test_how_the_hiring_goes_and_where_to_live_are_no_requirements() -> None:
    parsed = parse_job_description(
        "# Data engineer\n\n## Requirements\n- Experience with dbt\n"
        "- Travel twice a year is required, for our team week\n- Travel booking experience is required\n\n"
        "While we work across time zones, we prefer that you live in Canada. Salary negotiable.\n\n"
        "## To apply\n- Link to a project you are proud of\n- A short note on why this role\n\n"
        "Review of applications starts on 1 May. Current funds allocated through 2027.\n"
    )
    assert [s.source for s in parsed.skills] == ["- Experience with dbt", "- Travel booking experience is required"]


def test_a_line_naming_what_its_list_holds_keeps_the_priority_of_the_section_around_it() -> None:
    parsed = parse_job_description(
        "# Analyst\n\n## Skills we need\nWe are looking for people with:\n\n- Python\n\n"
        "## Bonus points if you have\nTechnical skills\n- Experience with Go\n\nPersonal skills\n- Patience\n\n"
        "## Skills we prefer\nWe would love applicants who also meet the following:\n\n- Experience with Rust\n"
    )
    assert [(s.name, s.priority, s.kind) for s in parsed.skills] == [
        ("Python", "must", "hard"),
        ("Go", "nice", "hard"),
        ("Patience", "nice", "soft"),
        ("Rust", "nice", "hard"),
    ]


def test_an_invitation_and_an_encouragement_to_apply_are_no_requirements_and_valued_is_nice() -> None:
    parsed = parse_job_description(
        "# Engineer\n\nWhat does a city's data look like at scale? Would you like to find out?\n\n"
        "## What we are looking for\nOpenTown encourages applications regardless of whether you meet every point.\n"
        "- Experience with PostGIS\n- A good level of autonomy is valued.\n"
    )
    assert [(s.name, s.priority) for s in parsed.skills] == [("PostGIS", "must"), ("Level of autonomy", "nice")]


def test_the_person_sought_described_with_no_technical_word_is_soft_and_named_by_what_they_do() -> None:
    parsed = parse_job_description(
        "# R\n\n## Who we are looking for\n"
        "We are looking for someone who can find their way around a large organisation.\n\n"
        "We are looking for people who enjoy pairing.\n\nWe are looking for someone who has run Kafka in production.\n"
    )
    assert [(s.name, s.kind) for s in parsed.skills] == [
        ("Find their way around a large", "soft"),
        ("Enjoy pairing", "soft"),
        ("Run Kafka in production", "hard"),
    ]


def test_markdown_that_styles_a_few_words_with_html_keeps_its_headings_lists_and_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.jd.formats import looks_like_html, read_posting

    text = (
        "# Ingénieur·e logiciel\n\n"
        '<span style="font-weight: bold">Notre</span> équipe construit des outils pour les archives.\n\n'
        "## Profil\n\n"
        "- Vous maîtrisez <span>Python</span> et PostgreSQL\n"
        "- Vous aimez <span>travailler en équipe</span>\n\n"
        "## Comment candidater ?\n\n- Envoyez votre CV\n"
    )
    assert not looks_like_html(text)
    assert looks_like_html("<p>Requirements</p><ul><li>Python</li></ul>")  # a page stays a page
    path = tmp_path / "posting.md"
    path.write_text(text, encoding="utf-8")
    parsed = parse_job_description(read_posting(path))
    assert [s.line for s in parsed.skills] == [7, 8]  # each bullet on its own line, as written
    assert [s.heading for s in parsed.sections][-2:] == ["Profil", "Comment candidater ?"]


def test_a_paragraph_wrapped_at_a_fixed_width_is_one_paragraph() -> None:
    parsed = parse_job_description(
        "# R\n\n## About you\n"
        "You know that a monad is not only a philosophical term from Leibniz, and that a functor is\n"
        "Not only a word from linguistics. You have shipped Haskell in production.\n"
    )
    assert parsed.skills[0].source.endswith("Not only a word from linguistics.")
    # one requirement per line, without a full stop, stays one requirement per line
    parsed = parse_job_description(
        "# R\n\n## About you\nFive years of experience building web services in Go or Rust\nExperience with Kafka\n"
    )
    assert [s.source for s in parsed.skills] == [
        "Five years of experience building web services in Go or Rust",
        "Experience with Kafka",
    ]
