"""The content editors as a user meets them: problems shown on the field while typing, Save only when
valid, and what is saved is the user's (a new skill, a rubric, a question), reachable from the pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from interview_planner.services.content import rubric_history
from interview_planner.services.rubrics import get_rubric
from interview_planner.services.search import search_questions
from interview_planner.services.skills import get_skill
from interview_planner_ui.bank.question_editor import QuestionEditorDialog
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.rubrics.rubric_editor import RubricEditorDialog
from interview_planner_ui.rubrics.skill_editor import SkillEditorDialog


def _save(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_skill_editor_shows_problems_as_you_type_and_adds_a_users_skill(main_window: Any, qtbot: Any) -> None:
    dialog = SkillEditorDialog(main_window.db, None, None, main_window)
    qtbot.addWidget(dialog)
    assert not _save(dialog).isEnabled()
    assert dialog.errors.message("name") == "required"
    dialog.name.setText("Game engine programming")
    dialog.definition.setPlainText("Builds the real-time loop, rendering and physics of games.")
    assert dialog.errors.message("name") == "" and _save(dialog).isEnabled()
    dialog.slug.setText("Not A Slug")
    assert "lowercase words" in dialog.errors.message("slug") and not _save(dialog).isEnabled()
    dialog.slug.clear()
    dialog.aliases.setText("engine programming, game engines")
    dialog.focuses["coding"].setChecked(True)
    dialog.ask_to_link = False
    _save(dialog).click()
    skill = get_skill(main_window.db, "game-engine-programming")
    assert (skill.origin, skill.aliases, skill.focuses) == ("user", ["engine programming", "game engines"], ["coding"])


def test_the_rubric_editor_refuses_a_fourth_anchor_and_keeps_the_old_rubric(main_window: Any, qtbot: Any) -> None:
    dialog = RubricEditorDialog(main_window.db, None, "ci-cd", main_window)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "CI/CD and automation"
    for n, (_label, _summary, level_anchors) in enumerate(dialog.levels, start=1):
        level_anchors.setPlainText(f"Observable behaviour {n}a.\nObservable behaviour {n}b.")
    _label, _summary, anchors = dialog.levels[2]
    anchors.setPlainText("one\ntwo\nthree\nfour")
    assert dialog.errors.message("levels[2].anchors") == "at most three anchors per level"
    anchors.setPlainText("Ships small changes behind flags and watches them.")
    assert "at least 2" in dialog.errors.message("levels[2].anchors")
    anchors.setPlainText("Ships small changes behind flags.\nRolls back in minutes, by a tested path.")
    dialog.required.setValue(2)
    dialog.bars["staff"].setText("Sets the delivery practice several teams follow.")
    assert _save(dialog).isEnabled()
    _save(dialog).click()
    rubric = get_rubric(main_window.db, "ci-cd")
    assert rubric.anchors_required == 2 and rubric.bars["staff"].startswith("Sets the delivery")
    assert [v.title for v in rubric_history(main_window.db, "ci-cd")] == ["CI/CD and automation"]


def test_the_question_editor_edits_a_question_and_clears_its_review_mark(main_window: Any, qtbot: Any) -> None:
    question = search_questions(main_window.db, banks=["ci-cd"], limit=1)[0]
    dialog = QuestionEditorDialog(main_window.db, None, question.id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == question.text and _save(dialog).isEnabled()
    dialog.follow_ups.setPlainText("Only one follow-up")
    assert "at least 2" in dialog.errors.message("follow_ups") and not _save(dialog).isEnabled()
    dialog.follow_ups.setPlainText("What would you measure?\nWhat would you stop doing?")
    dialog.artefact_kind.setCurrentIndex(dialog.artefact_kind.findData("code"))
    assert dialog.errors.message("artefact.title") and dialog.errors.message("artefact.content")
    dialog.artefact_title.setText("The pipeline file")
    dialog.artefact_content.setPlainText("steps:\n  - run: make test\n")
    _save(dialog).click()
    saved = search_questions(main_window.db, banks=["ci-cd"], limit=1)[0]
    assert saved.follow_ups == ["What would you measure?", "What would you stop doing?"]
    assert saved.origin == "user" and not saved.needs_review


def test_importing_a_rubric_onto_a_skill_asks_first(main_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    page = main_window.open_page("rubrics")
    data = {
        "skill": "observability",
        "title": "Our observability rubric",
        "levels": [
            {"level": n, "label": lab, "summary": f"Level {n}.", "anchors": [f"a{n}", f"b{n}"]}
            for n, lab in ((1, "Strong no"), (2, "No"), (3, "Yes"), (4, "Strong yes"))
        ],
    }
    path = tmp_path / "obs.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    assert not page.import_rubric_files([path])
    assert "already has a rubric" in asked[0]
    assert get_rubric(main_window.db, "observability").title != "Our observability rubric"
    answer = QMessageBox.StandardButton.Yes
    assert page.import_rubric_files([path])
    assert get_rubric(main_window.db, "observability").title == "Our observability rubric"


def test_the_content_actions_are_offered_on_their_pages(main_window: Any) -> None:
    page = main_window.open_page("rubrics")
    page.select_skill("ci-cd")
    for action_id in (ActionId.NEW_SKILL, ActionId.EDIT_SKILL, ActionId.EDIT_RUBRIC, ActionId.IMPORT_RUBRICS):
        assert page.actions[action_id].isEnabled(), action_id
    assert "Yes for senior" in page.text.toPlainText() or get_rubric(main_window.db, "ci-cd").bars == {}


def test_a_custom_role_skill_is_added_to_the_catalogue_from_the_roles_page(
    main_window: Any, qtbot: Any, dialogs: Any
) -> None:
    from interview_planner.services.roles import get_role, import_role

    role = import_role(main_window.db, text_="Apiary Engineer\n\nRequirements\n- Beekeeping and hive inspections\n")
    page = main_window.open_page("roles")
    page.refresh()
    custom = next(s for s in role.skills if s.catalogue_skill is None)
    row = next(r for r in range(page.skill_model.rowCount()) if page.skill_model.record(r).id == custom.id)
    page.ui.skills.setCurrentIndex(page.skill_model.index(row, 0))
    assert page.actions[ActionId.PROMOTE_ROLE_SKILL].isEnabled()
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    page.actions[ActionId.PROMOTE_ROLE_SKILL].trigger()
    linked = next(s for s in get_role(main_window.db, role.role.id).skills if s.id == custom.id)
    assert linked.catalogue_skill is not None
    assert get_skill(main_window.db, linked.catalogue_skill).origin == "user"
    assert not page.actions[ActionId.PROMOTE_ROLE_SKILL].isEnabled()


def test_the_skill_editor_retires_and_merges_a_skill(main_window: Any, qtbot: Any, dialogs: Any) -> None:
    dialog = SkillEditorDialog(main_window.db, None, "cloud-cost-management", main_window)
    qtbot.addWidget(dialog)
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    dialog.retire_button.click()
    assert get_skill(main_window.db, "cloud-cost-management").retired
    dialog = SkillEditorDialog(main_window.db, None, "observability", main_window)
    qtbot.addWidget(dialog)
    dialog.merge_into("slo-incident-response")
    merged = get_skill(main_window.db, "observability")
    assert merged.retired and merged.merged_into == "slo-incident-response"
    assert "Observability" in get_skill(main_window.db, "slo-incident-response").aliases
