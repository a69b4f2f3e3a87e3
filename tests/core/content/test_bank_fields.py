"""The import's validator takes exactly the banks QuestionBank takes, with the same values, and a bank it
refuses is reported with QuestionBank's errors, word for word (content/schema.bank_fields,
content/loader.load_bank_rows)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from interview_planner.content import bundled
from interview_planner.content.loader import BankRows, load_bank, load_bank_rows, parse_structured, read_text
from interview_planner.content.schema import (
    DIFFICULTY_SYNONYMS,
    KIND_SYNONYMS,
    QuestionBank,
    _synonym,
    bank_fields,
    bank_fields_json,
)
from interview_planner.errors import InputError
from interview_planner.files import json_pairs
from interview_planner.services.content import _new_ids

GOOD: dict[str, Any] = {
    "id": "q-1",
    "text": "Design a rate limiter for a public API.",
    "kind": "system_design",
    "minutes": 20,
    "difficulty": "hard",
    "skills": ["distributed-systems-design"],
    "follow_ups": ["What if a region fails?", "How do you test it?"],
    "strong_signals": ["Talks about token buckets"],
    "weak_signals": ["Only one node in mind"],
}
ABSENT = object()
ARTEFACTS = [
    ABSENT,
    None,
    {"kind": "code", "title": "The handler", "content": "func f() {}"},
    {"kind": "diff", "title": " t ", "content": "+ a\n- b", "language": "diff"},
    {"kind": "code", "title": "t", "content": "c", "language": None},
    {"kind": "nope", "title": "t", "content": "c"},
    {"kind": "code", "title": "t"},
    {"kind": "code", "title": "t", "content": "c", "extra": 1},
    {},
    "code",
]
VALUES: dict[str, list[Any]] = {
    "id": ["q-1", "Q-1", "q_1", "", "a" * 81, "a" * 80, 5, True, None, ["q-1"]],
    "text": ["Design it.", "  padded \n", "", "  ", "x" * 4000, "x" * 4001, 5, None, ["a"], "naïve “quoted” \\"],
    "kind": [
        "technical",
        "system_design",
        "Tech",
        "system-design",
        " coding ",
        "BEHAVIORAL",
        "past_behaviour",
        "situational",
        "nonsense",
        "",
        5,
        True,
        None,
    ],
    "minutes": [20, 1, 120, 0, 121, -5, True, False, "15", " 15", 45.0, 45.5, None, "x", 10**20, [20]],
    "difficulty": ["hard", "easy", "Senior", "medium ", "MID", "nope", 1, None],
    "skills": [
        ["ci-cd"],
        ["ci-cd", "python"],
        ["ci-cd", "ci-cd"],
        [],
        ["Bad Slug"],
        "ci-cd",
        [5],
        None,
        ["a" * 81],
    ],
    "follow_ups": [["a", "b"], ["a"], ["a", " "], [" a ", "b", "c"], "ab", [1, 2], [], None, ["a", "x" * 4001]],
    "strong_signals": [["x"], [], [" "], ["x", "y"], "x", [None]],
    "weak_signals": [["x"], [], ["  y  "], [True]],
    "artefact": ARTEFACTS,
}


@st.composite
def questions(draw: st.DrawFn) -> dict[str, Any]:
    question = dict(GOOD)
    changes = draw(st.sampled_from([0, 0, 1, 1, 1, 2, 3]))
    for name in draw(st.lists(st.sampled_from(sorted(VALUES)), min_size=changes, max_size=changes, unique=True)):
        question[name] = draw(st.sampled_from(VALUES[name]))
    if question.get("artefact", ABSENT) is ABSENT:
        question.pop("artefact", None)
    if draw(st.integers(0, 9)) == 0:
        question.pop(draw(st.sampled_from(sorted(question))))
    if draw(st.integers(0, 14)) == 0:
        question["extra"] = "x"
    return question


@st.composite
def banks(draw: st.DrawFn) -> dict[str, Any]:
    qs = draw(st.lists(questions(), min_size=1, max_size=3))
    for n, q in enumerate(qs):
        if q.get("id") == "q-1" and draw(st.integers(0, 3)):  # mostly distinct ids, sometimes one twice
            q["id"] = f"q-{n + 1}"
    bank = draw(st.sampled_from(["test"] * 8 + ["Test", ""]))
    data: dict[str, Any] = {"bank": bank, "title": "A bank", "questions": qs}
    if draw(st.booleans()):
        data["format"] = "interview-planner/question-bank@1"
    return data


def _model(data: Any) -> QuestionBank | None:
    try:
        return QuestionBank.model_validate(data)
    except ValidationError:
        return None


def _same_values(fields: Any, model: QuestionBank) -> None:
    expected = BankRows.of(model)
    assert (fields["bank"], fields["title"]) == (expected.bank, expected.title)
    got: list[dict[str, Any]] = [{**q, "artefact": q.get("artefact")} for q in fields["questions"]]
    theirs: list[dict[str, Any]] = [dict(q) for q in expected.questions]
    assert got == theirs
    for mine, model_values in zip(got, theirs, strict=True):  # the same types too ("15" is 15, not "15")
        assert [type(v) for v in mine.values()] == [type(model_values[k]) for k in mine]


def _only_whole_minutes_refused(data: dict[str, Any]) -> bool:
    """The one thing the fast validator leaves to the model although the model takes it: minutes written
    as text or as a float ("15", 45.0)."""
    return any(type(q.get("minutes")) is not int for q in data["questions"])


@settings(max_examples=200, deadline=None)
@given(banks())
def test_parsed_data_is_taken_exactly_when_the_model_takes_it(data: dict[str, Any]) -> None:
    fields = bank_fields(data)
    model = _model(data)
    if fields is not None:
        assert model is not None
        _same_values(fields, model)
    elif model is not None:
        assert _only_whole_minutes_refused(data)


@settings(max_examples=200, deadline=None)
@given(banks())
def test_json_text_is_taken_exactly_when_the_model_takes_it(data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False)
    fields = bank_fields_json(text)
    model = _model(json.loads(text))
    if fields is not None:
        assert model is not None
        _same_values(fields, model)
    elif model is not None:
        assert _only_whole_minutes_refused(data)


def _outcome(load: Any, path: Path) -> Any:
    try:
        loaded = load(path)
    except InputError as exc:
        return ("error", str(exc))
    model = loaded.model if isinstance(loaded.model, BankRows) else BankRows.of(loaded.model)
    questions = [{**q, "artefact": q.get("artefact")} for q in model.questions]
    return ("loaded", model.bank, model.title, questions)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(banks(), st.sampled_from([".json", ".yaml"]))
def test_a_file_loads_or_fails_as_it_did(tmp_path: Path, data: dict[str, Any], suffix: str) -> None:
    path = tmp_path / f"bank{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _outcome(load_bank_rows, path) == _outcome(load_bank, path)


BAD_FILES = {
    "a key twice": '{"bank": "t", "title": "T", "questions": [{"id": "q-1", "minutes": 5, "minutes": 500}]}',
    "a key twice, quotes escaped": json.dumps(
        {"bank": "t", "title": 'say "hi"', "questions": [dict(GOOD, text='a \\"quoted\\" \\\\ word')]}
    ).replace('"minutes": 20', '"minutes": 20, "minutes": 25'),
    "a question's key twice, last one good": json.dumps({"bank": "t", "title": "T", "questions": [GOOD]}).replace(
        '"kind": "system_design"', '"kind": "bad", "kind": "system_design"'
    ),
    "the bank's key twice": json.dumps({"bank": "t", "title": "T", "questions": [GOOD]}).replace(
        '"title": "T"', '"title": "T", "title": "U"'
    ),
    "an artefact's key twice": json.dumps(
        {"bank": "t", "title": "T", "questions": [dict(GOOD, artefact={"kind": "code", "title": "t", "content": "c"})]}
    ).replace('"content": "c"', '"content": "c", "content": "d"'),
    "true for minutes": json.dumps({"bank": "t", "title": "T", "questions": [dict(GOOD, minutes=True)]}),
    "a skill twice": json.dumps({"bank": "t", "title": "T", "questions": [dict(GOOD, skills=["ci-cd", "ci-cd"])]}),
    "an id twice": json.dumps({"bank": "t", "title": "T", "questions": [GOOD, GOOD]}),
    "NaN": '{"bank": "t", "title": "T", "questions": [{"minutes": NaN}]}',
    "a long number": '{"bank": "t", "title": "T", "questions": [{"minutes": 1234567890123456789012}]}',
    "deep": '{"bank": ' + "[" * 70 + "]" * 70 + "}",
    "not JSON": '{"bank": "t",',
    "a lone surrogate": json.dumps({"bank": "t", "title": "T", "questions": [dict(GOOD, text="a \ud800")]}),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_json_file_gets_the_errors_it_always_got(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bank.json"
    path.write_text(BAD_FILES[name], encoding="utf-8", errors="surrogatepass")
    assert _outcome(load_bank_rows, path) == _outcome(load_bank, path)
    if "twice" in name and name not in ("a skill twice", "an id twice"):
        assert "duplicate key" in _outcome(load_bank_rows, path)[1]


def test_every_shipped_bank_takes_the_fast_path_with_the_same_values() -> None:
    for path in bundled.bundled_bank_paths():
        fields = bank_fields(parse_structured(read_text(path), path)[0])
        assert fields is not None, path
        _same_values(fields, load_bank(path).model)


def test_canonical_kinds_and_difficulties_are_their_own_synonyms() -> None:
    """The validator takes a canonical value without the synonym table: that must be what the table says."""
    for table in (KIND_SYNONYMS, DIFFICULTY_SYNONYMS):
        for value in set(table.values()):
            assert _synonym(table, value) == value


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.integers() | st.text(alphabet='ab:"\\{}[],\n é'),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(alphabet='k:"\\{ '), inner, max_size=4),
        max_leaves=12,
    )
)
def test_json_pairs_counts_the_pairs_of_any_json(doc: Any) -> None:
    pairs = 0

    def count(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal pairs
        pairs += len(items)
        return dict(items)

    for text in (json.dumps(doc), json.dumps(doc, ensure_ascii=False, indent=2)):
        pairs = 0
        json.loads(text, object_pairs_hook=count)
        assert json_pairs(text) == pairs


def test_new_ids_are_random_version_4_uuids() -> None:
    ids = _new_ids(2000)
    assert len(set(ids)) == 2000
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
