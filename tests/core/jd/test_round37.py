"""Round 37 of issue #18: a requirements heading over a list of duties (a page that put its headings in the wrong
place); a heading naming the required and the optional skills of one list; one "and" of no known shape between two
skills; the examples of two kinds of technology; hardware communication, language labels and writing C as kinds;
prose that says what matters, helps or is non-negotiable; a paragraph after a requirements label; a plus said in
one clause; years as time spent in a name; and, under their headings, what the round's two reviews said must stay.
Every requirement line here is our own."""

from __future__ import annotations

import pytest

from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.parser import classify_kind, parse_job_description, short_name


def _posting(heading: str, bullets: list[str]) -> str:
    return "# Delivery lead\n\n## " + heading + "\n\n" + "".join(f"* {b}\n" for b in bullets)


DUTIES = [
    "Planning: Run the quarterly planning of three product teams and keep the roadmap current for everyone.",
    "Vendor Relations: Serve as the first point of contact for our hosting vendors and their account teams.",
    "Ceremonies: Facilitate reviews and retrospectives for every team, and follow up on what they decide.",
    "Risk: Proactively identify delivery risks across the projects and raise them early with the leads.",
]


def test_a_requirements_heading_over_a_list_of_duties_lists_duties() -> None:
    text = _posting("Qualifications", DUTIES) + "\n## What you bring\n\n* Experience leading delivery of web products\n"
    jd = parse_job_description(text)
    # (each was a must-have requirement named by its label: "Planning", "Vendor Relations", ...)
    assert [s.name for s in jd.skills] == ["Leading delivery of web products"]
    assert jd.responsibilities == DUTIES


@pytest.mark.parametrize(
    "changed",
    [
        # one bullet that asks, says a requirement or opens in lower case: the list is read as asks
        "At least five years of experience running delivery for product teams.",
        "Ceremonies: Strong experience facilitating reviews and retrospectives.",
        "Risk: proactively identify delivery risks and raise them early.",
    ],
)
def test_a_list_with_one_ask_among_imperatives_is_read_as_asks(changed: str) -> None:
    jd = parse_job_description(_posting("Qualifications", [*DUTIES[:3], changed]))
    assert len(jd.skills) >= 4


def test_three_imperative_bullets_at_least_say_a_list_of_duties() -> None:
    # (two imperatives under "Requirements" may be asks said that way: read as before)
    jd = parse_job_description(_posting("Requirements", DUTIES[:2]))
    assert [s.name for s in jd.skills] == ["Planning", "Vendor Relations"]


BULLETS = ["Shell scripting", "PostgreSQL", "(Optional) Terraform", "Kafka (optional)"]


@pytest.mark.parametrize(
    "heading",
    [
        "Required and optional skills",
        "Must-have and nice-to-have skills",
        "Must haves / nice to haves",
        "Required & preferred qualifications",
        # (the first review: must and nice words alone still head requirements)
        "Essential & Desirable",
        "Mandatory and optional",
        "Erforderlich und wünschenswert",
    ],
)
def test_a_heading_naming_required_and_optional_skills_leaves_each_item_its_own_priority(heading: str) -> None:
    jd = parse_job_description(_posting(heading, BULLETS))
    # (every item was nice to have: the heading's "optional" outweighed its "required")
    assert [(s.name, s.priority) for s in jd.skills] == [
        ("Shell scripting", "must"),
        ("PostgreSQL", "must"),
        ("Terraform", "nice"),
        ("Kafka", "nice"),
    ]


@pytest.mark.parametrize("heading", ["Optional skills", "Not required, but nice to have", "Preferred qualifications"])
def test_a_heading_of_the_optional_skills_alone_stays_nice_to_have(heading: str) -> None:
    jd = parse_job_description(_posting(heading, BULLETS))
    assert {s.priority for s in jd.skills} == {"nice"}


# --- one "and" between phrases of no shape the split knew ---------------------------------------------------------


