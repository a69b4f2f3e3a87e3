"""The fast import path writes what the plain one wrote: the same content hashes (so an upgrade does not
see every stored question as changed) and the same JSON columns."""

from __future__ import annotations

import json
import random

from interview_planner.content.schema import BankQuestion
from interview_planner.services.content import _TEXT_JSON, _question_payload, _QuestionJSON, content_hash

_PIECES = [
    "Kafka",
    "latency",
    "naïve",
    "über",
    "“quoted”",
    'say "hi"',
    "back\\slash",
    "tab\there",
    "€ 5",
    "日本語",
    "a/b",
]


def _question(rng: random.Random, n: int) -> BankQuestion:
    def words(k: int) -> str:
        return " ".join(rng.choice(_PIECES) for _ in range(k))

    data: dict[str, object] = {
        "id": f"q-{n}",
        "text": "  " + words(rng.randint(1, 12)) + " ",  # stripped by validation
        "kind": rng.choice(["technical", "Behavioral", "system-design", "coding"]),  # synonyms too
        "minutes": rng.choice([5, 10, "15", 45.0]),
        "difficulty": rng.choice(["easy", "Medium", "hard"]),
        "skills": rng.sample(["kafka", "ci-cd", "python", "go"], rng.randint(1, 3)),
        "follow_ups": [words(rng.randint(1, 5)) for _ in range(rng.randint(2, 4))],
        "strong_signals": [words(3) for _ in range(rng.randint(1, 2))],
        "weak_signals": [words(2)],
    }
    if n % 3 == 0:
        data["artefact"] = {"kind": "code", "title": words(2), "content": words(6) + "\n{[}]"}
        if n % 2:
            data["artefact"]["language"] = "python"  # type: ignore[index]
    return BankQuestion.model_validate(data)


def test_the_content_hash_and_the_json_columns_are_those_of_the_plain_dump() -> None:
    rng = random.Random(25)
    for n in range(500):
        q = _question(rng, n)
        encoded = _QuestionJSON(q)
        assert encoded.digest == content_hash(_question_payload(q)), q
        assert json.loads(encoded.follow_ups) == q.follow_ups
        assert encoded.follow_ups == _TEXT_JSON(q.follow_ups)
        assert encoded.weak_signals == _TEXT_JSON(q.weak_signals)
        assert encoded.strong_signals == _TEXT_JSON(q.strong_signals)
        expected_artefact = _TEXT_JSON(q.artefact.model_dump(mode="json")) if q.artefact else None
        assert encoded.artefact == expected_artefact
