"""Postings in Swedish, Norwegian and Danish (our own writing, round 17 of #18): their sections, requirement
sentences, nice-to-have words and people skills, as the German, French, Spanish and Dutch ones are read."""

from __future__ import annotations

from interview_planner.jd.model import SkillRequirement
from interview_planner.jd.parser import parse_job_description

SWEDISH = """# Backendutvecklare till vårt plattformsteam

## Om oss
Vi bygger bokningssystem för tandläkare i hela Norden.

## Arbetsuppgifter
- Du kommer att utveckla våra API:er i Kotlin
- Du deltar i kodgranskningar

## Vem är du?
- Minst 3 års erfarenhet av backendutveckling
- Goda kunskaper i Kotlin eller Java
- Erfarenhet av PostgreSQL
- Du är självständig och har god samarbetsförmåga
- Erfarenhet av Kubernetes är meriterande

## Vi erbjuder
- Friskvårdsbidrag och flexibla arbetstider
"""

NORWEGIAN = """# Plattformutvikler

## Dine oppgaver
- Drifte og videreutvikle vår skyplattform

## Kvalifikasjoner
- Erfaring med Terraform og Azure
- God forståelse av nettverk og sikkerhet
- Du er nysgjerrig og lærevillig

## Ønskelig
- Kjennskap til Go

## Vi tilbyr
- Gode pensjonsordninger
"""

DANISH = """# Frontendudvikler

## Om os
Vi laver software til danske skoler.

## Kvalifikationer
- Erfaring med React og TypeScript
- Du er struktureret og kommunikativ
- Kendskab til Figma er en fordel

## Vi tilbyder
- Frokostordning
"""


def _by_source(skills: list[SkillRequirement]) -> dict[str, SkillRequirement]:
    """Each skill by its requirement's line, the list marker left out (a line giving two skills: its last)."""
    return {skill.source.lstrip("- "): skill for skill in skills}


def test_a_swedish_postings_sections_requirements_and_merits() -> None:
    parsed = parse_job_description(SWEDISH)
    sources = list(dict.fromkeys(s.source.lstrip("- ") for s in parsed.skills))
    assert sources == [
        "Minst 3 års erfarenhet av backendutveckling",
        "Goda kunskaper i Kotlin eller Java",
        "Erfarenhet av PostgreSQL",
        "Du är självständig och har god samarbetsförmåga",
        "Erfarenhet av Kubernetes är meriterande",
    ]  # the duties, the company and the benefits are none of them
    by_source = _by_source(parsed.skills)
    assert by_source["Erfarenhet av Kubernetes är meriterande"].priority == "nice"
    assert by_source["Erfarenhet av PostgreSQL"].priority == "must"
    assert by_source["Du är självständig och har god samarbetsförmåga"].kind == "soft"
    assert by_source["Erfarenhet av PostgreSQL"].kind == "hard"
    # the short names drop the sentence's frame ("Minst 3 års erfarenhet av", "Goda kunskaper i", "är meriterande")
    assert [s.name for s in parsed.skills] == [
        "Backendutveckling",
        "Kotlin",  # "Goda kunskaper i Kotlin eller Java": two skills, as "Good knowledge of Kotlin or Java"
        "Java",
        "PostgreSQL",
        "Självständig",  # "Du är självständig och har god samarbetsförmåga": two qualities (round 24)
        "God samarbetsförmåga",
        "Kubernetes",
    ]
    assert [s.kind for s in parsed.sections if s.heading == "Vi erbjuder"] == ["benefits"]
    assert [s.kind for s in parsed.sections if s.heading == "Arbetsuppgifter"] == ["responsibilities"]


def test_a_norwegian_postings_wished_for_section_is_nice_to_have() -> None:
    parsed = parse_job_description(NORWEGIAN)
    by_source = _by_source(parsed.skills)
    assert set(by_source) == {
        "Erfaring med Terraform og Azure",
        "God forståelse av nettverk og sikkerhet",
        "Du er nysgjerrig og lærevillig",
        "Kjennskap til Go",
    }
    assert by_source["Kjennskap til Go"].priority == "nice"
    assert by_source["Erfaring med Terraform og Azure"].priority == "must"
    assert by_source["Du er nysgjerrig og lærevillig"].kind == "soft"
    assert parsed.title == "Plattformutvikler"
    assert by_source["God forståelse av nettverk og sikkerhet"].name == "Nettverk og sikkerhet"


def test_a_danish_advantage_is_nice_to_have_and_its_people_skills_soft() -> None:
    parsed = parse_job_description(DANISH)
    by_source = _by_source(parsed.skills)
    assert set(by_source) == {
        "Erfaring med React og TypeScript",
        "Du er struktureret og kommunikativ",
        "Kendskab til Figma er en fordel",
    }
    assert by_source["Kendskab til Figma er en fordel"].priority == "nice"
    assert by_source["Du er struktureret og kommunikativ"].kind == "soft"
    assert by_source["Kendskab til Figma er en fordel"].name == "Figma"


def test_a_wish_heading_makes_its_items_nice_and_og_splits_technologies() -> None:
    text = (
        "# Backendutvikler\n\n## Du har\n\n- Erfaring med Kotlin og PostgreSQL\n\n"
        "## Det er også fint om du\n\n- Har jobbet med Grafana\n- Kan noe Terraform\n"
    )
    parsed = parse_job_description(text)
    assert [(s.name, s.priority) for s in parsed.skills] == [
        ("Kotlin", "must"),
        ("PostgreSQL", "must"),
        ("Grafana", "nice"),
        ("Kan noe Terraform", "nice"),
    ]


def test_markdown_laid_out_with_blocks_of_html_is_read_as_markdown() -> None:
    # a site's page in Markdown with a picture in a <div>: its headings and lists stay headings and lists
    text = (
        "---\ntitle: Frontendutvikler\n---\n\n## Kort om stillingen\n\nVi lager apper for kommuner.\n\n"
        '<div class="right margin">\n\n![Koding](/images/coding.svg)\n\n</div>\n\n'
        "## Du har\n\n- Erfaring med React\n- Erfaring med TypeScript\n\n"
        '<div class="right small">\n\n![Foredrag](/images/talk.png)\n\n</div>\n\n'
        '## Hos oss får du\n\n- God lønn\n\n<div class="left">\n\n![Kontor](/images/office.png)\n\n</div>\n'
    )
    parsed = parse_job_description(text)
    assert [s.name for s in parsed.skills] == ["React", "TypeScript"]
    assert parsed.title == "Frontendutvikler"
