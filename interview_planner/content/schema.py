"""The formats of the human-edited content files, as pydantic models.

Three formats, each documented in ``docs/formats.md``:

* the **skill catalogue** (``interview_planner/data/skill_catalogue.yaml``):
  canonical skills that job descriptions are linked to;
* **question banks** (``question_banks/*.yaml|json|csv``);
* **rubrics** (``rubrics/*.yaml|json``): one behaviourally anchored, 4-level
  rubric per catalogue skill.

Questions and rubrics refer to catalogue skills by slug.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache, partial
from typing import Annotated, Any, NotRequired

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    Strict,
    StringConstraints,
    TypeAdapter,
    field_validator,
    model_validator,
    with_config,
)
from pydantic_core import CoreSchema, core_schema
from typing_extensions import TypedDict  # pydantic needs this one on Python < 3.12

from interview_planner.content.kinds import Difficulty, QuestionKind, SkillKind

SLUG_RE = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_RE, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _no_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError("a number is expected, not true/false")
    return value


Number = Annotated[int, BeforeValidator(_no_bool)]  # YAML/JSON true is not 1


# What people write for a question kind, after lower-casing and turning "-" and "_" into spaces.
KIND_SYNONYMS: dict[str, str] = {
    "technical": "technical",
    "tech": "technical",
    "knowledge": "technical",
    "conceptual": "technical",
    "system design": "system_design",
    "systems design": "system_design",
    "systemdesign": "system_design",
    "design": "system_design",
    "architecture": "system_design",
    "coding": "coding",
    "code": "coding",
    "programming": "coding",
    "live coding": "coding",
    "behavioural": "behavioural",
    "behavioral": "behavioural",
    "behaviour": "behavioural",
    "behavior": "behavioural",
    "past behaviour": "behavioural",
    "past behavior": "behavioural",
    "past behavioural": "behavioural",
    "past behavioral": "behavioural",
    "situational": "situational",
    "hypothetical": "situational",
    "scenario": "situational",
}
DIFFICULTY_SYNONYMS: dict[str, str] = {
    "easy": "easy",
    "junior": "easy",
    "basic": "easy",
    "beginner": "easy",
    "medium": "medium",
    "intermediate": "medium",
    "moderate": "medium",
    "mid": "medium",
    "hard": "hard",
    "difficult": "hard",
    "advanced": "hard",
    "senior": "hard",
}


def _synonym(table: dict[str, str], value: object) -> object:
    if isinstance(value, str):
        return table.get(value.strip().lower().replace("-", " ").replace("_", " "), value)
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CatalogueSkill(_Strict):
    """One canonical skill."""

    slug: Slug
    name: ShortText
    kind: SkillKind
    definition: Text
    keywords: list[ShortText] = Field(default_factory=list)
    aliases: list[ShortText] = Field(default_factory=list)
    focuses: list[Slug] = Field(
        default_factory=list,
        description="Stage focuses where this skill is naturally assessed (see loop templates).",
    )
    broader: Slug | None = Field(
        default=None,
        description="The wider catalogue skill this one narrows (sql -> databases-caching), if any.",
    )


class SkillCatalogue(_Strict):
    format: str = "interview-planner/skill-catalogue@1"
    skills: list[CatalogueSkill] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_slugs(self) -> SkillCatalogue:
        _reject_duplicates([s.slug for s in self.skills], "skills", "slug")
        return self


class ArtefactKind(StrEnum):
    CODE = "code"
    DIFF = "diff"
    DATA = "data"
    TEXT = "text"


class Artefact(_Strict):
    """What the candidate works on: the code, the pull request's diff, the data or the log excerpt
    that the question hands over. Printed in the packet appendix and shown in the app."""

    kind: ArtefactKind
    title: ShortText
    language: ShortText | None = Field(default=None, description="e.g. python, go, sql, diff")
    content: Annotated[str, StringConstraints(min_length=1, max_length=20000)]


class BankQuestion(_Strict):
    """One interview question."""

    id: Slug = Field(description="Stable id, unique within its bank.")
    text: Text
    kind: QuestionKind
    minutes: Number = Field(ge=1, le=120)
    difficulty: Difficulty
    skills: list[Slug] = Field(min_length=1, description="Catalogue slugs; the first is the primary skill.")
    follow_ups: list[Text] = Field(min_length=2)
    strong_signals: list[Text] = Field(min_length=1)
    weak_signals: list[Text] = Field(min_length=1)
    artefact: Artefact | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_synonyms(cls, value: object) -> object:
        return _synonym(KIND_SYNONYMS, value)

    @field_validator("difficulty", mode="before")
    @classmethod
    def _difficulty_synonyms(cls, value: object) -> object:
        return _synonym(DIFFICULTY_SYNONYMS, value)

    @field_validator("skills")
    @classmethod
    def _distinct_skills(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a skill is listed twice")
        return value


class QuestionBank(_Strict):
    """A file of questions."""

    format: str = "interview-planner/question-bank@1"
    bank: Slug = Field(description="Bank id; question ids are unique within it.")
    title: ShortText
    questions: list[BankQuestion] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> QuestionBank:
        _reject_duplicates([q.id for q in self.questions], "questions", "id")
        return self


# --- the import's validator -----------------------------------------------------------------------------
#
# Importing 100,000 questions spent most of its validation making 100,000 BankQuestion objects and calling
# the Python validators above four times per question (benchmarks/README.md). The import validates a bank
# file into plain data instead, with one compiled validator: the same field types and constraints, the
# synonyms looked up only when a value is not already canonical, and the checks pydantic-core cannot do
# (distinct skills, unique ids) in one loop afterwards. It accepts only what QuestionBank accepts, with the
# same values (tests/core/content/test_bank_fields.py); anything it refuses goes through QuestionBank, so a
# bad file gets exactly the errors it always got (content/loader.load_bank_rows).


class _Synonyms:
    """A canonical value as is, in pydantic-core; anything else through the synonym table first (Python)."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        canonical = handler(source)
        synonym = core_schema.no_info_before_validator_function(partial(_synonym, self.table), canonical)
        return core_schema.union_schema([canonical, synonym], mode="left_to_right")


