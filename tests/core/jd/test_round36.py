"""Round 36 of issue #18: a requirement that joins two phrases naming different catalogue skills becomes one per skill
(and one that says a skill twice stays whole); an "Experience" section's list beside a skills section; social skills,
community management and steering groups are soft; German lists ("Ruby, Python und Elixir", ", und Deployment", "in
den Bereichen …", a verb at the end, "und/oder"); "sowohl … als auch" and "both … as well as" joining two lists;
what an item asks after its list; lead-ins that head asks; and what the round's two reviews said must stay. Every
requirement line here is our own."""

from __future__ import annotations

import pytest

from interview_planner.jd.enumeration import enumerated_parts
from interview_planner.jd.parser import classify_kind, parse_job_description


def _imported(db, line: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    view = import_role(db, text_=f"# Engineer\n\n## Requirements\n\n{line}\n", source_name="engineer.md")
    return [(s.name, s.kind, s.catalogue_skill) for s in view.skills]


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        # (each was one requirement linked to one of its two skills: the other was never interviewed for)
        (
            "- Can set priorities and make progress on hard problems without close supervision",
            [
                ("Set priorities", "soft", "time-priority-management"),
                # (was "Make progress": the name stopped at the verb's first words)
                ("Make progress on hard problems", "soft", "problem-solving"),
            ],
        ),
        (
            "- A record of delivering results in a small team and handling several competing priorities",
            [
                ("Delivering results in a small team", "soft", "cross-functional-collaboration"),
                ("Handling several competing priorities", "soft", "time-priority-management"),
            ],
        ),
        (
            "- Experience with backend development and database management",
            [
                ("Backend development", "hard", "programming-proficiency"),
                ("Database management", "hard", "databases-caching"),
            ],
        ),
        (
            "- Eager to learn new things and collaborate closely with designers",
            [
                ("Eager to learn new things", "soft", "continuous-learning"),
                ("Collaborate closely with designers", "soft", "cross-functional-collaboration"),
            ],
        ),
        (
            "- Experience with Kubernetes operations and incident management",
            [
                ("Kubernetes operations", "hard", "containers-kubernetes"),
                ("Incident management", "hard", "slo-incident-response"),
            ],
        ),
    ],
)
def test_joined_phrases_naming_different_skills_are_one_requirement_each(  # type: ignore[no-untyped-def]
    db, line: str, skills: list[tuple[str, str, str]]
) -> None:
    assert _imported(db, line) == skills


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # one skill said in two ways, or a first verb sharing the second's object
        (
            "- Experience designing and building public APIs",
            ("Designing and building public APIs", "hard", "microservices-apis"),
        ),
        (
            "- Strong written and verbal communication skills",
            ("Written and verbal communication skills", "soft", "written-communication"),
        ),
        (
            "- Ability to communicate clearly and empathetically",
            ("Communicate clearly and empathetically", "soft", "written-communication"),
        ),
        (
            "- Comfortable working in iterative, agile and fast-moving teams",
            ("Iterative, agile and fast-moving teams", "soft", "adaptability-ambiguity"),
        ),
    ],
)
def test_a_skill_said_in_two_ways_stays_one_requirement(  # type: ignore[no-untyped-def]
    db, line: str, skill: tuple[str, str, str]
) -> None:
    assert _imported(db, line) == [skill]


