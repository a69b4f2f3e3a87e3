"""Read content files (YAML, JSON, CSV) into validated models, with line numbers.

Every failure becomes one :class:`~interview_planner.errors.InputError` whose
message names the file, the line and the field, e.g.::

    question_banks/ci-cd.yaml:42: questions[3].minutes: Input should be greater than or equal to 1

Only safe parsing is used: ``yaml`` is composed with the safe loader, anchors
and aliases are refused (no "billion laughs"), nesting depth and file size
are bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import yaml
from pydantic import BaseModel, ValidationError

from interview_planner.content.schema import (
    BankFields,
    QuestionBank,
    QuestionFields,
    Rubric,
    SkillCatalogue,
    bank_fields,
    bank_fields_json,
    pairs_of,
)
from interview_planner.errors import InputError, InputErrors
from interview_planner.files import json_pairs, loads_strict

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

MAX_FILE_BYTES = 20 * 1024 * 1024
# libyaml's composer when available: the same safe node tree, about 8x faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 40
Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """A validated model (or a bank's plain data, :class:`BankRows`) with where it came from."""

    model: T
    path: Path
    text: str
    lines: Mapping[Path_, int] = field(default_factory=dict)
    needs_review: frozenset[str] = frozenset()  # ids of questions completed with defaults (Markdown import)

    def line_of(self, *loc: str | int) -> int | None:
        return _nearest_line(self.lines, loc)


def load_catalogue(path: Path) -> Loaded[SkillCatalogue]:
    return load_model(path, SkillCatalogue)


def load_bank(
    path: Path,
    *,
    bank: str | None = None,
    skill: str | None = None,
    skills_by_name: Mapping[str, str] | None = None,
) -> Loaded[QuestionBank]:
    """A question bank from YAML, JSON, CSV or a Markdown list (by suffix).

    ``bank`` and ``skill`` fill in what a CSV or Markdown list does not say; ``skills_by_name`` maps lower-case
    catalogue slugs, names and aliases to slugs, so a Markdown heading can name its skill.
    """
    _refuse_unsupported(path)
    if path.suffix.lower() in (".csv", ".md", ".markdown"):
        return _load_list_bank(path, bank=bank, skill=skill, skills_by_name=skills_by_name)
    try:
        loaded = load_model(path, QuestionBank)
    except InputError:
        text = read_text(path)
        if looks_like_markdown(text):
            raise InputError(
                "this is a Markdown list of questions, not YAML or JSON: name the file .md to import it as "
                "one (see docs/formats.md, 'Markdown question lists')",
                file=path,
                line=1,
            ) from None
        raise
    return loaded


@dataclass(frozen=True)
class BankRows:
    """A validated question bank as plain data, what an import writes: the values of :class:`QuestionBank`'s
    fields, without building a model per question."""

    bank: str
    title: str
    questions: list[QuestionFields]

    @classmethod
    def of(cls, model: QuestionBank) -> BankRows:
        return cls(model.bank, model.title, [cast(QuestionFields, dict(q.__dict__)) for q in model.questions])


def load_bank_rows(
    path: Path,
    *,
    bank: str | None = None,
    skill: str | None = None,
    skills_by_name: Mapping[str, str] | None = None,
) -> Loaded[BankRows]:
    """:func:`load_bank` for an import: the same files accepted, with the same values, and the same errors.

    A YAML or JSON bank is validated into plain data by one compiled validator (``schema.bank_fields``); a
    JSON file is parsed by it too. Whatever it does not accept (a bad file, a "15" for minutes, a key
    written twice) is loaded by :func:`load_bank`, which says what is wrong exactly as before.
    """
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        fast = _fast_bank(path)
        if fast is not None:
            return fast
    loaded = load_bank(path, bank=bank, skill=skill, skills_by_name=skills_by_name)
    return Loaded(BankRows.of(loaded.model), loaded.path, loaded.text, loaded.lines, loaded.needs_review)


def _fast_bank(path: Path) -> Loaded[BankRows] | None:
    try:
        text = read_text(path)
        fields: BankFields | None
        lines: Mapping[Path_, int]
        if path.suffix.lower() == ".json":
            fields = bank_fields_json(text)
            if fields is None or json_pairs(text) != pairs_of(fields):  # a key given twice: load_bank names it
                return None
            lines = _LazyLines(lambda: _json_lines(text, path))
        else:
            data, lines = _parse_yaml(text, path)
            fields = bank_fields(data)
    except InputError:
        return None
    if fields is None:
        return None
    return Loaded(BankRows(fields["bank"], fields["title"], fields["questions"]), path, text, lines)


def load_rubric(path: Path) -> Loaded[Rubric]:
    if path.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise InputError(
            f"{path.suffix or 'a file without a suffix'} is not a supported rubric format; use YAML (.yaml) or "
            "JSON (.json) (see docs/formats.md; 'rubric template' writes a starter file)",
            file=path,
        )
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


def field_problems(model: type[BaseModel], data: Any) -> list[tuple[str, str]]:
    """Every validation problem of ``data`` as (field, message), e.g. ("follow_ups", "List should have at
    least 2 items"): what an editor shows on its fields as the user types."""
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return [(format_loc(tuple(e["loc"])), plain_message(e)) for e in exc.errors()]
    return []


def plain_message(err: Any) -> str:
    """A validation error in an editor's words ("required", "at least 2 lines") rather than pydantic's."""
    kind, ctx = err.get("type", ""), err.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return "use lowercase words joined by '-' (e.g. web-accessibility)"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "required"
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return "required" if n == 1 else f"at least {n} (one per line)"
    if kind == "missing":
        return "required"
    return _clean_message(str(err.get("msg", "")))


def read_text(path: Path) -> str:
    from interview_planner.files import read_regular

    raw = read_regular(path, limit=MAX_FILE_BYTES)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8 text", file=path, line=line) from None


def parse_structured(text: str, path: Path) -> tuple[Any, Mapping[Path_, int]]:
    """Parse YAML or JSON (by suffix) into plain data and a path -> line map."""
    if path.suffix.lower() == ".json":
        data = loads_strict(text, path)
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
    except RecursionError:  # the pure-Python composer (no libyaml) recurses; libyaml stops at 1,000 levels
        raise InputError(f"nested more than {MAX_DEPTH} levels deep", file=path) from None
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


# --- lists: Markdown and CSV --------------------------------------------------------------

BANK_SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".md", ".markdown")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S", re.M)


