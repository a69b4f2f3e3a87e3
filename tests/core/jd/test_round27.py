"""Round 27 of issue #18: postings written as sentences that each end in "required." or "preferred.", and what
their sentences say last about the whole of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from interview_planner.jd.parser import parse_job_description


def priorities(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.priority) for s in parse_job_description(text).skills]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # the cue said last of one thing: the whole requirement is a wish
        ("- Knowledge of maritime safety regulations and port procedures preferred.", "nice"),
        ("- Experience with build orchestration tools, such as Bazel or Buck preferred.", "nice"),
        ("- Experience with tracing systems such as Jaeger, Zipkin or Tempo preferred.", "nice"),
        ("- Working knowledge of the Dutch tax filing process is optional.", "nice"),
        # a must named first, then the option it prefers: still a must
        ("- Solid experience with relational databases, PostgreSQL preferred.", "must"),
        ("- Strong Kotlin skills; Jetpack Compose preferred.", "must"),
        ("- Experience with a public cloud (GCP preferred).", "must"),
        ("- Three years of Scala - Akka preferred.", "must"),
    ],
)
def test_a_cue_said_last_of_one_thing_makes_the_whole_nice(line: str, wanted: str) -> None:
    assert priorities(line)[0][1] == wanted


def test_a_posting_of_required_and_preferred_sentences() -> None:
    text = """# Storage Engineer

We run a storage cluster of a few petabytes for research groups.

Experience with Linux systems administration required.
<br>
Experience with distributed file systems, such as Ceph or Lustre preferred.
<br>
Familiarity with Prometheus and Grafana alerting preferred.
<br>
Solid experience with configuration management, Ansible preferred.
"""
    got = priorities(text)
    assert got[:3] == [
        ("Linux systems administration", "must"),
        ("Distributed file systems", "nice"),
        ("Prometheus and Grafana alerting", "nice"),
    ]
    # a must named first, then the option it prefers
    assert got[3] == ("Configuration management, Ansible", "must")


def test_sentences_of_a_prose_posting_that_end_in_preferred_are_wishes() -> None:
    text = """# Storage Lead

Responsible for running the storage cluster and its backups.
<br>
<br>
Certification of RHCE, LFCS, CKA preferred.
<br>
5+ years of progressively responsible and directly related work experience.
<br>
<br>
Experience and knowledge of Ceph, backup procedures and capacity planning required.
<br>
Knowledge of GDPR data retention rules preferred.
<br>
Remote work preferred.
"""
    got = priorities(text)
    assert ("Certification of RHCE, LFCS, CKA", "nice") in got
    assert ("Work experience", "must") in got  # the years asked, named without their adverbs
    assert ("GDPR data retention rules", "nice") in got
    assert not any("Remote" in name for name, _ in got)  # a wish about the terms, not a skill


def test_the_last_clause_of_a_bullet_is_read_within_its_sentence() -> None:
    # the sentence after it (talk with users) says how the job goes; it does not make debugging a soft skill
    text = (
        "## Requirements\n"
        "- Ship fixes for reported bugs in the storage engine and be able to debug. You will talk with users and "
        "partners when investigating issues.\n"
    )
    kinds = {s.name: s.kind for s in parse_job_description(text).skills}
    assert kinds.get("Debug") == "hard", kinds


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # "machine" alone is no sign of machine learning: a virtual machine is infrastructure
        ("Experience automating virtual machine rollouts", "ci-cd"),
        ("idealerweise Kenntnisse über Alerting-Systeme und maschinelle Erkennung von Anomalien", "observability"),
        # the phrase itself still is
        ("Experience deploying machine learning models", "machine-learning"),
    ],
)
def test_machine_alone_is_no_sign_of_machine_learning(link_of: Callable[..., Any], line: str, slug: str) -> None:
    link = link_of(line)
    assert (link.slug, link.needs_review) == (slug, False)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- You will write code for new storage commands", "Write code for new storage commands"),
        ("- You'll build data pipelines in Python", "Build data pipelines in Python"),
        ("- Very accustomed to trunk-based development and code review", "Trunk-based development and code review"),
        # the years asked, named without the words that only say how related they are
        ("- 5+ years of progressively responsible and directly related work experience", "Work experience"),
    ],
)
def test_names_drop_what_the_reader_will(line: str, name: str) -> None:
    assert parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills[0].name == name


@pytest.mark.parametrize(
    "line",
    [
        "Certification of CISSP, CISM or CCSP",
        "Holds a GIAC certification (GSEC or GCIH)",
        "Knowledge of HIPAA and HITRUST",
    ],
)
def test_security_certifications_and_regulations_are_security(link_of: Callable[..., Any], line: str) -> None:
    assert link_of(line).slug in ("security-compliance", "application-security", "security-operations")


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # "like" the verb is no "like" of examples: the list after it is the reader's tools, one each
        ("- You like using Rust, Zig, Nix and Bazel every day", ["Rust", "Zig", "Nix", "Bazel"]),
        ("- You like the idea of using Kotlin, Gradle and Ktor daily", ["Kotlin", "Gradle", "Ktor"]),
        # examples after "like" the preposition stay the one thing they illustrate
        ("- Experience with build tools like Bazel, Buck and Pants", ["Build tools"]),
    ],
)
def test_a_list_after_like_the_verb_is_its_items(line: str, wanted: list[str]) -> None:
    assert [s.name for s in parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills] == wanted