def _imported(db, line: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    view = import_role(db, text_=f"# Engineer\n\n## Requirements\n\n{line}\n", source_name="engineer.md")
    return [(s.name, s.catalogue_skill) for s in view.skills]


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        # (each was one requirement linked to one of its two skills)
        (
            "- Experience with observability platforms and incident management",
            [("Observability platforms", "observability"), ("Incident management", "slo-incident-response")],
        ),
        (
            "- Solid knowledge of microservices architecture and design patterns",
            [("Microservices architecture", "microservices-apis"), ("Design patterns", "software-design")],
        ),
        (
            "- idealerweise Kenntnisse über Monitoring-Systeme und maschinelles Lernen",
            [("Monitoring-Systeme", "observability"), ("Maschinelles Lernen", "machine-learning")],
        ),
    ],
)
def test_one_and_between_phrases_naming_two_sure_skills_splits(db, line: str, skills: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _imported(db, line) == skills


@pytest.mark.parametrize(
    "line",
    [
        # two objects of one verb: one requirement
        "- Drafting a strategy and vision for our machine learning projects",
        "- You can adapt to our code and writing styles",
        # a comma, several joins, a pronoun pointing back, a German suspended compound: read as before
        "- Self-directed, and good at working with a remote team",
        "- Monitoring production services and tuning their performance",
        "- Kenntnisse in System- und Netzwerkadministration",
        # (the first review) a side linked by words of a definition only, not a term of its skill said whole
        "- Experience with recommendation systems and ranking models",
        "- Familiarity with version control and code review practices",
        "- Background in computer science and software engineering principles",
        # (the first review) a German side that opens with an article or a preposition: what the first governs
        "- Erfahrung in der Leitung von Workshops und der Moderation von Meetings",
    ],
)
def test_one_and_that_joins_no_two_phrases_of_their_own_stays_whole(db, line: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_imported(db, line)) == 1


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (each was linked to no skill)
        ("- (Optional) SaltStack", "infrastructure-as-code"),
        ("- Experience with Salt Stack states", "infrastructure-as-code"),
        ("- Experience with salt-stack", "infrastructure-as-code"),
    ],
)
def test_salt_stack_is_infrastructure_as_code(db, line: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    assert _imported(db, line)[0][1] == slug


@pytest.mark.parametrize(
    "line",
    [
        "Experience with languages and technologies such as Go, Rust, and/or Kotlin, Redis and Kafka",
        "Erfahrung mit Sprachen und Technologien wie Go, Rust und/oder Kotlin, Redis und Kafka mitbringen",
    ],
)
def test_the_examples_of_two_categories_are_each_a_requirement(line: str) -> None:
    # (English: "languages" was a skill of its own; German: one requirement named "Erfahrung mit Sprachen")
    assert [p.text for p in enumerated_parts(line)] == ["Go", "Rust", "Kotlin", "Redis", "Kafka"]


@pytest.mark.parametrize(
    "line",
    ["Cloud platforms such as AWS or GCP", "Tools and practices such as code review and pair programming"],
)
def test_the_examples_of_one_category_or_of_practices_stay_one_requirement(line: str) -> None:
    assert enumerated_parts(line) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (each was soft: "communication" read as talking with people)
        ("Low-level work (UEFI, PCI communication, DMA)", "hard"),
        ("I2C and SPI communication", "hard"),
        ("Device communication over USB", "hard"),
        # (each was of no kind: a language and its level as a label and its value)
        ("Italian: Fluent", "soft"),
        ("German - C1", "soft"),
    ],
)
def test_buses_communicate_and_a_language_with_its_level_is_soft(text: str, kind: str) -> None:
    found = classify_kind(text)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("text", ["Clear communication with hardware teams", "Good communication skills"])
def test_communicating_with_people_stays_soft(text: str) -> None:
    found = classify_kind(text)
    assert found is not None and found[0] == "soft"


