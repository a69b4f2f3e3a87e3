"""Content the user owns: their own skills, questions and rubrics, kept apart from the shipped content,
never overwritten by ``init``, imported from the formats people already use, and used by the planner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import text

from interview_planner.content.loader import load_bank
from interview_planner.content.templates import write_template
from interview_planner.errors import ConflictError, InputError, InputErrors
from interview_planner.services.content import (
    import_banks,
    import_rubrics,
    load_bundled_content,
    restore_rubric,
    rubric_history,
)
from interview_planner.services.loops import plan
from interview_planner.services.roles import import_role
from interview_planner.services.rubrics import get_rubric
from interview_planner.services.search import search_questions
from interview_planner.services.skills import (
    add_skill,
    edit_skill,
    merge_skill,
    promote_role_skill,
    relink_candidates,
    retire_skill,
)

DATA = Path(__file__).resolve().parents[2] / "data"
MARKDOWN_BANK = DATA / "banks" / "team_questions.md"

A11Y = {
    "slug": "web-accessibility",
    "name": "Web accessibility",
    "kind": "hard",
    "definition": "Building web interfaces everyone can use: semantic HTML, ARIA, keyboard and screen readers.",
    "aliases": ["accessibility", "a11y"],
    "keywords": ["wcag", "screen reader", "aria"],
    "focuses": ["coding"],
}

POSTING = """Senior Frontend Engineer

We build the booking pages for small clinics.

