"""The jobs that used to need the CLI, done in the window: scorecards in (menu and drop),
kits out, the interviewer pool, settings, refresh, renames and deletes, the shortcut list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from interview_planner import settings as settings_store
from interview_planner.services import candidates, exchange, loops, packets, roles
from interview_planner.services import scorecards as sc
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.interviewer_pool import InterviewerForm, InterviewerPool
from interview_planner_ui.common.scorecard_import import ResultsDialog
from interview_planner_ui.common.settings_dialog import SettingsDialog
from interview_planner_ui.common.shortcuts_dialog import ShortcutsDialog

Button = QMessageBox.StandardButton


def _blank_interview(db: Any) -> tuple[str, str]:
    """(candidate id, interview id) of an interview nobody has scored yet."""
    for person in candidates.list_candidates(db):
        for interview in person.interviews:
            if interview.scorecard_status == "none":
                return person.id, interview.id
    raise AssertionError("the demo has no unscored interview")


def _filled_kit(db: Any, folder: Path) -> tuple[Path, str]:
    """Write a candidate's kits and fill an unscored one in as an interviewer would."""
    candidate, interview_id = _blank_interview(db)
    for kit in exchange.write_kits(db, candidate=candidate, out_dir=folder):
        data = json.loads(kit.read_text(encoding="utf-8"))
        if data["interview_id"] == interview_id:
            data["ratings"] = {skill["id"]: 3 for skill in data["skills"]}
            data["overall"] = "yes"
            data["status"] = "submitted"
            kit.write_text(json.dumps(data), encoding="utf-8")
            return kit, interview_id
    raise AssertionError("no kit for the interview")


def _capture_results(dialogs: Any) -> list[ResultsDialog]:
    seen: list[ResultsDialog] = []

    def look(dialog: Any) -> int:
        seen.append(dialog)
        return 0

    dialogs.answer("exec", look)
    return seen


