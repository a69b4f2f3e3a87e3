"""What a review of round 18 found (its cases rewritten here, our own postings): words of the new languages that
meant something else, headings they took over, nice-to-haves said inside a must-have."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_heading, classify_kind, parse_job_description, short_name


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("Requisiti per la candidatura", "skills"),  # (not how to apply: "candidatura" alone)
        ("Başvuru Şartları", "skills"),  # (Turkish "application conditions": what the applicant must have)
        ("Başvuru Süreci", "other"),
        ("Come candidarsi", "other"),
        ("Il candidato ideale", "skills"),
        ("Per questo ruolo cerchiamo", "skills"),
        ("Il ruolo richiede", "skills"),
        ("Il ruolo", "responsibilities"),
        ("Tehtävään valittavalta edellytämme", "skills"),
        ("Arvostamme", "skills"),
        # perks and requirements together: read item by item
        ("Cosa offriamo e cosa cerchiamo", "skills"),
        ("What we offer and what we're looking for", "skills"),
    ],
)
def test_headings_of_the_new_languages_name_their_sections(heading: str, topic: str) -> None:
    assert classify_heading(heading).topic == topic


def test_a_heading_of_perks_and_requirements_keeps_the_requirements_and_drops_the_perks() -> None:
    text = (
        "# Sviluppatore .NET\n\n## Cosa offriamo e cosa cerchiamo\n- Contratto a tempo indeterminato\n"
        "- Esperienza con C# e .NET\n- Conoscenza di SQL Server\n"
    )
    parsed = parse_job_description(text)
    assert [s.source.lstrip("- ") for s in parsed.skills] == ["Esperienza con C# e .NET", "Conoscenza di SQL Server"]
    assert parsed.responsibilities == []  # (a perk is no duty either)


def test_a_finnish_we_value_list_is_nice_to_have() -> None:
    text = "# Kehittäjä\n\n## Edellytämme\n- Kokemusta Javasta\n\n## Arvostamme\n- Kubernetes-osaamista\n"
    assert [p for _, p in _rows(text)] == ["must", "nice"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experience with Python (Django is a plus)", [("Python", "must"), ("Django", "nice")]),
        ("Experience with PostgreSQL - mandatory, MongoDB is a plus", [("PostgreSQL", "must"), ("MongoDB", "nice")]),
        ("Znajomość Pythona (Django będzie dodatkowym atutem)", [("Python", "must"), ("Django", "nice")]),
        (
            "Doświadczenie z PostgreSQL - obowiązkowe, MongoDB mile widziane",
            [("PostgreSQL", "must"), ("MongoDB", "nice")],
        ),
        (
            "Esperienza di almeno 3 anni con Java, preferibilmente in ambito bancario",
            [("Java", "must"), ("Ambito bancario", "nice")],
        ),
        (
            "Conoscenza di Angular o React (gradita esperienza con Vue)",
            [("Angular", "must"), ("React", "must"), ("Vue", "nice")],
        ),
        # the whole item nice, as before
        ("Znajomość AWS będzie dodatkowym atutem", [("AWS", "nice")]),
        (
            "Familiarity with Docker, Kubernetes and Helm is a plus",
            [("Docker", "nice"), ("Kubernetes", "nice"), ("Helm", "nice")],
        ),
    ],
)
def test_a_nice_to_have_said_inside_a_must_have_leaves_the_must_have(line: str, expected: list) -> None:
    assert _rows(f"# Engineer\n\n## Requirements\n- {line}\n") == expected


def test_differential_privacy_is_no_differential_of_a_candidate() -> None:
    text = "# Cientista de dados\n\n## Requisitos\n- Experiência com privacidade diferencial\n"
    assert [p for _, p in _rows(text)] == ["must"]


@pytest.mark.parametrize(
    "line",
    [
        "Esperienza con protocolli di comunicazione seriale (UART, SPI)",
        "Znajomość protokołów komunikacyjnych (Modbus, CAN)",
        "İletişim protokolleri (MQTT, CAN) konusunda deneyim",
        "Znalost komunikačních protokolů",
        "En az 3 yıl makine öğrenmesi deneyimi",
        "Zkušenosti se zajištěním spolehlivosti systémů",
    ],
)
def test_technical_lines_that_hold_a_people_word_are_hard(line: str) -> None:
    kind = classify_kind(line)
    assert kind is None or kind[0] == "hard"


@pytest.mark.parametrize(
    ("line", "not_slug"),
    [
        ("- Esperienza con protocolli di comunicazione seriale", "written-communication"),
        ("- Esperienza con reti neurali convoluzionali", "networking"),
        ("- Conoscenza delle norme sulla sicurezza sul lavoro", "security-compliance"),
        ("- Wiedza z zakresu bezpieczeństwa i higieny pracy", "security-compliance"),
        ("- Kokemusta liiketoiminnan kehityksestä", "programming-proficiency"),
        ("- Sviluppo del business con i clienti", "programming-proficiency"),
        ("- Spring and damper design for vehicle suspensions", "programming-proficiency"),
        # (round 24: "Available to start in spring 2027" is now a condition of the job, no requirement at all)
        ("- Seasonal fieldwork in spring and summer", "programming-proficiency"),
    ],
)
def test_homonyms_of_the_thesaurus_link_elsewhere(slugs_of, line: str, not_slug: str) -> None:  # type: ignore[no-untyped-def]
    assert not_slug not in slugs_of(line)


@pytest.mark.parametrize(
    ("prose", "kept"),
    [
        (
            "Hai la possibilità di lavorare da remoto. Sei il punto di riferimento per i colleghi. "
            "Hai esperienza con PostgreSQL e Redis.",
            ["PostgreSQL", "Redis"],
        ),
        ("Masz możliwość pracy w pełni zdalnej. Masz doświadczenie z Kafka i PostgreSQL.", None),
        ("Sinulla on mahdollisuus tehdä etätöitä. Sinulla on kokemusta PostgreSQL:stä.", None),
    ],
)
def test_a_perk_said_to_the_reader_is_no_requirement(prose: str, kept: list[str] | None) -> None:
    parsed = parse_job_description(f"# Backend Developer\n\n## Rola\n{prose}\n")
    sources = " ".join(s.source for s in parsed.skills)
    for perk in ("possibilità", "możliwość", "mahdollisuus", "punto di riferimento"):
        assert perk not in sources
    if kept is not None:
        assert [s.name for s in parsed.skills] == kept


def test_italian_years_of_experience_said_first_and_a_brand_after_l() -> None:
    assert _rows("# Dev\n\n## Requisiti\n- Esperienza di almeno 2 anni con React e TypeScript\n") == [
        ("React", "must"),
        ("TypeScript", "must"),
    ]
    assert short_name("L'Oréal style consumer apps experience") == "L'Oréal style consumer apps"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Dobra znajomość Dockera i Kubernetesa", ["Docker", "Kubernetes"]),
        ("Znajomość Spring Boot i Hibernate", ["Spring Boot", "Hibernate"]),
        ("Doświadczenie z Kafką oraz RabbitMQ", ["Kafka", "RabbitMQ"]),
        ("Znajomość Reacta lub Angulara", ["React", "Angular"]),
        ("Znajomość Gita", ["Git"]),
        ("Kokemus Terraformista", ["Terraform"]),
        ("Esperienza con Apache Spark e Airflow", ["Apache Spark", "Airflow"]),
        # Swedish "i" is "in": still one list of two
        ("Goda kunskaper i Kotlin eller Java", ["Kotlin", "Java"]),
    ],
)
def test_technologies_named_with_case_endings_and_joined_by_their_and_are_each_a_skill(line: str, names: list) -> None:
    assert [name for name, _ in _rows(f"# Engineer\n\n## Requirements\n- {line}\n")] == names


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Stiamo cercando un Programmatore PHP", "Programmatore PHP"),
        ("Poszukujemy: Programista Java", "Programista Java"),
        ("Stanowisko: Analityk danych", "Analityk danych"),
        ("We are hiring a PHP Developer", "PHP Developer"),
    ],
)
def test_a_first_line_announcing_the_hire_gives_the_job(first_line: str, title: str) -> None:
    text = f"{first_line}\n\nRequirements:\n- Experience with PHP\n- Knowledge of MySQL\n"
    assert parse_job_description(text).title == title


# --- the second review (review-18b) ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an aside or an adverb before the cue: the whole item is nice, as before the round
        ("Experience with Rust – even hobby projects – is a plus", [("Rust", "nice")]),
        ("Familiarity with GraphQL - highly appreciated", [("GraphQL", "nice")]),
        ("AWS certification (highly appreciated)", [("AWS certification", "nice")]),
        ("Knowledge of Kafka - or any other message broker - is highly appreciated", [("Kafka", "nice")]),
        # a skill of its own after the dash: the must-have stays
        ("English - German would be a plus", [("English", "must"), ("German", "nice")]),
    ],
)
def test_only_a_skill_of_its_own_is_split_off_a_must_have(line: str, expected: list) -> None:
    assert _rows(f"# Engineer\n\n## Requirements\n- {line}\n") == expected


@pytest.mark.parametrize(
    "heading",
    ["Responsibilities and Qualifications", "Requirements for this mission", "Responsabilidades y requisitos"],
)
def test_a_mixed_heading_keeps_items_that_name_a_skill_or_a_degree(heading: str) -> None:
    text = (
        f"# Site Reliability Engineer\n\n## {heading}\n- Build and run our deployment pipelines\n"
        "- Go or Python for tooling and automation\n- Linux internals and networking fundamentals\n"
        "- Degree in Computer Science or equivalent experience\n"
    )
    sources = {s.source.lstrip("- ") for s in parse_job_description(text).skills}
    assert sources >= {
        "Go or Python for tooling and automation",
        "Linux internals and networking fundamentals",
        "Degree in Computer Science or equivalent experience",
    }
    # (a duty leaves a heading that names duties too; "for this mission" names none: its list is requirements)
    assert ("Build and run our deployment pipelines" in sources) == ("mission" in heading)


def test_a_company_profile_with_benefits_gives_no_skills() -> None:
    assert classify_heading("Company profile & benefits").topic == "benefits"


def test_a_markdown_list_inside_an_html_item_stays_a_list() -> None:
    text = "# Backend Engineer\n\n## Requirements\n<ul>\n<li>Core stack:\n- Python 3.11\n- PostgreSQL\n</li>\n</ul>\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Python 3.11", "PostgreSQL"]


def test_feeling_welcome_keeps_its_word_and_a_slogan_is_no_title() -> None:
    assert short_name("You make every new customer feel welcome") == "Make every new customer feel welcome"
    text = "Cerchiamo sviluppatori con passione per il codice pulito!\n\nRequisiti:\n- Esperienza con PHP\n"
    assert parse_job_description(text).title != "sviluppatori con passione per il codice pulito"
