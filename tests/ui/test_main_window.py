"""The main window: pages, shortcuts, title, databases, layout memory, closing."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from interview_planner import __version__
from interview_planner import settings as settings_store
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.commands import ServiceCommand
from interview_planner_ui.common.pages import PAGES


def _action(window: Any, name: str) -> Any:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_every_page_is_built_and_reachable(main_window: Any) -> None:
    assert list(main_window.pages) == [spec.key for spec in PAGES]
    assert main_window.nav.count() == len(PAGES)
    assert main_window.current_page() is main_window.pages["roles"]  # the workflow starts with a role


def test_ctrl_number_switches_pages(qtbot: Any, main_window: Any) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.pages["loops"]
    assert main_window.nav.currentRow() == 1
    assert _action(main_window, "show_page_loops").isChecked()
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.pages["roles"]
    assert _action(main_window, "show_page_roles").shortcut() == QKeySequence("Ctrl+1")


def test_navigation_list_switches_pages(main_window: Any) -> None:
    main_window.nav.setCurrentRow(1)
    assert main_window.current_page() is main_window.pages["loops"]
    assert _action(main_window, "show_page_loops").isChecked()


def test_navigation_follows_the_workflow_with_distinct_icons(main_window: Any) -> None:
    assert [spec.key for spec in PAGES][:5] == ["roles", "loops", "candidates", "scorecard", "debrief"]
    images = set()
    for row in range(main_window.nav.count()):
        icon = main_window.nav.item(row).icon()
        assert not icon.isNull()
        image = icon.pixmap(20, 20).toImage()
        images.add(bytes(image.constBits()))
    assert len(images) == len(PAGES)  # no two pages share an icon


def test_title_shows_the_database_and_no_modified_mark(qtbot: Any, main_window: Any) -> None:
    """Every change is stored as it is made: a "modified" mark would only worry the user."""
    assert str(main_window.db.path) in main_window.windowTitle()
    assert "[*]" not in main_window.windowTitle()
    assert not main_window.isWindowModified()
    changes: list[str] = []
    command = ServiceCommand(
        "Rename",
        lambda: changes.append("do"),
        lambda: changes.append("undo"),
        main_window.presenter,
    )
    main_window.undo_stack.push(command)
    assert not main_window.isWindowModified()
    _action(main_window, ActionId.UNDO).trigger()
    _action(main_window, ActionId.REDO).trigger()
    assert changes == ["do", "undo", "do"]
    assert not main_window.isWindowModified()


def test_about_shows_the_version(main_window: Any, dialogs: Any) -> None:
    _action(main_window, ActionId.ABOUT).trigger()
    (about,) = dialogs.of("about")
    assert __version__ in about.text


def test_open_database_from_the_file_dialog(
    qtbot: Any, main_window: Any, dialogs: Any, db_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other" / "second.db"
    other.parent.mkdir()
    shutil.copyfile(db_path, other)
    dialogs.answer("open_file", (str(other), ""))

    def browse(dialog: Any) -> QDialog.DialogCode:
        assert not dialog.ok.isEnabled()  # nothing chosen yet
        dialog.browse_button.click()
        assert dialog.target() == str(other) and dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    dialogs.answer("exec", browse)
    with qtbot.waitSignal(main_window.database_changed):
        _action(main_window, ActionId.OPEN_DATABASE).trigger()
    assert main_window.db.path == other
    assert str(other) in main_window.windowTitle()
    assert main_window.settings.recent_databases[0] == str(other)
    assert settings_store.load().recent_databases[0] == str(other)  # saved at once
    assert dialogs.of("question") == []  # not a first run: no demo offer
    qtbot.waitUntil(lambda: not main_window.pages["bank"].model.loading)


def test_a_server_url_that_fails_is_one_line_without_its_password(main_window: Any, dialogs: Any) -> None:
    current = main_window.db

    def type_url(dialog: Any) -> QDialog.DialogCode:
        dialog.target_edit.setText("postgresql://ann:s3cret@127.0.0.1:9/hiring")
        return QDialog.DialogCode.Accepted

    dialogs.answer("exec", type_url)
    _action(main_window, ActionId.OPEN_DATABASE).trigger()
    assert main_window.db is current
    (report,) = main_window.presenter.history
    assert not report.unexpected
    assert "postgresql+psycopg://ann:***@127.0.0.1:9/hiring" in report.text and "s3cret" not in report.text


def test_recent_databases_menu_reopens(qtbot: Any, main_window: Any, db_path: Path) -> None:
    first = str(main_window.db.path)
    menu = _action(main_window, ActionId.RECENT_DATABASES).menu()
    entries = [a for a in menu.actions() if a.objectName().startswith("recent_database_")]
    assert [a.toolTip() for a in entries] == [first]
    with qtbot.waitSignal(main_window.database_changed):
        entries[0].trigger()
    assert str(main_window.db.path) == first
    _action(main_window, "clear_recent_databases").trigger()
    assert main_window.settings.recent_databases == []
    assert not _action(main_window, ActionId.RECENT_DATABASES).isEnabled()


def test_a_bad_file_is_reported_and_the_current_database_stays(main_window: Any, dialogs: Any, tmp_path: Path) -> None:
    current = main_window.db
    junk = tmp_path / "notes.db"
    junk.write_text("these are not the tables you are looking for", encoding="utf-8")
    assert not main_window.open_database(str(junk))
    assert main_window.db is current
    (report,) = main_window.presenter.history
    assert not report.unexpected and "not a SQLite file" in report.text
    assert [c.text for c in dialogs.of("exec")] == [report.text]


def test_a_missing_recent_database_is_forgotten(qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    gone = str(tmp_path / "gone.db")
    main_window._set_settings(main_window.settings.with_recent(gone))
    entry = _action(main_window, "recent_database_0")
    assert entry.toolTip() == gone
    entry.trigger()
    assert gone not in main_window.settings.recent_databases
    assert "no such database file" in main_window.presenter.history[-1].text


def test_close_does_not_block_or_ask(qtbot: Any, main_window: Any, dialogs: Any) -> None:
    started = time.monotonic()
    assert main_window.close()
    assert time.monotonic() - started < 1.0
    assert not main_window.isVisible()
    assert dialogs.calls == []


def test_geometry_splitters_and_page_are_restored(qtbot: Any, make_window: Any, db: Any, db_path: Path) -> None:
    first = make_window()
    first.set_database(db)
    first.show()
    qtbot.waitExposed(first)
    first.resize(QSize(790, 560))  # inside the offscreen screen (800x800): restored as it was
    first.splitter.setSizes([48, 742])
    first.open_page("bank")
    qtbot.waitUntil(lambda: first.pages["bank"].width() == first.stack.width())
    first.pages["bank"].splitter.setSizes([300, 180])
    first.open_page("rubrics")  # built now: the split stays where the user put it
    main_sizes, bank_sizes = first.splitter.sizes(), first.pages["bank"].splitter.sizes()
    first.close()
    first.shutdown()

    from interview_planner.db.database import Database

    second = make_window()
    assert second.size() == QSize(790, 560)  # restored before the first show: no jump on screen
    second.set_database(Database.open(db_path))
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes() == main_sizes
    assert second.current_page() is second.pages["rubrics"]
    second.open_page("bank")
    qtbot.waitUntil(lambda: second.pages["bank"].splitter.sizes() == bank_sizes)


def test_without_a_database_the_window_says_what_to_do(make_window: Any) -> None:
    window = make_window()
    assert window.current_page() is None
    assert "No database is open" in window.stack.currentWidget().text()
    assert not window.actions_by_id[ActionId.IMPORT_BANKS].isEnabled()
    assert window.actions_by_id[ActionId.OPEN_DATABASE].isEnabled()


def test_quit_closes_the_window(qtbot: Any, main_window: Any) -> None:
    _action(main_window, ActionId.QUIT).trigger()
    assert not main_window.isVisible()


def test_controls_have_accessible_names(main_window: Any) -> None:
    bank, rubrics = main_window.pages["bank"], main_window.pages["rubrics"]
    widgets = [
        main_window.nav,
        bank.search,
        bank.skill_combo,
        bank.kind_combo,
        bank.difficulty_combo,
        bank.table,
        bank.preview,
        rubrics.skills,
        rubrics.text,
    ]
    assert all(w.accessibleName() for w in widgets)


def test_opening_a_database_builds_only_the_page_on_screen(qtbot: Any, make_window: Any, db: Any) -> None:
    window = make_window()
    window.set_database(db)
    window.show_page(0)
    assert [page.key for page in window.pages.built()] == ["roles"]
    assert "bank" in window.pages and len(window.pages) == window.nav.count()  # all listed, none built
    window.nav.setCurrentRow(5)
    assert window.current_page() is window.pages["bank"]
    assert {page.key for page in window.pages.built()} == {"bank", "roles"}


def test_the_open_database_dialog_shows_no_literal_ampersand(main_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from interview_planner_ui.common.open_database_dialog import OpenDatabaseDialog

    dialog = OpenDatabaseDialog("", main_window)
    (label,) = [w for w in dialog.findChildren(QLabel) if "File or URL" in w.text()]
    assert label.buddy() is dialog.target_edit  # so "&F" is a mnemonic, not a literal "&"
    dialog.deleteLater()
