"""Round 30 of issue #18: wishes and conditions said in a few words ("Bonus point: Elixir", "if you had worked with
Kafka", "We prefer candidates located in Berlin") and a tool asked for by a name the lexicon does not know ("You must
have dbt")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from jd_helpers import named

from interview_planner.jd.parser import _DUTY_SENTENCE, normalise, parse_job_description


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Bonus point: Elixir", "Elixir"),  # was "Point"
        ("- Extra points: Rust", "Rust"),
        ("- It would be great if you had worked with Kafka", "Kafka"),  # was "Worked with Kafka"
        ("- It would be great if you have used BigQuery", "BigQuery"),
        ("- It'd be great if you'd used BigQuery", "BigQuery"),
        ("- Un plus : expérience avec Kubernetes", "Kubernetes"),
        ("- Une expérience en Go est un véritable atout", "Go"),
    ],
)
def test_a_wish_is_named_by_the_skill_wished_for(line: str, name: str) -> None:
    assert named(line) == {name: ("hard", "nice")}


def test_a_tool_named_in_lower_case_after_you_must_have_is_technical() -> None:
    # "dbt" is no word the lexicon knows; "You must have ..." asks for a thing, it does not describe the person
    assert named("- You must have dbt") == {"dbt": ("hard", "must")}
    assert named("- You should have hands-on experience with dbt") == {"dbt": ("hard", "must")}
    # ... while an ability or a trait after it still describes the person
    assert named("- You should have the ability to multitask and oversee projects")[
        "Multitask and oversee projects"
    ] == ("soft", "must")
    assert named("- You must have a strong sense of ownership") == {"Sense of ownership": ("soft", "must")}
    assert named("- You must have stamina") == {"Stamina": ("soft", "must")}  # a lower-case word of the person's


def test_a_preferred_location_is_a_condition_of_the_job_not_a_skill() -> None:
    got = named("- We prefer candidates located in Berlin\n- Python")
    assert got == {"Python": ("hard", "must")}  # was also "Located in Berlin" (must)


def test_writing_jobs_for_a_data_tool_is_technical() -> None:
    assert named("- Writing jobs in Flink") == {"Writing jobs in Flink": ("hard", "must")}  # was soft (writing)
    assert named("- Writing documentation for data pipelines")["Writing documentation for data pipelines"][0] == "soft"


# A French posting of our own, written as prose after a list of duties (the form a public-sector job page takes)
FRENCH_PROSE = """# Ingénieur·e données

## Le poste

Nous accompagnons les équipes dans la publication de leurs jeux de données.

Vos missions :
- Publier les jeux de données
- Documenter les schémas

