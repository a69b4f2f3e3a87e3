"""The catalogue skills' words in other languages (``interview_planner/data/skill_phrases.yaml``): the shipped file
is well formed, and the linker reads it (round 21 of #18; the phrases are our own lists, written from the
languages; the requirement lines below are our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from interview_planner.content.bundled import bundled_catalogue
from interview_planner.paths import data_file
from interview_planner.services.linking import SKILL_PHRASES_FILE

LANGUAGES = {"de", "fr", "es", "it", "pt", "nl", "sv", "no", "da", "pl"}


def _table() -> dict[str, dict[str, list[str]]]:
    table = yaml.safe_load(data_file(SKILL_PHRASES_FILE).read_text(encoding="utf-8"))
    assert isinstance(table, dict)
    return table


def test_every_entry_is_a_catalogue_skill_and_every_language_a_known_one() -> None:
    table = _table()
    assert set(table) == {skill.slug for skill in bundled_catalogue().skills}
    for slug, languages in table.items():
        assert set(languages or {}) <= LANGUAGES, slug  # ("no" quoted: YAML reads a bare no as false)


def test_every_phrase_is_short_lower_case_and_under_one_skill_only() -> None:
    skills: dict[str, set[str]] = {}
    for slug, languages in _table().items():
        for language, phrases in (languages or {}).items():
            for phrase in phrases:
                assert phrase == phrase.lower().strip() and 1 <= len(phrase.split()) <= 4, (slug, language, phrase)
                assert "*" not in phrase[:-1], (slug, phrase)
                if phrase.endswith("*"):
                    assert len(phrase.split()[-1]) >= 6, (slug, phrase)  # a stem of five letters at least
                skills.setdefault(phrase, set()).add(slug)  # (the same word in several languages: one skill)
    assert [phrase for phrase, slugs in skills.items() if len(slugs) > 1] == []


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("Sie haben Freude an Wissensweitergabe", "soft", "coaching-mentoring"),
        ("Capacité à vulgariser des sujets techniques", "soft", "written-communication"),
        ("Experiencia en contratación y entrevistas técnicas", "soft", "hiring-team-building"),
        ("Pruebas unitarias y de integración", "hard", "test-automation"),
        ("Umiejętność zarządzania projektami", "soft", "delivery-management"),
    ],
)
def test_a_requirement_in_another_language_links_by_the_table(
    link_of: Callable[[str, str], object], line: str, kind: str, slug: str
) -> None:
    assert link_of(line, kind).slug == slug  # type: ignore[attr-defined]
