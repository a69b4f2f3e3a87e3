"""The plain data the planner and the checks work on (no database)."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field

Focus = Literal[
    "coding",
    "system-design",
    "architecture-deep-dive",
    "operations",
    "behavioural-leadership",
    "cross-functional",
    "hiring-manager",
    "bar-raiser",
]
Format = Literal["phone", "video", "onsite", "take-home"]
FOCUSES: tuple[str, ...] = get_args(Focus)
FORMATS: tuple[str, ...] = get_args(Format)
INTRO_MINUTES = 5  # kept free in every stage for introductions and the candidate's questions
MINUTES_PER_SKILL = 7  # a stage can assess one skill per 7 usable minutes (see docs/planning.md)


def usable_minutes(minutes: int) -> int:
    return max(0, minutes - INTRO_MINUTES)


def skill_capacity(minutes: int) -> int:
    """How many skills a stage of ``minutes`` can assess with independent evidence."""
    return usable_minutes(minutes) // MINUTES_PER_SKILL


class PlanSkill(BaseModel):
    id: str
    name: str
    kind: Literal["hard", "soft"]
    priority: Literal["must", "nice"]
    catalogue_id: str | None = None
    focuses: list[str] = []  # stage focuses that suit the skill (from the catalogue)


class PlanQuestion(BaseModel):
    id: str
    key: str = ""  # a stable, human key (bank/id) for deterministic tie-breaks; defaults to the id
    minutes: int
    kind: str
    difficulty: str = "medium"
    catalogue_skills: list[str]  # catalogue skill ids, primary first
    relevance: float = 0.0  # higher is better (e.g. from FTS ranking against the requirement text)

    def model_post_init(self, _context: object) -> None:
        if not self.key:
            self.key = self.id


class PlanInterviewer(BaseModel):
    id: str
    name: str
    focuses: list[str] = []
    skills: list[str] = []  # catalogue ids or slugs the person may assess
    weekly_limit: int = 5
    load: int = 0  # interviews already planned elsewhere this week


class PlanStage(BaseModel):
    id: str
    name: str
    minutes: int
    focus: str = ""
    format: str = "onsite"
    position: int = 0
    skills: list[str] = []  # role skill ids assessed here
    questions: list[str] = []  # question ids in order
    interviewers: list[str] = []  # interviewer ids


class LoopState(BaseModel):
    """Everything the checks need to judge a loop."""

    skills: list[PlanSkill]
    stages: list[PlanStage]
    questions: dict[str, PlanQuestion] = Field(default_factory=dict)  # every question used by a stage
    interviewers: dict[str, PlanInterviewer] = Field(default_factory=dict)


class Finding(BaseModel):
    severity: Literal["error", "warning"]
    code: str
    message: str
    stage: str | None = None  # stage id
    skill: str | None = None  # role skill id
