"""The kinds a skill and a question have, and a question's difficulty: plain enumerations.

Apart from :mod:`interview_planner.content.schema` (which uses them and names them too) because
a screen that only lists them, such as the question bank's filters, should not have to build the
content files' pydantic models first (about 10 ms of the bank page's start).
"""

from __future__ import annotations

from enum import StrEnum


class SkillKind(StrEnum):
    HARD = "hard"
    SOFT = "soft"


class QuestionKind(StrEnum):
    TECHNICAL = "technical"
    SYSTEM_DESIGN = "system_design"
    CODING = "coding"
    BEHAVIOURAL = "behavioural"  # past behaviour: "tell me about a time you…"
    SITUATIONAL = "situational"  # a hypothetical: "what would you do if…"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"
