"""Hard/soft and catalogue links for the failure types seen on real postings (requirements of our own writing).

Each group is one type: an ability that opens a requirement about a technical domain, learning and attitudes said
in other languages, a word used in another sense, a skill named only as the medium, and words the thesaurus lacked.
"""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_kind, parse_job_description
from interview_planner.services.linking import link_requirements, load_entries, rank


@pytest.mark.parametrize(
    "requirement",
    [
        "Leading product teams to build data pipelines in Spark",
        "3+ years of team management in a software company",
        "Interested in growing your knowledge of Terraform and Ansible",
        "Comfortable working remotely with a small backend team",
        "Mentoring junior developers on Kubernetes and Go",
    ],
)
def test_a_requirement_opening_with_an_ability_is_soft_whatever_technical_domain_follows(requirement: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == "soft"


@pytest.mark.parametrize(
    "requirement",
    [
        "Power user of project management tools such as Jira",  # the tools, not managing projects
        "In addition to communication skills, a strong coder in Python and SQL",  # said in passing
        "Serial or IP communication between embedded devices",  # a technical sense of "communication"
        "Knowledge of XMPP for real-time communication",  # a protocol, not talking to people
        "We are looking for people who have production experience building data products",  # who is sought
        "Writing fast Rust code for trading systems",  # writing code is not writing
        "A habit of writing clean, well-tested code",
        "Experience with human-centered design and accessibility",  # a design discipline, not a "human" skill
        "Background in human-computer interaction",
    ],
)
def test_a_technical_head_or_an_ability_said_in_passing_stays_hard(requirement: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == "hard"


@pytest.mark.parametrize(
    ("requirement", "kind"),
    [
        ("Capacidad de aprendizaje y ganas de mejorar", "soft"),
        ("Aprendizaje automático con Python", "hard"),  # machine learning, not learning
        ("Atención al detalle en cada entrega", "soft"),
        ("Du hast Spaß daran, Neues dazuzulernen", "soft"),
        ("Tu aimes prendre des initiatives", "soft"),
        ("Keeps up with the state of the art in their field", "soft"),
        ("Sees the big picture and the details", "soft"),
        ("An eye for detail", "soft"),
        ("Tenacity when a bug will not go away", "soft"),
    ],
)
def test_learning_and_attitudes_in_four_languages_are_soft(requirement: str, kind: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == kind


def test_a_posting_keeps_its_soft_items_soft_under_a_requirements_heading() -> None:
    posting = (
        "# Data Engineer\n\n## Requirements\n"
        "- Leading small teams to ship data pipelines in Airflow\n"
        "- Curiosity about new tools, technologies and platforms for our warehouse\n"
        "- 4+ years with PostgreSQL and dbt\n"
    )
    kinds = [s.kind for s in parse_job_description(posting).skills]
    assert kinds == ["soft", "soft", "hard"]


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        # learning and keeping up, in German and English
        ("Du hast Spaß daran, Neues dazuzulernen", "soft", "continuous-learning"),
        ("Keeps up with the state of the art in their field", "soft", "continuous-learning"),
        # leading and inspiring a team is leadership
        ("Inspire and lead mixed teams toward a shared goal", "soft", "technical-leadership"),
        # team work across places
        ("Working with distributed teams across time zones", "soft", "cross-functional-collaboration"),
        # API words the thesaurus lacked
        ("Designing GraphQL schemas for mobile clients", "hard", "microservices-apis"),
        # a catalogue keyword written without its hyphen ("trade-offs", "cross-functional")
        ("Weighs tradeoffs between speed and cost of delivery", "soft", "strategic-thinking"),
        ("Experience working in cross functional teams", "soft", "cross-functional-collaboration"),
        # object-oriented design said in Spanish
        ("Dominio del diseño orientado a objetos", "hard", "software-design"),
        # words the thesaurus lacked for strategy and ambiguity
        ("Sees the big picture and the details", "soft", "strategic-thinking"),
        ("Comfortable with unclear requirements", "soft", "adaptability-ambiguity"),
        # "problems" is what the work runs into; Java only the medium, whatever the model thinks of it
        ("Experience with performance problems in Java services", "hard", "performance-engineering"),
        # web servers are infrastructure, not the web front end (a real posting's "Web servers and HTTP" put a
        # screen-reader exercise into a DevOps loop)
        ("Web servers", "hard", "networking"),
        ("Administering Apache httpd web servers", "hard", "networking"),
        # round 8: an API of the web is an API; AWS spelled out is a cloud; DevOps written apart; French words
        ("Experience integrating web APIs from partners", "hard", "microservices-apis"),
        ("You can read JSON and call third-party APIs", "hard", "microservices-apis"),
        ("Experience with Amazon Web Services", "hard", "cloud-platforms"),
        ("Familiarity with dev ops practices", "hard", "ci-cd"),
        ("Bonne connaissance de la fiabilité des sites", "hard", "slo-incident-response"),
        ("You enjoy teaching what you know to other engineers", "soft", "coaching-mentoring"),
        ("Conseiller les cadres et le public non spécialisé", "soft", "cross-functional-collaboration"),
        # German compounds and words of ways of working; "looking" is not the BI tool Looker
        ("Erfahrung mit dezentralen Systemen", "hard", "distributed-systems-design"),
        ("Schnittstellendesign und API-Entwicklung", "hard", "microservices-apis"),
        ("Eine lösungsorientierte Arbeitsweise", "soft", "problem-solving"),
        ("Ein hohes Maß an Selbstorganisation", "soft", "time-priority-management"),
        ("Fließendes Deutsch in Wort und Schrift", "soft", "written-communication"),
        ("Gespür für soziale Dynamiken im Team", "soft", "empathy-inclusivity"),
        ("You are looking to lead a team of engineers", "soft", "technical-leadership"),
        # writing said in German; real-time communication as a technology
        ("Es fällt dir leicht, verständliche Texte zu schreiben", "soft", "written-communication"),
        ("Knowledge of WebRTC for real-time communication", "hard", "streaming-messaging"),
        # writing code is programming; Spanish team work and priorities
        ("Expert in writing efficient managed code", "hard", "programming-proficiency"),
        ("Comfortable writing integration tests for legacy services", "hard", "test-automation"),
        ("Experiencia trabajando en equipo y en proyectos participativos", "soft", "cross-functional-collaboration"),
        ("Cómodo gestionando sus propias prioridades y tareas", "soft", "time-priority-management"),
        # communications of machines are a technology, not a person's communicating
        ("Strong understanding of secure communications standards and practices", "hard", "security-compliance"),
        ("Strategic thinking and product collaboration on the roadmap", "soft", "strategic-thinking"),
    ],
)
def test_requirements_of_each_failure_type_link_to_the_skill_they_are_about(  # type: ignore[no-untyped-def]
    db, requirement: str, kind: str, slug: str
) -> None:
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, kind)])
    assert link.slug == slug


