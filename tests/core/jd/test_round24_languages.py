"""Prose postings in German, French and Portuguese (round 24 of #18): each thing the sentence asks, named by it.

A German posting puts the verb last ("Du kennst dich mit PostgreSQL aus"), a French one says its subject once for
two verbs ("Vous maîtrisez JavaScript et avez déjà travaillé avec React"); read as English, the names were "Kennst
dich mit PostgreSQL aus" and "JavaScript et avez déjà travaillé", and the second thing asked was lost. Postings of our
own, in those shapes."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

GERMAN = """# Software-Entwickler*in (Backend)

## Das bringst du mit

Du bringst mehrjährige Erfahrung in der Entwicklung von Webanwendungen mit Python und Django mit. Du kennst dich mit \
PostgreSQL aus und hast schon einmal eine CI/CD-Pipeline aufgesetzt. Idealerweise hast du bereits mit Kubernetes \
gearbeitet. Du arbeitest gerne im Team, kommunizierst offen und übernimmst Verantwortung für deine Arbeit.

## Was wir bieten

30 Tage Urlaub und flexible Arbeitszeiten.
"""

FRENCH = """# Développeur·euse Full Stack

## Profil recherché

Vous maîtrisez JavaScript et avez déjà travaillé avec React ou Vue. Vous êtes à l'aise avec Git et les tests \
automatisés. La connaissance de Docker serait un plus. Vous savez travailler en autonomie, vous êtes curieux·se et \
vous aimez partager vos connaissances avec l'équipe.
"""

PORTUGUESE = """# Engenheiro(a) de Dados

## O que procuramos

Experiência com Python e SQL. Será um diferencial experiência com Spark. Boas habilidades de comunicação e \
capacidade de trabalhar em equipe.
"""


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.priority) for s in parse_job_description(text).skills]


def test_a_german_prose_posting_names_what_each_sentence_asks() -> None:
    assert _rows(GERMAN) == [
        ("Entwicklung von Webanwendungen", "hard", "must"),
        ("PostgreSQL", "hard", "must"),  # not "Kennst dich mit PostgreSQL aus"
        ("CI/CD-Pipeline", "hard", "must"),  # the second verb of the sentence, its own requirement
        ("Kubernetes", "hard", "nice"),  # not "Hast du bereits mit Kubernetes"
        ("Arbeitest gerne im Team", "soft", "must"),
        ("Kommunizierst offen und übernimmst Verantwortung", "soft", "must"),  # (was hard)
    ]


def test_a_french_prose_posting_splits_the_verbs_its_subject_is_said_once_for() -> None:
    assert _rows(FRENCH) == [
        ("JavaScript", "hard", "must"),
        ("React", "hard", "must"),
        ("Vue", "hard", "must"),
        ("Git et les tests automatisés", "hard", "must"),  # not "Vous êtes à l'aise"
        ("Docker", "hard", "nice"),
        ("Travailler en autonomie", "soft", "must"),
        ("Curieux·se", "soft", "must"),
        ("Partager vos connaissances avec l'équipe", "soft", "must"),
    ]


def test_a_portuguese_posting_names_the_nice_to_have_and_the_second_ability() -> None:
    rows = _rows(PORTUGUESE)
    assert ("Spark", "hard", "nice") in rows  # not "Será um diferencial experiência com Spark"
    assert [name for name, _, _ in rows][-2:] == [
        "Boas habilidades de comunicação",
        "Capacidade de trabalhar em equipe",
    ]


def test_english_words_ending_in_st_do_not_split_a_sentence_as_german_verbs() -> None:
    text = "# E\n\n## Requirements\n\n- You like to sort problems out on your own, whilst we refine the product.\n"
    assert len(parse_job_description(text).skills) == 1


DUTCH = """# Frontend Developer

## Wat vragen wij?

Je hebt minimaal drie jaar ervaring met React en TypeScript. Je bent bekend met testen (Jest, Cypress) en je weet hoe \
je een toegankelijke interface bouwt. Ervaring met Next.js is een pré. Je communiceert helder, werkt graag samen en \
neemt verantwoordelijkheid.
"""

SWEDISH = """# Utvecklare

## Vem är du?

Du har några års erfarenhet av backendutveckling i Java eller Kotlin och trivs med att arbeta i team. Du är van vid \
molnmiljöer som AWS eller GCP. Det är meriterande om du har arbetat med Kubernetes.
"""


def test_a_dutch_prose_posting_names_and_splits_what_it_asks() -> None:
    assert _rows(DUTCH) == [
        ("React", "hard", "must"),  # "met React en TypeScript": two technologies, as "with React and TypeScript"
        ("TypeScript", "hard", "must"),
        ("Testen", "hard", "must"),
        ("Toegankelijke interface", "hard", "must"),  # the second verb of the sentence, its own requirement
        ("Next.js", "hard", "nice"),
        ("Communiceert helder, werkt graag samen", "soft", "must"),  # (was hard: Dutch words for it)
    ]


def test_a_dutch_accessibility_requirement_links_to_accessibility(slugs_of) -> None:  # type: ignore[no-untyped-def]
    assert slugs_of("- Je weet hoe je een toegankelijke interface bouwt.") == ["web-accessibility"]


def test_a_swedish_prose_posting_names_and_splits_what_it_asks() -> None:
    assert _rows(SWEDISH) == [
        ("Backendutveckling i Java eller Kotlin", "hard", "must"),  # not "Några års erfarenhet av ... i"
        ("Arbeta i team", "soft", "must"),  # "och trivs med att arbeta i team": a requirement of its own
        ("Molnmiljöer som AWS eller GCP", "hard", "must"),  # not "Van vid molnmiljöer som AWS"
        ("Kubernetes", "hard", "nice"),  # not "Det"
    ]
