"""Round 25 of issue #18: what the review of the round found (inputs written by the reviewer for the project)."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description, short_name

WISHES = "## It would be great if you:\n\n- have used Playwright\n- know Kubernetes\n- have run load tests\n"


def priorities(text: str) -> dict[str, str]:
    return {s.name: s.priority for s in parse_job_description(text).skills}


@pytest.mark.parametrize(
    "requirements",
    [
        # prose, one paragraph or several sentences
        "## Requirements\n\nRequirements: You know Python and SQL well. You have 3+ years of testing experience.\n",
        "## What you bring\n\nYou have at least 3 years of Python. You are fluent in English. You know CI pipelines.\n",
        # lists of every kind the parser reads
        "## Requirements\n\n✅ Python and SQL\n✅ Three years of test automation\n✅ Linux\n",
        "## Requirements\n\n● Python and SQL\n● Three years of test automation\n● Linux\n",
        "## Requirements\n\na) Python and SQL\nb) Three years of test automation\nc) Linux\n",
        "## Must have\n\n→ Python and SQL\n→ Three years of test automation\n→ Linux\n",
    ],
    ids=["prose-label", "prose", "check-marks", "dots", "letters", "arrows"],
)
def test_wishes_beside_requirements_in_any_form_stay_nice(requirements: str) -> None:
    got = priorities(f"# QA Engineer\n\n{requirements}\n{WISHES}")
    assert [got[n] for n in ("Used Playwright", "Kubernetes", "Run load tests")] == ["nice"] * 3


def test_a_nice_to_have_heading_that_also_wishes_politely_stays_nice() -> None:
    got = priorities(
        "# QA Engineer\n\n## Nice to have (it would be great if you have any of these):\n\n- Playwright\n- Kubernetes\n"
        "- Grafana\n\n## Requirements\n\nYou must have 3+ years of Python.\n"
    )
    assert [got[n] for n in ("Playwright", "Kubernetes", "Grafana")] == ["nice"] * 3


def test_a_sentence_of_a_paragraph_leading_into_the_wishes_does_not_keep_them_nice() -> None:
    got = priorities(
        "# QA Engineer\n\n## About you\n\nWe need to see that you are a curious tester. You should bring:\n\n"
        "It would be great if you:\n- have used Playwright\n- know Kubernetes\n- have run load tests\n"
    )
    assert [got[n] for n in ("Used Playwright", "Kubernetes", "Run load tests")] == ["must"] * 3


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "# Java Developer\n\n## Vacature\n\nVoor ons team in Utrecht zoeken wij een Java developer. Je hebt "
            "minimaal 3 jaar ervaring met Java en Spring Boot. Je hebt kennis van Kubernetes.\n\n## Wat krijg je?\n\n"
            "- Een goed salaris\n- 30 vakantiedagen\n",
            ["Java", "Spring Boot", "Kubernetes"],
        ),
        (
            "# Platform Engineer\n\n## Working at Scale\n\nYou have run Kubernetes clusters with hundreds of nodes. "
            "You know Terraform and Go well.\n\n## Benefits\n\n- Remote work\n",
            ["Run Kubernetes clusters", "Terraform and Go well"],
        ),
        (
            "# Systemutvecklare\n\n## Om Uppdraget\n\nDu har minst fem års erfarenhet av C#. "
            "Du har arbetat med Azure.\n",
            ["C#", "Azure"],
        ),
    ],
    ids=["vacature", "working-at-scale", "om-uppdraget"],
)
def test_requirements_under_headings_that_name_the_job_or_a_way_of_working_are_kept(
    text: str, names: list[str]
) -> None:
    assert [s.name for s in parse_job_description(text).skills] == names


def test_what_matters_little_then_what_is_asked_keeps_the_ask() -> None:
    text = (
        "# Backend Developer\n\n## About you\n\nYour degree doesn't matter, you need 3 years of backend experience. "
        "Age and background matter little to us.\n"
    )
    sources = [s.source for s in parse_job_description(text).skills]
    assert sources == ["Your degree doesn't matter, you need 3 years of backend experience."]
    text = (
        "# Utvecklare\n\n## Vem letar vi efter?\n\nVilket språk du kommer ifrån spelar ingen roll men du har minst fem "
        "års erfarenhet av backend. Du har erfarenhet av Kubernetes.\n"
    )
    assert len(parse_job_description(text).skills) == 2


@pytest.mark.parametrize(
    ("line", "priority"),
    [
        ("- You must know SQL, perhaps you have used Postgres", "must"),  # not a guess: a must that adds a remark
        ("- Maybe you are surprised, but we need COBOL experience", "must"),  # no question
        ("- Maybe you're a fan of React?", "nice"),
        ("- Kanske har du jobbat med .NET?", "nice"),
    ],
)
def test_a_guessed_background_is_a_question_that_opens_with_it(line: str, priority: str) -> None:
    (skill, *_) = parse_job_description(f"# Dev\n\n## Requirements\n{line}\n").skills
    assert skill.priority == priority


def test_examples_of_a_must_are_must_and_a_guess_with_examples_is_nice() -> None:
    text = "# Dev\n\n## Skills\n\nYou know several programming languages, for instance:\n\n- Go\n- Rust\n"
    assert set(priorities(text).values()) == {"must"}
    text = "# Dev\n\n## Skills\n\nWe think you know, for example:\n\n- Go\n- Rust\n"
    assert set(priorities(text).values()) == {"nice"}


def test_sentences_by_the_company_name_that_seek_or_name_a_technology_stay() -> None:
    text = (
        "# Ontwikkelaar\n\n## Jouw profiel\n\nAcme zoekt iemand met ervaring in React. Acme values people who write "
        "clear documentation. Acme lives where design and engineering meet.\n\n## Over Acme\n\nWe bouwen apps.\n"
    )
    sources = [s.source for s in parse_job_description(text).skills]
    assert "Acme zoekt iemand met ervaring in React." in sources
    assert "Acme values people who write clear documentation." in sources
    assert "Acme lives where design and engineering meet." not in sources


def test_an_emoji_icon_inside_a_sentence_does_not_end_it() -> None:
    text = "# Frontend Developer\n\n## About you\n\nYou love 🐍 Python and build APIs with it. You know ☁️ AWS well.\n"
    names = [s.name for s in parse_job_description(text).skills]
    assert not [n for n in names if n in ("You love", "You know")]
    assert len(names) == 2


def test_a_must_said_of_something_else_in_a_nice_item_stays_nice() -> None:
    got = priorities(
        "# Data Protection Engineer\n\n## Requirements\n\n- Python\n\n## Nice to have\n\n"
        "- Knowledge of what is required for GDPR compliance\n"
        "- Kafka would be useful; Avro schemas are mandatory in our pipelines\n- German is a must-have for us\n"
    )
    assert [p for n, p in got.items() if n != "Python"] == ["nice", "nice", "must"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In this role you'll need strong Python", "Python"),
        ("Das Wichtigste ist, dass du gerne lernst", "Gerne lernst"),
        ("Het belangrijkste voor ons is dat je goed kunt communiceren", "Goed kunt communiceren"),
    ],
)
def test_names_after_the_role_or_what_matters_most(sentence: str, name: str) -> None:
    assert short_name(sentence) == name


def test_a_dutch_second_clause_is_named_by_what_it_asks() -> None:
    got = [
        s.name
        for s in parse_job_description(
            "# Dev\n\n## Profiel\n- Je hebt ervaring met Java en dat je graag in een team werkt\n"
        ).skills
    ]
    assert got[0] == "Java"
    assert not got[1].casefold().startswith("dat je")


def test_a_must_glued_onto_a_duty_is_a_requirement_of_its_own() -> None:
    text = (
        "# Sysadmin\n\n## Responsibilities\n\n- Keep our mail servers running\n"
        "- Run the backups and the firewalls Must understand how a DNS change spreads\n\n## Requirements\n\n- Linux\n"
    )
    (glued, linux) = parse_job_description(text).skills
    assert glued.name == "How a DNS change spreads" and glued.priority == "must"
    assert glued.source.startswith("- Run the backups")  # the line stays the source
    assert linux.name == "Linux"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Experience working with volunteer designers is essential", "soft"),
        ("- Must be trusted by our community of users", "soft"),
        ("- Dedication to accessible public services", "soft"),
        ("- Experience helping users understand their privacy settings", "soft"),
        ("- Motivé par la qualité du code", "soft"),
    ],
)
def test_working_with_people_being_trusted_and_a_cause_are_soft(line: str, kind: str) -> None:
    (skill, *_) = parse_job_description(f"# Dev\n\n## Requirements\n{line}\n").skills
    assert skill.kind == kind


def test_a_title_with_a_tagline_after_a_colon_is_the_job() -> None:
    text = '---\ntitle: "Data Engineer : Envie de rendre les données publiques utiles ?"\n---\n\n## Profil\n\n- SQL\n'
    assert parse_job_description(text).title == "Data Engineer"


def test_the_ideal_candidate_who_could_act_as_a_role_asks_it() -> None:
    text = (
        "# Engineering Manager\n\n## About you\n\nThe ideal candidate could act as a tech lead manager, spending "
        "some time managing and some time coding.\n\n- Go\n- Kubernetes\n"
    )
    assert any("tech lead" in s.name.casefold() for s in parse_job_description(text).skills)
