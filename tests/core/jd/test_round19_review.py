"""Where the round-19 rules must not fire: the review's attacks on them (round 19 of issue #18,
/work/helpers/review-19), each on the shape that broke it; our own postings."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_heading, classify_kind, parse_job_description, short_name


def _read(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


def test_a_lead_in_that_mentions_the_list_but_asks_for_something_else_leaves_the_list_alone() -> None:
    # H1: "the services below" are what the person will build; Go is the requirement
    text = (
        "# Platform Engineer\n\n## The role\n\n"
        "You'll build and operate the services below, and strong Go experience is required.\n\n"
        "- Ledger service\n- Fraud-scoring pipeline\n\n## Requirements\n\n- Solid understanding of PostgreSQL\n"
    )
    names = [name for name, _ in _read(text)]
    assert "Ledger service" not in names and "Fraud-scoring pipeline" not in names
    assert "PostgreSQL" in names


def test_these_days_and_perks_listed_below_are_no_pointers_to_requirements() -> None:
    # H1 and H2: an idiom, and perks pointed at from a sentence that holds a nice cue
    text = (
        "# Account Executive\n\n## About the role\n\n"
        "These days our team needs someone who closes deals.\n\n- Own the pipeline\n- Partner with marketing\n\n"
        "Fluent German is a plus, and in return you get the perks listed below.\n\n"
        "- Uncapped commission\n- A company car\n\n## Requirements\n\n- 3+ years closing B2B SaaS deals\n"
    )
    names = [name for name, _ in _read(text)]
    assert not {"Own the pipeline", "Partner with marketing", "Uncapped commission", "Company car"} & set(names)


def test_what_to_expect_from_the_role_is_no_list_of_benefits() -> None:
    # H4: only a name or "us" after "expect from" is the company's offer
    assert classify_heading("What to expect from this role").topic != "benefits"
    assert classify_heading("What you can expect from day one").topic != "benefits"
    assert classify_heading("What you can expect from Acme").topic == "benefits"


def test_markdown_sub_headings_under_a_plain_requirements_line_keep_their_lists() -> None:
    # H5
    text = (
        "# Full-Stack Engineer\n\nRequirements:\n\n#### Backend\n- 4+ years with Python\n- PostgreSQL query tuning\n"
        "\n#### Frontend\n- React and TypeScript\n- Accessibility (WCAG 2.1)\n"
    )
    assert [name for name, _ in _read(text)] == [
        "Python",
        "PostgreSQL query tuning",
        "React",
        "TypeScript",
        "Accessibility",
    ]


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("Masters of Kubernetes and Helm are welcome", "hard", "containers-kubernetes"),
        ("Master the art of negotiation with vendors", "soft", "negotiation-vendor-management"),
        ("Diplomacy and tact when working with senior stakeholders", "soft", "cross-functional-collaboration"),
        ("360 degree feedback and performance reviews for your reports", "soft", "people-management"),
        ("PhD in machine learning or NLP with published research", "hard", "machine-learning"),
    ],
)
def test_a_name_that_opens_like_a_degree_word_still_links(link_of, line: str, kind: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    # H6
    assert link_of(line, kind).slug == slug


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # M1: "written" ends a language line; only "written in ..." is what a thing was made in
        ("Excellent English, both spoken and written", "English, both spoken and written"),
        ("Strong communication skills, oral and written", "Communication skills, oral and written"),
        # M6: "not required" is no "required" to cut
        ("Degree not required", "Degree not required"),
        ("Knowledge of Perl, Python, makefiles also required.", "Perl, Python, makefiles"),
        # L8: the part of a list a comma split off
        ("In particular PostgreSQL", "PostgreSQL"),
    ],
)
def test_names_keep_what_the_round_cut_wrongly(line: str, name: str) -> None:
    assert short_name(line) == name


def test_live_in_an_ecosystem_is_a_requirement_live_in_a_place_is_not() -> None:
    # M3
    text = (
        "# Android Engineer\n\n## Requirements\n\n- Live in the Kotlin ecosystem: coroutines, Flow and Compose\n"
        "- Live within the constraints of low-end Android devices\n- Live in Europe or the UK\n"
    )
    sources = [s.source for s in parse_job_description(text).skills]
    assert sources[:2] == [
        "- Live in the Kotlin ecosystem: coroutines, Flow and Compose",
        "- Live within the constraints of low-end Android devices",
    ]
    assert "- Live in Europe or the UK" not in sources


def test_a_bare_values_heading_over_you_bullets_gives_soft_skills() -> None:
    # M4
    text = (
        "# Product Manager\n\n## Requirements\n\n- 4+ years of B2B product management\n\n## Values\n\n"
        "- You are candid and kind in feedback\n- You take ownership of outcomes\n- You stay curious\n"
    )
    kinds = [s.kind for s in parse_job_description(text).skills]
    assert kinds == ["hard", "soft", "soft", "soft"]


def test_where_required_is_no_requirement() -> None:
    # M5
    text = (
        "# Warehouse Analyst\n\nWe are hiring an analyst for our distribution centre. We provide full training on "
        "our WMS where required.\n\n## Requirements\n\n- Excel\n\nRelocation assistance will be provided if required.\n"
    )
    assert [name for name, _ in _read(text)] == ["Excel"]


def test_writing_release_notes_is_still_writing() -> None:
    # M7: the verbs of a series reach the code; "release notes for new software" is prose
    found = classify_kind("Writing release notes for new software versions")
    assert found is not None and found[0] == "soft"


@pytest.mark.parametrize(
    "line", ["- 5+ years of experience (7+ preferred)", "- Python (3.10+ preferred)", "- English (C1 level preferred)"]
)
def test_a_number_or_a_level_in_brackets_is_no_skill_of_its_own_and_leaves_the_item_must(line: str) -> None:
    # L1 (and the bracket prefers a version, a number or a level: the item stays a must-have)
    skills = parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n").skills
    assert [s.priority for s in skills] == ["must"]


def test_writing_and_integrating_apis_links_to_apis_not_to_writing(link_of) -> None:  # type: ignore[no-untyped-def]
    # M7: the verb of a series about code, and code "written in Node", are no technical writing
    line = "Experience writing, maintaining, and integrating REST APIs written in Node/Express"
    assert link_of(line).slug == "microservices-apis"


def test_a_lead_in_of_two_sentences_that_points_at_its_list_is_no_skill() -> None:
    # L3: "These technologies" named nothing
    text = (
        "# Backend Engineer\n\n## Our stack\n\nWe are a small team, so you'll touch everything. Experience with these "
        "technologies is a plus, but not strictly required.\n\n- Elixir and Phoenix\n- TimescaleDB\n\n"
        "## Requirements\n\n- 3+ years writing backend services\n"
    )
    assert _read(text) == [
        ("Elixir and Phoenix", "nice"),
        ("TimescaleDB", "nice"),
        ("Writing backend services", "must"),
    ]


# --- the second review (review-19b) -----------------------------------------------------------------------------


def test_beneficial_or_helpful_in_a_heading_about_the_company_or_the_process_is_no_nice_list() -> None:
    # 19b H5
    text = (
        "# ML Engineer\n\n## Building safe and beneficial AI\n\n- We publish our safety evaluations\n"
        "- We run a bug bounty\n\n## Helpful information\n\n- Interviews are held over Zoom\n- We sponsor visas\n\n"
        "## Good to know\n\n- This role is hybrid\n- The team sits in Berlin\n\n"
        "## Requirements\n\n- 3+ years of PyTorch\n"
    )
    assert [name for name, _ in _read(text)] == ["PyTorch"]


@pytest.mark.parametrize(
    "line",
    [
        "Must live within 50 miles of Austin, TX",
        "Live in Germany or Austria",
        "Reside in the Bay Area or be willing to relocate",
        "Live within commuting distance of our London office",
    ],
)
def test_where_the_person_lives_is_no_requirement(line: str) -> None:
    # 19b H6
    text = f"# Field Engineer\n\n## Requirements\n\n- 3+ years of Salesforce CPQ\n- {line}\n"
    assert [s.source for s in parse_job_description(text).skills] == ["- 3+ years of Salesforce CPQ"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience with services built on AWS Lambda", "Services built on AWS Lambda"),  # 19b M8
        ("Experience with REST APIs written in Go", "REST APIs"),
    ],
)
def test_a_generic_head_keeps_what_it_was_built_on(line: str, name: str) -> None:
    assert short_name(line) == name


def test_bengali_is_no_degree_and_trust_and_safety_is_technical(link_of) -> None:  # type: ignore[no-untyped-def]
    # 19b L1, L2
    assert link_of("Bengali and English fluency for our Dhaka customer team", "soft").slug is not None
    found = classify_kind("Experience building trust and safety tooling for content moderation")
    assert found is not None and found[0] == "hard"


def test_a_communication_tool_is_a_tool() -> None:
    # 19b M7
    found = classify_kind("Slackなどのコミュニケーションツールの導入・運用経験")
    assert found is None or found[0] == "hard"