def _rows(dialog: ResultsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_import_filled_scorecards_from_the_menu_lists_each_file(demo_window: Any, dialogs: Any, tmp_path: Path) -> None:
    kit, interview_id = _filled_kit(demo_window.db, tmp_path / "kits")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialogs.answer("open_files", ([str(kit), str(broken)], ""))
    seen = _capture_results(dialogs)
    action = demo_window.actions_by_id[ActionId.IMPORT_SCORECARDS]
    assert action.isEnabled()
    assert action in demo_window.toolbar.actions()
    action.trigger()
    (results,) = seen
    rows = _rows(results)
    assert rows[0][0] == f"✓ {kit.name}" and "submitted" in rows[0][1]
    assert rows[1][0] == "✗ broken.json" and "invalid JSON" in rows[1][1] and "broken.json" in rows[1][1]
    assert "1 of 2 file(s) imported" in results.findChild(QLabel, "summary").text()
    assert sc.get_scorecard(demo_window.db, interview_id).status == "submitted"


def test_dropping_filled_scorecards_on_the_window_imports_them(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    kit, interview_id = _filled_kit(demo_window.db, tmp_path / "kits")
    ignored = tmp_path / "notes.txt"
    ignored.write_text("not a scorecard", encoding="utf-8")
    seen = _capture_results(dialogs)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(kit)), QUrl.fromLocalFile(str(ignored))])
    event = QDropEvent(
        QPoint(200, 200).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    demo_window.dropEvent(event)
    assert event.isAccepted()
    (results,) = seen
    assert [name for name, _ in _rows(results)] == [f"✓ {kit.name}"]  # the .txt is not a scorecard
    assert sc.get_scorecard(demo_window.db, interview_id).status == "submitted"


def test_the_loop_overview_among_the_imported_files_is_listed_as_skipped(
    demo_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    kit, interview_id = _filled_kit(demo_window.db, tmp_path / "kits")
    candidate = sc.get_scorecard(demo_window.db, interview_id).candidate_id
    files = packets.export_packets(demo_window.db, candidate=candidate, out_dir=tmp_path / "packets")
    overview = next(Path(f.path) for f in files if f.kind != "packet")
    dialogs.answer("open_files", ([str(kit), str(overview)], ""))
    seen = _capture_results(dialogs)
    demo_window.actions_by_id[ActionId.IMPORT_SCORECARDS].trigger()
    (results,) = seen
    rows = _rows(results)
    assert rows[0][0] == f"✓ {kit.name}"
    assert rows[1] == (f"– {overview.name}", "skipped: not a scorecard packet (no scorecard fields)")
    summary = results.findChild(QLabel, "summary").text()
    assert "1 of 1 file(s) imported" in summary and "1 skipped (not scorecard packets" in summary
    assert sc.get_scorecard(demo_window.db, interview_id).status == "submitted"


def test_export_kits_for_the_selected_candidate(demo_window: Any, dialogs: Any, tmp_path: Path) -> None:
    person = candidates.list_candidates(demo_window.db)[0]
    page = demo_window.open_page("candidates")
    assert page.select_candidate(person.id)
    dialogs.answer("directory", str(tmp_path))
    demo_window.actions_by_id[ActionId.EXPORT_KITS].trigger()
    written = sorted(tmp_path.glob("*.json"))
    assert len(written) == len(person.interviews)
    assert json.loads(written[0].read_text(encoding="utf-8"))["candidate"] == person.name


def test_interviewer_pool_add_edit_remove_and_undo(qtbot: Any, demo_window: Any, dialogs: Any) -> None:
    before = {p.id for p in loops.list_interviewers(demo_window.db)}
    pools: list[InterviewerPool] = []

    def fill(dialog: Any) -> int:
        if isinstance(dialog, InterviewerPool):
            pools.append(dialog)
            return 0
        assert isinstance(dialog, InterviewerForm)
        dialog.name.setText("Noor Haddad")
        dialog.email.setText("noor@example.com")
        for row in range(dialog.focuses.count()):
            item = dialog.focuses.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "coding":
                item.setCheckState(Qt.CheckState.Checked)
        dialog.limit.setValue(3)
        return 1

    dialogs.answer("exec", fill)
    demo_window.show_interviewers()
    (pool,) = pools
    assert pool.table.rowCount() == len(before)
    dialogs.answer("exec", fill)
    pool.add()
    added = next(p for p in loops.list_interviewers(demo_window.db) if p.id not in before)
    assert (added.name, added.focuses, added.weekly_limit) == ("Noor Haddad", ["coding"], 3)
    assert pool.table.rowCount() == len(before) + 1

    assert pool.select(added.id)

    def edit(dialog: Any) -> int:
        dialog.limit.setValue(8)
        dialog.skills.setText("python, go")
        return 1

    dialogs.answer("exec", edit)
    pool.edit_selected()
    edited = next(p for p in loops.list_interviewers(demo_window.db) if p.id == added.id)
    assert (edited.weekly_limit, edited.skills) == (8, ["python", "go"])
    demo_window.undo_stack.undo()
    assert next(p for p in loops.list_interviewers(demo_window.db) if p.id == added.id).weekly_limit == 3

    assert pool.select(added.id)
    pool.remove_selected()
    assert added.id not in {p.id for p in loops.list_interviewers(demo_window.db)}
    demo_window.undo_stack.undo()  # back, with the same id
    assert added.id in {p.id for p in loops.list_interviewers(demo_window.db)}
    pool.deleteLater()


def test_an_interviewer_with_interviews_is_not_removed(demo_window: Any, dialogs: Any) -> None:
    interview = candidates.list_candidates(demo_window.db)[0].interviews[0]
    pool = InterviewerPool(demo_window.db, demo_window.undo_stack, demo_window.presenter, demo_window)
    shown: list[Any] = []
    demo_window.presenter.display = lambda report, _parent: shown.append(report)
    assert pool.select(interview.interviewer_id)
    pool.remove_selected()
    assert interview.interviewer_id in {p.id for p in loops.list_interviewers(demo_window.db)}
    assert shown and "cannot be removed" in shown[0].text
    assert not demo_window.undo_stack.canUndo()  # the stack does not claim a change that failed
    pool.deleteLater()


def test_settings_dialog_saves_the_typed_settings(demo_window: Any, dialogs: Any, tmp_path: Path) -> None:
    def choose(dialog: Any) -> int:
        assert isinstance(dialog, SettingsDialog)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.retain.setChecked(True)
        dialog.days.setValue(90)
        dialog.records.setValue(2000)
        dialog.database.setText(str(tmp_path / "team.db"))
        return 1

    dialogs.answer("exec", choose)
    demo_window.actions_by_id[ActionId.SETTINGS].trigger()
    stored = settings_store.load()
    assert (stored.paper, stored.theme, stored.retention_days) == ("letter", "dark", 90)
    assert stored.records_keep_days == 2000
    assert stored.default_database == str(tmp_path / "team.db")
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 128
    dialogs.answer("exec", lambda d: (d.theme.setCurrentIndex(d.theme.findData("light")), 1)[1])
    demo_window.actions_by_id[ActionId.SETTINGS].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() > 128


def test_refresh_reads_changes_made_elsewhere(demo_window: Any) -> None:
    page = demo_window.open_page("candidates")
    count = page.candidates.rowCount()
    loop = loops.list_loops(demo_window.db)[0]
    candidates.add_candidate(demo_window.db, name="Added Elsewhere", loop=loop.id)
    assert page.candidates.rowCount() == count
    refresh = demo_window.actions_by_id[ActionId.REFRESH]
    assert refresh.shortcut().toString() == "F5"
    refresh.trigger()
    assert page.candidates.rowCount() == count + 1


def test_rename_role_loop_and_candidate_with_undo(demo_window: Any, dialogs: Any) -> None:
    role = roles.list_roles(demo_window.db)[0]
    demo_window.open_page("roles")
    dialogs.answer("input_text", ("Staff Engineer", True))
    demo_window.actions_by_id[ActionId.RENAME_ROLE].trigger()
    assert roles.get_role(demo_window.db, role.id).role.title == "Staff Engineer"
    demo_window.undo_stack.undo()
    assert roles.get_role(demo_window.db, role.id).role.title == role.title

    loop = loops.list_loops(demo_window.db)[0]
    demo_window.open_page("loops")
    dialogs.answer("input_text", ("Onsite loop", True))
    demo_window.actions_by_id[ActionId.RENAME_LOOP].trigger()
    assert loops.get_loop(demo_window.db, loop.id).loop.name == "Onsite loop"
    assert "Onsite loop" in demo_window.pages["loops"].ui.loop_combo.currentText()

    person = candidates.list_candidates(demo_window.db)[0]
    page = demo_window.open_page("candidates")
    assert page.select_candidate(person.id)
    dialogs.answer("input_text", ("Jordan Q. Example", True))
    demo_window.actions_by_id[ActionId.RENAME_CANDIDATE].trigger()
    assert candidates.get_candidate(demo_window.db, person.id).name == "Jordan Q. Example"
    demo_window.undo_stack.undo()
    assert candidates.get_candidate(demo_window.db, person.id).name == person.name


def test_delete_asks_first_refuses_a_loop_with_candidates_and_undo_brings_it_back(
    demo_window: Any, dialogs: Any
) -> None:
    demo_window.open_page("loops")
    loop = loops.list_loops(demo_window.db)[0]
    dialogs.answer("exec", Button.Cancel)
    demo_window.actions_by_id[ActionId.DELETE_LOOP].trigger()
    assert dialogs.of("exec")[-1].title == "Delete Loop"
    assert "Undo brings it back" in dialogs.of("exec")[-1].text
    assert loop.id in {i.id for i in loops.list_loops(demo_window.db)}
    shown: list[Any] = []
    demo_window.presenter.display = lambda report, _parent: shown.append(report)
    dialogs.answer("exec", Button.Yes)
    demo_window.actions_by_id[ActionId.DELETE_LOOP].trigger()
    assert "candidate(s) are in this loop" in shown[0].text
    # a loop without candidates goes
    role = roles.list_roles(demo_window.db)[0]
    empty = loops.create_loop(demo_window.db, role=role.id, name="Spare loop")
    page = demo_window.pages["loops"]
    page.refresh()
    page.show_loop(loops.get_loop(demo_window.db, empty.loop.id))
    dialogs.answer("exec", Button.Yes)
    demo_window.actions_by_id[ActionId.DELETE_LOOP].trigger()
    assert empty.loop.id not in {i.id for i in loops.list_loops(demo_window.db)}
    assert page.view is None or page.view.loop.id != empty.loop.id
    demo_window.undo_stack.undo()  # the same loop, with the same stages
    back = loops.get_loop(demo_window.db, empty.loop.id)
    assert [s.id for s in back.stages] == [s.id for s in empty.stages]
    assert page.view is not None and page.view.loop.id == empty.loop.id
    demo_window.undo_stack.redo()
    assert empty.loop.id not in {i.id for i in loops.list_loops(demo_window.db)}
    assert len(shown) == 1  # nothing else went wrong


def test_keyboard_shortcuts_are_listed_from_the_declarations(demo_window: Any, dialogs: Any) -> None:
    seen: list[ShortcutsDialog] = []
    dialogs.answer("exec", lambda d: (seen.append(d), 0)[1])
    demo_window.actions_by_id[ActionId.SHORTCUTS].trigger()
    (dialog,) = seen
    table = dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Ctrl+Shift+F", "Import Filled Scorecards") in rows
    assert ("F5", "Refresh") in rows
    assert ("Ctrl+1", "Roles") in rows
    assert not any("Auto-plan" in what for _, what in rows)  # replanning has no shortcut


def test_global_actions_work_from_any_page(demo_window: Any) -> None:
    for key in ("roles", "bank", "calibration"):
        demo_window.open_page(key)
        for action_id in (ActionId.IMPORT_SCORECARDS, ActionId.INTERVIEWERS, ActionId.SETTINGS, ActionId.REFRESH):
            assert demo_window.actions_by_id[action_id].isEnabled(), (key, action_id)


def test_a_refused_paste_gives_the_text_back(qtbot: Any, main_window: Any, dialogs: Any) -> None:
    main_window.open_page("roles")
    shown: list[Any] = []
    main_window.presenter.display = lambda report, _parent: shown.append(report)
    texts: list[str] = []

    def paste(dialog: Any) -> int:
        dialog.text.setPlainText("09:00 - 17:30\n+44 20 7946 0000")  # no words: refused (a posting with words
        # but no requirement is kept with its text instead, tests/core/jd/test_no_requirements_kept.py)
        dialog.title.setText("Not a job")
        return 1

    def look(dialog: Any) -> int:
        texts.append(dialog.text.toPlainText())
        texts.append(dialog.title.text())
        return 0

    dialogs.answer("exec", paste, look)
    main_window.actions_by_id[ActionId.PASTE_JOB_DESCRIPTION].trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=10000)
    assert shown and not shown[0].unexpected  # the refusal, said plainly
    assert texts == ["09:00 - 17:30\n+44 20 7946 0000", "Not a job"]  # and the text is still there
    assert roles.list_roles(main_window.db) == []


def test_empty_pages_offer_their_first_step(main_window: Any, dialogs: Any) -> None:
    expected = {"roles": "Import Job Description…", "loops": "New Loop…", "candidates": "Add Candidate…"}
    for key, button in expected.items():
        main_window.open_page(key)
        assert main_window.next_step.isVisible(), key
        assert main_window.next_step.button.text() == button
    main_window.open_page("bank")
    assert not main_window.next_step.isVisible()


def test_add_candidate_and_new_loop_work_from_any_page(demo_window: Any, dialogs: Any) -> None:
    demo_window.open_page("bank")
    for action_id, page, title in (
        (ActionId.ADD_CANDIDATE, "candidates", "Add Candidate"),
        (ActionId.NEW_LOOP, "loops", "New Loop from Template"),
        (ActionId.ADD_CANDIDATE, "candidates", "Add Candidate"),  # its page built now, but hidden
    ):
        demo_window.open_page("calibration")
        action = demo_window.actions_by_id[action_id]
        assert action.isEnabled(), action_id
        action.trigger()
        assert demo_window.current_page() is demo_window.pages[page]
        assert dialogs.of("exec")[-1].title == title
    assert demo_window.actions_by_id[ActionId.ADD_STAGE].isEnabled() is False  # stage commands stay on their page


def test_importing_a_role_twice_warns_and_offers_a_rename(
    qtbot: Any, demo_window: Any, dialogs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    existing = roles.list_roles(demo_window.db)[0]
    page = demo_window.open_page("roles")
    asked: list[str] = []
    monkeypatch.setattr(page.importer, "ask_duplicate", lambda title: asked.append(title) or "new")  # import as new
    page.importer.import_text(roles.role_source(demo_window.db, existing.id), title=existing.title)
    qtbot.waitUntil(lambda: len(roles.list_roles(demo_window.db)) == 2, timeout=20000)
    qtbot.waitUntil(lambda: demo_window.next_step.isVisible())
    assert asked == [existing.title]  # the same posting: asked first what to do
    assert "already a role called" in demo_window.next_step.label.text()
    dialogs.answer("input_text", ("Lead engineer (second team)", True))
    demo_window.next_step.button.click()
    assert {r.title for r in roles.list_roles(demo_window.db)} == {existing.title, "Lead engineer (second team)"}


def test_dialog_labels_show_no_literal_ampersand(demo_window: Any) -> None:
    from interview_planner.settings import Settings

    pool = InterviewerPool(demo_window.db, demo_window.undo_stack, demo_window.presenter, demo_window)
    for dialog in (SettingsDialog(Settings(), demo_window), InterviewerForm(None, demo_window), pool):
        for label in dialog.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if "&" in text:
                assert label.buddy() is not None, (dialog.objectName(), label.text())
        dialog.deleteLater()


def test_a_file_that_changes_a_submitted_scorecard_can_be_amended_with_a_reason(
    demo_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    jordan = candidates.get_candidate(demo_window.db, "Jordan Rivera")  # every scorecard submitted
    interview_id = jordan.interviews[0].id
    kit = next(
        k
        for k in exchange.write_kits(demo_window.db, candidate=jordan.id, out_dir=tmp_path)
        if json.loads(k.read_text(encoding="utf-8"))["interview_id"] == interview_id
    )
    data = json.loads(kit.read_text(encoding="utf-8"))
    data["ratings"] = {skill["id"]: 1 for skill in data["skills"]}
    data["overall"], data["status"] = "strong_no", "submitted"
    kit.write_text(json.dumps(data), encoding="utf-8")
    seen: list[Any] = []
    dialogs.answer("exec", lambda d: (seen.append(d), 0)[1], lambda d: (seen.append(d), 0)[1])
    dialogs.answer("input_text", ("The interviewer sent the corrected sheet", True))
    demo_window.import_scorecard_files([kit])
    first, second = seen[0], seen[1] if len(seen) > 1 else None
    assert "you can amend it with a reason" in _rows(first)[0][1]
    assert "--amend" not in _rows(first)[0][1]  # no command-line advice in the app
    assert dialogs.of("input_text")[-1].title == "Amend Submitted Scorecards"
    assert second is not None and _rows(second)[0][0].startswith("✓") and "amended" in _rows(second)[0][1]
    card = sc.get_scorecard(demo_window.db, interview_id)
    assert card.overall == "strong_no" and card.status == "submitted"
