"""Plain data for decisions and calibration (no database)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Recommendation = Literal["strong_no", "no", "yes", "strong_yes"]
Decision = Literal["hire", "no_hire", "incomplete"]
RECOMMENDATION_VALUE: dict[str, int] = {"strong_no": 1, "no": 2, "yes": 3, "strong_yes": 4}
RATING_LABELS = {1: "Strong no", 2: "No", 3: "Yes", 4: "Strong yes"}


class DecisionPolicy(BaseModel):
    """The rule that turns scorecards into hire / no hire. Stored per loop; documented in docs/decision.md."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    must_mean_min: float = Field(2.5, ge=1, le=4, description="no_hire when a must-have skill's mean is below this")
    strong_no_veto: bool = Field(True, description="no_hire when any overall recommendation is strong_no")
    overall_mean_min: float = Field(
        3.0, ge=1, le=4, description="no_hire when the mean overall recommendation is below this"
    )
    disagreement_gap: int = Field(2, ge=1, le=3, description="flag a skill whose ratings are this far apart")
    nice_mean_flag: float = Field(2.5, ge=1, le=4, description="flag a nice-to-have skill whose mean is below this")
    late_hours: int = Field(24, ge=1, description="flag a scorecard submitted this long after its interview")

    def summary(self) -> list[str]:
        lines = [
            "Incomplete while any stage has no submitted scorecard or any must-have skill has no rating.",
            f"No hire when any must-have skill's mean rating is below {self.must_mean_min:g}.",
        ]
        if self.strong_no_veto:
            lines.append("No hire when any interviewer's overall recommendation is Strong no (veto).")
        lines += [
            f"No hire when the mean overall recommendation (Strong no = 1 … Strong yes = 4) is below "
            f"{self.overall_mean_min:g}.",
            "Otherwise hire.",
        ]
        return lines


class ScorecardInput(BaseModel):
    interview_id: str
    stage_id: str
    stage: str
    interviewer: str
    submitted: bool
    overall: Recommendation | None
    ratings: dict[str, int | None]  # role skill id -> 1..4, None = not assessed
    scheduled_at: datetime | None = None
    submitted_at: datetime | None = None
    evidence: dict[str, str] = Field(default_factory=dict)  # role skill id -> the interviewer's evidence
    not_assessed: dict[str, str] = Field(default_factory=dict)  # role skill id -> why it was not assessed
    key_takeaways: str = ""


class SkillInput(BaseModel):
    id: str
    name: str
    priority: Literal["must", "nice"]
    core: bool = False  # a core skill is planned in two stages; only its single rating is flagged


class StageInput(BaseModel):
    id: str
    name: str


class DecisionInput(BaseModel):
    skills: list[SkillInput]
    stages: list[StageInput]
    scorecards: list[ScorecardInput]


class SkillRating(BaseModel):
    interviewer: str
    stage: str
    rating: int | None  # None: not assessed (with not_assessed_reason) or not rated
    evidence: str = ""
    not_assessed_reason: str = ""


class SkillResult(BaseModel):
    id: str
    name: str
    priority: Literal["must", "nice"]
    core: bool = False
    mean: float | None
    ratings: list[SkillRating]


class OverallResult(BaseModel):
    interviewer: str
    stage: str
    recommendation: Recommendation | None
    key_takeaways: str = ""  # only of submitted scorecards; private notes never reach the decision


class Reason(BaseModel):
    rule: str  # incomplete-stage, incomplete-skill, must-below, strong-no-veto, overall-below, hire
    message: str


class Flag(BaseModel):
    code: str  # disagreement, single-observer, nice-below, late-submission
    message: str


class DecisionResult(BaseModel):
    decision: Decision
    reasons: list[Reason]
    flags: list[Flag]
    skills: list[SkillResult]
    overall: list[OverallResult]
    overall_mean: float | None
    submitted: int
    expected: int
