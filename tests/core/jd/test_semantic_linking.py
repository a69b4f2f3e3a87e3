"""The offline text-embedding model behind linking, and the lexicon alone when it is missing (our own requirements)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from interview_planner.jd import semantic
from interview_planner.jd.parser import parse_job_description
from interview_planner.services.linking import REVIEW_BELOW, link_requirements


@pytest.fixture
def no_model() -> Iterator[None]:
    """A platform where wordllama cannot be imported."""

    def missing() -> semantic._Embedder:
        raise ImportError("No module named 'wordllama'")

    semantic.use_loader(missing)
    yield
    semantic.use_loader(semantic.load_wordllama)


def test_the_model_loads_from_its_wheel_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model = semantic.load_wordllama()
    vectors = np.asarray(model.embed(["Kubernetes"], norm=True))
    assert vectors.shape == (1, 256)


def test_embeddings_are_unit_vectors_and_an_empty_text_is_similar_to_nothing() -> None:
    vectors = semantic.embed(["Container orchestration with Kubernetes", "Running Docker containers", "", "Empathy"])
    assert vectors is not None
    assert np.allclose(np.linalg.norm(vectors[[0, 1, 3]], axis=1), 1, atol=1e-4)
    assert not np.any(vectors[2])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[3]


def test_the_model_is_loaded_once_however_many_threads_ask() -> None:
    calls = []

    def slow() -> semantic._Embedder:
        calls.append(1)
        time.sleep(0.05)
        return semantic.load_wordllama()

    semantic.use_loader(slow)
    try:
        threads = [threading.Thread(target=semantic.available) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert semantic.available()
        assert len(calls) == 1
    finally:
        semantic.use_loader(semantic.load_wordllama)


def test_without_the_model_the_lexicon_links_alone_and_says_so_once(
    db,  # type: ignore[no-untyped-def]
    no_model: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger=semantic.__name__)
    with db.read() as session:
        first = link_requirements(session, [("Kafka", "Kafka", "hard")])
        second = link_requirements(session, [("Terraform modules", "Terraform modules", "hard")])
        unnamed = link_requirements(session, [("Packet captures and routing", "Packet captures and routing", "hard")])
    assert [first[0].slug, second[0].slug] == ["streaming-messaging", "infrastructure-as-code"]
    assert unnamed[0].slug is None and unnamed[0].needs_review
    assert not semantic.available()
    warnings = [r for r in caplog.records if "lexicon alone" in r.getMessage()]
    assert len(warnings) == 1


def test_the_model_suggests_a_skill_the_requirement_does_not_name_but_a_person_confirms_it(db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [("Packet captures and routing", "Packet captures and routing", "hard")])
    assert link.slug == "networking"
    assert link.needs_review and link.score < REVIEW_BELOW


@pytest.mark.parametrize("requirement", ["Unreal Engine gameplay", "Knitting patterns", "Maritime navigation law"])
def test_a_weak_similarity_stays_unlinked(db, requirement: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug is None and link.needs_review


@pytest.mark.parametrize(
    ("requirement", "slug"),
    [
        ("Esprit d'équipe et sens du partage", "cross-functional-collaboration"),
        ("Teamfähigkeit und Freude an der Arbeit", "cross-functional-collaboration"),
        ("Sens de l'écoute", "empathy-inclusivity"),
        ("Eigenverantwortliches Arbeiten", "ownership-accountability"),
        ("Autonomie et rigueur", "ownership-accountability"),
    ],
)
def test_soft_skills_named_in_french_or_german_are_linked(db, requirement: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "soft")])
    assert link.slug == slug


@pytest.mark.parametrize(
    ("requirement", "slug"),
    [
        ("Maîtrise de la conteneurisation", "containers-kubernetes"),
        ("Expérience de la supervision de services en production", "observability"),
        ("Betrieb hochverfügbarer Dienste", "slo-incident-response"),
        ("Conception de tests de charge", "performance-engineering"),
        ("Experiencia con integración continua", "ci-cd"),
        ("Pruebas de carga de servicios web", "performance-engineering"),
        ("Erfahrung mit verteilten Systemen", "distributed-systems-design"),
        ("Conocimientos de ciberseguridad", "security-compliance"),
        ("Administración de redes", "networking"),
        ("Arquitectura de software", "software-design"),
        ("Maîtrise d'un langage de programmation", "programming-proficiency"),
        ("Réduction des coûts du cloud", "cloud-cost-management"),
        ("Kostenoptimierung in der Cloud", "cloud-cost-management"),
        ("Aprendizaje automático", "machine-learning"),
    ],
)
def test_technical_words_in_french_german_or_spanish_are_linked(db, requirement: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "hard")])
    assert link.slug == slug


def test_a_requirement_named_the_same_way_twice_links_the_same_way(db) -> None:  # type: ignore[no-untyped-def]
    """The catalogue's vectors and the requirement's words are cached: a second import must not change a link."""
    requirements = [
        ("Experience running Kubernetes clusters", "Kubernetes clusters", "hard"),
        ("Kafka", "Kafka", "hard"),
    ]
    with db.read() as session:
        first = link_requirements(session, requirements)
        second = link_requirements(session, requirements)
    assert first == second
    assert [link.slug for link in first] == ["containers-kubernetes", "streaming-messaging"]


@pytest.mark.parametrize(
    "requirement",
    [
        "Experience managing a team of six engineers",
        "You have had direct reports",
        "Führungserfahrung im Team",
        "Gestión de equipos pequeños",
        "Management d'équipe",
        "Calm under pressure when production breaks",
        "A bias for action",
        "Belastbarkeit und Zuverlässigkeit",
        "Lernbereitschaft",
        "Force de proposition",
        "Actitud proactiva",
        "Strong soft skills are a must",
        "Sehr gute Englischkenntnisse",
        "Nivel alto de inglés",
        "Un sens aigu de l'éthique",
        "Une expérience réussie en management",
        "Tu as envie de monter une équipe",
        "You take pride in finished work",
        "You like to argue both sides of a design before choosing",
    ],
)
def test_people_management_attitudes_and_foreign_soft_skills_come_out_soft(requirement: str) -> None:
    parsed = parse_job_description(f"# Platform Engineer\n\n## Requirements\n\n- Python\n- {requirement}\n")
    kinds = {skill.source.lstrip("- "): skill.kind for skill in parsed.skills}
    assert kinds == {"Python": "hard", requirement: "soft"}


@pytest.mark.parametrize(
    ("requirement", "slug"),
    [
        ("Gestión de equipos", "people-management"),
        ("Führungserfahrung", "people-management"),
        ("Lernbereitschaft", "continuous-learning"),
        ("Belastbarkeit", "problem-solving"),
        ("A strong work ethic", "ownership-accountability"),
        ("Expérience en résolution de problèmes", "problem-solving"),
        ("Capacidad de negociación con proveedores", "negotiation-vendor-management"),
        ("Sens de la priorisation", "time-priority-management"),
        ("Capacidad de liderazgo técnico", "technical-leadership"),
    ],
)
def test_soft_skills_in_other_words_link_to_their_catalogue_skill(db, requirement: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        (link,) = link_requirements(session, [(requirement, requirement, "soft")])
    assert link.slug == slug