def _load_list_bank(
    path: Path, *, bank: str | None, skill: str | None, skills_by_name: Mapping[str, str] | None
) -> Loaded[QuestionBank]:
    from interview_planner.content import lists

    text = read_text(path)
    if path.suffix.lower() == ".csv":
        got = lists.read_csv(path, text, bank=bank, skill=skill)
    else:
        got = lists.read_markdown(path, text, bank=bank, skill=skill, skills_by_name=skills_by_name or {})
    problems = list(got.problems)
    model: QuestionBank | None = None
    try:
        model = validate(QuestionBank, got.data, got.lines, path)
    except InputErrors as exc:
        reported = {p.line for p in problems if p.field == "skills"}  # "no catalogue skill" says it better
        problems += [
            p
            for p in exc.problems
            if not (p.line in reported and (p.field or "").endswith("].skills"))
            and not (problems and p.field == "questions")  # no questions left because of the rows reported
        ]
    if problems or model is None:
        problems.sort(key=lambda p: p.line or 0)
        raise InputErrors(problems)
    return Loaded(model, path, text, got.lines, frozenset(got.needs_review))


def looks_like_markdown(text: str) -> bool:
    """A Markdown question list: headings and bullets, and no ``key:`` lines of a YAML mapping."""
    return (
        bool(_MD_HEADING.search(text))
        and bool(_MD_BULLET.search(text))
        and not re.search(r"^(format|bank|questions|skill|levels)\s*:", text, re.M)
    )


def _refuse_unsupported(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in BANK_SUFFIXES:
        raise InputError(
            f"{suffix or 'a file without a suffix'} is not a supported question bank format; use YAML (.yaml), "
            "JSON (.json), CSV (.csv) or a Markdown list (.md) (see docs/formats.md)",
            file=path,
        )
