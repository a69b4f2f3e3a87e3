"""What the review of round 20 found (our own lines, written by the reviewer and us): rules of this round that fired
where they must not, and close variants they missed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description, short_name


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(s.source, s.kind, s.priority) for s in parse_job_description(text).skills]


@pytest.mark.parametrize(
    "heading",
    [
        "Hva du skal gjøre",
        "Hvad du skal lave",
        "Vad du ska göra",
        "Je bent verantwoordelijk voor",
        "Du kommer att arbeta med",
    ],
)
def test_headings_of_the_work_are_no_requirements(heading: str) -> None:
    text = f"# Utvikler\n\n## {heading}\n- Drifte vår Kubernetes-plattform\n\n## Krav\n- Erfaring med Go\n"
    assert [source for source, _, _ in _read(text)] == ["- Erfaring med Go"]


@pytest.mark.parametrize(
    ("heading", "topic", "priority"),
    [
        ("Dette bør du kunne", "skills", None),
        ("Hva du bør kunne", "skills", None),
        ("Det vi ser etter hos deg", "skills", None),
        ("Wat wij van je vragen", "skills", None),
        ("Wat neem je mee?", "skills", None),
        ("Du kommer att trivas hos oss om du har", None, None),
        ("Det er rart, hvis du har", None, "nice"),
        ("Trevligt om du har", None, "nice"),
        ("Mooi meegenomen", None, "nice"),
        ("Pré's", None, "nice"),
    ],
)
def test_close_variants_of_the_nordic_and_dutch_headings(heading: str, topic: str | None, priority: str | None) -> None:
    info = classify_heading(heading)
    assert (info.topic if info.topic != "skills" or topic else None, info.priority) == (topic, priority)


def test_the_person_and_the_developer_together_is_no_soft_section() -> None:
    text = "# Utvecklare\n\n## Vem är du som person och utvecklare?\n- Minst 5 års erfarenhet av C# och .NET\n"
    assert _read(text) == [("- Minst 5 års erfarenhet av C# och .NET", "hard", "must")]


@pytest.mark.parametrize(
    "line",
    [
        "Travel and hospitality domain knowledge with Amadeus or Sabre GDS integrations is required",
        "Whether you studied computer science doesn't matter, but you need 3 years of TypeScript and React",
        "Minimaal 3 jaar ervaring met Go in een team van ontwikkelaars",
        "Leading ambitious migrations of legacy services",
        "Experience maintaining AngularJS (pre Angular 2) applications",
    ],
)
def test_a_hard_must_have_stays_one(line: str) -> None:
    text = f"# Engineer\n\n## Requirements\n- {line}\n"
    rows = _read(text)
    assert rows and all(kind == "hard" and priority == "must" for _, kind, priority in rows), rows


@pytest.mark.parametrize("line", ["Kjennskap til norsk helsevesen og HL7 FHIR", "Erfaring fra dansk eller norsk bank"])
def test_a_nordic_domain_is_no_language_skill(link_of: Callable[[str, str], object], line: str) -> None:
    assert link_of(line, "hard").slug != "written-communication"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Comfortable running daily deployments to production with Argo CD", "Running daily deployments"),
        ("Knowing how state is preserved across low-power modes", "How state is preserved"),
        ("You enjoy working with customers to understand their problems", "Working with customers"),
    ],
)
def test_names_keep_what_this_round_must_not_cut(line: str, name: str) -> None:
    assert name.casefold() in short_name(line).casefold()


@pytest.mark.parametrize(
    "first", ["[In English](https://jobs.example.se/en/1)", "[Read this in English](https://jobs.example.se/en/1)"]
)
def test_a_link_to_the_page_in_another_language_leaves_the_title_to_the_next_line(first: str) -> None:
    text = f"{first}\n\nBackendutvecklare Go\n\n## Krav\n- Erfarenhet av Go\n"
    assert parse_job_description(text).title == "Backendutvecklare Go"


def test_a_closing_clause_that_names_something_new_is_kept() -> None:
    text = "# SRE\n\n## About you\n\nYou run our Ansible playbooks and are excited to replace them with Nix.\n"
    names = " ".join(s.name for s in parse_job_description(text).skills)
    assert "Nix" in names
