"""What the review of round 24 found (issue #18): rules that went too far, each with the line that showed it.

Lines of our own, written by the reviewer or after their findings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd import enumeration, parser
from interview_planner.jd.parser import parse_job_description

Found = Callable[[str], list[tuple[str, str | None]]]


def _names(body: str) -> list[str]:
    return [s.name for s in parse_job_description(f"# Engineer\n\n## Requirements\n\n{body}\n").skills]


@pytest.mark.parametrize(
    "line",
    [
        "- Experience with Go, and you are able to work from our Berlin office three days a week",
        "- Experience with AWS and you have the right to work in the UK",
        "- Strong SQL skills and you are available to start in January",
        "- Experience with Java and you should send us your GitHub profile",
    ],
)
def test_a_condition_or_how_to_apply_after_and_you_is_no_requirement(line: str) -> None:
    assert len(_names(line)) == 1


def test_a_question_that_asks_for_a_technical_skill_is_no_hook() -> None:
    text = (
        "# Engineer\n\nDo you have deep experience with Kafka and event streaming? We are looking for an engineer who "
        "has built streaming platforms at scale.\n"
    )
    assert "Kafka and event streaming" in [s.name for s in parse_job_description(text).skills]


def test_the_reader_looking_for_a_role_is_no_company_search() -> None:
    text = (
        "# Engineer\n\nAre you fluent in German and experienced with SAP? You are looking for a role where you can "
        "grow.\n"
    )
    assert parse_job_description(text).skills  # the question asks: it is kept


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # a skill's own phrase said whole keeps the words it lent (people leadership is people management's alias)
        ("- People leadership", "people-management"),
        ("- QA automation", "test-automation"),
        ("- Security design review", "threat-modeling"),
        # a narrower skill keeps a word its broader skill claims alone ("etl": data pipelines under ML infrastructure)
        ("- ETL design", "data-pipelines"),
    ],
)
def test_a_skills_own_phrase_links_to_it(parsed_links: Found, line: str, wanted: str) -> None:
    assert parsed_links(line)[0][1] == wanted


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("- Experience with AV systems, Zoom and Teams", 3),  # "av" is Swedish only after a Swedish word
        ("- Experience with MED devices, IEC 62304 and ISO 13485", 3),
        ("- Experience with frontend, backend, and mobile development", 1),  # "development" is all three's head
    ],
)
def test_lists_read_as_before_the_round(line: str, count: int) -> None:
    assert len(_names(line)) == count


def test_the_clause_breaks_keep_their_lower_case_form() -> None:
    # (a case-sensitive group in one break had made every ASCII text take the slower case-folding scan)
    assert parser._CLAUSE_BREAKS_LOWER is not None
    assert enumeration._LAST_LEAD_LOWER is not None


def test_a_german_noun_or_adverb_in_st_is_no_next_verb() -> None:
    assert _names("- Du programmierst gerne, meist in Python und Go") != [
        "Programmierst gerne",
        "Meist in Python und Go",
    ]
    assert len(parser.clauses("Erfahrung mit Python und Dienst am Kunden im Team")) == 1


def test_a_recruiting_sentence_without_a_quality_to_assess_is_none() -> None:
    assert _names("We are looking for a motivated engineer to help us scale.\n\n- Go") == ["Go"]
    assert _names("We are seeking a highly motivated individual with experience in Rust.\n\n- Go")[0] == "Rust"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Knowledge of AWS is good to have", "AWS"),
        ("- Any experience with Rust would be great to have", "Rust"),
        ("- Deadlines met using Jira", "Deadlines met using Jira"),
        ("- Bonne connaissance de SQL et que vous soyez autonome", "SQL"),
        ("- Kennis van Python en ervaring met Django", "Python"),
    ],
)
def test_names_after_the_review(line: str, name: str) -> None:
    assert _names(line)[0] == name


def test_a_french_subjunctive_and_a_dutch_second_knowledge_are_requirements_of_their_own() -> None:
    assert _names("- Bonne connaissance de SQL et que vous soyez autonome") == ["SQL", "Autonome"]
    assert _names("- Kennis van Python en ervaring met Django") == ["Python", "Django"]


def test_sensitive_to_detail_is_no_empathy(parsed_links: Found) -> None:
    assert parsed_links("- Sensitive to detail when reviewing code")[0][1] != "empathy-inclusivity"


def test_a_practice_of_two_words_gives_its_bonus_only_to_the_skill_whose_phrase_it_is() -> None:
    # (the final read: the check had looked for the skill's phrase inside the practice, so a skill with the one-word
    # keyword "testing" would have had the bonus of "stress testing")
    from interview_planner.services.linking import CatalogueEntry, _names_head

    generic = CatalogueEntry("1", "generic", "Generic", "hard", ("generic",), ("testing",))
    owner = CatalogueEntry("2", "owner", "Owner", "hard", ("owner",), ("stress testing", "load testing"))
    assert not _names_head(generic, "stress testing")
    assert _names_head(owner, "stress testing")
