"""Question banks from the formats people already keep questions in: a Markdown list of questions and a
CSV sheet with its own column names.

Both fill what they lack with documented defaults (docs/formats.md, "Markdown question lists") and mark
those questions ``needs_review``: they are searchable and can be added to a loop by hand, and the
auto-planner uses them once a person has completed them in the question editor or a full bank file.

Every problem of a file is collected and reported together, one ``file:line: field: problem`` each.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_planner.content.schema import (
    DIFFICULTY_SYNONYMS,
    KIND_SYNONYMS,
    is_slug,
)
from interview_planner.errors import InputError

# Defaults for what a list does not say (documented in docs/formats.md).
DEFAULT_MINUTES = {"technical": 10, "coding": 30, "system_design": 30, "behavioural": 10, "situational": 10}
DEFAULT_DIFFICULTY = "medium"
DEFAULT_FOLLOW_UPS = (
    "What would you do differently with what you know now?",
    "How would you know that it worked?",
)
DEFAULT_STRONG = "To be completed: what a strong answer shows (imported from a list without signals)."
DEFAULT_WEAK = "To be completed: what a weak answer shows (imported from a list without signals)."

_BEHAVIOURAL = re.compile(
    r"^(tell (me|us) about|describe a (time|situation)|give (me |us )?an example|share an example|"
    r"walk (me|us) through a time|talk about a time|have you ever|when have you|what is a time|recall a time)",
    re.I,
)
_SITUATIONAL = re.compile(
    r"^(what would you do|how would you (handle|respond|react|approach|deal)|imagine|suppose|"
    r"if you (were|had|found|joined)|you (join|inherit|are asked|discover|find))",
    re.I,
)
_DESIGN = re.compile(r"^(design|how would you design|architect|sketch (the|an?) (architecture|design))", re.I)
_CODING = re.compile(r"^(write|implement|code|refactor|review this|given (this|the following) code)", re.I)

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_META = re.compile(r"\s*[\[{]([^\[\]{}]*)[\]}]\s*$")
_SKILL_IN_HEADING = re.compile(r"\(\s*skills?\s*:\s*([^)]*)\)\s*$", re.I)
_MINUTES = re.compile(r"^(\d{1,3})\s*(m|min|mins|minutes)?$", re.I)
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_LABEL = re.compile(r"^(q\d*|question\s*\d*)\s*[:.)-]\s*", re.I)


@dataclass
class ListBank:
    """A bank read from a list: plain data for the QuestionBank model, lines, and what needs review."""

    data: dict[str, Any]
    lines: dict[tuple[str | int, ...], int]
    needs_review: set[str] = field(default_factory=set)
    problems: list[InputError] = field(default_factory=list)


def guess_kind(text: str) -> str:
    """The kind a question's wording suggests (past behaviour, hypothetical, design, coding, technical)."""
    t = text.strip()
    if _BEHAVIOURAL.search(t):
        return "behavioural"
    if _SITUATIONAL.search(t):
        return "situational"
    if _DESIGN.search(t):
        return "system_design"
    if _CODING.search(t):
        return "coding"
    return "technical"


def question_id(text: str, taken: set[str]) -> str:
    """A stable id from the first words of a question (so re-importing an edited list finds it again)."""
    words = re.findall(r"[a-z0-9]+", text.lower())[:8]
    base = "-".join(words)[:60].strip("-") or "question"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def bank_id_for(path: Path) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", path.stem.lower()))[:80] or "imported"


