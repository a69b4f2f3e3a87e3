"""Paging through the bank: pages are disjoint, ordered, filtered, and counted."""

from __future__ import annotations

import re
from typing import Any

import pytest

from interview_planner.errors import NotFoundError
from interview_planner.services import search
from interview_planner.services.browse import (
    Order,
    QuestionFilter,
    count_for,
    count_questions,
    page_for,
    page_questions,
)


def _all_pages(db: Any, query: str = "", size: int = 7, **filters: Any) -> list[str]:
    ids: list[str] = []
    while True:
        page = page_questions(db, query, offset=len(ids), limit=size, **filters)
        ids.extend(q.id for q in page)
        if len(page) < size:
            return ids


def test_without_a_query_everything_in_bank_order(db: Any) -> None:
    total = count_questions(db)
    assert total == search.count_questions(db) > 0
    first = page_questions(db, limit=total)
    assert [(q.bank, q.external_id) for q in first] == sorted((q.bank, q.external_id) for q in first)


def test_pages_neither_repeat_nor_skip(db: Any) -> None:
    ids = _all_pages(db)
    assert len(ids) == len(set(ids)) == count_questions(db)


def test_query_pages_follow_the_ranking(db: Any) -> None:
    ids = _all_pages(db, "deploy", size=3)
    assert len(ids) == len(set(ids)) == count_questions(db, "deploy") > 3
    ranked = [q.id for q in search.search_questions(db, "deploy", limit=1000)]
    assert set(ids) == set(ranked)
    scores = [q.score for q in page_questions(db, "deploy", limit=1000)]
    assert scores == sorted(scores)


def test_filters_apply_to_pages_and_counts(db: Any) -> None:
    hard = page_questions(db, kind="system_design", difficulty="hard", limit=1000)
    assert hard and all(q.kind == "system_design" and q.difficulty == "hard" for q in hard)
    assert count_questions(db, kind="system_design", difficulty="hard") == len(hard)
    ci = page_questions(db, "pipeline", skills=["ci-cd"], limit=1000)
    assert ci and all("ci-cd" in q.skills for q in ci)
    assert count_questions(db, "pipeline", skills=["ci-cd"]) == len(ci)


def test_a_query_with_no_words_lists_everything(db: Any) -> None:
    assert count_questions(db, "  ?! ") == count_questions(db)


def test_offset_past_the_end_is_empty(db: Any) -> None:
    assert page_questions(db, offset=10_000) == []
    assert page_questions(db, "zzzzqqq") == []
    assert count_questions(db, "zzzzqqq") == 0


def test_filter_object_helpers(db: Any) -> None:
    flt = QuestionFilter(query="flaky", skills=("ci-cd",))
    assert [q.id for q in page_for(db, flt, offset=0)] == [q.id for q in page_questions(db, "flaky", skills=["ci-cd"])]
    assert count_for(db, flt) == count_questions(db, "flaky", skills=["ci-cd"]) >= 1


def test_unknown_skill_is_a_user_error(db: Any) -> None:
    with pytest.raises(NotFoundError):
        page_questions(db, skills=["no-such-skill"])


_DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}
_SORTED_BY = {
    "text": lambda q: q.text.lower(),
    "kind": lambda q: q.kind,
    "difficulty": lambda q: _DIFFICULTY_RANK[q.difficulty],
    "minutes": lambda q: q.minutes,
    "skills": lambda q: q.skills[0] if q.skills else "",  # the first skill listed, as the table shows
}


def _ordered_pages(db: Any, flt: QuestionFilter, size: int = 9) -> list[Any]:
    rows: list[Any] = []
    while True:
        page = page_for(db, flt, offset=len(rows), limit=size)
        rows.extend(page)
        if len(page) < size:
            return rows


@pytest.mark.parametrize("key", sorted(_SORTED_BY))
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_pages_follow_the_column_and_neither_repeat_nor_skip(db: Any, key: Any, descending: bool) -> None:
    rows = _ordered_pages(db, QuestionFilter(order=Order(key, descending=descending)))
    assert len({q.id for q in rows}) == len(rows) == count_questions(db)
    values = [_SORTED_BY[key](q) for q in rows]
    assert values == sorted(values, reverse=descending)
    assert len(set(values)) > 1  # the column really varies in the bank, so the order means something


def test_a_sorted_search_keeps_its_matches_and_sorts_them(db: Any) -> None:
    flt = QuestionFilter(query="latency", skills=())
    best_first = {q.id for q in _ordered_pages(db, flt)}
    by_minutes = _ordered_pages(db, QuestionFilter(query="latency", order=Order("minutes", descending=True)))
    assert {q.id for q in by_minutes} == best_first and len(by_minutes) == count_for(db, flt) > 1
    minutes = [q.minutes for q in by_minutes]
    assert minutes == sorted(minutes, reverse=True)


def test_an_unknown_sort_column_is_refused(db: Any) -> None:
    with pytest.raises(ValueError, match="cannot sort questions by 'colour'"):
        page_for(db, QuestionFilter(order=Order("colour")), offset=0)  # type: ignore[arg-type]


def test_a_word_of_one_or_two_letters_matches_only_itself_not_as_a_prefix(db: Any) -> None:
    # "d", "de" as prefixes would match design, deploy, data...: as words of their own they match nothing here.
    assert count_questions(db, "des") > 10
    for short in ("d", "de"):
        assert count_questions(db, short) == 0
        assert page_questions(db, short) == []
    assert count_questions(db, "de design") == 0  # every word must match, the short one included
    # A real two-letter word is found as a word: "CI" in "CI/CD", not as the start of "circuit" or "city".
    found = page_questions(db, "ci", limit=500)
    assert found and len(found) == count_questions(db, "ci")
    for question in found:
        words = " ".join([question.text, *question.follow_ups, *question.skills]).lower()
        assert re.search(r"\bci\b", words), question.text
    assert count_questions(db, "cir") > 0 and not {q.id for q in page_questions(db, "cir")} <= {q.id for q in found}
