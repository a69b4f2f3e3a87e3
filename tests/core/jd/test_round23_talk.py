"""Talk to the reader in German, French, Spanish and Dutch (round 23 of #18): "du hast", "vous avez", "tienes",
"je bent" say something to the reader as often as they ask something; outside a requirements section such a sentence
is a requirement only when it names something to assess, as round 22 made it for English. Our own posting."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

TALK = """# Backend Developer

Wir sind ein kleines Team in Leipzig. Du bist unsicher, ob du alle Anforderungen erfüllst? Du hast Lust auf ein \
kleines Team? Du bist herzlich eingeladen, uns zu besuchen.

Vous avez des questions sur le processus ? Vous avez envie de rejoindre une équipe engagée ?

¿Tienes dudas sobre el proceso? ¿Tienes ganas de aprender?

Je bent van harte welkom om langs te komen. Heb je vragen over de functie?

Du hast sehr gute Kenntnisse in Python. Vous avez une bonne maîtrise de SQL. Tienes experiencia con Docker. Je hebt \
ervaring met Kubernetes.

## Anforderungen
- Java
"""


def test_talk_in_other_languages_asks_only_what_it_names() -> None:
    rows = [(s.name, s.kind, s.priority) for s in parse_job_description(TALK).skills]
    assert rows == [
        ("Ganas de aprender", "soft", "must"),
        ("Python", "hard", "must"),
        ("SQL", "hard", "must"),
        ("Docker", "hard", "must"),
        ("Kubernetes", "hard", "must"),
        ("Java", "hard", "must"),
    ]


def test_a_question_opened_with_an_inverted_mark_is_a_sentence_of_its_own() -> None:
    sources = [s.source for s in parse_job_description(TALK).skills]
    assert "¿Tienes ganas de aprender?" in sources
    assert not any("dudas" in source for source in sources)
