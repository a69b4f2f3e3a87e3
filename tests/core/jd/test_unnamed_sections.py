"""Sections under headings the word lists do not know, read by what their lists say (issue #18).

Our own postings, written for these tests: each is a failure type seen in real postings.
"""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

MANAGER = """# Engineering Manager, Mobile

## What you will do
- Run the mobile team's planning and delivery
- Hire and grow engineers

## How do I qualify?

### Technology expertise
- You have shipped Android and iOS apps used by a million people
- You are experienced with mobile release pipelines

### Leadership
- You lead with empathy and build a culture of trust
- You have coached engineers into senior roles
- You can give hard feedback kindly

### Delivery
- You have run quarterly planning with product managers
- You balance technical debt against new features

### Project experience
- You have knowledge of agile planning and estimation
- You have negotiated service agreements with vendors
"""


def _names(text: str) -> dict[str, str]:
    return {s.source.lstrip("-* ").strip(): s.priority for s in parse_job_description(text).skills}


def test_sibling_sections_whose_bullets_state_requirements_are_requirements() -> None:
    found = _names(MANAGER)
    assert "You lead with empathy and build a culture of trust" in found  # under "### Leadership"
    assert "You have run quarterly planning with product managers" in found  # under "### Delivery"
    assert "You balance technical debt against new features" in found
    assert "You have negotiated service agreements with vendors" in found  # an experience heading among them
    assert "You have shipped Android and iOS apps used by a million people" in found
    assert not any("Hire and grow" in source for source in found)  # the duties stay duties


def test_an_unknown_heading_over_duties_gives_no_requirements() -> None:
    text = """# Site Reliability Engineer

## Requirements
- Experience running Kubernetes in production
- Comfort with on-call rotations

## A typical week
- Review the error budget with the product team
- Pair with a developer on a slow query
- Write up one incident review
"""
    found = _names(text)
    assert set(found) == {"Experience running Kubernetes in production", "Comfort with on-call rotations"}


def test_a_french_expectations_heading_after_the_duties() -> None:
    text = """# Développeuse principale de plateforme

### Vos responsabilités :
- Concevoir et améliorer l'infrastructure en tant que code
- Participer à la rotation sur appel

### Nos attentes :
- Vaste expérience avec Kubernetes.
- Connaissance des pratiques de la fiabilité des sites.
- Capacité à travailler avec de multiples parties prenantes.
"""
    found = _names(text)
    assert "Vaste expérience avec Kubernetes." in found
    assert "Connaissance des pratiques de la fiabilité des sites." in found
    assert not any("rotation sur appel" in source for source in found)


def test_a_heading_written_as_the_sentence_that_leads_a_list_of_what_may_be_learnt() -> None:
    text = """# Application Security Engineer

### Requirements:
* A background in software engineering
* Proficiency with at least one programming language

### Strong candidates will have experience with, or a desire to learn, some of the following:
* Threat modeling techniques
* Penetration testing and remediating what it finds
"""
    found = _names(text)
    assert found["A background in software engineering"] == "must"
    assert found["Threat modeling techniques"] == "nice"
    assert found["Penetration testing and remediating what it finds"] == "nice"


def test_prose_a_list_sentence_belongs_to_the_requirement_before_it_and_duties_said_with_required_are_not_one() -> None:
    text = """# Lab Systems Administrator

**Duties**

An administrator is required to look after the teaching labs and to help the office staff.

**Key Requirements**

A good knowledge of Linux is required. Applicants should know some of the usual lab tools. These include
data loggers, oscilloscope software and scripting.

**Further Details**

Click here for full details and the application form.
"""
    sources = [s.source for s in parse_job_description(text).skills]
    assert any("These include data loggers" in s and "usual lab tools" in s for s in sources), sources
    assert any("A good knowledge of Linux is required" in s for s in sources)
    assert not any("administrator is required to" in s or "Click here" in s for s in sources), sources


