"""A requirement a person corrected is read their way again: in a new version of the posting, in another
posting that shares the line. Only what the person changed carries over; undoing the change forgets it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from interview_planner.db.database import Database
from interview_planner.operations import Op, apply
from interview_planner.operations import roles as role_ops
from interview_planner.services import roles, skills

SECURE = "- Strong understanding of secure communications standards and practices"
JOINED = "- Experience deploying cloud-based applications, and the ability to explain trade-offs to product managers"

FIRST = (
    f"# Platform Engineer\n\n## Requirements\n- 5+ years building backend services in Go or Java\n{SECURE}\n{JOINED}\n"
)
SECOND = f"# Senior Platform Engineer\n\n## What you bring\n{SECURE}\n{JOINED}\n- Kubernetes in production\n"


def _skill(view: roles.RoleView, words: str) -> roles.RoleSkillView:
    (found,) = [s for s in view.skills if words.casefold() in (s.part or s.source).casefold()]
    return found


def _correct(db: Database, skill: roles.RoleSkillView, **edit: str) -> None:
    roles.update_role_skill(db, role_skill_id=skill.id, edit=roles.SkillEdit(**edit))


def test_corrections_carry_over_to_another_posting_with_the_same_lines(db: Database) -> None:
    first = roles.import_role(db, text_=FIRST, source_name="first.md")
    secure, deploying = _skill(first, "secure communications"), _skill(first, "deploying")
    explaining = _skill(first, "explain trade-offs")
    assert deploying.source == explaining.source == JOINED  # one line, two requirements
    assert deploying.part is not None and "explain" not in deploying.part and "explain" in (explaining.part or "")
    _correct(db, secure, catalogue_skill="security-compliance", kind="hard")
    _correct(db, deploying, name="Cloud deployment", catalogue_skill="cloud-platforms", priority="nice")

    # the other posting writes its bullets another way and spaces one line differently: the same lines
    other = SECOND.replace("- Strong", "*   Strong").replace("- Experience", "• Experience")
    second = roles.import_role(db, text_=other, source_name="second.md")

    assert second.remembered == 2
    secure2, deploying2 = _skill(second, "secure communications"), _skill(second, "deploying")
    assert (secure2.catalogue_skill, secure2.kind, secure2.confidence) == ("security-compliance", "hard", None)
    assert secure2.name == secure.name and secure2.priority == secure.priority  # not corrected: as parsed
    assert (deploying2.name, deploying2.catalogue_skill, deploying2.priority) == (
        "Cloud deployment",
        "cloud-platforms",
        "nice",
    )
    # the other requirement of the joined line was not corrected: read as the parser reads it
    explaining2 = _skill(second, "explain trade-offs")
    assert (explaining2.name, explaining2.catalogue_skill, explaining2.kind) == (
        explaining.name,
        explaining.catalogue_skill,
        explaining.kind,
    )
    kubernetes = _skill(second, "kubernetes")
    assert kubernetes.catalogue_skill == "containers-kubernetes" and kubernetes.confidence is not None
    # each skill says whether it was read as corrected (the role page and the CLI show it)
    assert [s.remembered for s in (secure2, deploying2, explaining2, kubernetes)] == [True, True, False, False]


def test_a_new_version_of_the_posting_keeps_the_corrections(db: Database) -> None:
    first = roles.import_role(db, text_=FIRST, source_name="first.md")
    _correct(db, _skill(first, "secure communications"), catalogue_skill="security-compliance")
    again = roles.import_role(db, text_=FIRST, source_name="first.md", on_duplicate="new-version")
    assert again.imported == "new-version" and again.remembered == 1
    assert _skill(again, "secure communications").catalogue_skill == "security-compliance"


def test_undoing_a_correction_forgets_it_and_the_latest_role_decides(db: Database) -> None:
    first = roles.import_role(db, text_=FIRST, source_name="first.md")
    secure = _skill(first, "secure communications")
    parsed_link = secure.catalogue_skill
    done = role_ops.update_role_skill(
        db, role_skill_id=secure.id, edit={"catalogue_skill": "security-compliance", "name": "Secure protocols"}
    )
    apply(db, Op.model_validate_json(done.inverse.model_dump_json()))  # undo, as the app replays it
    later = roles.import_role(db, text_=SECOND, source_name="second.md")
    assert later.remembered == 0
    assert _skill(later, "secure communications").catalogue_skill == parsed_link

    # corrected in the latest role, then that role's requirement put back as parsed in a newer one
    _correct(db, _skill(later, "secure communications"), catalogue_skill="security-compliance")
    third = roles.import_role(db, text_=SECOND, source_name="third.md", on_duplicate="new")
    assert _skill(third, "secure communications").catalogue_skill == "security-compliance"
    _correct(db, _skill(third, "secure communications"), catalogue_skill="")  # unlinked by hand
    fourth = roles.import_role(db, text_=SECOND, source_name="fourth.md", on_duplicate="new")
    fourth_secure = _skill(fourth, "secure communications")
    assert fourth_secure.catalogue_skill is None and fourth_secure.confidence is None  # the person's choice


def test_a_link_to_a_skill_retired_since_is_not_taken(db: Database) -> None:
    first = roles.import_role(db, text_=FIRST, source_name="first.md")
    _correct(db, _skill(first, "secure communications"), catalogue_skill="threat-modeling")
    skills.retire_skill(db, "threat-modeling")
    second = roles.import_role(db, text_=SECOND, source_name="second.md")
    secure = _skill(second, "secure communications")
    assert secure.catalogue_skill != "threat-modeling" and secure.confidence is not None
    assert second.remembered == 0


def test_the_cli_corrects_a_skill_by_its_number_and_says_when_an_import_remembers(
    db_path: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "interview_planner", "--db", str(db_path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    assert cli("role", "import", str(first)).returncode == 0
    edited = cli("role", "edit-skill", "Platform Engineer", "2", "--link", "security-compliance", "--kind", "hard")
    assert edited.returncode == 0, edited.stderr
    assert "[hard must] Secure communications standards and practices" in edited.stdout
    assert "-> security-compliance" in edited.stdout
    missing = cli("role", "edit-skill", "Platform Engineer", "9", "--kind", "soft")
    assert missing.returncode != 0 and "no role skill '9'" in missing.stderr
    imported = cli("role", "import", str(second))
    assert imported.returncode == 0, imported.stderr
    assert "1 requirement read as a person corrected it in an earlier role" in imported.stdout
    (line,) = [line for line in imported.stdout.splitlines() if "Secure communications" in line]
    assert "-> security-compliance  [as corrected before]" in line