def read_markdown(
    path: Path, text: str, *, bank: str | None, skill: str | None, skills_by_name: Mapping[str, str]
) -> ListBank:
    """A Markdown list of questions: the first ``#`` heading is the title; other headings are topics,
    and name the catalogue skill of the questions under them (by slug, name or alias, or ``(skill: slug)``
    at the end of the heading); each top-level bullet or numbered item is a question, its indented
    bullets are follow-ups, and ``[kind, 15 min, hard]`` at the end of a question sets those fields."""
    out = ListBank(data={}, lines={(): 1})
    title: str | None = None
    topic_skills: list[str] = [skill] if skill else []
    topic_line = 0
    topic_name = ""
    questions: list[dict[str, Any]] = []
    taken: set[str] = set()
    current: dict[str, Any] | None = None
    in_code = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or not line.strip():
            continue
        heading = _HEADING.match(line)
        if heading:
            current = None
            name = _EMPHASIS.sub("", heading.group(2)).strip()
            if title is None and len(heading.group(1)) == 1:
                title = name[:200]
                continue
            topic_name, topic_line = name, number
            topic_skills = _heading_skills(name, skills_by_name) or ([skill] if skill else [])
            continue
        bullet = _BULLET.match(line)
        if bullet and (not bullet.group(1) or current is None):
            current = _new_question(
                out, path, number, bullet.group(2), topic_skills, topic_name, topic_line, taken, skills_by_name.values()
            )
            if current is not None:
                out.lines[("questions", len(questions))] = number
                questions.append(current)
            continue
        if bullet and current is not None:  # an indented bullet: a follow-up of the current question
            current.setdefault("follow_ups", []).append(_clean(bullet.group(2)))
            continue
        if current is not None and raw[:1].isspace():  # a continuation line of the question
            current["text"] += " " + _clean(line)
            continue
        current = None  # a paragraph between questions: an introduction, not a question
    if not questions:
        out.problems.append(
            InputError(
                "no questions found: a Markdown list has one question per bullet ('- ...' or '1. ...') "
                "under headings (see docs/formats.md)",
                file=path,
            )
        )
    for q in questions:
        _complete(q, out)
    out.data = {
        "bank": bank or bank_id_for(path),
        "title": title or (bank or path.stem)[:200],
        "questions": questions,
    }
    return out


def _heading_skills(name: str, skills_by_name: Mapping[str, str]) -> list[str]:
    explicit = _SKILL_IN_HEADING.search(name)
    if explicit:
        return [s.strip() for s in explicit.group(1).split(",") if s.strip()]
    key = normalise_name(name)
    for candidate in (key, re.sub(r"\s*(questions?|interview)\s*$", "", key)):
        if candidate in skills_by_name:
            return [skills_by_name[candidate]]
    return []


def normalise_name(name: str) -> str:
    """How a heading and a skill name are compared: lower case, words only ("CI/CD" -> "ci cd")."""
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def _clean(text: str) -> str:
    return _LABEL.sub("", _EMPHASIS.sub("", text).strip()).strip()


def _new_question(
    out: ListBank,
    path: Path,
    number: int,
    body: str,
    skills: list[str],
    topic: str,
    topic_line: int,
    taken: set[str],
    known_skills: Collection[str] = (),
) -> dict[str, Any] | None:
    meta: dict[str, Any] = {}
    m = _META.search(body)
    if m:
        body = body[: m.start()]
        meta = _read_meta(m.group(1), out, path, number, set(known_skills))
    text = _clean(body)
    if not text:
        out.problems.append(InputError("a bullet with no question text", file=path, line=number, field="text"))
        return None
    if not skills:
        where = f"under the heading {topic!r} (line {topic_line})" if topic else "before any heading"
        out.problems.append(
            InputError(
                f"no catalogue skill for this question {where}: name the skill in the heading (its slug, name "
                "or '(skill: slug)') or pass --skill",
                file=path,
                line=number,
                field="skills",
            )
        )
    q: dict[str, Any] = {"id": question_id(text, taken), "text": text, "skills": list(skills), **meta}
    q["_line"] = number
    return q


