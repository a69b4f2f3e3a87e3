"""What a posting says about priority and about itself outside its headings, and names that end well (round 12
of issue #18).

Each test is a short posting of our own writing.
"""

from __future__ import annotations

from interview_planner.jd.parser import classify_kind, hedged_extras, parse_job_description, short_name


def test_a_paragraph_right_after_a_list_saying_nothing_is_required_makes_that_list_nice() -> None:
    for closing in (
        "There are no hard requirements; we care more about what you have built.",
        "None of these are strictly required.",
        "These are not hard requirements, so apply anyway.",
    ):
        parsed = parse_job_description(
            "# Platform engineer\n\nWe run a small network of weather stations.\n\n"
            "Must have:\n\n- Experience with Linux\n\n"
            "People who join us tend to know some of:\n\n- Terraform\n- Rust\n\n"
            f"{closing}\n"
        )
        rows = [(s.name, s.priority) for s in parsed.skills]
        # the list before it is nice; an earlier list, with a paragraph between, keeps its priority
        assert rows == [("Linux", "must"), ("Terraform", "nice"), ("Rust", "nice")], closing
        # the reason names the paragraph (given as a heading's is, like a "That would be a plus." after an item)
        assert parsed.skills[1].priority_reason == f"heading: {closing}"


def test_a_paragraph_that_only_mentions_requirements_changes_no_priority() -> None:
    parsed = parse_job_description(
        "# Platform engineer\n\n## Requirements\n\n- Terraform\n- Rust\n\n"
        "We review every application against these requirements.\n"
    )
    assert [(s.name, s.priority) for s in parsed.skills] == [("Terraform", "must"), ("Rust", "must")]


def test_an_extra_hedged_after_and_without_a_comma_is_nice_and_of_the_kind_it_adds_to() -> None:
    main, extras = hedged_extras("Fluent in written and spoken English and preferably one other language.")
    assert main == "Fluent in written and spoken English"
    assert extras == [("preferably", "preferably one other language")]
    # a preferred technology is still one option of a must ("Python and preferably Go" asks for both)
    assert hedged_extras("Python and preferably Go") == ("Python and preferably Go", [])

    parsed = parse_job_description(
        "# Support engineer\n\n## Requirements\n"
        "- Fluent in written and spoken English and preferably one other language.\n"
    )
    rows = [(s.kind, s.priority) for s in parsed.skills]
    # the extra says nothing of its own kind: a language, like the English it adds to, is soft
    assert rows == [("soft", "must"), ("soft", "nice")]
    assert parsed.skills[1].kind_reason.startswith("as the requirement it adds to")


def test_what_the_organisation_believes_is_no_requirement_but_what_it_believes_the_hire_needs_is() -> None:
    parsed = parse_job_description(
        "# Data engineer\n\n"
        "We believe it's important to include diverse perspectives in every design review.\n\n"
        "We believe you will need solid experience with Apache Airflow.\n"
    )
    assert [s.source for s in parsed.skills] == ["We believe you will need solid experience with Apache Airflow."]


def test_a_short_name_does_not_end_on_a_word_that_needs_what_was_cut() -> None:
    rows = {
        # a conjunct that lost its complement is left out; the first one names the skill
        "Social skills and ability to settle disputes within the team are expected.": "Social skills",
        "Self motivated and willing to learn new frameworks quickly": "Self motivated",
        "Passionate about open standards and interested in contributing to them": "Passionate about open standards",
        # a verb or a pair word left at the end goes
        "Familiarity with how package registries work is a definite plus.": "How package registries work",
        "Strong debugging skills, both in reading crash dumps and in tracing": "Debugging skills",
        # how many of a list is no name; what the list holds is
        "Proficient in two or more of the following languages: Go, Kotlin, Swift": "Languages",
        "One or more message brokers such as RabbitMQ": "Message brokers",
    }
    assert {text: short_name(text) for text in rows} == rows


def test_composure_care_and_manner_are_soft_and_the_technical_senses_stay_hard() -> None:
    for text in (
        "Calm during on-call incidents",
        "Organised and able to manage your own workload",
        "Friendly with clinic managers",
        "Discreet with confidential information",
        "Explains build breaks clearly to developers",
        "Presenting to clients and network operators",
        "Works well in a busy team",
    ):
        found = classify_kind(text)
        assert found is not None and found[0] == "soft", text
    for text in ("User-friendly admin screens in React", "SEO-friendly markup"):
        found = classify_kind(text)
        assert found is None or found[0] == "hard", text
