"""Loop templates shipped as data (``interview_planner/data/loop_templates.yaml``)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from interview_planner.content.loader import load_model
from interview_planner.errors import NotFoundError
from interview_planner.paths import data_file
from interview_planner.planning.model import FOCUSES, LENIENT_RULE, Focus, FocusRule, Format

DEFAULT_TEMPLATE = "lead-engineer-onsite"


class TemplateStage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1, max_length=120)
    format: Format
    minutes: int = Field(ge=10, le=480)
    focus: Focus


class LoopTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    slug: str
    name: str
    description: str = ""
    stages: list[TemplateStage] = Field(min_length=1)


class TemplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str = "interview-planner/loop-templates@1"
    focuses: dict[Focus, FocusRule]
    templates: list[LoopTemplate] = Field(min_length=1)


@cache
def _file() -> TemplateFile:
    return load_model(data_file("loop_templates.yaml"), TemplateFile).model


def focus_rules() -> dict[str, FocusRule]:
    """The rule of every stage focus (a focus missing from the file gets a lenient default)."""
    rules: dict[str, FocusRule] = {str(k): v for k, v in _file().focuses.items()}
    for focus in FOCUSES:
        rules.setdefault(focus, LENIENT_RULE)
    return rules


def load_templates() -> tuple[LoopTemplate, ...]:
    return tuple(_file().templates)


def get_template(slug: str | None) -> LoopTemplate:
    wanted = (slug or DEFAULT_TEMPLATE).strip().lower()
    for template in load_templates():
        if template.slug == wanted or template.name.lower() == wanted:
            return template
    names = ", ".join(t.slug for t in load_templates())
    raise NotFoundError(f"no loop template {slug!r} (available: {names})")