def _read_meta(inner: str, out: ListBank, path: Path, number: int, known_skills: set[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for part in (p.strip() for p in inner.split(",")):
        if not part:
            continue
        key = part.lower().replace("-", " ").replace("_", " ")
        minutes = _MINUTES.match(part)
        if key in KIND_SYNONYMS:
            meta["kind"] = KIND_SYNONYMS[key]
        elif key in DIFFICULTY_SYNONYMS:
            meta["difficulty"] = DIFFICULTY_SYNONYMS[key]
        elif minutes:
            meta["minutes"] = int(minutes.group(1))
        elif is_slug(part) and (not known_skills or part in known_skills):
            meta.setdefault("skills_extra", []).append(part)
        else:
            out.problems.append(
                InputError(
                    f"{part!r} is not a kind, a difficulty, minutes or a catalogue skill",
                    file=path,
                    line=number,
                    field="[...]",
                )
            )
    return meta


def _complete(q: dict[str, Any], out: ListBank) -> None:
    """Fill the fields a list did not give with the documented defaults, and mark the question for review."""
    q.pop("_line", None)
    for extra in q.pop("skills_extra", []):
        if extra not in q["skills"]:
            q["skills"].append(extra)
    incomplete = False
    if "kind" not in q:
        q["kind"] = guess_kind(q["text"])
        incomplete = True
    q.setdefault("minutes", DEFAULT_MINUTES.get(q["kind"], 10))
    q.setdefault("difficulty", DEFAULT_DIFFICULTY)
    follow_ups = q.setdefault("follow_ups", [])
    if len(follow_ups) < 2:
        follow_ups.extend(DEFAULT_FOLLOW_UPS[: 2 - len(follow_ups)])
        incomplete = True
    if not q.get("strong_signals"):
        q["strong_signals"] = [DEFAULT_STRONG]
        incomplete = True
    if not q.get("weak_signals"):
        q["weak_signals"] = [DEFAULT_WEAK]
        incomplete = True
    if incomplete:
        out.needs_review.add(q["id"])


# --- CSV ----------------------------------------------------------------------------------

# Column names people use, after lower-casing and dropping everything but letters and digits.
CSV_HEADERS: dict[str, str] = {
    "bank": "bank",
    "id": "id",
    "questionid": "id",
    "text": "text",
    "question": "text",
    "questiontext": "text",
    "prompt": "text",
    "kind": "kind",
    "type": "kind",
    "questiontype": "kind",
    "category": "kind",
    "minutes": "minutes",
    "mins": "minutes",
    "time": "minutes",
    "duration": "minutes",
    "timebox": "minutes",
    "difficulty": "difficulty",
    "level": "difficulty",
    "skills": "skills",
    "skill": "skills",
    "competency": "skills",
    "competencies": "skills",
    "followups": "follow_ups",
    "followupquestions": "follow_ups",
    "probes": "follow_ups",
    "strongsignals": "strong_signals",
    "strong": "strong_signals",
    "goodanswer": "strong_signals",
    "lookfor": "strong_signals",
    "greenflags": "strong_signals",
    "weaksignals": "weak_signals",
    "weak": "weak_signals",
    "badanswer": "weak_signals",
    "redflags": "weak_signals",
    "title": "title",
}
CSV_LIST_SEPARATOR = "|"
_LIST_FIELDS = ("skills", "follow_ups", "strong_signals", "weak_signals")


def read_csv(path: Path, text: str, *, bank: str | None, skill: str | None) -> ListBank:
    """A CSV sheet: columns are found by name (synonyms in :data:`CSV_HEADERS`); only a question text column
    is required; list cells separate items with ``|``; missing fields take the Markdown defaults."""
    out = ListBank(data={}, lines={(): 1})
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=path, line=1) from None
    columns: dict[int, str] = {}
    for index, name in enumerate(header):
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        if key in CSV_HEADERS and CSV_HEADERS[key] not in columns.values():
            columns[index] = CSV_HEADERS[key]
        elif key:
            out.problems.append(
                InputError(f"unknown column {name!r} (see docs/formats.md for the names)", file=path, line=1)
            )
    if "text" not in columns.values():
        raise InputError("no question column (one of: text, question, prompt)", file=path, line=1)
    questions: list[dict[str, Any]] = []
    banks: set[str] = set()
    title = ""
    taken: set[str] = set()
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            line = reader.line_num
            if len(cells) > len(header):
                out.problems.append(InputError("row has more cells than the header", file=path, line=line))
                continue
            row = {columns[i]: cells[i] for i in columns if i < len(cells)}
            banks.add(row.pop("bank", "").strip())
            title = title or row.pop("title", "").strip()
            row.pop("title", None)
            q = _csv_question(row, skill, taken)
            out.lines[("questions", len(questions))] = line
            for key in q:
                out.lines[("questions", len(questions), key)] = line
            questions.append(q)
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=path, line=reader.line_num) from None
    banks.discard("")
    if len(banks) > 1:
        out.problems.append(InputError(f"one bank per file, found {sorted(banks)}", file=path, field="bank"))
    for q in questions:
        _complete(q, out)
    out.data = {"bank": bank or next(iter(banks), "") or bank_id_for(path), "title": title, "questions": questions}
    out.data["title"] = title or out.data["bank"]
    return out


def _csv_question(row: dict[str, str], skill: str | None, taken: set[str]) -> dict[str, Any]:
    q: dict[str, Any] = {}
    for key, value in row.items():
        value = value.strip()
        if key in _LIST_FIELDS:
            items = [p.strip() for p in value.split(CSV_LIST_SEPARATOR) if p.strip()]
            if items:
                q[key] = items
        elif key == "minutes" and value:
            # int() only for plain ASCII digits: not "²" (isdigit() says yes) nor 5,000 digits (ValueError)
            q[key] = int(value) if value.isascii() and value.isdigit() and len(value) <= 6 else value
        elif value:
            q[key] = value
    q.setdefault("text", "")
    if "id" in q:
        taken.add(q["id"])
    else:
        q["id"] = question_id(q["text"], taken)
    if "skills" not in q:
        q["skills"] = [skill] if skill else []
    return q
