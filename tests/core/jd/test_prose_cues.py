"""Prose postings (a forum comment, a blog post) say nice-to-haves with idioms at the end of a sentence
(issue #18). Our own postings, written for these tests."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

COMMENT = """# Data Engineer at Acme

We are looking for people who have production experience in building data pipelines. If you happen to have \
Kafka or Flink experience as well, that's cherry on top.

CKA or CKAD and past experience running Kubernetes clusters both help here.

Our office dog would help too.
"""


def test_a_nice_to_have_said_at_the_end_of_a_sentence_is_nice_and_named_by_its_condition() -> None:
    skills = {s.name: s for s in parse_job_description(COMMENT).skills}
    assert skills["Building data pipelines"].priority == "must"
    assert skills["Kafka or Flink"].priority == "nice"
    assert skills["CKA or CKAD"].priority == "nice"
    assert not [name for name in skills if "dog" in skills[name].source]  # names no skill: not a requirement


def test_a_condition_followed_by_what_the_company_does_is_not_a_list_of_two_skills() -> None:
    from interview_planner.jd.enumeration import enumerated_parts

    sentence = "If you're into Databases, we also work closely with the Core storage team on Auto-Scaling."
    assert enumerated_parts(sentence) == []
    listed = enumerated_parts("Experience with Kafka, Spark and Airflow")
    assert [p.text for p in listed] == ["Kafka", "Spark", "Airflow"]


def test_the_jobs_facts_as_label_and_value_lines_are_no_requirements() -> None:
    posting = (
        "# Research Software Engineer\n\n"
        "The successful candidate will have experience with Python and PostgreSQL.\n\n"
        "Contract type: 3 years fixed term (salary range 40-50k)\n\n"
        "Location: Oxford, UK\n\n"
        "## Requirements\n- Location: Oxford or remote within the UK\n- Strong SQL: window functions and indexes\n"
    )
    sources = [s.source.lstrip("- ") for s in parse_job_description(posting).skills]
    assert not [s for s in sources if s.startswith(("Contract", "Location"))]
    assert "Strong SQL: window functions and indexes" in sources


def test_a_paragraph_that_says_the_ones_after_it_are_a_plus_makes_them_nice() -> None:
    posting = (
        "# Android Developer\n\nQualifications:\n\n"
        "3+ years of experience building Android apps in Kotlin.\n\n"
        "Strong understanding and experience with Jetpack Compose.\n\n"
        "Experience with any of the following is a big plus:\n\n"
        "Familiarity with the Android NDK and JNI.\n\n"
        "Knowledge of Bluetooth Low Energy.\n"
    )
    skills = {s.name: s.priority for s in parse_job_description(posting).skills}
    assert skills == {
        "Building Android apps in Kotlin": "must",
        "Jetpack Compose": "must",
        "Android NDK": "nice",  # a list of two technologies: one requirement each
        "JNI": "nice",
        "Bluetooth Low Energy": "nice",
    }