# --- what the round's first review said must stay ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "lead", "bullets"),
    [
        # imperatives without labels, or after a lead-in, are asks said that way
        (
            "Requirements",
            "",
            ["Design and document REST APIs", "Write efficient SQL queries", "Deploy services to Kubernetes"],
        ),
        (
            "What you'll need",
            "You should be able to:\n\n",
            ["APIs: Design and document REST APIs", "SQL: Write efficient queries", "Kubernetes: Deploy services"],
        ),
    ],
)
def test_imperatives_without_labels_or_after_a_lead_in_stay_asks(heading: str, lead: str, bullets: list[str]) -> None:
    text = f"# Engineer\n\n## {heading}\n\n{lead}" + "".join(f"* {b}\n" for b in bullets)
    assert len(parse_job_description(text).skills) == 3


@pytest.mark.parametrize("heading", ["Preferred: basic knowledge of", "Basic preferred skills", "Nice to have"])
def test_a_must_word_beside_a_nice_one_without_a_join_leaves_the_list_nice(heading: str) -> None:
    jd = parse_job_description(_posting(heading, BULLETS))
    assert {s.priority for s in jd.skills} == {"nice"}


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Experience in Java and Kotlin such as Spring Boot and Hibernate", []),
        ("Experience with AWS and GCP such as EC2, S3 and BigQuery", ["AWS", "GCP such as EC2", "S3", "BigQuery"]),
    ],
)
def test_the_examples_of_two_technologies_are_read_as_before(line: str, parts: list[str]) -> None:
    assert [p.text for p in enumerated_parts(line)] == parts


# --- prose postings (a set of our own postings written this round) --------------------------------------------------


def test_a_heading_saying_you_will_fit_if_heads_requirements() -> None:
    text = (
        "# Firmware Engineer\n\n**What you'll do**\n\nBring up new boards and write drivers.\n\n"
        "**You'll fit if**\n\nYou have 3+ years writing C for microcontrollers. You can read a schematic.\n"
    )
    jd = parse_job_description(text)
    # (was a duties heading: "You'll ..." said what the job is; nothing was asked)
    assert [(s.name, s.kind) for s in jd.skills] == [
        ("Writing C for microcontrollers", "hard"),
        ("Read a schematic", "hard"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "priority"),
    [
        ("Solid Linux fundamentals (systemd, networking) are non-negotiable.", "Linux", "must"),
        ("Incident response experience matters to us; tell us about one.", "Incident response", "must"),
        ("Clear writing matters more than speed here.", "Writing", "must"),
        ("Kafka knowledge helps.", "Kafka", "nice"),
        ("Rust on embedded is interesting to us too.", "Rust on embedded", "nice"),
    ],
)
def test_what_a_sentence_says_matters_or_helps_is_a_requirement(sentence: str, name: str, priority: str) -> None:
    text = f"# Firmware Engineer\n\nWe build sensor nodes for grain silos.\n\n{sentence}\n\nWe offer a calm week.\n"
    jd = parse_job_description(text)
    # (each was no requirement: the posting was refused or the sentence lost)
    assert [(s.name, s.priority) for s in jd.skills] == [(name, priority)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("4+ years writing C or C++ for embedded targets", "hard"),  # (was soft: "writing")
        ("Worked with CAN bus and written motor-control code", "hard"),  # (was soft: "written")
    ],
)
def test_writing_code_in_c_is_hard(text: str, kind: str) -> None:
    found = classify_kind(text)
    assert found is not None and found[0] == kind


def test_what_matters_little_is_still_no_requirement() -> None:
    text = "# Engineer\n\n## Requirements\n\n- Go or Rust\n\nWhich framework you used before matters less.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Go", "Rust"]


@pytest.mark.parametrize("label", ["About you:", "**About you:**"])
def test_a_paragraph_after_a_requirements_label_is_read_sentence_by_sentence(label: str) -> None:
    text = (
        "# Cloud Security Engineer\n\nWe protect payment data for clinics.\n\n"
        f"{label} you have spent four years in security engineering. You understand IAM deeply. "
        "You can automate your own work in Python or Go.\n\n## Benefits\n\nA calm week.\n"
    )
    # (was one requirement of three sentences, named "Spent four years" or "About you")
    assert [s.name for s in parse_job_description(text).skills] == [
        "Security engineering",
        "Understand IAM deeply",
        "Automate your own work",
    ]


