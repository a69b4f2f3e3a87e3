"""Round 22 of issue #18: a careers page talks to its reader, and what it says is no requirement.

A page around a posting answers questions ("We're here to answer any questions you have"), states the contract
("renewable for up to 4 years") and encourages ("you're awesome"): each holds a word that also asks for something
("you have", "4 years", "you're"). Outside a requirements section such a sentence is a requirement only when it
names something to assess or says it firmly. Our own postings, written for these tests.
"""

from __future__ import annotations

from interview_planner.jd.parser import classify_heading, parse_job_description

PAGE = """# Data Platform Engineer

## About the team
We run the pipelines that feed the city's open data portal. The positions are renewable annually for up to 3 years.

## Requirements
- Python and SQL
- Airflow or a similar scheduler

## The process
We're here to answer any questions you have about how to apply. The window will be short, which is why we're letting
you know now. It can get confusing, but you're great and we want to meet you!

## Common questions
**Q:** *Can I send a PDF of my CV?*

**A:** Either is fine. Whichever format you choose, spell out how your experience meets each requirement.
"""


def test_talk_to_the_reader_around_a_posting_gives_no_requirement() -> None:
    parsed = parse_job_description(PAGE)
    assert list(dict.fromkeys(s.source for s in parsed.skills)) == [
        "- Python and SQL",
        "- Airflow or a similar scheduler",
    ]


def test_the_pages_questions_and_its_process_are_no_requirement_sections() -> None:
    for heading in ("Common Questions", "Questions?", "FAQ", "Frequently asked questions", "The process"):
        assert classify_heading(heading).topic == "other", heading


def test_a_sentence_said_firmly_or_naming_a_skill_stays_a_requirement_outside_a_section() -> None:
    parsed = parse_job_description(
        "# Compiler engineer\n\n"
        "We build a language and its compiler. You are capable of making design proposals for the roadmap. "
        "Such a person must be able to mentor new contributors. You have a good grasp of Rust. "
        "We have been around for more than 10 years.\n\n"
        "## Benefits\n- Remote work\n"
    )
    sources = [s.source for s in parsed.skills]
    assert "You are capable of making design proposals for the roadmap." in sources
    assert "Such a person must be able to mentor new contributors." in sources
    assert "You have a good grasp of Rust." in sources  # ("you have", talk alone, but it names Rust)
    assert "We have been around for more than 10 years." not in sources


def test_a_count_of_years_in_a_header_is_no_skill_and_years_of_experience_are() -> None:
    parsed = parse_job_description(
        "Integration consultant\nNorthwind Partners\n2-5 Years\nRemote\n\n"
        "We implement ERP systems for retailers. Minimum 6 years of SAP FI/CO implementation experience.\n"
    )
    sources = [s.source for s in parsed.skills]
    assert "2-5 Years" not in sources
    assert any("SAP FI/CO" in s for s in sources)


def test_a_wish_waived_in_its_own_sentence_is_a_nice_to_have_named_by_what_it_wishes_for() -> None:
    parsed = parse_job_description(
        "# Archive developers\n\n"
        "We run a preprint archive on our own servers and are moving it to the cloud.\n\n"
        "We are particularly interested in people with Terraform and PostgreSQL expertise -- but do not let the lack "
        "of such expertise discourage anyone from applying. We do expect applicants to have a record of shipping "
        "Python services.\n"
    )
    rows = [(s.name, s.kind, s.priority) for s in parsed.skills]
    assert rows[0] == ("Terraform and PostgreSQL", "hard", "nice")
    assert rows[1][2] == "must" and "Python services" in rows[1][0] and not rows[1][0].startswith("We")


def _without_trailing_lookarounds(pattern: str) -> str:
    while pattern.endswith(")"):
        depth = 0
        for start in range(len(pattern) - 1, -1, -1):
            escaped = start > 0 and pattern[start - 1] == "\\"
            if pattern[start] == ")" and not escaped:
                depth += 1
            elif pattern[start] == "(" and not escaped:
                depth -= 1
                if depth == 0:
                    break
        if not pattern[start:].startswith(("(?!", "(?=", "(?<!", "(?<=")):
            break
        pattern = pattern[:start]
    return pattern


def _patterns(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _patterns(item)]
    return []


def test_no_word_list_pattern_ends_in_a_space_it_could_never_match() -> None:
    # a word list's pattern must end at a word's end: one whose last character is a space never matches before a
    # word ("we are interested in " never matched "we are interested in people"; "built with " never matched)
    from interview_planner.jd import lexicon

    ending_in_space = [
        (name, pattern[-50:])
        for name in dir(lexicon)
        if name.isupper() and name != "NAME_CUTS"  # (name cuts are plain patterns, not word lists)
        for pattern in _patterns(getattr(lexicon, name))
        if _without_trailing_lookarounds(pattern).endswith((" ", "\\s"))
    ]
    assert ending_in_space == []


def test_a_sites_credit_line_is_boilerplate_and_a_service_built_with_go_is_not() -> None:
    parsed = parse_job_description(
        "# Platform engineer\n\n## Requirements\n- Services built with Go\n- This site is built with Hugo.\n"
    )
    assert [s.source for s in parsed.skills] == ["- Services built with Go"]


def test_a_skill_said_not_to_be_required_with_its_reason_is_no_requirement_and_a_plus_of_course_is_one() -> None:
    parsed = parse_job_description(
        "# Compiler developer\n\n"
        "We are mostly looking for people who are passionate about programming languages. No prior Zig expertise is "
        "required as we can easily teach you Zig. Of course, prior experience with Zig would still be a plus.\n"
    )
    rows = [(s.name, s.priority) for s in parsed.skills]
    assert rows == [("Passionate about programming languages", "must"), ("Zig", "nice")]


def test_prior_experience_is_not_priority_management() -> None:
    from interview_planner.services.linking import stem

    assert stem("prior") != stem("priority")
    assert stem("priority") == stem("priorities")


def test_a_pages_metadata_whose_opening_rule_was_lost_is_no_requirement() -> None:
    parsed = parse_job_description(
        "title: Platform engineer\nauthor: kim\ndescription: We are looking for people who love Linux.\n"
        "tags: jobs\n---\n\n## Requirements\n- Linux administration\n- Ansible\n"
    )
    assert parsed.title == "Platform engineer"
    assert [s.name for s in parsed.skills] == ["Linux administration", "Ansible"]
    # a posting that opens with its own facts and a rule keeps them as text
    parsed = parse_job_description("Location: Berlin\nTeam: Platform\n---\n\n## Requirements\n- Go\n")
    assert [s.name for s in parsed.skills] == ["Go"]