def test_a_job_description_paragraph_that_tells_the_reader_what_matters_gives_those_requirements() -> None:
    text = """# Platform Developer

### JOB DESCRIPTION
Our team serves many city offices, each with its own hosting.
It's important that you're comfortable with both GCP and Azure. Experience with scanners like Snyk is a plus.

Our offices are open from nine to five.
"""
    found = _names(text)
    assert any("comfortable with both GCP and Azure" in s for s in found), found
    assert any(p == "nice" for s, p in found.items() if "Snyk" in s), found
    assert not any("nine to five" in s for s in found)


def test_prose_wrapped_mid_phrase_is_one_sentence_and_unbulleted_lines_stay_apart() -> None:
    wrapped = """# Platform Developer

## Requirements

We need someone who is comfortable with both
GCP and Azure. Nous cherchons une personne à l'aise avec
Terraform et Ansible.
"""
    sources = [s.source for s in parse_job_description(wrapped).skills]
    assert any("comfortable with both GCP and Azure" in " ".join(s.split()) for s in sources), sources
    assert any("à l'aise avec Terraform" in " ".join(s.split()) for s in sources), sources
    unbulleted = """Backend Engineer

Requirements
5+ years of experience building distributed systems in production environments
Experience with Kubernetes and Terraform in a public cloud environment such as AWS
Strong written communication skills and comfort working with remote colleagues
"""
    assert len(parse_job_description(unbulleted).skills) >= 3


def test_a_reassurance_that_not_everything_is_expected_is_no_requirement() -> None:
    text = """# Lesson Infrastructure Developer

## About you

We are not expecting experience with all parts of the position. Experience with Jekyll is a plus.
"""
    sources = [s.source for s in parse_job_description(text).skills]
    assert not any("not expecting" in s for s in sources), sources
    assert any("Jekyll" in s for s in sources)


def test_a_hiring_post_with_character_references_a_why_us_list_and_benefit_sentences() -> None:
    text = """Example Labs - Senior SRE - Remote

We&#x27;re hiring our first SRE.

Looking for: 6-8+ years SRE&#x2F;DevOps, strong Postgres administration, Terraform.

This means you will be:
* reviewing changes to our deploy pipelines
* running the on-call rotation

Why Example Labs:
* Build the platform team from scratch
* Competitive startup benefits (health stipend, unlimited PTO)

Compensation is competitive. Assistance in relocation possible.
"""
    sources = [s.source for s in parse_job_description(text).skills]
    assert any("6-8+ years SRE/DevOps" in s for s in sources), sources
    assert not any("&#x" in s for s in sources)
    assert not any(
        word in s for s in sources for word in ("reviewing changes", "Build the platform", "benefits", "relocation")
    ), sources


GERMAN_WHAT_MATTERS = """# Werkstudent*in Softwareentwicklung

Wir bauen offene Werkzeuge für Bibliotheken.

## Wichtig für uns ist:
* Du schreibst gerne Dokumentation für andere
* Erfahrung mit Python und PostgreSQL
* Es fällt dir leicht, Ergebnisse vor Publikum zu erklären
* Du bist bereit, gelegentlich zu Partnern zu reisen

## Was wir bieten
* Flexible Arbeitszeiten
"""


def test_a_german_what_matters_heading_under_the_title_lists_requirements_and_their_kinds() -> None:
    skills = {s.source.lstrip("* ").strip(): s for s in parse_job_description(GERMAN_WHAT_MATTERS).skills}
    assert set(skills) == {
        "Du schreibst gerne Dokumentation für andere",
        "Erfahrung mit Python und PostgreSQL",
        "Es fällt dir leicht, Ergebnisse vor Publikum zu erklären",
    }  # being willing to travel is a condition of the job, not a skill to interview for
    assert skills["Erfahrung mit Python und PostgreSQL"].kind == "hard"
    assert skills["Du schreibst gerne Dokumentation für andere"].kind == "soft"
    assert skills["Es fällt dir leicht, Ergebnisse vor Publikum zu erklären"].kind == "soft"