def test_a_weak_preference_then_a_plus_makes_the_line_nice_to_have() -> None:
    text = (
        "# Engineer\n\n## Requirements\n\n"
        "- Experience with SOC 2 audits is strongly preferred, and Kafka is a big plus\n"
    )
    # (was must, named "SOC 2 audits is strongly": "preferred" said before the end did not count, nor did the plus)
    assert [(s.name, s.priority) for s in parse_job_description(text).skills] == [("SOC 2 audits", "nice")]


@pytest.mark.parametrize(
    ("line", "priorities"),
    [
        # (each part was nice: the sentence's plus reached the clause that says "required")
        ("- Python is required, and Go is a big plus", [("Python", "must"), ("Go", "nice")]),
        ("- Go is required, and Rust or Zig is a plus", [("Go", "must"), ("Rust", "nice"), ("Zig", "nice")]),
    ],
)
def test_a_plus_said_in_one_clause_leaves_the_other_clause_its_priority(
    line: str, priorities: list[tuple[str, str]]
) -> None:
    jd = parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n")
    assert [(s.name, s.priority) for s in jd.skills] == priorities


def test_a_plus_said_of_a_whole_list_stays_nice_for_each() -> None:
    jd = parse_job_description("# Engineer\n\n## Requirements\n\n- Python, Go and Rust are a plus\n")
    assert {s.priority for s in jd.skills} == {"nice"}
    # (and a list after a list's clause keeps its own cue, as before)
    jd = parse_job_description("# Engineer\n\n## Requirements\n\n- Kafka and Flink; Spark and Beam are a plus\n")
    assert [(s.name, s.priority) for s in jd.skills] == [
        ("Kafka", "must"),
        ("Flink", "must"),
        ("Spark", "nice"),
        ("Beam", "nice"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (was "Spent at least four years", "Spent five years on Rails teams": the time, not the skill)
        ("You've spent at least four years in security engineering", "Security engineering"),
        ("You have spent five years on Rails teams", "Rails teams"),
    ],
)
def test_years_said_as_time_spent_are_left_out_of_the_name(text: str, name: str) -> None:
    assert short_name(text) == name


# --- what the round's second review said must stay ------------------------------------------------------------------


def test_a_label_paragraph_s_sentences_in_the_company_s_voice_are_no_requirements() -> None:
    text = (
        "# Engineer\n\n## Requirements\n\n- Go\n\n"
        "About you: you know PostgreSQL well. Our office is in Berlin. We reply within two weeks.\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Go", "PostgreSQL well"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Salary is non-negotiable.",
        "Customer experience matters most to us.",
        "Your experience matters to us, so we pay well.",
        "Candidates from non-traditional backgrounds are interesting to us.",
    ],
)
def test_what_matters_to_the_company_but_asks_nothing_is_no_requirement(sentence: str) -> None:
    text = f"# Engineer\n\n## Requirements\n\n- Go\n\n## How we work\n\n{sentence}\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Go"]


@pytest.mark.parametrize(
    ("line", "priorities"),
    [
        ("- Kubernetes (CKA preferred) is a must", [("Kubernetes", "must")]),
        ("- Strong SQL (Postgres preferred)", [("SQL", "must"), ("Postgres", "nice")]),
    ],
)
def test_a_preference_inside_brackets_leaves_a_must(line: str, priorities: list[tuple[str, str]]) -> None:
    jd = parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n")
    assert [(s.name, s.priority) for s in jd.skills] == priorities


def test_short_labelled_imperatives_stay_asks() -> None:
    text = (
        "# Engineer\n\n## Requirements\n\n- Python: Write idiomatic Python services\n"
        "- Cloud: Deploy services on AWS\n- Data: Design schemas for our data\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Cloud", "Data"]


@pytest.mark.parametrize("line", ["Written specs for firmware", "Written reports on software quality"])
def test_written_documents_stay_soft(line: str) -> None:
    found = classify_kind(line)
    assert found is not None and found[0] == "soft"


def test_a_title_before_a_name_does_not_end_a_sentence() -> None:
    text = "# Engineer\n\nAbout you: you worked with Dr. Smith on genomics. You know Python well.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Worked with Dr. Smith on genomics", "Python well"]