def test_an_idiom_is_not_read_as_its_words(db) -> None:  # type: ignore[no-untyped-def]
    """ "kein Problem damit" (happy to) names no problem to solve."""
    requirement = "Du hilfst gerne und hast kein Problem damit, um Hilfe zu bitten"
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "soft")])
        (plain,) = link_requirements(session, [("Problemlösung im Team", "Problemlösung im Team", "soft")])
    assert link.slug != "problem-solving"
    assert plain.slug == "problem-solving"  # the word itself still names the skill


def test_a_named_skill_whose_narrower_skill_has_the_stronger_evidence_is_linked_for_review(db) -> None:  # type: ignore[no-untyped-def]
    """ "sound" is only in decision-making's definition words, "tradeoffs" names strategic thinking (its broader skill):
    the named skill is linked, and a person is asked to check it."""
    requirement = "Makes sound tradeoffs between scope and quality"
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "soft")])
    assert link.slug == "strategic-thinking"
    assert link.needs_review


def test_an_ability_that_opens_a_requirement_outweighs_a_technical_heading() -> None:
    from interview_planner.jd.parser import parse_job_description

    text = """# Engineering Manager

## Technology expertise
- You have grown and mentored a team of iOS and Android engineers
- You are experienced in mobile release pipelines and crash reporting
"""
    kinds = {s.source.lstrip("- "): (s.kind, s.kind_reason) for s in parse_job_description(text).skills}
    assert kinds["You have grown and mentored a team of iOS and Android engineers"][0] == "soft"
    assert kinds["You are experienced in mobile release pipelines and crash reporting"] == (
        "hard",
        "heading: Technology expertise",
    )


