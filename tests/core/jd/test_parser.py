"""The job-description parser: the reference posting, postings in other formats, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.jd.model import ParsedJobDescription
from interview_planner.jd.parser import (
    MAX_FILE_BYTES,
    classify_heading,
    find_salary,
    parse_job_description,
    read_job_description,
    short_name,
    split_lines,
)

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"

SEED_HARD = [
    "System design and architecture",
    "Programming proficiency",
    "Cloud platforms",
    "Containerization and orchestration",
    "Microservices, service meshes, API gateways",
    "Observability tooling and practices",
    "CI/CD and automation",
    "Database design and operations",
    "Streaming and messaging platforms",
    "Security, compliance, and privacy",
    "Performance engineering and profiling tools",
    "Infrastructure as code",
    "Machine learning infrastructure and data engineering",
    "Observability-based SLO creation, incident response",
    "Cost management",
]
SEED_SOFT = [
    "Technical leadership",
    "Written communication",
    "Coaching and mentoring mindset",
    "Strategic thinking and product collaboration",
    "Problem-solving and analytical skills",
    "Cross-functional collaboration skills",
    "Time and priority management",
    "Empathy and inclusivity",
    "Negotiation and vendor management skills",
    "Continuous learning and adaptation",
]


def posting(name: str) -> ParsedJobDescription:
    path = POSTINGS / name
    return parse_job_description(read_job_description(path), source_name=str(path))


def table(parsed: ParsedJobDescription) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.priority) for s in parsed.skills]


# --- the reference posting ----------------------------------------------------------------


@pytest.fixture
def seed(seed_text: str) -> ParsedJobDescription:
    return parse_job_description(seed_text, source_name="seed.txt")


def test_seed_title_and_salary(seed: ParsedJobDescription) -> None:
    assert seed.title == "Lead Member of Technical Staff"
    assert seed.salary is not None
    assert (seed.salary.minimum, seed.salary.maximum) == (160_000, 240_000)
    assert (seed.salary.currency, seed.salary.period, seed.salary.line) == ("USD", "year", 2)


def test_seed_has_exactly_the_hard_and_soft_lists_in_order(seed: ParsedJobDescription) -> None:
    assert [s.name for s in seed.skills] == SEED_HARD + SEED_SOFT
    assert [s.line for s in seed.skills] == list(range(55, 70)) + list(range(71, 81))
    assert [s.kind for s in seed.skills] == ["hard"] * 15 + ["soft"] * 10
    sections = ["Hard Skills (Technical)"] * 15 + ["Soft Skills"] * 10
    assert [s.section for s in seed.skills] == sections


def test_seed_only_the_machine_learning_skill_is_nice(seed: ParsedJobDescription) -> None:
    nice = [s for s in seed.skills if s.priority == "nice"]
    machine_learning = "Machine learning infrastructure and data engineering"
    assert [(s.line, s.name) for s in nice] == [(67, machine_learning)]
    assert nice[0].priority_reason == "text: desirable"
    assert "desirable for ML-forward organizations" in nice[0].source


def test_seed_kinds_are_explained_by_their_headings(seed: ParsedJobDescription) -> None:
    assert {s.kind_reason for s in seed.skills[:15]} == {"heading: Hard Skills (Technical)"}
    assert {s.kind_reason for s in seed.skills[15:]} == {"heading: Soft Skills"}


def test_seed_sources_are_the_full_bullet_text(seed: ParsedJobDescription, seed_text: str) -> None:
    lines = split_lines(seed_text)
    for skill in seed.skills:
        assert lines[skill.line - 1] == skill.source


def test_seed_education_experience_and_responsibilities_produce_no_skills(
    seed: ParsedJobDescription,
) -> None:
    by_heading = {s.heading: s for s in seed.sections}
    assert by_heading["Preferred"].kind == "experience"
    assert by_heading["Preferred"].parent == "Experience Requirements"
    assert not by_heading["Preferred"].produces_skills
    assert not by_heading["Preferred Education"].produces_skills
    assert not by_heading["Experience Requirements"].produces_skills
    assert by_heading["Core Responsibilities"].kind == "responsibilities"
    assert all(55 <= s.line <= 80 for s in seed.skills)
    assert len(seed.responsibilities) == 22 + 9


def test_seed_section_kinds(seed: ParsedJobDescription) -> None:
    kinds = {s.heading: s.kind for s in seed.sections}
    assert kinds["Required Skills & Competencies"] == "skills"
    assert kinds["Hard Skills (Technical)"] == "hard_skills"
    assert kinds["Soft Skills"] == "soft_skills"
    assert kinds["Education & Experience"] == "education"
    assert seed.sections[0].kind == "title"


def test_seed_lexicon_agrees_with_the_kind_headings(seed_text: str) -> None:
    neutral = seed_text.replace("Hard Skills (Technical)\n", "Part A\n")
    neutral = neutral.replace("Soft Skills\n", "Part B\n")
    parsed = parse_job_description(neutral)
    assert [s.kind for s in parsed.skills] == ["hard"] * 15 + ["soft"] * 10
    assert all(s.kind_reason.startswith(("default", "lexicon: ")) for s in parsed.skills)


def test_seed_with_crlf_line_endings_gives_the_same_result(seed_text: str) -> None:
    lf = parse_job_description(seed_text)
    crlf = parse_job_description(seed_text.replace("\n", "\r\n"))
    assert crlf == lf


# --- other formats ----------------------------------------------------------------------


def test_markdown_headings_with_a_nice_to_have_section() -> None:
    parsed = posting("markdown_nice_to_have.md")
    assert parsed.title == "Senior Backend Engineer (Payments)"
    assert table(parsed) == [
        ("Building backend services", "hard", "must"),
        ("SQL and PostgreSQL performance tuning", "hard", "must"),
        ("Event-driven architectures", "hard", "must"),
        ("Written communication in English", "soft", "must"),
        ("PCI DSS compliance", "hard", "nice"),
        ("Terraform", "hard", "nice"),  # "Familiarity with Terraform and AWS": two skills, both nice
        ("AWS", "hard", "nice"),
        ("Mentoring", "soft", "nice"),
    ]
    assert parsed.skills[4].priority_reason == "heading: Nice to have"
    assert len(parsed.responsibilities) == 3


def test_salary_comes_from_the_salary_line_not_the_benefits() -> None:
    salary = posting("markdown_nice_to_have.md").salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period, salary.line) == (
        150_000,
        185_000,
        "USD",
        "year",
        3,
    )


def test_bold_line_headings_with_requirements_and_bonus_points() -> None:
    parsed = posting("bold_headings.txt")
    assert parsed.title == "Data Engineer"
    assert table(parsed) == [
        ("Python", "hard", "must"),
        ("SQL", "hard", "must"),
        ("Apache Airflow", "hard", "must"),
        ("Dagster", "hard", "must"),
        ("Dimensional modelling", "hard", "must"),
        ("Stakeholder management", "soft", "must"),
        ("Snowflake", "hard", "nice"),
        ("Streaming", "hard", "nice"),
        ("Public speaking at meetups", "soft", "nice"),
    ]
    assert [s.kind for s in parsed.sections] == [
        "title",
        "company",
        "responsibilities",
        "skills",
        "nice_to_have",
        "benefits",
    ]
    assert parsed.salary is None


def test_crlf_bullets_and_numbered_items() -> None:
    raw = (POSTINGS / "crlf_numbered.txt").read_bytes().decode("utf-8")
    text = raw.replace("\r\n", "\n").replace("\n", "\r\n")  # CRLF whatever the checkout did
    parsed = parse_job_description(text)
    assert parsed.title == "Site Reliability Engineer"
    assert table(parsed) == [
        ("Linux systems administration and troubleshooting", "hard", "must"),
        ("Kubernetes operations", "hard", "must"),
        ("Prometheus and Grafana for monitoring", "hard", "must"),
        ("Calm, clear communication during incidents", "soft", "must"),
        ("Go programming", "hard", "nice"),
        ("Cilium or another eBPF-based CNI", "hard", "nice"),
    ]
    assert [s.line for s in parsed.skills] == [11, 12, 13, 14, 17, 18]
    assert not any("\r" in s.source for s in parsed.skills)
    assert "Location: Remote (EU)" not in [s.heading for s in parsed.sections]
    assert parsed.responsibilities[0] == "Run our Kubernetes clusters across three regions."


def test_crlf_file_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "sre.txt"
    lf = (POSTINGS / "crlf_numbered.txt").read_bytes().replace(b"\r\n", b"\n")
    path.write_bytes(lf.replace(b"\n", b"\r\n"))
    assert len(parse_job_description(read_job_description(path)).skills) == 6


def test_french_posting() -> None:
    parsed = posting("french_posting.txt")
    assert parsed.title == "Ingénieur·e DevOps confirmé·e – Lyon"
    assert table(parsed) == [
        ("Kubernetes et de Helm", "hard", "must"),
        ("GitLab CI", "hard", "must"),
        ("Ansible", "hard", "must"),
        ("Scripting Python ou Bash", "hard", "must"),
        ("Esprit d'équipe et bienveillance", "soft", "must"),
        ("Rigueur et sens du détail", "soft", "must"),
        ("Curiosité technique", "soft", "must"),
        ("Norme DO-178C", "hard", "nice"),
    ]
    salary = parsed.salary
    assert salary is not None
    expected = (55_000, 65_000, "EUR", "year")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == expected
    assert len(parsed.responsibilities) == 2


def test_german_posting() -> None:
    parsed = posting("german_posting.txt")
    assert parsed.title == "Backend-Entwickler (m/w/d) Java – München"
    assert table(parsed) == [
        ("Java", "hard", "must"),  # ("und" between technologies splits them, as "and" does)
        ("Spring Boot", "hard", "must"),
        ("PostgreSQL und Flyway", "hard", "must"),
        ("Teamfähigkeit und Kommunikationsstärke", "soft", "must"),
        ("Fließende Deutschkenntnisse", "soft", "must"),  # a language is communication, as "English" was already
        ("Kotlin", "hard", "nice"),
        ("Apache Kafka", "hard", "nice"),
    ]
    salary = parsed.salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency) == (65_000, 80_000, "EUR")


def test_wrapped_bullets_are_joined_and_keep_their_first_line() -> None:
    parsed = posting("wrapped_bullets.txt")
    assert table(parsed) == [
        ("TypeScript and React", "hard", "must"),
        ("Designing accessible user interfaces", "hard", "must"),
        ("Explain technical trade-offs", "soft", "must"),
        ("Design systems and Storybook", "hard", "must"),
        ("GraphQL", "hard", "nice"),
    ]
    assert [s.line for s in parsed.skills] == [4, 6, 8, 10, 12]
    assert parsed.skills[0].source == (
        "- Deep expertise in TypeScript and React, including state management with Redux or Zustand "
        "and performance profiling in the browser."
    )
    assert parsed.skills[2].source.endswith("product managers and executives.")
    assert parsed.skills[3].source == "- Familiarity with design systems and Storybook."


def test_what_youll_do_and_what_youll_bring() -> None:
    parsed = posting("what_you_bring.md")
    assert parsed.title == "Machine Learning Engineer, Search"
    assert table(parsed) == [
        ("Python", "hard", "must"),
        ("PyTorch", "hard", "must"),
        ("Information retrieval", "hard", "must"),
        ("Running A/B tests", "hard", "must"),
        ("Collaborative attitude and ownership", "soft", "must"),
        ("Vespa", "hard", "nice"),
        ("Elasticsearch", "hard", "nice"),
        ("Publications at SIGIR or similar", "hard", "nice"),
    ]
    assert len(parsed.responsibilities) == 3
    salary = parsed.salary
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency) == (70_000, 90_000, "EUR")


def test_qualifications_mixed_kinds_are_decided_by_the_lexicon() -> None:
    parsed = posting("qualifications_mixed.txt")
    assert table(parsed) == [
        ("Managing software engineers", "soft", "must"),
        ("Distributed systems and cloud infrastructure", "hard", "must"),
        ("Communication skills, written and verbal", "soft", "must"),
        ("Mentoring engineers and running performance reviews", "soft", "must"),
        ("Stakeholder management", "soft", "must"),
        ("Kubernetes", "hard", "nice"),
        ("Ambiguity and shifting priorities", "soft", "must"),
        ("SQL", "hard", "must"),
        # "..., ideally with experience hiring": the must-have stays a must-have, and the optional extra it
        # adds is one more requirement, nice to have
        ("Conflict resolution in cross-team disputes", "soft", "must"),
        ("Hiring", "soft", "nice"),
    ]
    reasons = {s.name: (s.kind_reason, s.priority_reason) for s in parsed.skills}
    assert reasons["Stakeholder management"] == ("lexicon: stakeholder", "default")
    assert reasons["Kubernetes"] == ("lexicon: kubernetes", "text: is a plus")
    assert reasons["SQL"] == ("lexicon: sql", "default")


@pytest.mark.parametrize("name", sorted(p.name for p in POSTINGS.iterdir() if p.is_file()))
def test_benefits_company_and_responsibility_lines_never_become_skills(name: str) -> None:
    parsed = posting(name)
    starts = sorted(s.line for s in parsed.sections)
    for skill in parsed.skills:
        heading_line = max(line for line in starts if line <= skill.line)
        section = next(s for s in parsed.sections if s.line == heading_line)
        assert section.kind not in ("benefits", "company", "compensation", "education", "responsibilities"), (
            skill.name,
            section.heading,
        )
        # outside a requirements section only a sentence that states a requirement counts
        assert section.produces_skills or section.kind in ("title", "other"), (skill.name, section.heading)


# --- smaller layouts, inline ------------------------------------------------------------


def test_requirements_as_plain_lines_without_bullets() -> None:
    parsed = parse_job_description("Requirements\nPython\nSQL\nStrong communication\n")
    assert table(parsed) == [("Python", "hard", "must"), ("SQL", "hard", "must"), ("Communication", "soft", "must")]


def test_plain_paragraph_lines_starting_in_lower_case_are_joined() -> None:
    text = "Requirements:\nExperience operating Kafka clusters\nin production.\nGood SQL.\n"
    sources = [s.source for s in parse_job_description(text).skills]
    assert sources == ["Experience operating Kafka clusters in production.", "Good SQL."]


def test_preferred_under_education_is_not_a_skill_but_preferred_alone_elsewhere_is() -> None:
    text = "Requirements\n- Go\nEducation\n- BSc\nPreferred:\n- MSc\n"
    assert table(parse_job_description(text)) == [("Go", "hard", "must")]
    text = "What you'll do\n- Ship things\nPreferred:\n- Rust\n"
    assert table(parse_job_description(text)) == [("Rust", "hard", "nice")]


def test_markdown_sibling_heading_does_not_inherit_the_skills_context() -> None:
    text = "## Requirements\n- Go\n## Our stack\n- Rust\n### Nice\n- Zig\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Go"]


def test_sub_heading_without_topic_inherits_skills_and_refines_kind() -> None:
    text = "Requirements\nTechnical:\n- Docker\nPersonal qualities:\n- Patience with users\n"
    assert table(parse_job_description(text)) == [("Docker", "hard", "must"), ("Patience with users", "soft", "must")]


def test_a_lead_in_bullet_ending_with_a_colon_is_not_a_skill() -> None:
    text = "Requirements\n- Languages:\n  - Python\n  - Go\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Go"]


def test_a_heading_after_a_bullet_ending_in_cpp_is_still_a_heading() -> None:
    text = "Requirements\n- Experience with C++\nNice to have\n- Rust\n"
    assert table(parse_job_description(text)) == [("C++", "hard", "must"), ("Rust", "hard", "nice")]


def test_emoji_headings_and_bullets() -> None:
    text = "🚀 Backend Engineer\n\n✨ What you'll bring\n✅ Docker\n✅ Teamwork\n🎁 Perks\n✅ Snacks\n"
    parsed = parse_job_description(text)
    assert parsed.title == "Backend Engineer"
    assert table(parsed) == [("Docker", "hard", "must"), ("Teamwork", "soft", "must")]


def test_names_are_distinct_within_a_posting() -> None:
    # (round 38: a skill said again is one requirement; lines that say more than a shared name are numbered)
    parsed = parse_job_description("Requirements\n- Python\n- Experience with Python\n- python\n")
    assert [s.name for s in parsed.skills] == ["Python"]
    parsed = parse_job_description(
        "Requirements\n- Leading teams to build prototypes that show a product\n"
        "- Leading teams through the move to a new cloud and its tools\n"
    )
    assert [s.name for s in parsed.skills] == ["Leading teams", "Leading teams (2)"]


def test_markdown_emphasis_is_kept_in_source_but_not_in_names() -> None:
    parsed = parse_job_description("Requirements\n- **Kubernetes**: running it in production\n")
    assert parsed.skills[0].name == "Kubernetes"
    assert parsed.skills[0].source == "- **Kubernetes**: running it in production"


def test_text_said_preferred_or_bonus_makes_a_skill_nice() -> None:
    text = "Requirements\n- Rust (preferred)\n- Bonus: Elixir\n- Your preferred editor setup\n"
    assert [s.priority for s in parse_job_description(text).skills] == ["nice", "nice", "must"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Key Responsibilities and Required Skills for Data Architect\nSkills\n- SQL", "Data Architect"),
        ("# Principal Engineer\n## Skills\n- SQL", "Principal Engineer"),
        ("**Product Designer**\nSkills:\n- Figma", "Product Designer"),
        ("Job Description: QA Analyst\nSkills:\n- Selenium", "QA Analyst"),
        ("Senior Analyst - Job Description\nSkills:\n- Excel", "Senior Analyst"),
        ("We're hiring: Staff Engineer!\nSkills:\n- Go", "Staff Engineer"),
        ("Acme Corp\nPosition: Support Engineer\nSkills:\n- Zendesk", "Support Engineer"),
        ("Role: you will own the billing platform end to end.\nSkills:\n- Go", None),
        ("Requirements\n- Go", None),
        ("About the job\nRequirements\n- Go", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert parse_job_description(text).title == title


# --- pieces -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "topic", "priority", "kind"),
    [
        ("Required Skills & Competencies", "skills", "must", None),
        ("Hard Skills (Technical)", "skills", None, "hard"),
        ("Soft Skills", "skills", None, "soft"),
        ("Education & Experience", "education", None, None),
        ("Experience Requirements", "experience", None, None),
        ("Preferred", None, "nice", None),
        ("Preferred Education", "education", "nice", None),
        ("Skills & Experience", "skills", None, None),
        ("Nice to have", "skills", "nice", None),
        ("Bonus points", "skills", "nice", None),
        ("What you'll do", "responsibilities", None, None),
        ("What you’ll bring", "skills", None, None),
        ("About you", "skills", None, None),
        ("You have", "skills", None, None),
        ("Minimum Qualifications", "skills", "must", None),
        ("Preferred Qualifications", "skills", "nice", None),
        # (both together: a list of each, read item by item as requirements or duties; round 18)
        ("Responsibilities & Requirements", "skills", None, None),
        ("Role Requirements", "skills", None, None),
        ("Benefits", "benefits", None, None),
        ("Compensation", "compensation", None, None),
        ("About us", "company", None, None),
        ("Physical Requirements", "other", None, None),
        ("How to apply", "other", None, None),
        ("Languages", None, None, None),
    ],
)
def test_classify_heading(
    heading: str,
    topic: str | None,
    priority: str | None,
    kind: str | None,
) -> None:
    info = classify_heading(heading)
    assert (info.topic, info.priority, info.kind) == (topic, priority, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experience with Kafka, RabbitMQ and NATS", "Kafka, RabbitMQ and NATS"),
        ("Knowledge of: Linux internals", "Linux internals"),
        ("5+ years of professional experience with Java", "Java"),
        ("Strong understanding of networking fundamentals (TCP/IP, DNS, TLS)", "Networking"),
        ("Ability to work independently with minimal supervision", "Work independently with minimal supervision"),
        ("Deep learning frameworks such as PyTorch", "Deep learning frameworks"),
        ("SOLID principles and clean code", "SOLID principles and clean code"),
        ("iOS development in Swift", "iOS development in Swift"),
        ("gRPC", "gRPC"),
        ("A/B testing", "A/B testing"),
        ("Hands-on experience building data pipelines at scale", "Building data pipelines at scale"),
        (
            "Excellent written and verbal communication skills in English and German",
            "Written and verbal communication skills",
        ),
        ("(Optional) Docker", "Docker"),
        ("Ability to", "Ability"),
        # a cut inside the second of two conjuncts keeps the first alone, not a fragment of the second
        ("Strong problem-solving skills and the ability to work under pressure", "Problem-solving skills"),
        ("Ability to work both independently and as part of a team", "Work independently"),
        # the "You" that opens a description of the reader
        ("You lead with empathy by creating a culture of trust", "Lead with empathy"),
        ("You advocate for the team and shield it from interruptions", "Advocate for the team"),
        ("You believe small teams ship the best software", "Small teams ship the best software"),
        # items that go on from a list's lead-in ("You must:"), and curly apostrophes
        ("have international experience", "International experience"),
        ("be able to deliver clear written feedback", "Deliver clear written feedback"),
        ("Know TypeScript.", "TypeScript"),
        ("Can design and operate message queues", "Design and operate message queues"),
        ("want to work for the public good", "Work for the public good"),
        ("It\u2019s important that you\u2019re fluent in Rust.", "Rust"),
        ("Have some experience or familiarity with the hospital billing domain", "Hospital billing domain"),
        ("Have experience in or familiar with using Terraform and Ansible", "Terraform and Ansible"),
        ("be excited to help us shape our on-call process", "Excited to help us shape"),
        ("either Kotlin or Swift for mobile apps", "Kotlin or Swift for mobile apps"),
        ("both design and review database schemas", "Design and review database schemas"),
        ("an appreciation of how to work with clinicians", "Work with clinicians"),
        ("Knows how to tune JVM garbage collection", "Tune JVM garbage collection"),
        ("kannst dich schnell in neue Themen einarbeiten", "Schnell in neue Themen einarbeiten"),
        ("10+ years of engineering experience", "Engineering experience"),
        ("Design and build services for our customers", "Design and build services"),
        # a lead-in word that is half of a hyphenated word stays ("on-call" is no "on")
        ("Comfortable with on-call rotations", "On-call rotations"),
        ("Experience with in-house tooling", "In-house tooling"),
    ],
)
def test_short_name(text: str, name: str) -> None:
    assert short_name(text) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("💰 $160,000 - $240,000", (160_000, 240_000, "USD", "year")),
        ("Pay: $45 – $60 per hour", (45, 60, "USD", "hour")),
        ("€60k–80k a year", (60_000, 80_000, "EUR", "year")),
        ("Salary 60-80k EUR", (60_000, 80_000, "EUR", "year")),
        ("£4,000 to £5,500 per month", (4_000, 5_500, "GBP", "month")),
        ("CA$120,000 - CA$140,000", (120_000, 140_000, "CAD", "year")),
        ("Gehalt: 65.000 € bis 80.000 €", (65_000, 80_000, "EUR", "year")),
        ("55 000 € - 65 000 € brut annuel", (55_000, 65_000, "EUR", "year")),
        ("Base salary: $150,000", (150_000, 150_000, "USD", "year")),
        ("$1.5k-$2k per month", (1_500, 2_000, "USD", "month")),
        ("Salary: $85.50 - $95 / hour", (86, 95, "USD", "hour")),
    ],
)
def test_find_salary(line: str, expected: tuple[int, int, str, str]) -> None:
    salary = find_salary(line, 7)
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == expected
    assert salary.line == 7


@pytest.mark.parametrize(
    "line",
    [
        "Typical Experience Range: 8–15+ years",
        "We raised $20-30M last year",
        "Grew revenue 10-20% per year",
        "$240,000 - $160,000",
        "A budget of $2,000 for books",
        "2019 - 2024",
    ],
)
def test_no_salary(line: str) -> None:
    assert find_salary(line, 1) is None


def test_split_lines_handles_every_line_ending() -> None:
    assert split_lines("a\r\nb\rc\nd\n") == ["a", "b", "c", "d"]
    assert split_lines("") == [""]


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the job description is empty"),
        ("   \n\t\r\n  ", "the job description is empty"),
        ("🚀🎉 ✨\n💰", "no letters found"),
        ("1234 5678 !!!", "no letters found"),
    ],
)
def test_empty_or_letterless_text_is_rejected(text: str, problem: str) -> None:
    with pytest.raises(InputError, match=re.escape(problem)) as caught:
        parse_job_description(text, source_name="posting.txt")
    assert str(caught.value).startswith("posting.txt: ")


def test_a_posting_without_a_skills_section_is_rejected() -> None:
    text = "Backend Engineer\n\nWhat you'll do\n- Build APIs\n\nBenefits\n- Remote work\n"
    with pytest.raises(InputError) as caught:
        parse_job_description(text, source_name="jobs/backend.md")
    message = str(caught.value)
    assert message.startswith("jobs/backend.md: no skill requirements found")
    assert "'Requirements'" in message and "\n" not in message


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "posting.bin"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00binary\x00stuff")
    with pytest.raises(InputError, match="binary file") as caught:
        read_job_description(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_broken_pdf_is_rejected_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "posting.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(InputError, match=r"is not a readable PDF .*copy the text into a \.txt file"):
        read_job_description(path)


def test_control_character_soup_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "weird.txt"
    path.write_bytes(bytes(range(1, 9)) * 20)
    with pytest.raises(InputError, match="binary file"):
        read_job_description(path)


def test_missing_file_and_directory_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_job_description(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_job_description(tmp_path)


def test_too_large_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(InputError, match=r"too large for a posting \(2\.0 MB; the limit is 2 MB\)"):
        read_job_description(path)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café".encode(), "Café"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "Café"),
        ("Café\n".encode("utf-16"), "Café\n"),
        (b"\xfe\xff" + "Café".encode("utf-16-be"), "Café"),
        ("Café".encode("utf-32"), "Café"),
        ("Café – naïve".encode("cp1252"), "Café – naïve"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(data)
    assert read_job_description(path) == text


def test_undecodable_bytes_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(b"Caf\xe9 \x81\x8d")  # not UTF-8, and 0x81 is undefined in cp1252
    with pytest.raises(InputError, match="cannot decode the file as UTF-8 or Windows-1252"):
        read_job_description(path)


def test_utf16_posting_parses_like_utf8(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed16.txt"
    path.write_bytes(seed_text.encode("utf-16"))
    assert parse_job_description(read_job_description(path)) == parse_job_description(seed_text)


def test_dutch_posting() -> None:
    # Dutch headings (Wat vragen wij?, Wat ga je doen?, Wat wij bieden), "is een pré" / "bij voorkeur" for
    # nice-to-have, and how to apply left out
    parsed = posting("dutch_posting.html")
    assert parsed.title == "Data engineer (Python) – Utrecht"
    assert table(parsed) == [
        ("Python", "hard", "must"),  # the opening question "Heb je ervaring met Python en wil je ...?"
        ("Python (2)", "hard", "must"),
        ("PostgreSQL", "hard", "must"),
        ("Kubernetes", "hard", "nice"),
        ("Terraform", "hard", "nice"),
        ("Communicatieve vaardigheden", "soft", "must"),
        ("Echte teamspeler", "soft", "must"),
    ]
    assert parsed.responsibilities == [
        "Je ontwerpt en onderhoudt datapijplijnen in Airflow",
        "Je werkt samen met planners en analisten",
    ]


def test_a_name_its_makers_write_in_lower_case_keeps_it() -> None:
    parsed = parse_job_description("Requirements:\n- Experience with dbt\n- python scripting\n- Some npm\n")
    assert [s.name for s in parsed.skills] == ["dbt", "Python scripting", "npm"]


def test_dutch_and_french_words_that_look_alike_keep_their_meaning() -> None:
    # Dutch "een pré" is nice to have; French "Pré-requis" is a requirements heading and "pré-production" no cue
    assert [(s.name, s.priority) for s in parse_job_description("Pré-requis\n\n- Python\n- Docker\n").skills] == [
        ("Python", "must"),
        ("Docker", "must"),
    ]
    parsed = parse_job_description("Requirements:\n- Docker en pré-production\n- Kubernetes is een pré\n")
    assert [s.priority for s in parsed.skills] == ["must", "nice"]
    # "natural" leaves a name, not natural language processing; "MS Office" is no degree
    parsed = parse_job_description("Requirements:\n- Natural language processing\n- Word, Excel or MS Office\n")
    assert [s.name for s in parsed.skills] == ["Natural language processing", "Word", "Excel", "MS Office"]


def test_a_german_list_of_technologies_joined_by_und_gives_each_but_a_list_of_nouns_stays_one() -> None:
    def names(requirement: str) -> list[str]:
        return [s.name for s in parse_job_description(f"Anforderungen:\n- {requirement}\n").skills]

    assert names("Erfahrung mit Java, Kotlin und Scala") == ["Java", "Kotlin", "Scala"]
    assert names("Kenntnisse in C++ und PostgreSQL") == ["C++", "PostgreSQL"]
    # German capitalises every noun: these are one requirement each
    assert names("Erfahrung in der Planung und Durchführung von Projekten") == [
        "Planung und Durchführung von Projekten"
    ]
