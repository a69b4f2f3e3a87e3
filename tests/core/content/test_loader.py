"""Malformed content files give one line naming the file, the line and the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_planner.content.loader import load_bank, load_rubric
from interview_planner.errors import InputError

GOOD_QUESTION = """\
  - id: q-1
    text: Design a rate limiter for a public API.
    kind: system_design
    minutes: 20
    difficulty: hard
    skills: [distributed-systems-design]
    follow_ups: ["What if a region fails?", "How do you test it?"]
    strong_signals: [Talks about token buckets and their trade-offs]
    weak_signals: [Only one node in mind]
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def bank(questions: str) -> str:
    return f"bank: test\ntitle: Test bank\nquestions:\n{questions}"


def error_of(path: Path, loader=load_bank) -> InputError:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        loader(path)
    return info.value


def test_a_good_bank_loads(tmp_path: Path) -> None:
    loaded = load_bank(write(tmp_path, "b.yaml", bank(GOOD_QUESTION)))
    assert loaded.model.questions[0].minutes == 20


def test_an_artefact_and_a_situational_kind_load(tmp_path: Path) -> None:
    question = GOOD_QUESTION.replace("kind: system_design", "kind: situational") + (
        "    artefact: {kind: code, title: The handler, language: go, content: 'func f() {}'}\n"
    )
    loaded = load_bank(write(tmp_path, "b.yaml", bank(question)))
    artefact = loaded.model.questions[0].artefact
    assert artefact is not None and (artefact.kind, artefact.language) == ("code", "go")
    assert loaded.model.questions[0].kind == "situational"


def test_an_artefact_without_content_names_the_field(tmp_path: Path) -> None:
    question = GOOD_QUESTION + "    artefact: {kind: code, title: The handler}\n"
    assert "artefact" in str(error_of(write(tmp_path, "b.yaml", bank(question))))


def test_wrong_type_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "b.yaml", bank(GOOD_QUESTION.replace("minutes: 20", "minutes: twenty")))
    err = error_of(path)
    assert str(err).startswith(f"{path}:7: questions[0].minutes: ")
    assert "\n" not in str(err)


def test_missing_field_points_at_the_question(tmp_path: Path) -> None:
    path = write(tmp_path, "b.yaml", bank(GOOD_QUESTION.replace("    difficulty: hard\n", "")))
    err = error_of(path)
    assert err.line == 4 and err.field == "questions[0].difficulty"
    assert "Field required" in str(err)


def test_duplicate_question_ids_are_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "b.yaml", bank(GOOD_QUESTION + GOOD_QUESTION)))
    assert "appears more than once" in str(err)


def test_duplicate_keys_are_refused_with_their_line(tmp_path: Path) -> None:
    err = error_of(
        write(
            tmp_path, "b.yaml", bank(GOOD_QUESTION.replace("    minutes: 20\n", "    minutes: 20\n    minutes: 25\n"))
        )
    )
    assert err.line == 8 and "appears twice" in str(err)


def test_syntax_error_has_a_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "b.yaml", "bank: [unclosed\ntitle: x\n"))
    assert err.line is not None and "invalid YAML" in str(err)


def test_aliases_are_refused_so_billion_laughs_cannot_expand(tmp_path: Path) -> None:
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    err = error_of(write(tmp_path, "bomb.yaml", bomb))
    assert "aliases" in str(err)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "deep.yaml", "a: " + "[" * 200 + "]" * 200 + "\n"))
    assert "nested" in str(err)


def test_non_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "latin.yaml", b"bank: test\ntitle: caf\xe9\n"))
    assert err.line == 2 and "UTF-8" in str(err)


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in str(error_of(write(tmp_path, "e.yaml", "")))


def test_python_tags_are_not_executed(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "evil.yaml", "bank: !!python/object/apply:os.system ['echo hi']\n"))
    assert "evil.yaml" in str(err)


def test_json_bank_errors_have_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", '{\n  "bank": "t",\n  "title": "T",\n  "questions": 5\n}\n')
    err = error_of(path)
    assert err.line == 4 and err.field == "questions"


def test_csv_bank(tmp_path: Path) -> None:
    header = "bank,id,text,kind,minutes,difficulty,skills,follow_ups,strong_signals,weak_signals\n"
    row = 'csvbank,c-1,"Tell me, briefly, about X",behavioural,10,easy,technical-leadership,"A? | B?",good,bad\n'
    loaded = load_bank(write(tmp_path, "b.csv", header + row))
    assert loaded.model.questions[0].text == "Tell me, briefly, about X"
    assert loaded.model.questions[0].follow_ups == ["A?", "B?"]
    err = error_of(write(tmp_path, "bad.csv", header + row + row.replace("c-1", "c-2").replace(",10,", ",x,")))
    assert err.line == 3 and err.field == "questions[1].minutes"


def test_rubric_levels_must_be_in_order(tmp_path: Path) -> None:
    levels = "".join(f"  - level: {n}\n    label: L{n}\n    summary: s\n    anchors: [a, b]\n" for n in (1, 2, 4, 3))
    err = error_of(write(tmp_path, "r.yaml", f"skill: ci-cd\ntitle: T\nlevels:\n{levels}"), load_rubric)
    assert "1, 2, 3, 4" in str(err)


def _depth_by_hand(text: str) -> int:
    """The rule, one character at a time: brackets inside double-quoted strings (with backslash escapes)
    do not count, a closing bracket without an opening one is ignored."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}" and depth:
            depth -= 1
    return deepest


def test_the_nesting_check_counts_brackets_outside_strings_only() -> None:
    import random

    from interview_planner.files import nesting_depth

    assert nesting_depth('{"a": ["[[[", {"b": "\\"{{"}]}') == 3
    assert nesting_depth(']]} [{"x\\\\"}]') == 2
    assert nesting_depth('["unterminated [[[') == 1
    rng = random.Random(16)
    texts = ["".join(rng.choice('[]{}"\\a\né€') for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    assert [nesting_depth(t) for t in texts] == [_depth_by_hand(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('{"a": 1, "a": 2}', "a"),
        ('{"q": [{"id": "x: y", "t": "{\\"}", "id": 3}]}', "id"),  # an escaped quote: the hook's path
        ('{"q": [{"id": "x: y"}, {"t": ":::", "k": {"z": 1, "z": 1}}]}', "z"),
        ('[{"a": "é:€"}, {"b": 1, "b": 2}]', "b"),
    ],
)
def test_a_key_given_twice_in_any_object_is_refused(text: str, key: str) -> None:
    from interview_planner.files import loads_strict

    with pytest.raises(InputError, match=f"duplicate key '{key}'"):
        loads_strict(text, "bank.json")


def test_colons_and_brackets_inside_strings_do_not_count_as_keys() -> None:
    from interview_planner.files import loads_strict

    text = '{"text": "a: b [c] {d: e}", "list": ["x:", "{", ":"], "n": {"deep": {"k": "v:"}}}'
    assert loads_strict(text, "bank.json") == json.loads(text)