def test_a_split_requirement_keeps_its_line_and_says_which_words_are_its_own(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    line = "- Experience with backend development and database management"
    view = import_role(db, text_=f"# Engineer\n\n## Requirements\n\n{line}\n", source_name="engineer.md")
    assert [(s.source, s.part) for s in view.skills] == [
        (line, "Experience with backend development"),
        (line, "database management"),
    ]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Can manage budgets and make decisions under pressure",
            [("manage budgets", "make decisions under pressure")],
        ),
        (
            "Shipping features quickly and keeping services reliable",
            [("Shipping features quickly", "keeping services reliable")],
        ),
        (
            "Experience with data modelling and release management",
            [("Experience with data modelling", "release management")],
        ),
        # (the right phrase goes on past an "and" that joins no phrases)
        (
            "Can review designs carefully and write clear and well-tested code",
            [("review designs carefully", "write clear and well-tested code")],
        ),
        # (no phrase of their own after "and": an adverb, a preposition, a suspended German compound, one word, a first
        # verb without an object, an adjective of a list; several sentences are read whole)
        ("Ability to communicate clearly and empathetically", []),
        ("Manage communication within the community as well as with partners", []),
        ("Kenntnisse in System-, Netzwerk- und Anwendungsadministration", []),
        ("Testing and debugging", []),
        ("Experience designing and building public APIs", []),
        ("Working in iterative, agile and fast-moving teams", []),
        ("Set priorities. Make progress on hard problems and ship", []),
    ],
)
def test_coordinations_are_found_between_phrases_of_one_shape(text: str, sides: list[tuple[str, str]]) -> None:
    from interview_planner.jd.coordination import coordinations

    assert [(text[c.left : c.cut[0]], text[c.cut[1] : c.end]) for c in coordinations(text)] == sides


def test_an_experience_section_s_list_asks_beside_a_skills_section() -> None:
    text = (
        "# Developer Advocate\n\n## Experience\n\n- Two years running developer meetups\n"
        "- Experience writing tutorials for beginners\n\n## Skills\n\n- Python\n"
    )
    # (was Python alone: "## Experience" was read only when no section asked)
    assert [(s.name, s.kind) for s in parse_job_description(text).skills] == [
        ("Running developer meetups", "hard"),
        ("Writing tutorials for beginners", "soft"),
        ("Python", "hard"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Excellent social skills, online and in person",
        "Experience in community management",
        "You have managed an open-source community before",
        "A record of steering volunteer teams",
    ],
)
def test_social_skills_and_looking_after_a_community_are_soft(line: str) -> None:
    assert (classify_kind(line) or ("none",))[0] == "soft"


@pytest.mark.parametrize(
    "line",
    [
        "Managing a Kubernetes community cluster",
        "Running the community edition of GitLab",
        "Social media APIs",
        # (the review's: a product named after a community or social skills)
        "Experience managing a community cloud on Salesforce",
        "Experience with social skills assessment software",
    ],
)
def test_a_community_product_or_social_media_is_not_soft(line: str) -> None:
    assert (classify_kind(line) or ("none",))[0] != "soft"


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # (was "Python und Elixir" as one item: Elixir was no technology the lexicon knew)
        ("Erfahrung mit Ruby, Python und Elixir", ["Ruby", "Python", "Elixir"]),
        ("Erfahrung mit Ruby, Python, und Elixir", ["Ruby", "Python", "Elixir"]),  # (was "und Elixir")
        ("Kenntnisse in Java und/oder Kotlin", ["Java", "Kotlin"]),  # (was no list)
        ("Kenntnisse in Go, Rust und/oder Haskell", ["Go", "Rust", "Haskell"]),
        ("Du solltest Kenntnisse in Java, Kotlin und Gradle mitbringen", ["Java", "Kotlin", "Gradle"]),  # (was none)
        (
            "Know-How in den Bereichen API-Gestaltung, Performance, Sicherheit, Testing, und Deployment",
            ["API-Gestaltung", "Performance", "Sicherheit", "Testing", "Deployment"],
        ),
        # (German capitalises every noun: a list of activities of one thing stays one requirement)
        ("Planung, Durchführung und Auswertung von Projekten", []),
    ],
)
def test_german_lists_split_into_their_skills(line: str, parts: list[str]) -> None:
    assert [p.text for p in enumerated_parts(line)] == parts


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "- Du bringst sowohl Erfahrung mit Java, Kotlin und Gradle als auch Kenntnisse in Docker und Ansible mit",
            ["Java", "Kotlin", "Gradle", "Docker", "Ansible"],
        ),
        (
            "- You bring both experience with Go, Rust and Zig, as well as knowledge of Terraform, Helm and Vault",
            ["Go", "Rust", "Zig", "Terraform", "Helm", "Vault"],
        ),
    ],
)
def test_two_lists_joined_by_both_and_are_each_read_as_a_list(line: str, names: list[str]) -> None:
    text = f"# Engineer\n\n## Requirements\n\n{line}\n"
    assert [s.name for s in parse_job_description(text).skills] == names


