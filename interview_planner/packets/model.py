"""The content of every printable document, as plain pydantic data.

The core computes these from the database (``interview_planner.packets.build``);
the renderer in ``interview_planner.pdf`` turns them into PDF bytes and knows
nothing about the database. Tests check the content here and smoke-test the
PDFs.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Paper = Literal["a4", "letter"]
RATING_EXPORTS = ("1", "2", "3", "4", "NA")
# "undecided" is the PDF's way back: a viewer cannot untick a radio group, so a mis-click on the overall
# recommendation is taken back by ticking "No decision yet" (read as no recommendation: the file stays a draft).
NO_DECISION = "undecided"
OVERALL_EXPORTS = ("strong_no", "no", "yes", "strong_yes", NO_DECISION)
OVERALL_LABELS = {
    "strong_no": "Strong no",
    "no": "No",
    "yes": "Yes",
    "strong_yes": "Strong yes",
    NO_DECISION: "No decision yet",
}


class RubricLevelData(BaseModel):
    level: int  # 1..4
    label: str  # Strong no / No / Yes / Strong yes
    summary: str
    anchors: list[str]


class PacketSkill(BaseModel):
    id: str  # role skill id: names the form fields rating.<id> / evidence.<id>
    name: str
    kind: Literal["hard", "soft"]
    priority: Literal["must", "nice"]
    definition: str
    rubric: list[RubricLevelData]  # empty when the skill has no rubric yet


class ArtefactData(BaseModel):
    kind: str  # code | diff | data | text
    title: str
    language: str | None = None
    content: str


class PacketQuestion(BaseModel):
    number: int  # 1-based order in the stage
    text: str
    minutes: int
    kind: str
    difficulty: str
    skills: list[str]  # names of the assessed skills this question probes
    follow_ups: list[str]
    strong_signals: list[str]
    weak_signals: list[str]
    rates: list[str] = []  # names of the assessed skills this question primarily probes (what it is rated on)
    artefact: ArtefactData | None = None  # printed in the appendix
    anchor: bool = False  # the stage's anchor exercise

    @property
    def listen_for(self) -> str:
        """The one line an interviewer listens for (the first strong signal)."""
        return self.strong_signals[0] if self.strong_signals else ""


class StageRef(BaseModel):
    position: int  # 1-based, as people count stages
    name: str
    format: str
    minutes: int
    focus: str
    is_this_stage: bool = False


class InterviewerPacket(BaseModel):
    """One PDF per interview (candidate x stage x interviewer)."""

    interview_id: str
    database_id: str  # the database's own id: a packet from another database is refused on import
    candidate_name: str
    role_title: str
    loop_name: str
    stage_name: str
    stage_format: str
    stage_minutes: int
    stage_focus: str
    scheduled_at: str | None  # already formatted for people, e.g. "Tue 1 Dec 2026, 10:00"
    start: str | None = None  # ISO date-time of the interview's start (for the run sheet's clock times)
    time_zone: str = "UTC"  # the zone the clock times are printed in
    stage_focus_label: str = ""  # the focus as people say it ("System design")
    interviewer_name: str
    stages: list[StageRef]  # the whole loop, this stage marked; no other interviewer's notes
    skills: list[PacketSkill]
    questions: list[PacketQuestion]
    generated_on: str  # a date string passed in, so output is deterministic
    app_version: str
    seal: str = ""  # keyed MAC over the identifying fields (packets/seal.py); set when exported as a PDF


class MatrixStage(BaseModel):
    id: str
    name: str
    format: str
    minutes: int
    minutes_used: int
    focus: str
    interviewers: list[str]
    focus_label: str = ""
    anchor: str | None = None  # the anchor exercise, e.g. "45 min: Design the backend for…"
    rated: int = 0  # skills rated here
    cap: int = 0  # skills the stage's minutes allow


class MatrixSkill(BaseModel):
    id: str
    name: str
    kind: Literal["hard", "soft"]
    priority: Literal["must", "nice"]
    # number of questions probing the skill per stage (same order as stages);
    # None where the stage does not assess the skill, 0 where it does without a question
    cells: list[int | None]


class FindingData(BaseModel):
    severity: Literal["error", "warning"]
    code: str
    message: str


class LoopOverview(BaseModel):
    role_title: str
    loop_name: str
    candidate_name: str | None
    stages: list[MatrixStage]
    skills: list[MatrixSkill]
    findings: list[FindingData]
    generated_on: str
    app_version: str
    budget: str = ""  # "26 of 29 skill slots used; the role wants 27"


class RatingColumn(BaseModel):
    interviewer: str
    stage: str


class EvidenceLine(BaseModel):
    """One interviewer's word on one skill, as the debrief prints it (submitted scorecards only)."""

    interviewer: str
    stage: str
    rating: int | None
    not_assessed_reason: str = ""  # rating None with a reason: not assessed
    evidence: str = ""


# What a cell of the ratings grid shows besides a rating 1-4 (aligned with the columns).
CellState = Literal["rated", "not_assessed", "not_rated", "not_in_stage", "not_submitted"]


class SkillRatingsRow(BaseModel):
    name: str
    priority: Literal["must", "nice"]
    ratings: list[int | None]  # aligned with ConsolidatedScorecard.columns; None = not rated
    mean: float | None
    flags: list[str]
    states: list[CellState] = []  # aligned with ratings; empty: "rated" where a rating is given, else not rated
    evidence: list[EvidenceLine] = []


class OverallRow(BaseModel):
    interviewer: str
    stage: str
    recommendation: str | None  # strong_no / no / yes / strong_yes, None if not submitted
    key_takeaways: str = ""


class ConsolidatedScorecard(BaseModel):
    candidate_name: str
    role_title: str
    loop_name: str
    decision: Literal["hire", "no_hire", "incomplete"]  # the computed decision
    override: Literal["hire", "no_hire"] | None = None
    override_reason: str | None = None
    override_by: str | None = None
    reasons: list[str]
    flags: list[str]
    columns: list[RatingColumn]
    skills: list[SkillRatingsRow]
    overall: list[OverallRow]
    policy_summary: list[str]  # the rules in force, in words
    incomplete_causes: list[str] = []  # why the decision is incomplete, in words, for the banner
    generated_on: str
    app_version: str