@pytest.mark.parametrize(
    ("requirement", "kind"),
    [
        # no technical word, about how the person is or works: soft
        ("Ability to work with minimal supervision", "soft"),
        ("You think in outcomes by default and welcome new ideas", "soft"),
        ("An enthusiasm for our mission and our volunteers", "soft"),
        # a tool the word lists may not know is still named: not a description of the person
        ("Ability to use GitLab", "hard"),
        ("Ability to write S3 lifecycle rules", "hard"),
        # managing people, said as the job held or the community led
        ("2+ years as an engineering manager", "soft"),
        ("Experience leading open-source communities", "soft"),
        ("Experience as a product manager for developer tools", "hard"),
        ("Strong understanding of secure communications standards and practices", "hard"),
        # growing a team and setting its direction, whatever technology it works in
        ("Experience growing a software development team through recruitment", "soft"),
        ("Formulating product strategy and a technology roadmap", "soft"),
        ("Balancing technical debt against product initiatives", "soft"),
        ("Getting buy-in from a team for new ways of working", "soft"),
        ("Scaling Kubernetes clusters", "hard"),
        ("A caching strategy for APIs", "hard"),
        # a label before the description of the person names the skill; the description decides its kind
        ("Simplicity: You love complex questions and make them simple for users", "soft"),
        ("Demonstrated ability to manage and simplify complexity", "soft"),
        ("Tooling: You know GitLab CI well", "hard"),
    ],
)
def test_a_requirement_about_the_person_with_no_technical_word_is_soft(requirement: str, kind: str) -> None:
    (skill,) = parse_job_description(f"# Engineer\n\n## Requirements\n- {requirement}\n").skills
    assert skill.kind == kind


@pytest.mark.parametrize(
    "requirement",
    ["Work collaboratively with other team members", "Work closely with researchers", "A highly collaborative person"],
)
def test_collaborating_is_collaboration_without_a_near_tie_with_strategy(db, requirement: str) -> None:  # type: ignore[no-untyped-def]
    # strategic thinking's name once held "collaboration": every such requirement was a near-tie, "needs review"
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "soft")])
    assert link.slug == "cross-functional-collaboration" and not link.needs_review


