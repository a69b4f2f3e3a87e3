"""Round 38 of issue #18: a skill said again that says nothing more is one requirement; emoji written as shortcodes
are decoration; "X experience preferred." asks; a degree with years of experience as its other way is one degree line;
a label and its list said in a paragraph; "not necessary, but it's an asset"; version control is no API versioning; a
"Tech Stack:" lead-in is the team's; "and a …" after a phrase without a preposition splits; names of the people
sought; relations with people as soft; a sentence asking two things of the reader; and, under their headings, what
the round's two reviews said must stay. Every requirement line here is our own."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import parse_job_description


def _imported(db, text: str) -> list[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    view = import_role(db, text_=text, source_name="engineer.md")
    return [(s.name, s.kind, s.priority, s.catalogue_skill) for s in view.skills]


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


# --- one skill said on two lines -----------------------------------------------------------------------------------


def test_a_technology_said_on_two_lines_is_one_must_have_requirement() -> None:
    text = (
        "# Platform engineer\n\n## Skills\n\n- Python\n- Kubernetes in production\n"
        "- Python is required, and Elixir is a big plus\n"
    )
    # (was "Python", "Kubernetes in production", "Python (2)", "Elixir": a loop assessing Python twice)
    assert _names(text) == [("Python", "must"), ("Kubernetes in production", "must"), ("Elixir", "nice")]


def test_a_repeat_that_is_a_must_have_makes_the_skill_one_must_have() -> None:  # (a guard: so before)
    text = "# Platform engineer\n\n## Nice to have\n\n- Terraform\n\n## Requirements\n\n- Terraform\n- Go\n"
    jd = parse_job_description(text)
    assert [(s.name, s.priority, s.line) for s in jd.skills] == [("Terraform", "must", 9), ("Go", "must", 10)]


def test_an_ask_said_twice_in_other_words_around_the_same_name_is_one() -> None:
    text = (
        "# Tutor\n\nI am looking for someone who has experience teaching or writing tutorials.\n\n## Requirements\n\n"
        "1. You have professional experience teaching or writing tutorials.\n1. You know Godot well.\n"
    )
    names = [name for name, _ in _names(text)]
    assert names.count("Teaching or writing tutorials") == 1
    assert "Teaching or writing tutorials (2)" not in names


def test_two_lines_saying_more_than_their_shared_name_stay_two() -> None:
    text = (
        "# Lead\n\n## Requirements\n\n- Leading teams to develop prototypes that show what a product could be\n"
        "- Leading teams through the adoption of new tools, technologies or methods\n"
    )
    assert [name for name, _ in _names(text)] == ["Leading teams", "Leading teams (2)"]


# --- emoji shortcodes ----------------------------------------------------------------------------------------------


def test_emoji_shortcodes_around_items_are_decoration_not_their_names() -> None:
    text = (
        "# Site reliability engineer\n\n## :rocket: What we need\n\n"
        "- :white_check_mark: You have run Kubernetes clusters in production\n"
        "- :white_check_mark: :one: You write clear incident reviews\n\n"
        "## :sparkles: Nice to have\n\n- :heavy_plus_sign: You know Terraform\n"
        "- :heavy_plus_sign: You have mentored junior engineers\n"
    )
    # (were named "White_check_mark", "White_check_mark (2)", "Heavy_plus_sign", "Heavy_plus_sign (2)")
    assert _names(text) == [
        ("Run Kubernetes clusters in production", "must"),
        ("Write clear incident reviews", "must"),
        ("Terraform", "nice"),
        ("Mentored junior engineers", "nice"),
    ]


@pytest.mark.parametrize("line", ["Requirements:", "Time zone: 10:30 UTC", "Ratio 3:1:2 of work"])
def test_colons_that_are_no_shortcodes_stay(line: str) -> None:
    from interview_planner.jd.parser import _strip_decoration

    assert _strip_decoration(line) == (line, False)


# --- prose: preferred experience, a degree's other way, a label's list, an asset -----------------------------------


def _prose(*sentences: str) -> str:
    return "A developer at Acme works on our ferry planning tools.\n<br>\n<br>\n" + "\n<br>\n<br>\n".join(sentences)


def test_experience_said_preferred_at_a_sentence_end_is_a_nice_to_have() -> None:
    text = _prose(
        "Kubernetes experience required.",
        "Distributed tracing experience preferred.",
        "Docker knowledge is strongly preferred.",
        "Remote work preferred.",
    )
    # (the two preferred lines were left out; a preference about the job is no skill)
    assert _names(text) == [("Kubernetes", "must"), ("Distributed tracing", "nice"), ("Docker", "nice")]


def test_a_degree_with_years_of_experience_as_its_other_way_is_one_degree_line(db) -> None:  # type: ignore[no-untyped-def]
    text = _prose(
        "Bachelor's degree in physics, chemistry or a related field; OR four years of programming experience required.",
        "Kubernetes experience required.",
    )
    # (was "OR four years of programming" as a skill of its own; the degree line, now whole, links to nothing)
    assert _imported(db, text) == [
        ("Bachelor's degree", "hard", "must", None),
        ("Kubernetes", "hard", "must", "containers-kubernetes"),
    ]


def test_a_label_and_its_list_said_in_a_paragraph_are_its_skills() -> None:
    text = (
        "Acme - Berlin - Full-Time\n\nWe build maps for ferries and are hiring. Seeking a backend developer who is "
        "curious and careful. Prior maritime experience is not necessary, but it's an asset. Key skills: Go/Rust, "
        "postgres, Kafka/streaming, typescript. See the full posting on our site.\n"
    )
    names = _names(text)
    # (the list was never read; the asset was left out)
    assert ("Maritime", "nice") in names
    assert [n for n, _ in names if n in ("Go", "Rust", "Postgres", "Kafka/streaming", "Typescript")] == [
        "Go",
        "Rust",
        "Postgres",
        "Kafka/streaming",
        "Typescript",
    ]


def test_a_kind_of_skill_with_its_examples_stays_one_requirement() -> None:
    text = "# Entwickler\n\n## Anforderungen\n\n* Kenntnisse mit offenen Protokollen: Matrix, ActivityPub, XMPP\n"
    assert len(parse_job_description(text).skills) == 1


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Experience using applications such as Python, C/C++, Java, or Ruby required.",
            "Python, C/C++, Java, or Ruby",
        ),
        ("Experience with databases such as PostgreSQL or MySQL", "PostgreSQL or MySQL"),
    ],
)
def test_applications_and_databases_such_as_are_named_by_their_examples(line: str, name: str) -> None:
    jd = parse_job_description(f"# Engineer\n\n## Requirements\n\n- {line}\n")
    assert [s.name for s in jd.skills] == [name]


# --- links ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("- Version control experience", None),  # (was microservices-apis: "versioning" of APIs)
        ("- Git version control experience", None),
        ("- Experience designing versioned APIs", "microservices-apis"),
        ("- API versioning and backward compatibility", "microservices-apis"),
    ],
)
def test_version_control_is_no_api_versioning(db, line: str, slug: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _imported(db, f"# Engineer\n\n## Requirements\n\n{line}\n")[0][3] == slug


# --- the team's stack as a lead-in ---------------------------------------------------------------------------------

STACK = "Tech Stack:\n\n- Backend: Java, REST APIs, distributed systems\n\n- Frontend: React, TypeScript\n\n"


def test_a_stack_lead_in_beside_a_list_of_asks_is_what_the_team_uses() -> None:
    text = (
        "# Fullstack developer\n\nWe build search for retailers.\n\n" + STACK + "You'd be a great fit if you have:\n\n"
        "- 5+ years of software development experience\n\n- Solid front-end skills\n"
    )
    # (its two lines were must-haves "Backend" and "Frontend")
    assert [name for name, _ in _names(text)] == ["Software development", "Front-end skills"]


def test_a_stack_lead_in_of_a_posting_that_asks_nothing_else_is_what_it_asks() -> None:
    text = "# Fullstack developer\n\nWe build search for retailers.\n\n" + STACK + "We offer a calm office.\n"
    assert len(_names(text)) >= 2


# --- one "and" before an article -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        # (was one requirement, linked to one of its two skills)
        (
            "- Strong communication skills and a collaborative mindset",
            [
                ("Communication skills", "soft", "must", "written-communication"),
                ("Collaborative mindset", "soft", "must", "cross-functional-collaboration"),
            ],
        ),
        (  # (split so before, by a shape the coordinations know: a guard)
            "- Solid Kubernetes skills and a growth mindset",
            [
                ("Kubernetes skills", "hard", "must", "containers-kubernetes"),
                ("Growth mindset", "soft", "must", "continuous-learning"),
            ],
        ),
    ],
)
def test_one_and_before_an_article_splits_two_sure_skills(db, line: str, skills: list) -> None:  # type: ignore[no-untyped-def]
    assert _imported(db, f"# Engineer\n\n## Requirements\n\n{line}\n") == skills


@pytest.mark.parametrize(
    "line",
    [
        "- Knowledge of Kubernetes and a feel for its failure modes",  # (a second object of "of")
        "- Fluent English and a valid driving licence",
    ],
)
def test_one_and_before_an_article_after_a_preposition_or_of_one_skill_stays_whole(db, line: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_imported(db, f"# Engineer\n\n## Requirements\n\n{line}\n")) == 1


# --- names of the people sought ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # (were "We are continuously looking", "Our ideal applicant is a python-first", "Senior AI/ML engineer with
        # a strong": the sentence's first words)
        ("We are continuously looking for strong software engineers who are up for a challenge.", "Up for a challenge"),
        (
            "Our ideal applicant is a python-first programmer who is also experienced in pandas.",
            "Python-first programmer",
        ),
        (
            "Senior ML engineer with a strong background in optimizing recommendation models",
            "Optimizing recommendation models",
        ),
    ],
)
def test_a_sentence_about_the_people_sought_is_named_by_what_they_are(sentence: str, name: str) -> None:
    from interview_planner.jd.parser import short_name

    assert short_name(sentence) == name


def test_the_terms_of_the_job_stay_in_the_name() -> None:
    from interview_planner.jd.parser import short_name

    assert short_name("We are looking for engineers who can start in March.") == "Engineers who can start in March"


@pytest.mark.parametrize(
    "text",
    ["Experience in client relations", "Good customer relations", "Up for a challenge and a steep learning curve"],
)
def test_relations_with_people_and_a_challenge_taken_on_are_soft(text: str) -> None:
    from interview_planner.jd.parser import classify_kind

    kind = classify_kind(text)
    assert kind is not None and kind[0] == "soft"


# --- a paragraph's sentence that asks two things of the reader -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "You understand Kafka deeply (partitions, consumer groups) and can explain to a tester why a topic lags.",
            ["Understand Kafka deeply", "Explain to a tester why"],
        ),
        (
            "You can debug a slow PostgreSQL query, and you've written migrations that ran without downtime.",
            ["Debug a slow PostgreSQL query", "Written migrations that ran without downtime"],
        ),
    ],
)
def test_a_sentence_that_asks_two_things_of_the_reader_gives_two(sentence: str, names: list[str]) -> None:
    text = f"# Backend engineer\n\n**What we need**\n\nWe build tools for ferries. {sentence}\n"
    assert [s.name for s in parse_job_description(text).skills] == names


def test_who_the_person_is_and_what_they_are_experienced_in_are_two() -> None:
    text = (
        "# Data engineer\n\nWe measure energy. Our ideal applicant is a Go-first programmer who is also experienced"
        " in Polars.\n"
    )
    # (was one requirement named "Our ideal applicant is a go-first")
    assert [s.name for s in parse_job_description(text).skills] == ["Go-first programmer", "Polars"]


def test_who_may_apply_is_left_out_and_what_the_reader_should_be_after_a_dash_is_asked() -> None:
    text = (
        "# Data engineer\n\nWe measure energy. We are open to any applicant who lives in Canada - you should be "
        "comfortable working in a fully remote team.\n\nExperience with Kafka is required.\n"
    )
    names = [s.name for s in parse_job_description(text).skills]
    assert "We are open" not in names  # (was a soft must-have so named)
    assert names[-1] == "Kafka" and len(names) == 2


# --- what the review of the round said must stay (each failed on the round's first form) ---------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Java (Spring Boot)", "Java (Android SDK)"),
        ("Kubernetes", "Kubernetes: operators and CRDs"),
        ("German (B2)", "German (C1)"),
    ],
)
def test_two_lines_that_share_a_name_but_say_different_things_stay_two(first: str, second: str) -> None:
    text = f"# Engineer\n\n## Requirements\n\n- {first}\n- SQL\n\n## Nice to have\n\n- {second}\n"
    skills = parse_job_description(text).skills
    assert [s.source for s in skills] == [f"- {first}", "- SQL", f"- {second}"]


def test_a_correction_lands_on_its_own_line_when_a_split_and_a_repeat_meet(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import SkillEdit, import_role, update_role_skill

    first = import_role(db, text_="# Engineer\n\n## Requirements\n\n- Kubernetes operations at scale\n- Terraform\n")
    update_role_skill(db, role_skill_id=first.skills[0].id, edit=SkillEdit(name="Kubernetes operations (fixed)"))
    second = import_role(
        db,
        text_=(
            "# Engineer II\n\n## Requirements\n\n- Strong communication skills and a collaborative mindset\n"
            "- Kubernetes operations at scale\n- Collaborative mindset\n- Terraform\n"
        ),
    )
    fixed = [s for s in second.skills if s.remembered]
    # (the round's first form merged after the split and moved the fix onto "Collaborative mindset")
    assert [(s.name, s.source) for s in fixed] == [
        ("Kubernetes operations (fixed)", "- Kubernetes operations at scale")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tech stack: Go, PostgreSQL, Kafka, React.",
        "Main technologies: Go, PostgreSQL, Kafka and React.",
        "Our tech stack: Go, Postgres, Kafka, React.",
        "Our office is next to the central station; it's an advantage for commuters.",
        "Our app is the one whose user experience is preferred.",
    ],
)
def test_what_the_company_says_in_its_intro_asks_nothing(sentence: str) -> None:
    text = (
        f"# Backend engineer\n\nWe build maps. {sentence} We ship weekly.\n\n## Requirements\n\n"
        "- Backend development in Go\n- SQL\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Backend development in Go", "SQL"]


def test_a_stack_lead_in_over_years_gives_each_skill_once() -> None:
    text = (
        "# Data engineer\n\nWe move data for ferries.\n\nTech Stack:\n\n- 3+ years of Python\n- 2+ years with Kafka\n"
        "- Airflow\n\nWe offer a calm office and good pay.\n"
    )
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Kafka", "Airflow"]


def test_your_stack_is_what_the_reader_brings() -> None:
    text = (
        "# Backend engineer\n\nYour stack:\n\n- Go, gRPC\n- PostgreSQL\n\n## Requirements\n\n- Experience with Kafka\n"
    )
    # (the round's first form read it as the team's stack, dropped beside the Requirements)
    assert [s.name for s in parse_job_description(text).skills][-2:] == ["PostgreSQL", "Kafka"]


@pytest.mark.parametrize(
    "line", ["- You design APIs and can build them too", "- Experience with Kubernetes and can operate clusters"]
)
def test_and_can_doing_more_of_one_thing_stays_one(line: str) -> None:
    assert len(parse_job_description(f"# Engineer\n\n## Requirements\n\n{line}\n").skills) == 1


def test_a_degree_whose_other_way_names_a_skill_links_it(db) -> None:  # type: ignore[no-untyped-def]
    line = "- Master's degree in statistics, or 4 years of machine learning experience"
    assert _imported(db, f"# Engineer\n\n## Requirements\n\n{line}\n")[0][3] is not None


# --- what the second review said must stay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We use Kafka heavily - you should know it.",
        "Experience on call - you should be comfortable with it.",
        "We work in English - you must be fluent.",
        "You are someone who is also experienced with Kubernetes",
    ],
)
def test_a_dash_or_who_is_also_before_a_pronoun_or_a_word_or_two_splits_nothing(line: str) -> None:
    # (the round's mended form gave a second requirement "It", "Fluent" or "Someone")
    assert len(parse_job_description(f"# Engineer\n\n## Requirements\n\n- {line}\n").skills) == 1


def test_a_degree_whose_years_are_of_a_named_skill_keeps_its_link(db) -> None:  # type: ignore[no-untyped-def]
    line = "- BSc in CS or 2+ years of professional experience in embedded C"
    assert _imported(db, f"# Engineer\n\n## Requirements\n\n{line}\n")[0][3] is not None


def test_repeats_said_in_other_framing_words_are_one_and_a_level_said_is_kept() -> None:
    text = (
        "# Engineer\n\n## Requirements\n\n- Python\n- Fluency in Python\n- Python knowledge is essential\n"
        "- Some Kubernetes experience\n- Deep Kubernetes expertise\n"
    )
    # (the level of each Kubernetes line stays: the round's mended form kept "Some" and dropped "Deep")
    assert [s.source for s in parse_job_description(text).skills] == [
        "- Python",
        "- Some Kubernetes experience",
        "- Deep Kubernetes expertise",
    ]


def test_an_item_ending_with_an_emoji_shortcode_is_no_lead_in() -> None:
    text = (
        "# Engineer\n\n## Requirements\n\n- Python :snake:\n- Kubernetes :whale: :rocket:\n"
        "- Experience with the following:\n  - Go\n"
    )
    # (the first two were dropped as lead-ins ending with ":")
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Kubernetes", "Go"]