ATTITUDES = """# Maintainer, Open Data Toolkit

## Requirements
- You are highly passionate about research software development and testing
- You are excited about contributing to our mission
- You are committed to mentoring new contributors on the project
- Experience maintaining a Python package on PyPI
"""


def test_a_liking_a_drive_or_a_cause_is_soft_even_when_it_names_its_technical_domain() -> None:
    kinds = {s.source.lstrip("- ").strip(): s.kind for s in parse_job_description(ATTITUDES).skills}
    assert kinds == {
        "You are highly passionate about research software development and testing": "soft",
        "You are excited about contributing to our mission": "soft",
        "You are committed to mentoring new contributors on the project": "soft",
        "Experience maintaining a Python package on PyPI": "hard",
    }


CLAUSES = """# Security Engineer

## Requirements
- A deep understanding of threat modelling for web services, and the ability to teach it to other engineers
- A background in systems programming, with experience in embedded Linux
- Security, privacy and compliance: secure defaults, key rotation, and experience with SOC 2 audits
- Knowledge of and experience in Rust and Go
- Fluent written English, and willing to travel to our partners twice a year
"""


def test_an_item_that_joins_two_requirements_gives_one_of_each_and_keeps_its_line_as_source() -> None:
    skills = parse_job_description(CLAUSES).skills
    by_name = {s.name: s for s in skills}
    assert by_name["Threat modelling for web services"].kind == "hard"
    teach = by_name["Teach it to other engineers"]
    assert teach.kind == "soft"
    assert teach.source.startswith("- A deep understanding of threat modelling")  # the whole line, as written
    assert "Embedded Linux" in by_name and "Systems programming" in by_name
    # a requirement named before its colon stays one, whatever its details join
    assert [s.name for s in skills if s.source.startswith("- Security")] == ["Security, privacy and compliance"]
    # two kinds of knowing of one object are one requirement
    assert [s.name for s in skills if s.source.startswith("- Knowledge")] == ["Rust and Go"]
    # the condition of the job joined to a skill is left out; the skill stays
    assert [s.name for s in skills if s.source.startswith("- Fluent")] == ["Fluent written English"]


def test_what_we_look_for_is_a_requirements_heading_whatever_its_bullets_say() -> None:
    for heading in ("What we look for", "What We're Looking For", "Who we are looking for"):
        posting = (
            f"# Platform Engineer\n\n## {heading}\n- A background in Go services\n- Passionate about reliable systems\n"
        )
        names = [s.name for s in parse_job_description(posting).skills]
        assert names == ["Go services", "Passionate about reliable systems"], heading


FOUNDATION = """## Community Director

The foundation seeks a director to lead its volunteer programs.

## Responsibilities
- Recruit projects into the foundation's programs
- Report to the board every quarter

## Key Credentials and Personal Qualities

Candidates are encouraged to apply even if they match only part of this.

**Essential attributes:**
- Self-starter. Works without waiting for instructions.
- Proven record of raising money for open-source work
- Integrity and a steady work ethic

**Desirable attributes:**
- Knowledge of the Rust community and its history
"""

SPANISH = """# Apoyo técnico en campo

## Responsabilidades
* Instalar la aplicación en los equipos de las comunidades

## Características importantes para esta posición
* **Soporte técnico**: experiencia resolviendo problemas de usuarios con sus celulares.
* **Autodirigido**. Se siente cómodo organizando sus propias tareas.
* Capacidad para comunicar conceptos técnicos en un lenguaje sencillo.
* Esta posición requiere viajes frecuentes a comunidades rurales.
"""