@with_config(ConfigDict(extra="forbid"))
class QuestionFields(TypedDict):
    """The fields of a :class:`BankQuestion` as plain data, with the values validation gives the model.

    ``artefact`` is absent when the file does not give one. Only whole numbers are taken for ``minutes``
    here (a "15" or 15.0 is left to the model, which accepts them)."""

    id: Slug
    text: Text
    kind: Annotated[QuestionKind, _Synonyms(KIND_SYNONYMS)]
    minutes: Annotated[int, Strict(), Field(ge=1, le=120)]
    difficulty: Annotated[Difficulty, _Synonyms(DIFFICULTY_SYNONYMS)]
    skills: Annotated[list[Slug], Field(min_length=1)]
    follow_ups: Annotated[list[Text], Field(min_length=2)]
    strong_signals: Annotated[list[Text], Field(min_length=1)]
    weak_signals: Annotated[list[Text], Field(min_length=1)]
    artefact: NotRequired[Artefact | None]


@with_config(ConfigDict(extra="forbid"))
class BankFields(TypedDict):
    """A :class:`QuestionBank` file as plain data (``format`` absent when the file does not give it)."""

    format: NotRequired[str]
    bank: Slug
    title: ShortText
    questions: Annotated[list[QuestionFields], Field(min_length=1)]


@cache
def _bank_fields() -> TypeAdapter[BankFields]:  # built on first use: importing this module stays cheap
    return TypeAdapter(BankFields)


def bank_fields(data: Any) -> BankFields | None:
    """Parsed YAML or JSON as a valid bank's plain data, or None: then QuestionBank decides (and says why)."""
    try:
        fields = _bank_fields().validate_python(data)
    except ValueError:
        return None
    return fields if _checked(fields) else None


def bank_fields_json(text: str) -> BankFields | None:
    """A JSON bank file parsed and validated by pydantic-core in one pass, or None (as :func:`bank_fields`).

    Duplicate keys are not detected here (the last one is kept, as ``json.loads`` does): see
    :func:`pairs_of`."""
    try:
        fields = _bank_fields().validate_json(text)
    except (ValueError, RecursionError):
        return None
    return fields if _checked(fields) else None


def _checked(fields: BankFields) -> bool:
    """What QuestionBank's Python validators check: each question's skills distinct, question ids unique."""
    questions = fields["questions"]
    if len({q["id"] for q in questions}) != len(questions):
        return False
    return all(len(set(skills)) == len(skills) for skills in (q["skills"] for q in questions))


def pairs_of(fields: BankFields) -> int:
    """How many key/value pairs the file's objects held: the bank's, its questions' and their artefacts'.

    Validated data holds no other object, and validation keeps each key given once; a key written twice in
    the JSON text makes the text hold more pairs than this (its colons outside strings, files.json_pairs).
    """
    questions = fields["questions"]
    artefacts = [a for a in (q.get("artefact") for q in questions) if a is not None]
    return len(fields) + sum(map(len, questions)) + sum(len(a.model_fields_set) for a in artefacts)


LEVEL_LABELS = {1: "Strong no", 2: "No", 3: "Yes", 4: "Strong yes"}


class RubricLevel(_Strict):
    level: Number = Field(ge=1, le=4)
    label: ShortText
    summary: Text
    anchors: list[Text] = Field(min_length=2, description="Observable behaviours at this level.")


class Seniority(StrEnum):
    """Target seniority of a role: the scope at which a "Yes" is expected."""

    SENIOR = "senior"  # own team
    STAFF = "staff"  # several teams
    PRINCIPAL = "principal"  # the organisation (principal / lead)


class Rubric(_Strict):
    """A 4-level behaviourally anchored rating scale for one catalogue skill."""

    format: str = "interview-planner/rubric@1"
    skill: Slug
    title: ShortText
    levels: list[RubricLevel] = Field(min_length=4, max_length=4)
    anchors_required: Number | None = Field(
        default=None, ge=1, le=3, description="How many anchors of a level must be observed for that level."
    )
    bars: dict[Seniority, Text] = Field(
        default_factory=dict, description="What a 'Yes' (level 3) looks like at each target seniority."
    )

    @model_validator(mode="after")
    def _levels_in_order(self) -> Rubric:
        numbers = [lv.level for lv in self.levels]
        if numbers != [1, 2, 3, 4]:
            raise ValueError(f"levels must be 1, 2, 3, 4 in that order (found {numbers})")
        return self


def _reject_duplicates(values: list[str], collection: str, key: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{collection}: {key} {value!r} appears more than once")
        seen.add(value)


def is_slug(value: str) -> bool:
    return re.fullmatch(SLUG_RE, value) is not None
