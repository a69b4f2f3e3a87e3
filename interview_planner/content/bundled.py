"""Locate the content shipped with the app.

In an installed wheel the banks and rubrics live inside the package
(``interview_planner/question_banks``, ``interview_planner/rubrics``); in a
source checkout they are the top-level folders of the same names.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from interview_planner.content.loader import BankRows, Loaded, load_bank, load_catalogue, load_rubric
from interview_planner.content.schema import QuestionBank, Rubric, SkillCatalogue
from interview_planner.errors import InputError, InputErrors
from interview_planner.paths import data_file

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
CONTENT_SUFFIXES = {".yaml", ".yml", ".json", ".csv"}


def content_dir(name: str) -> Path:
    """The folder of bundled content ``name`` ("question_banks", "rubrics" or "data")."""
    installed = _PACKAGE_ROOT / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_ROOT.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled content folder {name!r} is missing from the installation")


def catalogue_path() -> Path:
    return data_file("skill_catalogue.yaml")


def bundled_bank_paths() -> list[Path]:
    return _content_files("question_banks")


def bundled_rubric_paths() -> list[Path]:
    return _content_files("rubrics")


def _content_files(name: str) -> list[Path]:
    folder = content_dir(name)
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in CONTENT_SUFFIXES and p.is_file())


@cache
def bundled_catalogue() -> SkillCatalogue:
    return load_catalogue(catalogue_path()).model


def check_files(
    banks: list[Path], rubrics: list[Path], catalogue: SkillCatalogue | None = None
) -> tuple[list[Loaded[QuestionBank]], list[Loaded[Rubric]]]:
    """Load and cross-check content files; raise the first problem as an InputError."""
    slugs = {s.slug for s in (catalogue or bundled_catalogue()).skills}
    loaded_banks = [load_bank(p) for p in banks]
    for loaded in loaded_banks:
        check_bank_skills(loaded, slugs)
    loaded_rubrics = [load_rubric(p) for p in rubrics]
    for rubric in loaded_rubrics:
        if rubric.model.skill not in slugs:
            raise InputError(
                f"unknown skill {rubric.model.skill!r} (not in the skill catalogue)",
                file=rubric.path,
                line=rubric.line_of("skill"),
                field="skill",
            )
    return loaded_banks, loaded_rubrics


def check_bank_skills(loaded: Loaded[QuestionBank], slugs: set[str]) -> None:
    problems = bank_skill_problems(loaded, slugs)
    if problems:
        raise InputErrors(problems)


def bank_skill_problems(loaded: Loaded[QuestionBank] | Loaded[BankRows], slugs: set[str]) -> list[InputError]:
    """Every question skill that is not in the catalogue, as one problem each."""
    if isinstance(loaded.model, BankRows):
        skill_lists = [q["skills"] for q in loaded.model.questions]
    else:
        skill_lists = [q.skills for q in loaded.model.questions]
    if set().union(*skill_lists) <= slugs:  # the usual case, without a Python loop over every skill
        return []
    return [
        InputError(
            f"unknown skill {slug!r} (not in the skill catalogue; add it with 'interview-planner skill add')",
            file=loaded.path,
            line=loaded.line_of("questions", qi, "skills", si),
            field=f"questions[{qi}].skills[{si}]",
        )
        for qi, skills in enumerate(skill_lists)
        for si, slug in enumerate(skills)
        if slug not in slugs
    ]


def main() -> int:
    """``python -m interview_planner.content.bundled``: validate the shipped content."""
    banks, rubrics = check_files(bundled_bank_paths(), bundled_rubric_paths())
    questions = sum(len(b.model.questions) for b in banks)
    print(f"{len(banks)} bank file(s), {questions} question(s), {len(rubrics)} rubric(s): all valid")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except InputError as exc:
        print(f"error: {exc}")
        raise SystemExit(2) from None
