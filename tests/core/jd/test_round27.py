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
        # the phrase itself still is (round 34: training them; deploying them is MLOps, the catalogue's "from notebook
        # to production")
        ("Experience training machine learning models", "machine-learning"),
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


# --- guards from the round's review (each line was read wrongly by a first version of the rule) ---


@pytest.mark.parametrize(
    "line",
    [
        # a must said before the cue, with "and" or "but": the must stays must (what is after it may be a wish)
        "- Rust is a must and Zig preferred",
        "- Strong C++ and experience with CUDA is preferred",
        "- Proficiency in Java and working knowledge of Kotlin preferred",
        # examples, then the option the must prefers
        "- Knowledge of message brokers such as Kafka or NATS, with Kafka preferred",
        # the option said with "with" or "in" after what the must names
        "- Experience building scalable backend services with Go, Rust or Java preferred",
        "- Deep knowledge of object-oriented programming in Java, Kotlin or Scala preferred",
        "- 5+ years of Java development experience with Spring Boot preferred",
        "- Experience with Kubernetes and Terraform in production ideally",
        # "lifelike" is no "like" of examples
        "- Experience building lifelike avatars in Unity, Unreal Engine 5 preferred",
    ],
)
def test_a_must_named_before_a_last_cue_stays_must(line: str) -> None:
    got = priorities(f"# Engineer\n\n## Requirements\n{line}\n")
    assert got[0][1] == "must", got


def test_a_slash_inside_a_name_names_no_option() -> None:
    got = priorities(
        "# Engineer\n\n## Requirements\n- Hands-on experience with CI/CD pipelines for mobile apps preferred\n"
    )
    assert got == [("CI/CD pipelines for mobile apps", "nice")]


def test_a_prose_wish_is_a_requirement_only_when_it_names_something_technical() -> None:
    text = """# Storage Lead

We run storage for research groups.

Experience with Ceph required.

Certification of residency in Germany preferred.

Experience as a parent preferred.

Certified as a lifeguard preferred.

Knowledge of HIPAA regulations preferred.
"""
    assert priorities(text) == [("Ceph", "must"), ("HIPAA regulations", "nice")]


@pytest.mark.parametrize(
    ("line", "name"),
    [("- You will develop your skills in Rust", "You will develop your skills"), ("- You'll build your career", None)],
)
def test_what_the_job_gives_the_reader_keeps_you_will(line: str, name: str | None) -> None:
    found = parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills
    assert not any(s.name.startswith(("Develop your", "Build your")) for s in found)
    if name is not None:
        assert found[0].name == name


@pytest.mark.parametrize(
    "line",
    [
        "Knowledge of machine translation",
        "Experience with machine perception for robotics",
        "Experience with machine vision systems",
    ],
)
def test_machine_in_a_learning_phrase_is_still_machine_learning(link_of: Callable[..., Any], line: str) -> None:
    assert link_of(line).slug == "machine-learning"


def test_a_way_of_working_added_to_skills_is_its_own_requirement(parsed_links: Callable[..., Any]) -> None:
    line = "- This position requires excellent communication skills and working with a multi-disciplinary team."
    names = [s.name for s in parse_job_description(f"# Engineer\n\n## Requirements\n{line}\n").skills]
    assert names == ["Communication skills", "Working with a multi-disciplinary team"]
    assert parsed_links(line) == [("soft", "written-communication"), ("soft", "cross-functional-collaboration")]


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("Certification of RHCE or LFCS", "linux-systems"),
        ("Holds a CKA or CKAD certification", "containers-kubernetes"),
    ],
)
def test_platform_certifications_link_their_platform(link_of: Callable[..., Any], line: str, slug: str) -> None:
    assert link_of(line).slug == slug
