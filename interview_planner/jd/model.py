"""What the job-description parser returns (plain data, no database)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SectionKind = Literal[
    "title",
    "skills",
    "hard_skills",
    "soft_skills",
    "nice_to_have",
    "responsibilities",
    "company",
    "benefits",
    "compensation",
    "education",
    "experience",
    "other",
]


class Section(BaseModel):
    heading: str
    line: int = Field(description="1-based line of the heading")
    kind: SectionKind
    produces_skills: bool
    parent: str | None = Field(
        default=None,
        description="Heading whose topic this sub-heading inherits (None: it decides its own)",
    )
    priority: Literal["must", "nice"] | None = Field(
        default=None, description="Priority the headings impose on this section's skills, if any"
    )
    skill_kind: Literal["hard", "soft"] | None = Field(
        default=None, description="Kind the headings impose on this section's skills, if any"
    )


class SalaryRange(BaseModel):
    minimum: int
    maximum: int
    currency: str = "USD"
    period: Literal["year", "month", "hour"] | None = "year"
    line: int


class SkillRequirement(BaseModel):
    name: str = Field(description="A short label a person would use, e.g. 'Distributed systems design'")
    source: str = Field(description="The full requirement text (wrapped bullet lines joined)")
    kind: Literal["hard", "soft"]
    priority: Literal["must", "nice"]
    line: int = Field(description="1-based line where the requirement starts")
    section: str = Field(description="Heading of the section it came from")
    kind_reason: str = Field(description="Why this kind: 'heading: ...' or 'lexicon: <word>' or 'default'")
    priority_reason: str = Field(description="Why this priority: 'heading: ...', 'text: <phrase>' or 'default'")
    part: str | None = Field(
        default=None,
        description="When the source lists several skills, the words of the source naming this one (it is linked "
        "by them); None when the requirement is the whole source",
    )


class ParsedJobDescription(BaseModel):
    title: str | None
    salary: SalaryRange | None = None
    sections: list[Section] = []
    responsibilities: list[str] = []
    skills: list[SkillRequirement]
    line_count: int
    more_postings: list[str] = Field(
        default=[],
        description='The further postings the text holds, which were not read ("Backend Engineer (line 14)"); '
        "only the first posting is",
    )