@pytest.mark.parametrize(
    ("requirement", "kind"),
    [
        ("Boldness and a streak of daring", "soft"),
        ("Resourceful when the documentation runs out", "soft"),
        ("Sound common sense", "soft"),
        ("A curious, restless intellect", "soft"),
        ("An entrepreneurial spirit", "soft"),
        ("Detail-orientation in every review", "soft"),
        ("Business-minded about what we ship", "soft"),
        ("Happy to give guidance to less experienced colleagues", "soft"),
        ("Expérience du travail en groupe", "soft"),
        ("Remote working experience", "soft"),
        ("Experiencia trabajando en equipo", "soft"),
        ("Gestionando sus propias prioridades", "soft"),
        ("Experiencia apoyando a las personas usuarias", "soft"),
        ("Can manage priorities across two projects", "soft"),
        ("Holds themselves to a high bar", "soft"),
        ("Makes progress on hard problems without close supervision", "soft"),
        ("Supports our junior and mid-level engineers", "soft"),
        ("Able to get comfortable with our stack quickly", "soft"),
        ("Designing character encodings for legacy terminals", "hard"),  # a technical sense of "character"
        ("Three years of backend work in an entrepreneurial company", "hard"),  # the company, not the person
        # round 17
        ("A collaborative, team-player mentality", "soft"),
        ("Entrepreneurial and resourceful", "soft"),
        ("Scrappy when a deadline looms", "soft"),
        ("A love of tinkering with old radios", "soft"),
        ("You can solve a wide range of problems on your own", "soft"),
        ("Experience working with an open-source community", "soft"),
        ("Experience with project management tools such as Jira", "hard"),
    ],
)
def test_a_quality_of_character_or_mind_named_as_a_noun_is_soft(requirement: str, kind: str) -> None:
    parsed = parse_job_description(f"Requirements:\n- {requirement}\n")
    assert [s.kind for s in parsed.skills] == [kind]


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        ("Happy to give guidance to less experienced colleagues", "soft", "coaching-mentoring"),
        ("Experience in education or training, ideally of librarians", "soft", "coaching-mentoring"),
        ("Experiencia en formación de usuarios", "soft", "coaching-mentoring"),
        ("Resourcefulness", "soft", "problem-solving"),
        ("You enjoy complex questions", "soft", "problem-solving"),
        ("A good team player", "soft", "cross-functional-collaboration"),
        ("Expérience du travail en groupe", "soft", "cross-functional-collaboration"),
        ("Een echte teamspeler", "soft", "cross-functional-collaboration"),
        ("Background in cybersecurity", "hard", "security-compliance"),
        ("Curiosity about new technologies", "soft", "continuous-learning"),
        ("Mechanical sympathy for the hardware", "hard", "performance-engineering"),
    ],
)
def test_words_for_guiding_training_resourcefulness_groups_and_cybersecurity_link(db, requirement, kind, slug) -> None:  # type: ignore[no-untyped-def]
    _assert_links_to(db, requirement, kind, slug)


def _assert_links_to(db, requirement: str, kind: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    """The requirement links to ``slug`` or to a narrower skill of it."""
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, kind)])
    assert link.slug == slug or _broader(db, link.slug) == slug


def _broader(db, slug):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with db.read() as session:
        return session.execute(text("SELECT broader FROM catalogue_skill WHERE slug = :s"), {"s": slug}).scalar()


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        # learning is not adaptability: "learn" reached adaptability in ambiguity, whose name holds the stem
        ("Willingness to learn new tools as needed", "soft", "continuous-learning"),
        ("Naturally curious, and keen to learn", "soft", "continuous-learning"),
        ("Able to adapt quickly when priorities change", "soft", "adaptability-ambiguity"),
        ("Vous aimez travailler en équipe", "soft", "cross-functional-collaboration"),
        ("Standards for creating Application Programming Interfaces", "hard", "microservices-apis"),
        ("Expertise in parallel and HPC workloads", "hard", "performance-engineering"),
        ("Experience training non-technical users", "soft", "coaching-mentoring"),
    ],
)
def test_learning_adapting_team_work_spelled_out_apis_and_hpc_link_to_their_skills(db, requirement, kind, slug) -> None:  # type: ignore[no-untyped-def]
    _assert_links_to(db, requirement, kind, slug)


def test_non_technical_people_are_not_a_technical_word() -> None:
    assert classify_kind("Supporting non-technical users day to day") is None  # no technical word: the lexicon abstains
    found = classify_kind("Deep technical knowledge of PostgreSQL")
    assert found is not None and found[0] == "hard"


