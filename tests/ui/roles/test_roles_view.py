"""The roles page: import a job description, edit its skills with undo, read their source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox

from interview_planner.services import loops, roles
from interview_planner_ui.roles.role_import_dialog import PasteJobDialog

POSTINGS = Path(__file__).resolve().parents[2] / "data" / "postings"
SEED = POSTINGS / "seed_lmts.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
# A combo's list is a popup; the offscreen platform says it cannot raise it or grab the keyboard.
POPUP_NOISE = r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))"


def _action(window: Any, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _show_roles(qtbot: Any, window: Any) -> Any:
    window.show()
    qtbot.waitExposed(window)
    page = window.open_page("roles")
    assert page is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


@pytest.fixture
def empty_roles(make_window: Any, db: Any, qtbot: Any) -> Any:
    """The roles page over a database with the bundled content and no role yet."""
    window = make_window()
    window.set_database(db)
    return _show_roles(qtbot, window)


@pytest.fixture
def roles_page(make_window: Any, demo_db: Any, qtbot: Any) -> Any:
    """The roles page over the demo database (seed role, planned loop)."""
    window = make_window()
    window.set_database(demo_db)
    return _show_roles(qtbot, window)


def _row_named(model: Any, fragment: str) -> int:
    return next(r for r in range(model.rowCount()) if fragment in model.record(r).name)


def _undo(qtbot: Any, page: Any) -> None:
    qtbot.keyClick(page.window(), Qt.Key.Key_Z, CTRL)


def test_import_the_seed_posting_through_the_file_dialog(qtbot: Any, empty_roles: Any, dialogs: Any) -> None:
    page = empty_roles
    assert page.ui.right.currentIndex() == 0  # the "no roles yet" text
    dialogs.answer("open_file", (str(SEED), ""))
    with qtbot.waitSignal(page.importer.running_changed) as started:
        _action(page.window(), "import_job_description").trigger()
    assert started.args == [True]
    assert page.ui.busy.isVisibleTo(page)
    assert not _action(page.window(), "import_job_description").isEnabled()
    qtbot.waitUntil(lambda: page.skill_model.rowCount() == 25, timeout=30000)
    qtbot.waitUntil(lambda: not page.importer.running)
    assert not page.ui.busy.isVisibleTo(page)
    (chosen,) = dialogs.of("open_file")
    assert chosen.title == "Import Job Description"
    assert page.ui.title.text() == "Lead Member of Technical Staff"
    ml = _row_named(page.skill_model, "Machine learning")
    priority = page.skill_model.index(ml, page.skill_model.column_index("priority"))
    assert priority.data() == "Nice-to-have"
    assert priority.data(Qt.ItemDataRole.EditRole) == "nice"
    assert page.role_model.rowCount() == 1
    assert not page.ui.banner.isVisibleTo(page)  # every seed skill is linked


def test_an_import_and_a_role_deletion_are_undone_to_the_same_role(qtbot: Any, empty_roles: Any, dialogs: Any) -> None:
    page, stack = empty_roles, empty_roles.context.undo_stack
    dialogs.answer("open_file", (str(SEED), ""))
    _action(page.window(), "import_job_description").trigger()
    qtbot.waitUntil(lambda: page.skill_model.rowCount() == 25 and not page.importer.running, timeout=20000)
    role = page.role.role
    skill_ids = [s.id for s in page.skill_model.rows()]
    assert stack.undoText() == f"Import Role {role.title}"
    _undo(qtbot, page)  # the import: the role goes again
    assert page.role_model.rowCount() == 0 and roles.list_roles(page.context.db) == []
    stack.redo()  # and comes back as the same role
    assert [s.id for s in roles.get_role(page.context.db, role.id).skills] == skill_ids
    dialogs.answer("exec", QMessageBox.StandardButton.Yes)
    _action(page.window(), "delete_role").trigger()
    assert "Undo brings it back" in dialogs.of("exec")[-1].text
    assert roles.list_roles(page.context.db) == [] and page.role is None
    _undo(qtbot, page)
    assert page.role is not None and page.role.role.id == role.id
    assert [s.id for s in page.skill_model.rows()] == skill_ids
    assert not page.context.presenter.history


def test_ctrl_i_opens_the_file_dialog(qtbot: Any, empty_roles: Any, dialogs: Any) -> None:
    qtbot.keyClick(empty_roles.ui.roles, Qt.Key.Key_I, CTRL)
    assert len(dialogs.of("open_file")) == 1


def test_paste_dialog_imports_plain_text(qtbot: Any, empty_roles: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (POSTINGS / "markdown_nice_to_have.md").read_text(encoding="utf-8")

    def fill_and_accept(dialog: PasteJobDialog) -> int:
        dialog.title.setText("Platform <b>engineer</b>")
        dialog.text.setPlainText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteJobDialog, "exec", fill_and_accept)
    _action(empty_roles.window(), "paste_job_description").trigger()
    qtbot.waitUntil(lambda: empty_roles.role_model.rowCount() == 1)
    qtbot.waitUntil(lambda: empty_roles.skill_model.rowCount() > 0)
    assert empty_roles.ui.title.text() == "Platform <b>engineer</b>"  # plain text, never markup
    assert empty_roles.ui.title.textFormat() == Qt.TextFormat.PlainText
    assert text.splitlines()[0] in empty_roles.ui.text.toPlainText()


def test_paste_dialog_needs_text() -> None:
    dialog = PasteJobDialog()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.text.setPlainText("Senior engineer\nRequirements\n- Python")
    assert ok.isEnabled()
    assert dialog.job().title is None
    dialog.deleteLater()


def test_dropping_a_posting_imports_it(qtbot: Any, empty_roles: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    empty_roles.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    empty_roles.dropEvent(drop)
    qtbot.waitUntil(lambda: empty_roles.skill_model.rowCount() == 25)


def test_dropping_another_kind_of_file_is_refused(empty_roles: Any, tmp_path: Path) -> None:
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    empty_roles.dragEnterEvent(enter)
    assert not enter.isAccepted()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_edit_a_kind_with_the_delegate_then_undo(qtbot: Any, roles_page: Any, demo_db: Any) -> None:
    page, model = roles_page, roles_page.skill_model
    skill = model.record(0)
    assert skill.kind == "hard"
    index = model.index(0, model.column_index("kind"))
    page.ui.skills.setCurrentIndex(index)
    page.ui.skills.setFocus()
    qtbot.keyClick(page.ui.skills, Qt.Key.Key_F2)
    editor = page.ui.skills.findChild(QComboBox, "choice_editor")
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view().isVisible())
    qtbot.keyClick(editor.view(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.record(0).kind == "soft")
    assert roles.get_role(demo_db, page.role.role.id).skills[0].kind == "soft"
    assert index.data() == "Soft"
    assert "Change kind" in page.context.undo_stack.undoText()
    _undo(qtbot, page)
    assert roles.get_role(demo_db, page.role.role.id).skills[0].kind == "hard"
    assert model.record(0).kind == "hard"


def test_the_source_line_highlight_follows_the_selection(roles_page: Any) -> None:
    page, model = roles_page, roles_page.skill_model
    for row in (0, 7, 20):
        page.ui.skills.setCurrentIndex(model.index(row, 1))
        skill = model.record(row)
        assert skill.source_line
        assert page.ui.text.highlighted_line == skill.source_line
        (selection,) = page.ui.text.extraSelections()
        assert selection.cursor.blockNumber() == skill.source_line - 1
        assert page.ui.text.textCursor().blockNumber() == skill.source_line - 1
        line = page.ui.text.document().findBlockByNumber(skill.source_line - 1).text()
        assert skill.source[:30] in line
        assert skill.source in page.ui.source.text()


def test_unlinking_a_skill_shows_the_banner_and_undo_relinks(qtbot: Any, roles_page: Any) -> None:
    page, model = roles_page, roles_page.skill_model
    column = model.column_index("catalogue")
    linked = model.record(2).catalogue_skill
    assert model.setData(model.index(2, column), "", Qt.ItemDataRole.EditRole)  # "— custom —"
    assert model.record(2).catalogue_skill is None
    assert model.index(2, column).data() == "— custom —"
    assert page.ui.banner.isVisibleTo(page)
    assert model.record(2).name in page.ui.banner.label.text()
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    _undo(qtbot, page)
    assert model.record(2).catalogue_skill == linked
    assert not page.ui.banner.isVisibleTo(page)


def test_add_a_skill_then_undo_and_redo(qtbot: Any, roles_page: Any, dialogs: Any) -> None:
    page, model, stack = roles_page, roles_page.skill_model, roles_page.context.undo_stack
    dialogs.answer("input_text", ("Rust", True))
    _action(page.window(), "add_role_skill").trigger()
    assert model.rowCount() == 26
    assert page.selected_skill().name == "Rust"
    stack.undo()
    assert model.rowCount() == 25
    stack.redo()
    assert model.rowCount() == 26
    assert model.record(model.rowCount() - 1).name == "Rust"


def test_remove_a_skill_and_undo_restores_it_with_its_stages(
    qtbot: Any, roles_page: Any, demo_db: Any, dialogs: Any
) -> None:
    page, model, stack = roles_page, roles_page.skill_model, roles_page.context.undo_stack
    skill = model.record(0)
    loop_id = loops.list_loops(demo_db)[0].id
    before = [s.id for s in loops.get_loop(demo_db, loop_id).stages if skill.id in s.skill_ids]
    assert before  # the demo loop observes it (once: the budget, see docs/planning.md)
    page.ui.skills.setCurrentIndex(model.index(0, 1))
    # an edit before the removal, to be undone after the skill came back (under the same id)
    model.setData(model.index(0, model.column_index("priority")), "nice", Qt.ItemDataRole.EditRole)
    _action(page.window(), "remove_role_skill").trigger()  # asked first: No (the default)
    assert f"{len(before)} stage(s)" in dialogs.of("question")[-1].text and model.rowCount() == 25
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    _action(page.window(), "remove_role_skill").trigger()
    assert model.rowCount() == 24
    assert all(r.name != skill.name for r in model.rows())
    stack.undo()
    assert model.rowCount() == 25
    back = model.record(0)
    assert (back.name, back.kind, back.priority, back.catalogue_skill) == (
        skill.name,
        skill.kind,
        "nice",
        skill.catalogue_skill,
    )
    assert back.id == skill.id
    after = [s.id for s in loops.get_loop(demo_db, loop_id).stages if back.id in s.skill_ids]
    assert after == before
    stack.undo()  # the priority edit, on the skill brought back
    assert model.record(0).priority == "must"
    assert not page.context.presenter.history


def test_role_models_pass_the_model_tester(qtmodeltester: Any, roles_page: Any) -> None:
    qtmodeltester.check(roles_page.role_model)
    qtmodeltester.check(roles_page.skill_model)


def test_skill_commands_stay_on_the_roles_page_and_import_works_from_any(
    qtbot: Any, empty_roles: Any, dialogs: Any
) -> None:
    window = empty_roles.window()
    action = _action(window, "import_job_description")
    add_skill = _action(window, "add_role_skill")
    assert action.isEnabled()
    window.open_page("bank")
    assert not add_skill.isEnabled()  # about the role on screen: only there
    assert action.isEnabled()  # a new role can start anywhere
    qtbot.keyClick(window.pages["bank"].search, Qt.Key.Key_I, CTRL)
    assert window.current_page() is empty_roles  # the Roles page opens, then asks for the file
    assert len(dialogs.of("open_file")) == 1


def test_importing_a_posting_again_asks_what_to_do(
    qtbot: Any, empty_roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = empty_roles
    page.importer.import_file(SEED)
    qtbot.waitUntil(lambda: page.role_model.rowCount() == 1 and not page.importer.running)
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        new_version = next(b for b in box.buttons() if b.text() == "New Version")
        box.setProperty("clicked", True)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _box: new_version)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.importer.import_file(SEED)
    qtbot.waitUntil(lambda: page.role_model.rowCount() == 2)
    assert asked == ["This posting was already imported as the role “Lead Member of Technical Staff”."]
    titles = sorted(page.role_model.record(r).title for r in range(2))
    assert titles == ["Lead Member of Technical Staff", "Lead Member of Technical Staff (version 2)"]
    # in a narrow list the two differ at the end: the list keeps a title's end, and its tooltip is the whole title
    assert page.ui.roles.textElideMode() == Qt.TextElideMode.ElideMiddle
    shown = {page.role_model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert shown == set(titles)


def test_a_weak_link_says_needs_review(qtbot: Any, empty_roles: Any, tmp_path: Path) -> None:
    posting = tmp_path / "platform.md"
    posting.write_text(
        "# Platform Engineer\n\n## Requirements\n- Kubernetes operators in Go\n- Patience with legacy systems\n",
        encoding="utf-8",
    )
    empty_roles.importer.import_file(posting)
    qtbot.waitUntil(lambda: empty_roles.skill_model.rowCount() == 2)
    model = empty_roles.skill_model
    assert [model.record(row).needs_review for row in range(2)] == [False, True]  # "patience": a weak guess
    for row in range(model.rowCount()):
        skill = model.record(row)
        shown = model.index(row, model.column_index("match")).data()
        assert ("needs review" in shown) == skill.needs_review, (skill.name, shown)


def test_a_pasted_posting_without_requirements_is_kept_and_the_user_is_told(
    qtbot: Any, empty_roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Night Baker\n\nWe bake bread for the whole street. Our shop opens at six.\n"

    def fill_and_accept(dialog: PasteJobDialog) -> int:
        dialog.text.setPlainText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteJobDialog, "exec", fill_and_accept)
    _action(empty_roles.window(), "paste_job_description").trigger()
    qtbot.waitUntil(lambda: empty_roles.role_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not empty_roles.importer.running)
    assert empty_roles.skill_model.rowCount() == 0
    assert "We bake bread" in empty_roles.ui.text.toPlainText()  # the posting is kept, to read and edit from
    step = empty_roles.window().next_step
    assert step.isVisible() and "No skill requirements were found" in step.label.text()
    assert step.button.text() == "Add Skill…"


def test_an_import_reads_a_corrected_line_as_corrected_and_shows_which_words_a_skill_is(
    qtbot: Any, empty_roles: Any, tmp_path: Path
) -> None:
    page = empty_roles
    secure = "- Strong understanding of secure communications standards and practices\n"
    joined = (
        "- Experience deploying cloud-based applications, and the ability to explain trade-offs to product managers\n"
    )
    first = roles.import_role(page.context.db, text_=f"# Platform Engineer\n\n## Requirements\n{secure}{joined}")
    roles.update_role_skill(
        page.context.db,
        role_skill_id=first.skills[0].id,
        edit=roles.SkillEdit(catalogue_skill="security-compliance", kind="hard"),
    )
    posting = tmp_path / "senior.md"
    posting.write_text(f"# Senior Platform Engineer\n\n## What you bring\n{secure}{joined}", encoding="utf-8")
    page.importer.import_file(posting)
    qtbot.waitUntil(lambda: page.role_model.rowCount() == 2 and not page.importer.running, timeout=30000)
    assert "1 read as you corrected them in an earlier role" in page.window().statusBar().currentMessage()
    model = page.skill_model
    secure_row = _row_named(model, "Secure communications")
    assert model.record(secure_row).catalogue_skill == "security-compliance"
    assert model.record(secure_row).kind == "hard"
    match = model.index(secure_row, model.column_index("match"))
    assert match.data() == "corrected before"
    assert "earlier role" in match.data(Qt.ItemDataRole.ToolTipRole)
    explain = _row_named(model, "Explain trade-offs")
    page.ui.skills.setCurrentIndex(model.index(explain, 1))
    shown = page.ui.source.text()
    assert joined[2:].strip() in shown  # the whole line...
    assert (
        shown.splitlines()[-1] == "This skill: the ability to explain trade-offs to product managers"
    )  # ...and its part
    page.ui.skills.setCurrentIndex(model.index(secure_row, 1))
    assert "This skill" not in page.ui.source.text()  # a line that is one requirement: nothing to add


def test_a_file_of_two_postings_imports_the_first_and_says_the_second_was_not_read(
    qtbot: Any, empty_roles: Any, tmp_path: Path
) -> None:
    posting = tmp_path / "two.md"
    posting.write_text(
        "# Frontend Engineer\n\n## Requirements\n- React\n- TypeScript\n\n---\n\n"
        "# Backend Engineer\n\n## Requirements\n- Go\n- PostgreSQL\n",
        encoding="utf-8",
    )
    empty_roles.importer.import_file(posting)
    qtbot.waitUntil(lambda: empty_roles.skill_model.rowCount() == 2 and not empty_roles.importer.running)
    model = empty_roles.skill_model
    assert [model.record(row).name for row in range(2)] == ["React", "TypeScript"]  # not the backend role's skills
    step = empty_roles.window().next_step
    assert step.isVisible() and "Backend Engineer (line 9)" in step.label.text()
    assert step.button.text() == "Import Job Description…"
