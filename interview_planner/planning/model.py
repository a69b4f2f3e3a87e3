"""The plain data the planner and the checks work on (no database)."""

from __future__ import annotations

from functools import cached_property
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

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
INTRO_MINUTES = 10  # kept free in every stage for introductions and the candidate's questions
SKILLS_PER_HOUR = 4  # a stage rates at most 4 skills per 60 minutes (see docs/planning.md)
ANCHOR_MINUTES = 30  # a question this long gives evidence for its first two skills, a shorter one for its first


def usable_minutes(minutes: int) -> int:
    return max(0, minutes - INTRO_MINUTES)


def skill_capacity(minutes: int) -> int:
    """How many skills a stage of ``minutes`` can rate with enough evidence for each."""
    return max(1, minutes * SKILLS_PER_HOUR // 60)


class AnchorRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kinds: list[str] = Field(min_length=1)
    min_minutes: int = Field(ge=5, le=240)
    max_minutes: int = Field(ge=5, le=240)
    label: str = "exercise"


class FocusRule(BaseModel):
    """What a stage of one focus needs: an optional anchor exercise, question kinds and depth."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    anchor: AnchorRule | None = None
    kinds: list[str] = Field(min_length=1)
    min_questions: int = Field(default=1, ge=1, le=10)
    max_questions: int = Field(default=4, ge=1, le=10)
    follow_on_max_minutes: int = Field(default=15, ge=5, le=120)

    def is_anchor(self, kind: str, minutes: int) -> bool:
        a = self.anchor
        return a is not None and kind in a.kinds and a.min_minutes <= minutes <= a.max_minutes


LENIENT_RULE = FocusRule(kinds=["behavioural", "situational", "technical", "system_design", "coding"])


class PlanSkill(BaseModel):
    id: str
    name: str
    kind: Literal["hard", "soft"]
    priority: Literal["must", "nice"]
    catalogue_id: str | None = None
    focuses: list[str] = []  # stage focuses that suit the skill (from the catalogue)
    core: bool = False  # a core skill is observed in two independent stages, another must-have in one
    weight: int = 1
    acknowledged: str | None = None  # the reason a must-have is knowingly left unobserved by this loop


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

    @cached_property
    def primary_skills(self) -> list[str]:
        """The skills the question really probes: its first, and its second when it is an anchor-length exercise."""
        return self.catalogue_skills[: 2 if self.minutes >= ANCHOR_MINUTES else 1]


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
    shadows: list[str] = []  # interviewer ids sitting in to learn the stage (no interview, no rating)


class LoopState(BaseModel):
    """Everything the checks need to judge a loop."""

    skills: list[PlanSkill]
    stages: list[PlanStage]
    questions: dict[str, PlanQuestion] = Field(default_factory=dict)  # every question used by a stage
    interviewers: dict[str, PlanInterviewer] = Field(default_factory=dict)
    rules: dict[str, FocusRule] = Field(default_factory=dict)  # focus -> rule; empty: the shipped rules
    single_rater: float | None = None  # the team's measured reliability of one rating; None: the prior

    def rule(self, focus: str) -> FocusRule:
        if not self.rules:
            from interview_planner.planning.templates import focus_rules

            self.rules = focus_rules()
        return self.rules.get(focus, LENIENT_RULE)


class Finding(BaseModel):
    severity: Literal["error", "warning"]
    code: str
    message: str
    stage: str | None = None  # stage id
    skill: str | None = None  # role skill id
