"""Small layouts the round-12 probe found still misread (round 14 of issue #18); our own lines in their shapes."""

from __future__ import annotations

from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.parser import parse_job_description


def _skills(text: str) -> list[tuple[int, str, str]]:
    return [(skill.line, skill.name, skill.priority) for skill in parse_job_description(text, source_name="t").skills]


def test_a_google_docs_sub_item_that_goes_on_with_its_item_is_part_of_it() -> None:
    text = "Payroll Clerk\n\nWhat you'll need\n●\tSage Payroll\n○\tincluding auto-enrolment pensions\n●\tExcel\n"
    result = parse_job_description(text, source_name="gdocs.txt")
    assert [skill.name for skill in result.skills] == ["Sage Payroll", "Excel"]
    assert "auto-enrolment" in result.skills[0].source
    # a sub-item of its own stays one
    nested = "Payroll Clerk\n\nWhat you'll need\n●\tAccounting software\n○\tXero\n○\tSage\n"
    assert [name for _, name, _ in _skills(nested)] == ["Accounting software", "Xero", "Sage"]


def test_alternatives_in_brackets_are_examples_of_one_skill() -> None:
    assert enumerated_parts("Multi-currency accounting (EUR/GBP)") == []
    assert [part.text for part in enumerated_parts("AWS/GCP experience")] == ["AWS", "GCP"]
    text = "Accountant\n\n## Nice to have\n- Multi-currency accounting (EUR/GBP)\n- Power BI\n"
    assert [name for _, name, _ in _skills(text)] == ["Multi-currency accounting", "Power BI"]


def test_a_nice_to_have_that_repeats_a_must_have_word_for_word_is_left_out() -> None:
    text = """Data Engineer

## Requirements
- SQL
- Dagster

## Preferred
- Advanced SQL (query plans)
- Dagster
- Terraform
"""
    assert _skills(text) == [
        (4, "SQL", "must"),
        (5, "Dagster", "must"),
        (8, "SQL (2)", "nice"),  # (says more than the must-have: round 38 keeps it, numbered)
        (10, "Terraform", "nice"),
    ]


def test_asciidoc_headings_are_headings_and_its_title_the_title() -> None:
    text = """= Build Engineer
:toc:

Plumtree Games makes racing games.

== What you'll need

* Experience with CMake
* Jenkins pipelines

=== Bonus points

* Console SDKs
"""
    result = parse_job_description(text, source_name="job.adoc")
    assert result.title == "Build Engineer"
    assert [(skill.name, skill.priority) for skill in result.skills] == [
        ("CMake", "must"),
        ("Jenkins pipelines", "must"),
        ("Console SDKs", "nice"),
    ]


def test_a_plus_at_the_end_of_an_item_is_no_part_of_its_name() -> None:
    text = "Backend Engineer\n\n**Requirements**\n\n  * Experience with Elixir a plus\n  * Strong SQL\n"
    assert _skills(text) == [(5, "Elixir", "nice"), (6, "SQL", "must")]


def test_job_board_facts_and_interview_steps_pasted_as_plain_lines_are_no_requirements() -> None:
    infojobs = """Administrador/a de Sistemas
Ferrolux S.A.

Requisitos
Estudios mínimos
Ciclo Formativo Grado Superior
Conocimientos necesarios
Linux
Ansible
Idiomas requeridos
Inglés - Nivel Intermedio

Descripción
Ferrolux fabrica piezas de acero. Te encargarás de los servidores.

Tipo de contrato
Indefinido
Jornada laboral
Completa
Salario
30.000€ - 34.000€ Bruto/año
"""
    assert [name for _, name, _ in _skills(infojobs)] == ["Linux", "Ansible", "Inglés"]
    wttj = """Développeur·se Backend Go
Profil recherché
Tu maîtrises Go
Tu connais PostgreSQL
Déroulement des entretiens
Un premier échange avec notre CTO
Un exercice technique à la maison
Envie d'en savoir plus ?
Postuler
"""
    assert len(_skills(wttj)) == 2 and all(priority == "must" for *_, priority in _skills(wttj))
    indeed = "Data Analyst\nProfile insights\nHere's how the job qualifications align with your profile.\n" + (
        "Skills\nSQL\nLooker\nDo you have experience in SQL?\nYes\nNo\n"
    )
    assert [name for _, name, _ in _skills(indeed) if name in ("Yes", "No") or "align" in name] == []


def test_a_posting_whose_line_breaks_were_lost_is_read_by_its_labels_and_dashes() -> None:
    text = (
        "Workshop Coordinator – Alder Canoes. Alder Canoes builds wooden canoes in Bergen. Responsibilities: - Plan "
        "the week's builds - Order timber. Requirements: - 2+ years running a workshop - Lean production - Clear "
        "spoken Norwegian. Nice to have: - Epoxy resin work. Benefits: - Canoe discount. Alder Canoes is an equal "
        "opportunity employer."
    )
    result = parse_job_description(text, source_name="one-line.txt")
    assert result.title == "Workshop Coordinator – Alder Canoes"
    assert [(skill.line, skill.priority) for skill in result.skills] == [(1, "must")] * 3 + [(1, "nice")]
    names = " | ".join(skill.name for skill in result.skills)
    assert "Lean production" in names and "Epoxy resin work" in names
    assert "timber" not in names and "discount" not in names.lower()
    # one long line that is prose stays a paragraph
    prose = "Senior Engineer\n\n## Requirements\n\n" + "You know Go and have run Kafka in production. " * 8
    assert len(parse_job_description(prose, source_name="p.md").skills) >= 1


def test_must_have_and_at_least_written_with_a_hyphen_are_no_part_of_a_name() -> None:
    from interview_planner.jd.parser import short_name

    assert short_name("Must have 2 years of bread baking experience") == "Bread baking"
    assert short_name("Should have at-least 5 years experience in building web applications") == (
        "Building web applications"
    )


def test_a_name_ends_before_a_second_activity_after_a_comma() -> None:
    from interview_planner.jd.parser import short_name

    assert short_name("Familiarity with CI/CD pipelines, and writing and maintaining tests") == "CI/CD pipelines"
    assert short_name("Measuring, monitoring, and analyzing software vulnerabilities").startswith(
        "Measuring, monitoring, and analyzing"
    )
