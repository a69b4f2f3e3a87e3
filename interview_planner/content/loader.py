"""Read content files (YAML, JSON, CSV) into validated models, with line numbers.

Every failure becomes one :class:`~interview_planner.errors.InputError` whose
message names the file, the line and the field, e.g.::

    question_banks/ci-cd.yaml:42: questions[3].minutes: Input should be greater than or equal to 1

Only safe parsing is used: ``yaml`` is composed with the safe loader, anchors
and aliases are refused (no "billion laughs"), nesting depth and file size
are bounded.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from interview_planner.content.schema import QuestionBank, Rubric, SkillCatalogue
from interview_planner.errors import InputError, InputErrors

M = TypeVar("M", bound=BaseModel)

MAX_FILE_BYTES = 20 * 1024 * 1024
# libyaml's composer when available: the same safe node tree, about 8x faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 40
Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A validated model with where it came from."""

    model: M
    path: Path
    text: str
    lines: Mapping[Path_, int] = field(default_factory=dict)
    needs_review: frozenset[str] = frozenset()  # ids of questions completed with defaults (Markdown import)

    def line_of(self, *loc: str | int) -> int | None:
        return _nearest_line(self.lines, loc)


def load_catalogue(path: Path) -> Loaded[SkillCatalogue]:
    return load_model(path, SkillCatalogue)


def load_bank(path: Path) -> Loaded[QuestionBank]:
    if path.suffix.lower() == ".csv":
        return _load_csv_bank(path)
    return load_model(path, QuestionBank)


def load_rubric(path: Path) -> Loaded[Rubric]:
    return load_model(path, Rubric)


def load_model(path: Path, model: type[M]) -> Loaded[M]:
    text = read_text(path)
    data, lines = parse_structured(text, path)
    return Loaded(validate(model, data, lines, path), path, text, lines)