def test_transforming_data_is_no_transformer_model_and_working_across_functions_no_cloud(db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (data, model) = link_requirements(
            session,
            [
                ("Working with databases, APIs and formats to extract and transform data", "Formats", "hard"),
                ("Fine-tuning transformer models", "Transformer models", "hard"),
            ],
        )
    assert data.slug != "llm-applications"
    assert model.slug == "llm-applications"
    with db.read() as session:
        entries = load_entries(session)
        ranked = rank(
            entries,
            source="Comfortable working across functions",
            name="Working across functions",
            kind="hard",
        )
        (serverless,) = link_requirements(session, [("Experience with Azure Functions", "Azure Functions", "hard")])
    # "functions" alone is no sign of cloud platforms (it was a keyword of theirs, for Azure Functions)
    assert ranked[0][1].slug == "cross-functional-collaboration"
    assert serverless.slug == "cloud-platforms"


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        # round 13 (sets 5i's and 5j's types, our own phrasings): collaboration, learning and leading said another way
        ("Good co-operation and co-ordination with the design team", "soft", "cross-functional-collaboration"),
        ("Du arbeitest gerne im Team", "soft", "cross-functional-collaboration"),
        ("Du kannst dich schnell in neue Themen einlesen", "soft", "continuous-learning"),
        ("Ervaring in het leiden van technische projecten", "soft", "technical-leadership"),
        ("Vloeiend in het Nederlands, in woord en geschrift", "soft", "written-communication"),
        ("Ability to problem solve under pressure", "soft", "problem-solving"),
        # Portuguese
        ("Capacidade de trabalho em equipe", "soft", "cross-functional-collaboration"),
        ("Vontade de aprender e se manter atualizando", "soft", "continuous-learning"),
        ("Bom raciocínio lógico", "soft", "problem-solving"),
        ("Experiência com integração contínua", "hard", "ci-cd"),
        ("Escrever e revisar código", "hard", "programming-proficiency"),
        # the languages a team works in are soft communication, never a technical skill ("Welsh" linked to SQL)
        ("Welsh language skills (desirable)", "soft", "written-communication"),
        ("Fluent in French", "soft", "written-communication"),
        # round 17: Swedish, Norwegian, Danish
        ("God samarbetsförmåga", "soft", "cross-functional-collaboration"),
        ("Erfaring med skytjenester i Azure", "hard", "cloud-platforms"),
        ("God forståelse av nettverk", "hard", "networking"),
        ("Erfarenhet av övervakning av produktionsmiljöer", "hard", "observability"),
        ("Kendskab til databaser", "hard", "databases-caching"),
        ("Minst 3 års erfarenhet av backendutveckling", "hard", "programming-proficiency"),
        ("3+ years of embedded C", "hard", "programming-proficiency"),  # embedded software, not embeddings
        ("Du har 3+ års erfaring som frontendutvikler", "hard", "frontend-engineering"),
        # languages the thesaurus lacked (seen in the app: "Erfaring med C# og .NET" was left custom)
        ("Experience with C# and .NET", "hard", "programming-proficiency"),
        ("Experience with Haskell or OCaml", "hard", "programming-proficiency"),
    ],
)
def test_words_of_other_languages_and_phrasings_are_soft_where_they_say_so_and_link_to_their_skills(  # type: ignore[no-untyped-def]
    db, requirement, kind, slug
) -> None:
    if kind == "soft":  # (the technical ones name no word the lexicon weighs: their kind comes from their section)
        found = classify_kind(requirement)
        assert found is not None and found[0] == "soft"
    _assert_links_to(db, requirement, kind, slug)


def test_two_languages_in_one_requirement_are_two_soft_requirements() -> None:
    parsed = parse_job_description("# Analyst\n\n## Requirements\n\n- Fluent in French and proficient in English\n")
    assert [(s.name, s.kind) for s in parsed.skills] == [("French", "soft"), ("English", "soft")]
    parsed = parse_job_description("# Analyst\n\n## Nice to have\n\n- French or Dutch\n")
    assert [(s.name, s.kind) for s in parsed.skills] == [("French", "soft"), ("Dutch", "soft")]