Vous avez donc un profil technique puisque vous êtes capables de nettoyer et analyser des données. Vous êtes aussi à
l'aise pour travailler en équipe. Une connaissance de PostgreSQL est un vrai plus.
"""


def test_sentences_after_a_list_of_duties_are_read_once() -> None:
    sources = [s.source for s in parse_job_description(FRENCH_PROSE).skills]
    assert len(sources) == len(set(sources)) == 3, sources  # was each sentence twice ("Name", "Name (2)")


def test_french_prose_is_named_and_classed_by_what_it_asks() -> None:
    got = {s.name: (s.kind, s.priority) for s in parse_job_description(FRENCH_PROSE).skills}
    assert got["Nettoyer et analyser des données"] == ("hard", "must")  # not "Donc un profil technique puisque vous"
    assert got["Travailler en équipe"] == ("soft", "must")  # not "Aussi à l'aise", hard
    assert got["PostgreSQL"] == ("hard", "nice")  # "est un vrai plus" is a wish


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        # managing people is soft whatever they build (was hard: "managed" was not read as "manage")
        ("- You've managed a team of backend engineers", "Managed a team of backend engineers", "soft"),
        ("- Managed Kubernetes clusters", "Managed Kubernetes clusters", "hard"),
        # an interest that names no technical thing describes the person
        ("- You have an interest in how people learn", "Interest in how people learn", "soft"),
        ("- Intérêt pour le service public", "Intérêt pour le service public", "soft"),
        ("- Interest in Rust", "Interest in Rust", "hard"),
        ("- Interest in compilers", "Interest in compilers", "hard"),  # a technical word the lexicon may not know
        ("- Managed the platform team's clusters", "Managed the platform team's clusters", "hard"),
        ("- Managed infrastructure for engineering teams", "Managed infrastructure for engineering teams", "hard"),
        # weighing what others need is a judgement, not infrastructure
        ("- Able to balance the needs of our servers and the needs of our users", "Balance the needs", "soft"),
        ("- Balancing the needs of CPU and GPU workloads", "Balancing the needs", "hard"),  # a technical trade-off
    ],
)
def test_kind_of_practices_about_people(line: str, name: str, kind: str) -> None:
    assert named(line)[name][0] == kind


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- You have had strong expertise and mastery of Vue in the past", "Vue"),  # was "Had strong expertise ..."
        ("- Maybe you've helped maintain a popular Python library", "Helped maintain a popular Python library"),
        ("- Some formal or informal experience in teaching", "Teaching"),  # was "Formal or informal"
        ("- Experience with formal methods", "Formal methods"),
        ("- Applicants are expected to be familiar with Python", "Python"),
        ("- Further, the candidate should possess great documentation skills", "Documentation skills"),
        ("- Familiar with modern Dev/Ops environments", "Modern Dev/Ops environments"),  # was "Dev" and "Ops"
    ],
)
def test_names_say_the_skill(line: str, name: str) -> None:
    assert name in named(line), named(line)


def test_a_record_asked_after_a_language_is_its_own_requirement() -> None:
    got = named("- You are fluent in German and have a strong portfolio of published tutorials")
    assert set(got) == {"German", "Portfolio of published tutorials"}  # was one, "German and have a strong portfolio"


def test_applicants_asked_to_be_familiar_are_named_by_the_skill() -> None:
    text = "# Sysadmin\n\nApplicants should be familiar with Python and Linux.\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Python", "Linux"]  # was "Applicants should be …"


def test_a_bullet_of_short_asks_of_both_kinds_gives_one_requirement_each() -> None:
    got = named("- Strong Python skills. Ability to learn quickly.")
    # was one requirement, "Python skills", soft (the second sentence's words outweighed the first's)
    assert got == {"Python skills": ("hard", "must"), "Learn quickly": ("soft", "must")}
    got = named("- You will write code for new features. You will communicate with customers and partners.")
    assert got == {
        "Write code for new features": ("hard", "must"),
        "Communicate with customers and partners": ("soft", "must"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an explanation, not a second ask
        ("- Strong Python skills. We use it daily.", {"Python skills": ("hard", "must")}),
        # a hedge: read as before
        ("- Go experience. Rust is a plus.", {"Go": ("hard", "must"), "Rust": ("hard", "nice")}),
        # one kind: one requirement
        ("- Excellent communication skills. You write clearly.", {"Communication skills": ("soft", "must")}),
    ],
)
def test_a_bullet_that_is_one_requirement_stays_one(line: str, expected: dict[str, tuple[str, str]]) -> None:
    assert named(line) == expected


def test_an_eagerness_to_work_on_something_technical_is_soft() -> None:
    assert named("- Interest in and eagerness to develop high-load services")["Develop high-load services"][0] == "soft"
    # "how to apply" a practice is no "how to apply" for the job (was boilerplate, dropped)
    got = named("- Willingness to learn how to apply secure coding practices")
    assert [kind for kind, _ in got.values()] == ["soft"]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Some familiarity with platform-dependent software packaging", "ci-cd"),  # was application security
        ("Demonstrated ability to manage and simplify complexity", "problem-solving"),  # was time management
        ("Vous savez nettoyer et analyser des données", "data-analysis-visualization"),
        ("Familiar with modern Dev/Ops environments", "ci-cd"),  # was unlinked (two names, "Dev" and "Ops")
    ],
)
def test_practices_link_to_their_skill(link_of: Callable[..., Any], line: str, slug: str) -> None:
    assert link_of(line, "hard" if slug != "problem-solving" else "soft").slug == slug


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez un profil technique et rigoureux",  # a candidate's "profil" is no profiling
        "Experience in the packaging industry",  # packaging that is no software's
    ],
)
def test_words_of_another_sense_link_to_nothing_of_theirs(link_of: Callable[..., Any], line: str) -> None:
    assert link_of(line, "hard").slug not in {"performance-engineering", "ci-cd"}


def test_what_the_one_hired_will_do_asks_only_when_it_says_so() -> None:
    duty = "The successful applicant will work with our operations team to run the mail servers."
    asks = "The successful applicant will work closely with our data team, so strong SQL skills are needed."
    assert _DUTY_SENTENCE.search(normalise(duty))
    assert not _DUTY_SENTENCE.search(normalise(asks))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- We prefer candidates based in Europe who have strong Go skills", "Go skills"),  # was "Based in Europe"
        ("- We prefer candidates located in Berlin with experience in Kafka", "Kafka"),  # was "Located in Berlin"
        ("- You are based in Europe and have strong experience with Kubernetes", "Kubernetes"),
    ],
)
def test_a_skill_asked_after_where_the_person_is_is_named_by_the_skill(line: str, name: str) -> None:
    assert list(named(line)) == [name]
