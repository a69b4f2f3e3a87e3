"""The shapes a review of round 17 attacked the round's rules with (our own postings): Nordic openings, benefits
asked as a question, nice-to-have words in Swedish, Norwegian and Danish spelling, what to send with an
application, Chinese duty headings, federal grades written other ways, browser titles of job boards."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_kind, parse_job_description


def skills_of(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


def test_a_nordic_opening_we_seek_a_developer_stays_the_title() -> None:
    for heading in ("Vi söker en erfaren backendutvecklare till vårt team", "Vi søker en erfaren frontendutvikler"):
        parsed = parse_job_description(f"# {heading}\n\n## Du har\n\n- Erfarenhet av Java\n")
        assert parsed.title == heading


def test_benefits_asked_as_a_question_are_no_requirements() -> None:
    text = (
        "# Systemutvikler\n\n## Hva ser vi etter?\n\n- Erfaring med C#\n\n"
        "## Hva tilbyr vi?\n\n- Konkurransedyktig lønn og gode pensjonsordninger\n- Fleksibel arbeidstid\n"
    )
    assert skills_of(text) == [("C#", "must")]


@pytest.mark.parametrize(
    ("requirement", "name", "priority"),
    [
        ("Erfarenhet av Kubernetes är en fördel", "Kubernetes", "nice"),
        ("Det är en fördel om du kan Go", "Go", "nice"),
        ("Det er et pluss om du har erfaring med Azure", "Azure", "nice"),
        ("Erfaring med Docker er ønskeligt", "Docker", "nice"),
        ("Vi ser gärna att du har erfarenhet av Kafka", "Kafka", "nice"),
        ("Gärna erfarenhet av Scala", "Scala", "nice"),
        ("Har du arbetat med Terraform är det ett plus", "Terraform", "nice"),
        ("Erfarenhet av Java", "Java", "must"),
    ],
)
def test_nordic_nice_to_have_words_in_their_own_spelling(requirement: str, name: str, priority: str) -> None:
    assert skills_of(f"# Utvecklare\n\n## Kvalifikationer\n\n- {requirement}\n") == [(name, priority)]


def test_liking_to_work_a_way_is_no_preference() -> None:
    # "gärna" opening an item prefers it; inside the sentence it says what the person likes doing
    [(_, priority)] = skills_of("# Utvecklare\n\n## Vem är du?\n\n- Du arbetar gärna i team\n")
    assert priority == "must"


def test_what_to_send_with_an_application_is_no_requirement() -> None:
    text = (
        "# Senior dataingeniør\n\n## Kvalifikasjoner\n\n- Erfaring med Python\n\n"
        "## Krav til søknaden\n\n- CV og søknadsbrev\n- Kopi av vitnemål og attester\n- Tre referanser\n"
    )
    assert skills_of(text) == [("Python", "must")]


def test_a_chinese_heading_asking_what_you_will_do_heads_duties() -> None:
    text = (
        "## 数据工程师\n\n你需要做什么\n\n1. 搭建和维护离线数据仓库；\n2. 开发实时数据处理任务。\n\n"
        "我们希望你\n\n1. 熟悉Python；\n"
    )
    assert [s.source.split(" ", 1)[-1] for s in parse_job_description(text).skills] == ["熟悉Python；"]


def test_a_chinese_title_of_a_job_and_hiring_is_the_jobs() -> None:
    assert parse_job_description("# Go开发招聘\n\n任职要求\n\n1. 三年以上Go开发经验；\n").title == "Go开发招聘"


@pytest.mark.parametrize(
    "heading",
    [
        "Specialized Experience: GS-12",
        "GS-13 Specialized Experience",
        "Specialized experience at the GS-11 level",
        "Specialized Experience for GS-11/12",
        "Specialized Experience for GG-13",
    ],
)
def test_federal_grades_written_other_ways(heading: str) -> None:
    text = f"# IT Specialist (INFOSEC)\n\nThe agency protects systems.\n\n## {heading}\n\n"
    text += "- Configuring SIEM rules in Splunk\n"
    assert [s.source.lstrip("- ") for s in parse_job_description(text).skills] == ["Configuring SIEM rules in Splunk"]


def test_a_technical_compound_of_a_people_word_stays_hard() -> None:
    for text in ("Erfaring med kommunikasjonsprotokoller som CAN og MQTT", "Erfaring med samarbeidsverktøy som Jira"):
        found = classify_kind(text)
        assert found is None or found[0] == "hard", text


PAGE = """<html><head><title>{title}</title></head><body>
<div><div>Kestrel Commons</div><div><a href="/about">About</a></div><div>Events</div></div>
<h1>Booking Systems Developer</h1><h1>Description</h1><p>We run room bookings for forty libraries.</p>
<h1>Requirements</h1><ul><li>Experience running PostgreSQL</li></ul></body></html>"""


@pytest.mark.parametrize(
    "title",
    [
        "Booking Systems Developer at Kestrel Commons",
        "Booking Systems Developer @ Kestrel Commons",
        "Booking Systems Developer, Kestrel Commons",
        "Careers: Booking Systems Developer",
    ],
)
def test_job_boards_browser_titles_name_the_job_heading(title: str) -> None:
    assert parse_job_description(PAGE.format(title=title)).title == "Booking Systems Developer"


def test_a_plain_hiring_line_gives_way_to_the_job_line_under_it() -> None:
    text = "Hiring!\n\nEmbedded Software Engineer (Bristol, hybrid)\n\nWe build drones.\n\n"
    text += "Requirements:\n- 3+ years of C\n"
    assert parse_job_description(text).title == "Embedded Software Engineer (Bristol, hybrid)"


def test_what_the_role_gives_under_about_the_role_is_no_requirement() -> None:
    text = (
        "# Backendudvikler\n\n## Om rollen\n\nDu har frihed til at vælge dine egne værktøjer, og du kan arbejde "
        "hjemmefra to dage om ugen. Du er med fra idé til drift.\n\n## Kvalifikationer\n\n- Erfaring med Go\n"
    )
    assert skills_of(text) == [("Go", "must")]