def validate(model: type[M], data: Any, lines: Mapping[Path_, int], path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [
            InputError(
                _clean_message(err["msg"]),
                file=path,
                line=_nearest_line(lines, tuple(err["loc"])),
                field=format_loc(tuple(err["loc"])) or None,
            )
            for err in exc.errors()
        ]
        problems.sort(key=lambda p: p.line or 0)
        raise InputErrors(problems) from None


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file is {size // 1024 // 1024} MB; the limit is 20 MB", file=path)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=path) from None
    except PermissionError:
        raise InputError("permission denied", file=path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8 text", file=path, line=line) from None


def parse_structured(text: str, path: Path) -> tuple[Any, Mapping[Path_, int]]:
    """Parse YAML or JSON (by suffix) into plain data and a path -> line map."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", file=path, line=exc.lineno) from None
        return data, _LazyLines(lambda: _json_lines(text, path))
    return _parse_yaml(text, path)


def _json_lines(text: str, path: Path) -> dict[Path_, int]:
    try:  # JSON is (nearly always) YAML: reuse the composer for line numbers
        return _parse_yaml(text, path)[1]
    except InputError:
        return {}


class _LazyLines(Mapping[Path_, int]):
    """A line map computed when first read, i.e. only to report an error.

    Composing JSON as YAML takes seconds for a bank of a few thousand
    questions, and a valid file never needs its line numbers.
    """

    def __init__(self, compute: Callable[[], dict[Path_, int]]) -> None:
        self._compute: Callable[[], dict[Path_, int]] | None = compute
        self._lines: dict[Path_, int] = {}

    def _loaded(self) -> dict[Path_, int]:
        if self._compute is not None:
            self._lines, self._compute = self._compute(), None
        return self._lines

    def __getitem__(self, key: Path_) -> int:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[Path_]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


def _parse_yaml(text: str, path: Path) -> tuple[Any, dict[Path_, int]]:
    try:
        node = yaml.compose(text, Loader=_SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(f"invalid YAML: {exc.problem or exc.context}", file=path, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", file=path) from None
    if node is None:
        raise InputError("the file is empty", file=path, line=1)
    lines: dict[Path_, int] = {}
    builder = _NodeBuilder(path, lines)
    return builder.build(node, (), 0), lines


class _NodeBuilder:
    """Turns a composed YAML node tree into plain Python data, recording lines."""

    def __init__(self, path: Path, lines: dict[Path_, int]) -> None:
        self.path = path
        self.lines = lines
        self.constructor = yaml.SafeLoader("")
        self.seen: set[int] = set()

    def build(self, node: yaml.Node, at: Path_, depth: int) -> Any:
        line = node.start_mark.line + 1
        self.lines.setdefault(at, line)
        if depth > MAX_DEPTH:
            raise InputError(f"nested more than {MAX_DEPTH} levels deep", file=self.path, line=line)
        if id(node) in self.seen:  # compose() returns an alias as the anchored node again
            raise InputError("YAML aliases (*name) are not supported", file=self.path, line=line)
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, at, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*at, i), depth + 1) for i, item in enumerate(node.value)]
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise InputError(f"invalid value: {exc}", file=self.path, line=line) from None

    def _mapping(self, node: yaml.MappingNode, at: Path_, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError("YAML merge keys (<<) are not supported", file=self.path, line=line)
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError("mapping keys must be plain text", file=self.path, line=line)
            key = str(key_node.value)
            if key in out:
                raise InputError(f"key {key!r} appears twice", file=self.path, line=line)
            self.lines[(*at, key)] = line
            out[key] = self.build(value_node, (*at, key), depth + 1)
        return out


def _nearest_line(lines: Mapping[Path_, int], loc: tuple[Any, ...]) -> int | None:
    for cut in range(len(loc), -1, -1):
        key = tuple(loc[:cut])
        if key in lines:
            return lines[key]
    return None


def format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _clean_message(msg: str) -> str:
    return msg.removeprefix("Value error, ")


# --- CSV banks --------------------------------------------------------------

CSV_LIST_SEPARATOR = "|"
CSV_COLUMNS = (
    "bank",
    "id",
    "text",
    "kind",
    "minutes",
    "difficulty",
    "skills",
    "follow_ups",
    "strong_signals",
    "weak_signals",
)


def _load_csv_bank(path: Path) -> Loaded[QuestionBank]:
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s): {', '.join(missing)}", file=path, line=1)
    lines: dict[Path_, int] = {}
    questions: list[dict[str, Any]] = []
    banks: set[str] = set()
    title = ""
    for index, row in enumerate(_csv_rows(reader, path)):
        line = reader.line_num
        lines[("questions", index)] = line
        banks.add(row["bank"].strip())
        title = title or (row.get("title") or "").strip()
        questions.append(_csv_question(row))
    if len(banks) > 1:
        raise InputError(f"one bank per file, found {sorted(banks)}", file=path, field="bank")
    bank = next(iter(banks), "")
    data = {"bank": bank, "title": title or bank or "untitled", "questions": questions}
    lines[()] = 1
    return Loaded(validate(QuestionBank, data, lines, path), path, text, lines)


def _csv_rows(reader: csv.DictReader[str], path: Path) -> Iterator[dict[str, str]]:
    try:
        for row in reader:
            if None in row:
                raise InputError("row has more cells than the header", file=path, line=reader.line_num)
            yield {k: (v or "") for k, v in row.items()}
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=path, line=reader.line_num) from None


def _csv_question(row: dict[str, str]) -> dict[str, Any]:
    def split(value: str) -> list[str]:
        return [part.strip() for part in value.split(CSV_LIST_SEPARATOR) if part.strip()]

    minutes: Any = row["minutes"].strip()
    if minutes.isdigit():
        minutes = int(minutes)
    return {
        "id": row["id"].strip(),
        "text": row["text"],
        "kind": row["kind"].strip(),
        "minutes": minutes,
        "difficulty": row["difficulty"].strip(),
        "skills": split(row["skills"]),
        "follow_ups": split(row["follow_ups"]),
        "strong_signals": split(row["strong_signals"]),
        "weak_signals": split(row["weak_signals"]),
    }
