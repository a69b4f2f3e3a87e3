"""Generate large, valid question-bank files for tests and benchmarks.

Real banks hold a few dozen questions; the browser must also cope with
100,000. The questions use a small vocabulary so that searches match many
rows (the hard case for paging), and catalogue slugs so that the import's
skill check passes.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

BIG_BANK_SIZE = 5_000  # the "big bank" fixture: 25 pages of 200 rows
KINDS = ("technical", "system_design", "coding", "behavioural")
DIFFICULTIES = ("easy", "medium", "hard")
SKILLS = ("ci-cd", "observability", "databases-caching", "problem-solving", "technical-leadership")
TOPICS = ("cache", "queue", "deploy", "index", "outage", "migration", "latency", "review")


def question(n: int) -> dict[str, object]:
    """The n-th generated question (deterministic, schema-valid)."""
    topic = TOPICS[n % len(TOPICS)]
    return {
        "id": f"gen-{n:06d}",
        "text": f"Question {n}: the {topic} of service {n % 97}.",
        "kind": KINDS[n % len(KINDS)],
        "minutes": 5 + n % 25,
        "difficulty": DIFFICULTIES[n % len(DIFFICULTIES)],
        "skills": [SKILLS[n % len(SKILLS)]],
        "follow_ups": [f"At ten times the {topic} load?", "How to test it?"],
        "strong_signals": [f"Measures the {topic} first."],
        "weak_signals": ["Guesses."],
    }


def write_bank(folder: Path, count: int, *, bank: str = "generated", suffix: str = ".json") -> Path:
    """Write a bank of ``count`` questions as JSON or CSV and return its path."""
    path = folder / f"{bank}{suffix}"
    questions = [question(n) for n in range(count)]
    if suffix == ".csv":
        _write_csv(path, bank, questions)
    else:
        data = {
            "format": "interview-planner/question-bank@1",
            "bank": bank,
            "title": f"Generated bank ({count})",
            "questions": questions,
        }
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def _write_csv(path: Path, bank: str, questions: list[dict[str, object]]) -> None:
    columns = (
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
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for q in questions:
            writer.writerow([bank, *(_cell(q[c]) for c in columns[1:])])


def _cell(value: object) -> str:
    return "|".join(value) if isinstance(value, list) else str(value)