Requirements
- Web accessibility: WCAG 2.2 and screen readers
- Clear written communication
"""


def _question(qid: str, skills: list[str], text_: str, *, kind: str = "technical", minutes: int = 15) -> dict[str, Any]:
    return {
        "id": qid,
        "text": text_,
        "kind": kind,
        "minutes": minutes,
        "difficulty": "medium",
        "skills": skills,
        "follow_ups": ["Which users would still be stuck?", "How would you test it in CI?"],
        "strong_signals": ["Tests with a screen reader and the keyboard, not only an automated checker."],
        "weak_signals": ["Treats accessibility as adding alt text at the end."],
    }


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _rubric(skill: str, title: str, *, marker: str = "") -> dict[str, Any]:
    return {
        "skill": skill,
        "title": title,
        "anchors_required": 2,
        "bars": {"senior": "Makes their own team's pages accessible.", "staff": "Sets the practice for several teams."},
        "levels": [
            {
                "level": n,
                "label": label,
                "summary": f"Level {n} {marker}".strip(),
                "anchors": [f"Observable behaviour {n}a {marker}".strip(), f"Observable behaviour {n}b"],
            }
            for n, label in ((1, "Strong no"), (2, "No"), (3, "Yes"), (4, "Strong yes"))
        ],
    }


def _planned_banks(db: Any, view: Any) -> set[str]:
    ids = [q.id for s in view.stages for q in s.questions]
    with db.read() as session:
        rows = session.execute(text("SELECT id, bank, external_id FROM question")).all()
    by_id = {r.id: f"{r.bank}/{r.external_id}" for r in rows}
    return {by_id[i] for i in ids}


# --- skills are data the user owns -------------------------------------------------------


@pytest.fixture
def without_bundled_accessibility(db: Any) -> Any:
    """These tests add web accessibility as the user's own skill. The bundled catalogue ships a frontend
    family since it grew to 62 skills, so it goes first: the catalogue is then as a team without it has it."""
    with db.write() as session:
        session.execute(
            text(
                "DELETE FROM catalogue_skill WHERE slug IN "
                "('web-accessibility', 'frontend-engineering', 'css-design-systems')"
            )
        )
    return db


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_a_new_skill_with_its_questions_and_rubric_is_linked_and_planned(db: Any, tmp_path: Path) -> None:
    skill = add_skill(db, A11Y)
    assert skill.origin == "user" and skill.slug == "web-accessibility"
    bank = _write(
        tmp_path / "a11y.yaml",
        {
            "bank": "frontend-team",
            "title": "Our frontend questions",
            "questions": [
                _question(
                    "a11y-01",
                    ["web-accessibility"],
                    "Here is a date picker that only works with a mouse. Make it usable with a keyboard "
                    "and a screen reader.",
                    kind="coding",
                    minutes=25,
                ),
                _question(
                    "a11y-02",
                    ["web-accessibility"],
                    "How do you test a page against WCAG before release?",
                ),
            ],
        },
    )
    assert import_banks(db, [bank]).added == 2
    assert import_rubrics(db, [_write(tmp_path / "a11y-rubric.yaml", _rubric("web-accessibility", "A11y"))]).added == 1

    role = import_role(db, text_=POSTING)
    linked = {s.name: s.catalogue_skill for s in role.skills}
    assert "web-accessibility" in linked.values(), linked
    view = plan(db, role=role.role.id)
    assert {"frontend-team/a11y-01", "frontend-team/a11y-02"} & _planned_banks(db, view)


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_unlinked_role_skills_are_offered_to_a_new_skill_and_linked_on_request(db: Any) -> None:
    role = import_role(db, text_=POSTING)
    assert any(s.catalogue_skill is None for s in role.skills)  # nothing in the catalogue matched yet
    add_skill(db, A11Y)
    offered = relink_candidates(db, skill="web-accessibility")
    assert [(o.role, o.skill) for o in offered] == [("Senior Frontend Engineer", "web-accessibility")]
    with db.read() as session:  # only an offer so far
        assert session.execute(text("SELECT count(*) FROM role_skill WHERE catalogue_skill_id IS NULL")).scalar()
    relink_candidates(db, apply=True, skill="web-accessibility")
    assert relink_candidates(db, skill="web-accessibility") == []


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_a_custom_role_skill_is_promoted_to_the_catalogue_in_one_step(db: Any) -> None:
    role = import_role(db, text_=POSTING)
    custom = next(s for s in role.skills if s.catalogue_skill is None)
    view = promote_role_skill(db, custom.id, slug="web-a11y")
    assert view.slug == "web-a11y" and view.origin == "user" and view.kind == custom.kind
    with db.read() as session:
        linked = session.execute(
            text(
                "SELECT cs.slug FROM role_skill rs JOIN catalogue_skill cs ON cs.id = rs.catalogue_skill_id "
                "WHERE rs.id = :id"
            ),
            {"id": custom.id},
        ).scalar()
    assert linked == "web-a11y"
    with pytest.raises(ConflictError):
        promote_role_skill(db, custom.id)


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_edit_retire_and_merge_keep_links_and_history(db: Any, tmp_path: Path) -> None:
    add_skill(db, A11Y)
    edited = edit_skill(db, "web-accessibility", {"name": "Accessibility (a11y)", "aliases": ["inclusive design"]})
    assert edited.name == "Accessibility (a11y)" and edited.aliases == ["inclusive design"]
    with pytest.raises(InputError, match="focuses"):
        edit_skill(db, "web-accessibility", {"focuses": ["dancing"]})

    retire_skill(db, "observability")
    role = import_role(
        db, text_="Site Reliability Engineer\n\nRequirements\n- Monitoring and telemetry with Prometheus\n"
    )
    assert all(s.catalogue_skill != "observability" for s in role.skills)
    retire_skill(db, "observability", undo=True)

    from interview_planner.services.loops import add_interviewer, list_interviewers

    add_interviewer(db, name="Ann", skills=["written-communication", "ci-cd"])
    bundled_questions = len(search_questions(db, skills=["written-communication"], limit=500))
    import_rubrics(db, [_write(tmp_path / "r.yaml", _rubric("web-accessibility", "A11y"))])
    merged = merge_skill(db, "written-communication", into="web-accessibility")
    assert "Written communication" in merged.aliases
    assert next(p for p in list_interviewers(db) if p.name == "Ann").skills == ["web-accessibility", "ci-cd"]
    assert len(search_questions(db, skills=["web-accessibility"], limit=500)) == bundled_questions
    # the target kept its own rubric; the merged skill's rubric is in its history, restorable
    assert get_rubric(db, "web-accessibility").title == "A11y"
    assert [v.title for v in rubric_history(db, "web-accessibility")] == ["Written communication"]
    # a file that still names the merged slug imports onto the skill it became
    bank = _write(
        tmp_path / "w.yaml",
        {"bank": "mine", "title": "Mine", "questions": [_question("w1", ["written-communication"], "Write it.")]},
    )
    import_banks(db, [bank])
    assert search_questions(db, banks=["mine"])[0].skills == ["web-accessibility"]


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_a_rubric_for_a_new_skill_is_accepted_and_an_unknown_one_says_how_to_add_it(db: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "r.yaml", _rubric("web-accessibility", "A11y"))
    with pytest.raises(InputError, match="skill add"):
        import_rubrics(db, [path])
    add_skill(db, A11Y)
    assert import_rubrics(db, [path]).added == 1


# --- user content is never overwritten ----------------------------------------------------


def test_init_keeps_a_users_edit_of_a_shipped_rubric_and_question_and_says_so(db: Any, tmp_path: Path) -> None:
    shipped = get_rubric(db, "ci-cd")
    mine = _write(tmp_path / "ci.yaml", _rubric("ci-cd", "Our CI/CD rubric", marker="(ours)"))
    with pytest.raises(ConflictError, match="--replace"):
        import_rubrics(db, [mine])
    assert import_rubrics(db, [mine], replace=True).updated == 1
    question = search_questions(db, banks=["ci-cd"], limit=1)[0]
    edited = _question(question.external_id, ["ci-cd"], "Our own wording of this question.")
    import_banks(db, [_write(tmp_path / "q.yaml", {"bank": "ci-cd", "title": "CI/CD", "questions": [edited]})])

    _skills, questions, rubrics = load_bundled_content(db)

    assert get_rubric(db, "ci-cd").title == "Our CI/CD rubric"
    assert rubrics.kept == ["rubric ci-cd"] and rubrics.updated == 0
    assert questions.kept == [f"question ci-cd/{question.external_id}"]
    assert search_questions(db, banks=["ci-cd"], limit=1)[0].text == "Our own wording of this question."
    # the shipped rubric was kept, and comes back in one step
    restore_rubric(db, "ci-cd")
    assert get_rubric(db, "ci-cd").title == shipped.title
    assert [v.title for v in rubric_history(db, "ci-cd")] == ["Our CI/CD rubric"]


def test_init_upgrades_shipped_content_nobody_changed(db: Any) -> None:
    with db.write() as session:  # as if an older release had shipped other wording
        session.execute(
            text(
                "UPDATE question SET text = 'old wording', content_hash = 'old', bundled_hash = 'old' "
                "WHERE bank = 'ci-cd'"
            )
        )
    _, questions, _ = load_bundled_content(db)
    assert questions.kept == [] and questions.updated == len(search_questions(db, banks=["ci-cd"], limit=500))
    assert all(q.text != "old wording" and q.origin == "bundled" for q in search_questions(db, banks=["ci-cd"]))


# --- real formats in --------------------------------------------------------------------


def test_a_markdown_list_of_our_questions_imports_in_one_step_with_review_marks(db: Any) -> None:
    report = import_banks(db, [MARKDOWN_BANK])
    assert report.added == 43 and report.needs_review == 43
    found = search_questions(db, banks=["team-questions"], limit=100)
    assert len(found) == 43 and all(q.needs_review and q.origin == "user" for q in found)
    by_text = {q.text: q for q in found}
    rollout = by_text["How would you roll out a database migration that must not block deploys for a day?"]
    assert rollout.follow_ups == ["What happens if the migration half-applies?", "How do you roll it back?"]
    assert rollout.skills == ["ci-cd"] and rollout.kind == "technical"
    tagged = by_text["How do you decide which tests run before merge and which run nightly?"]
    assert (tagged.kind, tagged.minutes, tagged.difficulty) == ("technical", 15, "hard")
    assert by_text["Tell me about a time a release went wrong after all checks were green."].kind == "behavioural"
    assert {q.skills[0] for q in found} == {
        "ci-cd",
        "observability",
        "written-communication",
        "problem-solving",
        "coaching-mentoring",
    }
    assert import_banks(db, [MARKDOWN_BANK]).unchanged == 43  # idempotent


def test_every_problem_of_a_bad_list_is_reported_in_one_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(
        "# Mixed bag\n\n- A question before any heading\n\n## Gardening\n\n- How do you prune roses?\n"
        "- Another one [musical, 300 min]\n\n## CI/CD\n\n- How do you ship? [10 min]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputErrors) as caught:
        load_bank(bad, skills_by_name={"ci cd": "ci-cd"})
    lines = str(caught.value).splitlines()
    assert lines[0] == "5 problems:"
    assert lines[1].startswith(f"{bad}:3: skills: no catalogue skill")
    assert any(line.startswith(f"{bad}:7: skills:") for line in lines)
    assert any(f"{bad}:8: [...]: 'musical' is not a kind" in line for line in lines)
    assert any(f"{bad}:8: questions[2].minutes:" in line for line in lines)


def test_a_markdown_file_given_as_yaml_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "questions.yaml"
    path.write_text(MARKDOWN_BANK.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match=r"questions.yaml:1: this is a Markdown list of questions, not YAML"):
        load_bank(path)
    with pytest.raises(InputError, match=r"\.docx is not a supported question bank format"):
        load_bank(tmp_path / "questions.docx")


def test_csv_columns_are_found_by_their_usual_names_and_synonyms_are_accepted(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Question,Type,Time,Level,Competency,Red flags\n"
        '"Tell me about a time you disagreed with a co-worker.",behavioral,10,intermediate,'
        "cross-functional-collaboration,Blames the other person\n"
        '"Design a rate limiter for our public API.",System-Design,30,hard,microservices-apis,\n'
        '"What would you do if a release slipped a week?",past-behaviour,10,easy,time-priority-management,\n',
        encoding="utf-8",
    )
    report = import_banks(db, [path])
    assert report.added == 3 and report.needs_review == 3
    kinds = {q.text[:6]: q.kind for q in search_questions(db, banks=["sheet"])}
    assert kinds == {"Tell m": "behavioural", "Design": "system_design", "What w": "behavioural"}
    assert search_questions(db, "coworker", banks=["sheet"])[0].text.startswith("Tell me about a time")


@pytest.mark.usefixtures("without_bundled_accessibility")
def test_templates_are_valid_starter_files(db: Any, tmp_path: Path) -> None:
    bank = write_template(tmp_path / "bank.yaml", "bank", skill="ci-cd")
    rubric = write_template(tmp_path / "rubric.yaml", "rubric", skill="web-accessibility")
    assert "# " in bank.read_text(encoding="utf-8")  # commented
    assert import_banks(db, [bank]).added == 2
    add_skill(db, A11Y)
    assert import_rubrics(db, [rubric]).added == 1
    with pytest.raises(InputError, match="exists already"):
        write_template(bank, "bank")


# --- planner and search use everything ----------------------------------------------------


def test_a_user_banks_better_fitting_question_is_chosen_by_the_planner(db: Any, tmp_path: Path) -> None:
    posting = (
        "Staff Data Engineer\n\nRequirements\n"
        "- Kafka consumer lag, partition rebalancing and exactly-once delivery in streaming pipelines\n"
    )
    role = import_role(db, text_=posting)
    assert [s.catalogue_skill for s in role.skills] == ["streaming-messaging"]
    mine = _question(
        "lag-01",
        ["streaming-messaging"],
        "Our Kafka consumers fall behind during partition rebalancing. Walk me through how you would find "
        "the cause of the consumer lag and keep exactly-once delivery while fixing it.",
        kind="system_design",
        minutes=20,
    )
    import_banks(db, [_write(tmp_path / "mine.yaml", {"bank": "data-team", "title": "Ours", "questions": [mine]})])
    assert "data-team/lag-01" in _planned_banks(db, plan(db, role=role.role.id))


def test_questions_marked_for_review_wait_until_completed(db: Any) -> None:
    import_banks(db, [MARKDOWN_BANK])
    role = import_role(db, text_="Platform Engineer\n\nRequirements\n- Observability: dashboards, SLOs and alerting\n")
    assert not any(b.startswith("team-questions/") for b in _planned_banks(db, plan(db, role=role.role.id)))


@pytest.mark.parametrize(
    ("query", "finds"),
    [("co-worker", "coworker"), ("coworker", "co-worker"), ("behavior", "behaviour"), ("optimise", "optimize")],
)
def test_spelling_variants_find_each_other(db: Any, tmp_path: Path, query: str, finds: str) -> None:
    question = _question("v1", ["problem-solving"], f"A question about the {finds} of the queue.")
    import_banks(db, [_write(tmp_path / "v.yaml", {"bank": "variants", "title": "V", "questions": [question]})])
    assert [q.external_id for q in search_questions(db, query, banks=["variants"])] == ["v1"]


def test_the_bank_filter_names_unknown_banks(db: Any) -> None:
    assert {q.bank for q in search_questions(db, "pipeline", banks=["ci-cd"], limit=50)} == {"ci-cd"}
    with pytest.raises(Exception, match="no question bank 'nope'"):
        search_questions(db, banks=["nope"])