def test_each_tag_of_a_line_of_tags_is_linked_by_its_own_words(db) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_job_description(
        "# Lead Developer\n\n## Skillset:\n\nHTML | CSS | TypeScript | Jenkins | Kubernetes\n"
    )
    assert [s.part for s in parsed.skills] == ["HTML", "CSS", "TypeScript", "Jenkins", "Kubernetes"]
    with db.read() as session:
        links = link_requirements(session, [(s.source, s.name, s.kind, s.part) for s in parsed.skills])
    slugs = dict(zip([s.name for s in parsed.skills], [link.slug for link in links], strict=True))
    assert slugs["Kubernetes"] == "containers-kubernetes"  # not the line's CSS
    assert slugs["Jenkins"] != slugs["CSS"]


@pytest.mark.parametrize(
    ("requirement", "kind", "slug"),
    [
        # round 14: fields of machine learning spelled out ("Natural Language Processing" had linked to SQL for
        # its "language"), big data, feature flags, fire handling, a lead's career conversations
        ("Natural Language Processing", "hard", "machine-learning"),
        ("Computer Vision", "hard", "machine-learning"),
        ("Big Data", "hard", "ml-data-infrastructure"),
        ("Feature Flags", "hard", "ci-cd"),
        ("Fire Handling", "hard", "slo-incident-response"),
        ("Career Development", "soft", "coaching-mentoring"),
    ],
)
def test_fields_of_machine_learning_feature_flags_and_fires_link(db, requirement, kind, slug) -> None:  # type: ignore[no-untyped-def]
    _assert_links_to(db, requirement, kind, slug)


@pytest.mark.parametrize(
    ("requirement", "kind"),
    [
        ("Computer Vision", "hard"),  # a field, not a vision for the team
        ("A clear vision for the platform", "soft"),
        ("One on Ones", "soft"),
        ("Interviewing", "soft"),
        ("Career Development", "soft"),
    ],
)
def test_a_leads_people_work_is_soft_and_computer_vision_hard(requirement: str, kind: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == kind


def test_operating_production_systems_is_reliability_and_where_production_runs_keeps_its_link(db) -> None:  # type: ignore[no-untyped-def]
    _assert_links_to(db, "3 to 5 years of experience in operating production systems", "hard", "slo-incident-response")
    with db.read() as session:
        kubernetes, line = link_requirements(
            session,
            [
                ("Experience running production systems on Kubernetes", "Kubernetes", "hard"),
                ("You will operate production lines and maintain machines", "Production lines", "hard"),
            ],
        )
    assert kubernetes.slug == "containers-kubernetes" and kubernetes.score >= 0.45  # sure, not "needs review"
    assert line.slug != "slo-incident-response"  # a factory's production line is no service's reliability


def test_an_opening_aside_neither_sets_the_kind_nor_the_link(db) -> None:  # type: ignore[no-untyped-def]
    text = "- Besides communication skills, you are also a seasoned coder who ships backend services"
    found = classify_kind(text)
    assert found is not None and found[0] == "hard"
    with db.read() as session:
        (link,) = link_requirements(session, [(text, "Seasoned coder", "hard")])
    assert link.slug == "programming-proficiency"
    # an aside that is the whole requirement is read: "In addition to communication skills" asks for them
    alone = classify_kind("In addition to communication skills")
    assert alone is not None and alone[0] == "soft"


@pytest.mark.parametrize(
    "requirement",
    [
        "thinks strategically when weighing conflicting analysis",
        "makes sound, evidence-based decisions and defends them",
        "promotes effective information sharing",
        "develops the capability of teams to meet their objectives",
        "delivers project objectives on time and within budget",
        "anticipates business needs",
    ],
)
def test_how_a_manager_works_in_a_competency_frameworks_words_is_soft(requirement: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == "soft"


@pytest.mark.parametrize(
    "requirement",
    [
        "Making architecture decisions for Kubernetes clusters",
        "Experience implementing a collaborative algorithm such as a CRDT",
        "Collaborative editing in the browser",
    ],
)
def test_technical_decisions_and_collaborative_algorithms_stay_hard(requirement: str) -> None:
    found = classify_kind(requirement)
    assert found is not None and found[0] == "hard"