def test_a_german_invitation_to_apply_is_no_requirement() -> None:
    text = (
        "# Entwickler\n\n## Profil\n\n- Python\n- Du hast Lust auf neue Technologien\n\n---\n\n"
        "Du hast Lust, mit uns zu arbeiten? Dann melde dich mit deinem Lebenslauf bei jobs@example.org.\n"
    )
    # (was also "Lust, mit uns zu arbeiten", a must-have; the wish about technologies stays a requirement)
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Lust auf neue Technologien"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # (each lost what it asked after the list: a list is read from its first clause)
        ("- Kubernetes, Terraform and Go; knowledge of Rust is required", ["Kubernetes", "Terraform", "Go", "Rust"]),
        ("- Python, Go and Rust. Experience with Kafka is required.", ["Python", "Go", "Rust", "Kafka"]),
        ("- Python, Go and Rust; strong communication skills", ["Python", "Go", "Rust", "Communication skills"]),
        # (what the posting says about the list asks nothing more)
        ("- Python, Go and Rust; we use them daily", ["Python", "Go", "Rust"]),
        ("- Python, Go and Rust. We use all three daily in production.", ["Python", "Go", "Rust"]),
    ],
)
def test_what_an_item_asks_after_its_list_is_a_requirement_too(line: str, names: list[str]) -> None:
    text = f"# Engineer\n\n## Requirements\n\n{line}\n"
    assert [s.name for s in parse_job_description(text).skills] == names


# --- what the round's review said the rules must leave alone ---


def test_both_as_well_as_is_read_one_level_deep() -> None:
    crafted = "# Engineer\n\n## Requirements\n\n- " + "both Go, Rust as well as " * 400 + "Helm\n"
    # (was one requirement per "both", read again and again: 400 levels deep)
    assert [s.name for s in parse_job_description(crafted).skills] == ["Go, Rust"]
    back = "# Engineer\n\n## Requirements\n\n- Experience with both Go and Rust, as well as their ecosystems\n"
    assert [s.name for s in parse_job_description(back).skills] == [
        "Go and Rust"
    ]  # (as before; not "Their ecosystems")


def test_an_experience_list_of_company_facts_or_a_resume_asks_nothing() -> None:
    facts = (
        "# Backend Engineer\n\n## Experience\n\n- Founded in 2011 and profitable since 2015\n"
        "- Offices in Porto and Tallinn\n- Trusted by more than 300 clinics\n\n## Requirements\n\n- Python\n"
    )
    assert [s.name for s in parse_job_description(facts).skills] == ["Python"]
    resume = (
        "# Backend Engineer\n\n## Experience\n\n- Software Engineer, Initech (2016 – 2020)\n"
        "- Senior Engineer, Hooli (2020 – present)\n\n## Requirements\n\n- Python\n"
    )
    assert [s.name for s in parse_job_description(resume).skills] == ["Python"]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # (the phrase after "and" points back at the first one's object: one requirement)
        (
            "- Experience gathering metrics and acting on them",
            ("Gathering metrics and acting on them", "observability"),
        ),
        (
            "- Experience operating PostgreSQL and tuning its performance",
            ("Operating PostgreSQL and tuning its performance", "performance-engineering"),
        ),
        # (nouns in -ing before "of": "the development and hosting of web applications")
        (
            "- Experience coordinating projects for the development and hosting of web applications",
            ("Coordinating projects", "frontend-engineering"),
        ),
    ],
)
def test_a_phrase_that_points_back_or_a_noun_in_ing_is_no_side_of_its_own(  # type: ignore[no-untyped-def]
    db, line: str, skill: tuple[str, str]
) -> None:
    assert [(name, slug) for name, _, slug in _imported(db, line)] == [skill]