def test_credentials_qualities_and_attributes_headings_hold_requirements_and_a_label_sentence_is_the_name() -> None:
    skills = parse_job_description(FOUNDATION).skills
    assert [(s.name, s.priority) for s in skills] == [
        ("Self-starter", "must"),
        ("Raising money for open-source work", "must"),
        ("Integrity and a steady work ethic", "must"),
        ("Rust community and its history", "nice"),
    ]
    assert skills[0].kind == "soft"


def test_a_spanish_characteristics_heading_holds_requirements_and_the_travel_condition_is_left_out() -> None:
    skills = parse_job_description(SPANISH).skills
    assert [(s.name, s.kind) for s in skills] == [
        ("Soporte técnico", "hard"),
        ("Autodirigido", "hard"),
        ("Comunicar conceptos técnicos", "soft"),
    ]
    for sentence in (
        "This position requires frequent travel to customer sites.",
        "Le poste implique des déplacements réguliers en région.",
        "Die Stelle erfordert gelegentliche Reisen zu Kunden.",
    ):
        posting = f"# Engineer\n\n## Requirements\n- Python services in production\n- {sentence}\n"
        assert [s.name for s in parse_job_description(posting).skills] == ["Python services in production"], sentence


def test_a_clause_needs_words_with_letters() -> None:
    skills = parse_job_description("Senior Engineer\n\nRequirements\n- — — — and Ability to Experience\n").skills
    assert len(skills) == 1 and skills[0].part is None


def test_german_bold_headings_of_needed_and_wished_for_prior_knowledge() -> None:
    posting = (
        "**Werkstudent Backend**\n\nWir entwickeln Software für Stadtwerke.\n\n"
        "**Notwendige Vorkenntnisse**\n- Fortgeschrittene Kenntnisse der Java-Programmierung\n"
        "- Erfahrung mit relationalen Datenbanken\n\n"
        "**Wünschenswerte Vorkenntnisse**\n- Erfahrung mit Kotlin\n"
    )
    skills = parse_job_description(posting).skills
    assert [(s.name, s.priority) for s in skills] == [
        ("Fortgeschrittene Kenntnisse der Java-Programmierung", "must"),
        ("Relationalen Datenbanken", "must"),
        ("Kotlin", "nice"),
    ]


def test_a_later_sentence_of_an_item_that_says_it_is_a_plus_is_a_nice_requirement_of_its_own() -> None:
    posting = (
        "# Compiler Engineer\n\n## Qualifications\n"
        "1. Expert in writing efficient managed code. A good grasp of .NET runtime internals is a plus.\n"
        "2. Fluent in Rust. Knowing LLVM would be a bonus\n"
    )
    skills = parse_job_description(posting).skills
    assert [(s.name, s.priority) for s in skills] == [
        ("Writing efficient managed code", "must"),
        (".NET runtime internals", "nice"),
        ("Rust", "must"),
        ("Knowing LLVM", "nice"),
    ]
    assert skills[0].source == skills[1].source  # one line, its source kept whole


def test_a_second_count_of_years_opens_a_second_requirement() -> None:
    posting = (
        "# Engineering Manager\n\n## Requirements\n"
        "- You have 4+ years of experience as an engineer and 1+ years as an engineering manager.\n"
        "- 5 years of Python and 2 years of Go\n"
    )
    skills = parse_job_description(posting).skills
    assert [(s.name, s.kind) for s in skills] == [
        ("Experience as an engineer", "hard"),
        ("Engineering manager", "soft"),
        ("Python", "hard"),
        ("Go", "hard"),
    ]
    assert skills[0].source == skills[1].source


def test_interests_after_a_skill_are_a_requirement_of_their_own() -> None:
    posting = (
        "# Lab Systems Manager\n\n"
        "We're looking for someone with Linux administration skills, and interests in teaching and physics, "
        "to run our teaching lab.\n"
    )
    skills = parse_job_description(posting).skills
    assert [(s.name, s.kind) for s in skills] == [
        ("Linux administration skills", "hard"),
        ("Interests in teaching and physics", "soft"),
    ]
