"""One item that holds two requirements, in English, French and German (our own postings, round 16 of #18)."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description


def skills_of(*items: str) -> list[tuple[str, str]]:
    text = "# Data Engineer\n\n## Requirements\n\n" + "".join(f"- {item}\n" for item in items)
    return [(skill.name, skill.kind) for skill in parse_job_description(text).skills]


def test_a_closing_remark_asking_for_an_attitude_is_a_requirement_of_its_own() -> None:
    found = skills_of("Experience using Julia or Python for numerical work (need to be open to learning both)")
    learning = [kind for name, kind in found if "learning" in name.casefold()]
    assert learning == ["soft"]
    # the languages stay hard (the remark no longer makes the whole item soft), each one named
    assert [(name, kind) for name, kind in found if "learning" not in name.casefold()] == [
        ("Julia", "hard"),
        ("Python", "hard"),
    ]


def test_a_remark_about_the_job_or_the_version_is_no_requirement_of_its_own() -> None:
    assert len(skills_of("Strong SQL skills for reporting work (must be willing to travel)")) == 1
    assert len(skills_of("Experience with Kafka (ideally version 3)")) == 1
    assert len(skills_of("Go (and willing to learn Rust)")) == 1  # too short a requirement before the remark


def test_a_name_drops_french_and_spanish_articles_not_a_german_du() -> None:
    names = [name for name, _ in skills_of("Des outils ETL (Airflow)", "Los sistemas distribuidos")]
    assert names == ["Outils ETL", "Sistemas distribuidos"]
    german = "# Entwickler*in\n\n## Was du mitbringst\n\n- Du solltest Freude an sauberem Code in Python haben\n"
    (skill,) = parse_job_description(german).skills
    assert not skill.name.casefold().startswith("solltest")


def test_a_list_of_the_areas_of_need_in_a_prose_posting_is_its_requirements() -> None:
    text = (
        "# Platform Engineer\n\nAcme is recruiting engineers for its data centre. The areas of immediate need "
        "include:\n\n* Storage tiering\n* Batch schedulers\n\nWe are a small team in Oslo.\n"
    )
    names = [skill.name for skill in parse_job_description(text).skills]
    assert names == ["Storage tiering", "Batch schedulers"]


def test_names_drop_what_the_sentence_wraps_the_skill_in() -> None:
    found = [
        name
        for name, _ in skills_of(
            "You will be expected to have previous experience in Site Reliability: on-call, postmortems",
            "You've got a working knowledge of Ansible",
            "Compétence en matière de modélisation de données",
            "über ein ausgeprägtes Verantwortungsbewusstsein verfügst",
            "You could provide even more value to our team by having experience with Elixir",
        )
    ]
    assert found == [
        "Site Reliability",
        "Ansible",
        "Modélisation de données",
        "Ausgeprägtes Verantwortungsbewusstsein",
        "Elixir",
    ]


def test_pref_opening_an_item_makes_it_nice_and_where_one_lives_is_no_requirement() -> None:
    text = (
        "# SDK Lead\n\n**Requirements**\n\n- located in the EU\n- demonstrable experience with low-level TypeScript\n"
        "- pref experience with reactive systems (RxJS)\n- Python (pref 3.12)\n- Preflight checks for drones\n"
    )
    found = [(skill.name, skill.priority) for skill in parse_job_description(text).skills]
    assert found == [
        ("Low-level TypeScript", "must"),
        ("Reactive systems", "nice"),
        ("Python", "must"),
        ("Preflight checks for drones", "must"),
    ]
