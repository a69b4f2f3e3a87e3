"""Importing postings as roles: the same posting twice, confidence and review, bad files store nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_planner.errors import InputError
from interview_planner.services import roles


def cli(db: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "interview_planner", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_same_posting_is_recognised_even_with_other_whitespace(db, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    first = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    assert first.imported == "new"
    again = roles.import_role(db, text_="\ufeff" + seed_text.replace("\n", "\r\n  "), source_name="copy.txt")
    assert again.imported == "reused" and again.role.id == first.role.id
    assert len(roles.list_roles(db)) == 1


def test_asking_then_choosing_a_new_version_or_a_new_role(db, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    first = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    with pytest.raises(roles.DuplicatePostingError) as caught:
        roles.import_role(db, text_=seed_text, source_name="seed.txt", on_duplicate="ask")
    assert caught.value.role_id == first.role.id and "already imported" in str(caught.value)
    version = roles.import_role(db, text_=seed_text, on_duplicate="new-version")
    assert (version.imported, version.role.title) == ("new-version", "Lead Member of Technical Staff (version 2)")
    third = roles.import_role(db, text_=seed_text, on_duplicate="new-version")
    assert third.role.title == "Lead Member of Technical Staff (version 3)"
    separate = roles.import_role(db, text_=seed_text, on_duplicate="new")
    assert separate.imported == "new" and separate.role.title == "Lead Member of Technical Staff"
    assert len(roles.list_roles(db)) == 4


def test_links_carry_a_confidence_and_weak_ones_need_review(db) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Platform Engineer\n\nRequirements\n"
        "- Experience running Kubernetes clusters and Helm charts in production\n"
        "- Patience with legacy code\n"
    )
    view = roles.import_role(db, text_=text, source_name="platform.txt")
    kubernetes, patience = view.skills
    assert kubernetes.catalogue_skill == "containers-kubernetes"
    assert kubernetes.confidence is not None and kubernetes.confidence >= 0.45 and not kubernetes.needs_review
    assert patience.confidence is not None and patience.needs_review == roles.needs_review(
        patience.catalogue_skill, patience.confidence
    )


def test_the_cli_says_what_it_did_with_a_posting_imported_before(db_path: Path, seed_text: str, tmp_path: Path) -> None:
    posting = tmp_path / "seed.txt"
    posting.write_text(seed_text, encoding="utf-8")
    first = cli(db_path, "role", "import", str(posting))
    assert first.returncode == 0 and first.stdout.startswith("imported as a new role")
    second = cli(db_path, "role", "import", str(posting))
    assert second.returncode == 0 and second.stdout.startswith("already imported: reused the existing role")
    as_new = json.loads(cli(db_path, "role", "import", str(posting), "--as-new", "--json").stdout)
    assert as_new["imported"] == "new" and "confidence" in as_new["skills"][0]
    listed = cli(db_path, "role", "list").stdout
    assert listed.count("Lead Member of Technical Staff") == 2


def test_a_bad_file_exits_2_with_one_line_and_stores_nothing(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.rect(40, 40, 100, 100, fill=1)
    canvas.save()
    result = cli(db_path, "role", "import", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and str(path) in result.stderr and "without text" in result.stderr
    assert "no roles yet" in cli(db_path, "role", "list").stdout


def test_nothing_is_stored_when_a_posting_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    # (A posting in which no requirement is found is kept with its text: tests/core/jd/test_no_requirements_kept.py.)
    for text in ("", "   \n\t\n"):
        with pytest.raises(InputError):
            roles.import_role(db, text_=text, source_name="empty.txt")
    assert roles.list_roles(db) == []


def _requirements(count: int, *, nice_repeats: int = 0) -> str:
    """A posting of ``count`` different requirements; ``nice_repeats`` of them said again under "Nice to have"."""
    lines = ["# Platform Engineer", "", "## Requirements"]
    lines += [f"- {n % 9 + 1}+ years of experience with service {n} in Python" for n in range(count)]
    lines += ["", "## Nice to have"]
    lines += [f"- {n % 9 + 1}+ years of experience with service {n} in Python" for n in range(nice_repeats)]
    return "\n".join(lines) + "\n"


def test_a_text_with_more_skills_than_a_role_holds_is_refused_quickly_and_stores_nothing(db) -> None:  # type: ignore[no-untyped-def]
    # 1 MB of different requirements: the import stops reading once the role could not hold them
    text = _requirements(20_000)
    assert len(text) > 1_000_000
    with pytest.raises(InputError) as caught:
        roles.import_role(db, text_=text, source_name="pasted.md")
    # (where the count passed the limit, and of how many lines: the user sees how much more the text holds)
    assert str(caught.value) == (
        "pasted.md: the posting lists more than 200 skills by line 204 of 20,005; a role holds at most 200"
        " (is this one posting?)"
    )
    assert roles.list_roles(db) == []


@pytest.mark.parametrize(
    ("count", "nice_repeats", "refused"),
    [
        (200, 0, False),
        (201, 0, True),
        # repeats of a must-have listed again as nice-to-haves are dropped: 200 skills, kept
        (200, 30, False),
        (201, 30, True),
    ],
)
def test_the_limit_counts_the_skills_a_role_would_get(db, count: int, nice_repeats: int, refused: bool) -> None:  # type: ignore[no-untyped-def]
    text = _requirements(count, nice_repeats=nice_repeats)
    if refused:
        with pytest.raises(InputError, match="more than 200 skills"):
            roles.import_role(db, text_=text, source_name="list.md")
        assert roles.list_roles(db) == []
    else:
        assert len(roles.import_role(db, text_=text, source_name="list.md").skills) == 200