def test_a_side_reads_its_own_kind_and_priority(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.roles import import_role

    lines = (
        "- Experience leading incident response and writing postmortems\n"
        "- Experience with backend development (required) and database management (preferred)\n"
    )
    view = import_role(db, text_=f"# Engineer\n\n## Requirements\n\n{lines}", source_name="engineer.md")
    assert [(s.name, s.kind, s.priority) for s in view.skills] == [
        ("Leading incident response", "hard", "must"),  # (was soft: "writing" of the other side)
        ("Writing postmortems", "soft", "must"),
        ("Backend development", "hard", "must"),
        ("Database management", "hard", "nice"),  # (was must: the line's priority)
    ]


def test_a_line_a_person_corrected_before_stays_whole(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services import roles, splitting

    line = "- Experience with backend development and database management"
    text = f"# Engineer\n\n## Requirements\n\n{line}\n"
    with monkeypatch.context() as patched:  # (a role imported before round 36: the line was one requirement)
        patched.setattr(splitting, "split_by_skill", lambda session, skills, **_: list(skills))
        (old,) = roles.import_role(db, text_=text, source_name="old.md").skills
    roles.update_role_skill(db, role_skill_id=old.id, edit=roles.SkillEdit(name="Backend and databases"))
    again = roles.import_role(db, text_=text.replace("# Engineer", "# Engineer II"), source_name="new.md")
    # (the correction is applied to the whole line, as before; was two requirements and the correction lost)
    assert (again.remembered, [s.name for s in again.skills]) == (1, ["Backend and databases"])


# --- from 7s, a read set of roles next to engineering ---


@pytest.mark.parametrize("lead", ["In addition, you will have:", "You will also need:", "You will need:"])
def test_a_lead_in_saying_what_you_will_need_or_have_besides_heads_asks(lead: str) -> None:
    text = (
        "# Developer Advocate\n\n### Requirements\n\n* Self starter\n\n### Technologies\n\n"
        "You should have experience with most of the following:\n\n* Asciidoc\n* Jekyll\n\n"
        f"{lead}\n\n* Experience with identity management\n* Interest in speaking at meetups\n"
    )
    # (the second list was lost: its lead-in read as the start of the duties)
    assert [s.name for s in parse_job_description(text).skills] == [
        "Self starter",
        "Asciidoc",
        "Jekyll",
        "Identity management",
        "Interest in speaking at meetups",
    ]


@pytest.mark.parametrize("lead", ["You will have:", "You will also work on:"])
def test_what_you_will_have_or_do_alone_still_heads_no_asks(lead: str) -> None:
    from interview_planner.jd.parser import classify_heading

    assert classify_heading(lead).topic == "responsibilities"


@pytest.mark.parametrize(
    "line",
    ["- Kafka experience is a very big plus", "- Experience with Go a really big plus", "- Rust: a very big plus"],
)
def test_a_very_big_plus_is_nice_to_have(line: str) -> None:
    text = f"# Engineer\n\n## Requirements\n\n- Python\n{line}\n"
    # (was must: only "a big plus" was read)
    assert [s.priority for s in parse_job_description(text).skills] == ["must", "nice"]


@pytest.mark.parametrize(
    "line",
    [
        "Is rigorous, methodical and thorough",
        "You are thorough and curious",
        "Experience growing and nurturing an open source community",
        "Growing a developer community",
    ],
)
def test_qualities_of_the_person_and_growing_a_community_are_soft(line: str) -> None:
    assert (classify_kind(line) or ("none",))[0] == "soft"


@pytest.mark.parametrize("line", ["Rigorous testing practices", "Thorough knowledge of Kubernetes"])
def test_a_thorough_practice_or_knowledge_is_not_soft(line: str) -> None:
    assert (classify_kind(line) or ("none",))[0] != "soft"


# --- what the round's second review said the mends must leave alone ---


def test_a_line_of_several_joined_phrases_is_read_whole(db) -> None:  # type: ignore[no-untyped-def]
    line = "- Building React components and writing Cypress tests and negotiating vendor contracts"
    # (was split once, its right side running to the end: "Writing Cypress tests" linked to vendor negotiation)
    assert [name for name, _, _ in _imported(db, line)] == ["Building React components"]


def test_clauses_after_a_list_are_read_one_deep() -> None:
    text = "# Engineer\n\n## Requirements\n\n- Go, Rust" + "; Go, Rust" * 990 + "\n"
    # (each clause read the next: RecursionError)
    assert [s.name for s in parse_job_description(text).skills] == ["Go", "Rust"]


def test_an_experience_list_of_practices_is_read() -> None:
    text = (
        "# Data Engineer\n\n## Experience\n\n- Building pipelines\n- Working with Airflow\n"
        "- Familiarity with event sourcing\n- At least three years running an on-call rotation\n"
        "- 300 engineers across 12 product teams\n\n## Requirements\n\n- Python\n"
    )
    # (the years of a practice ask, whatever they name; a company's head count does not)
    assert [s.name for s in parse_job_description(text).skills] == [
        "Building pipelines",
        "Working with Airflow",
        "Event sourcing",
        "Running an on-call rotation",
        "Python",
    ]


@pytest.mark.parametrize(
    "lead",
    ["You'll need to:", "Additionally, you will have the opportunity to:", "In addition, you will have access to:"],
)
def test_what_you_will_need_to_do_or_have_the_chance_to_heads_no_asks(lead: str) -> None:
    from interview_planner.jd.parser import classify_heading

    assert classify_heading(lead).topic == "responsibilities"


def test_a_requirement_that_ends_by_inviting_to_apply_is_kept() -> None:
    text = "# Entwickler\n\n## Profil\n\n- Du kennst Kubernetes und Terraform – dann bewirb dich\n- Python\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Kennst Kubernetes und Terraform", "Python"]


def test_a_two_item_german_list_of_known_technologies_splits() -> None:
    assert [p.text for p in enumerated_parts("Erfahrung mit TensorFlow und Keras")] == ["TensorFlow", "Keras"]


def test_a_pronoun_deep_in_the_right_phrase_does_not_stop_it() -> None:
    from interview_planner.jd.coordination import coordinations

    text = "Can review code carefully and coach engineers through their first on-call shifts"
    assert [(text[c.left : c.cut[0]], text[c.cut[1] : c.end]) for c in coordinations(text)] == [
        ("review code carefully", "coach engineers through their first on-call shifts")
    ]


# --- later: names of sides (both reviews), a sibling lead-in (7s), a must in brackets (the second review) ---


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "- Enthusiasm for sharing knowledge and working in a multi-disciplinary team",
            ["Enthusiasm for sharing knowledge", "Working in a multi-disciplinary team"],
        ),
    ],
)
def test_a_side_is_named_by_its_phrase_up_to_the_next_clause(  # type: ignore[no-untyped-def]
    db, line: str, names: list[str]
) -> None:
    # (was "Enthusiasm for sharing": the name stopped before the verb's object)
    assert [name for name, _, _ in _imported(db, line)] == names


def test_a_lead_in_after_a_nice_lead_in_is_its_sibling_not_its_child() -> None:
    text = (
        "# Advocate\n\n### Technologies\n\nYou should have experience with most of the following:\n\n* Asciidoc\n"
        "* Jekyll\n\nIn addition, you will have:\n\n* Experience with identity management\n"
    )
    # (the second list was nice: it inherited the "most of the following" of the line before)
    assert [(s.name, s.priority) for s in parse_job_description(text).skills] == [
        ("Asciidoc", "nice"),
        ("Jekyll", "nice"),
        ("Identity management", "must"),
    ]


def test_a_must_said_in_brackets_in_a_nice_section_is_must() -> None:
    text = "# Engineer\n\n## Nice to have\n\n- Python (must)\n- Go (essential)\n- Rust (required)\n- Kafka\n"
    # (each was nice: only "is a must", "is required" said after the skill were read)
    assert [(s.name, s.priority) for s in parse_job_description(text).skills] == [
        ("Python", "must"),
        ("Go", "must"),
        ("Rust", "must"),
        ("Kafka", "nice"),
    ]
