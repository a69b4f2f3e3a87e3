"""Every page laid out at laptop sizes: nothing important cut, hidden or off the window.

At 1366x768, 1024x600 and 800x600 each page over the demo database must show
its command buttons whole (no toolbar command hidden behind the » menu, no
button outside the window) and its one-line labels unclipped; below 1100 px the
navigation shows icons only.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QTabBar,
    QToolBar,
    QWidget,
)

from interview_planner.services import candidates
from interview_planner_ui.common.pages import PAGES
from interview_planner_ui.main_window import MINIMUM_SIZE

SIZES = (QSize(1366, 768), QSize(1024, 600), QSize(800, 600))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractScrollArea, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def _text_width(widget: QWidget, text: str, *, bold: bool = False) -> int:
    font = QFont(widget.font())
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return QFontMetrics(font).horizontalAdvance(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def layout_problems(window: Any) -> list[str]:
    """What a user would see cut or missing in the window as it is laid out now."""
    problems: list[str] = []
    area = window.rect()
    page = window.current_page()
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            button = toolbar.widgetForAction(action)
            if button is None or not button.isVisible():
                problems.append(f"{toolbar.objectName()}: {action.text()!r} hidden behind the » menu")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or _in_scroll_area(button, window):
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not area.contains(rect):
            problems.append(f"button {button.text() or button.objectName()!r} outside the window")
        if isinstance(button, QPushButton) and button.text():
            bold = button.isCheckable()  # a chosen toggle is drawn bold
            if _text_width(button, button.text(), bold=bold) > button.width() - 8:
                problems.append(f"button {button.text()!r} clipped ({button.width()} px)")
    for label in (page or window).findChildren(QLabel):
        text = label.text()
        literal = "&" in text.replace("&&", "") and label.textFormat() != Qt.TextFormat.RichText
        if label.isVisible() and literal and label.buddy() is None:
            problems.append(f"label {text!r} shows a literal & (no buddy)")
        if (
            not label.isVisible()
            or not text
            or label.wordWrap()
            or label.textFormat() == Qt.TextFormat.RichText
            or "\n" in text
            or _in_scroll_area(label, window)
        ):
            continue
        if _text_width(label, text) > label.contentsRect().width() + 1:
            problems.append(f"label {text!r} clipped ({label.contentsRect().width()} px)")
    return problems


@pytest.fixture
def shown_demo(demo_window: Any) -> Any:
    """The demo with a candidate selected, their debrief and a scorecard open."""
    jordan = candidates.get_candidate(demo_window.db, "Jordan Rivera")
    demo_window.open_page("debrief").show_candidate(jordan.id)
    demo_window.open_page("scorecard").open_interview(jordan.interviews[0].id)
    demo_window.open_page("candidates").select_candidate(jordan.id)
    return demo_window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_page_fits(shown_demo: Any, size: QSize) -> None:
    window = shown_demo
    window.resize(size)
    _settle()
    assert window.size() == size
    assert window.nav_narrow == (size.width() < 1100)
    found = {}
    for spec in PAGES:
        window.open_page(spec.key)
        _settle()
        problems = layout_problems(window)
        if problems:
            found[spec.key] = problems
    assert not found, "\n".join(f"{key}: {problem}" for key, problems in found.items() for problem in problems)


def test_the_minimum_width_is_a_laptop_half_screen(main_window: Any) -> None:
    assert main_window.minimumWidth() <= 800
    assert MINIMUM_SIZE.width() <= 800


def test_the_first_window_fits_a_1366x768_laptop_with_its_task_bar(make_window: Any, monkeypatch: Any) -> None:
    from interview_planner_ui.main_window import MainWindow

    laptop = QRect(0, 0, 1366, 728)  # a 40 px task bar at the bottom
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: laptop)
    window = make_window()
    window.fit_to_screen()
    frame = QRect(window.pos(), window.size() + QSize(16, 40))
    assert laptop.contains(frame), frame
    assert window.width() >= 1024  # and it uses the room


def test_tab_leaves_tables_and_arrows_move_within_them(shown_demo: Any) -> None:
    for spec in PAGES:
        page = shown_demo.open_page(spec.key)
        for view in page.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation(), (spec.key, view.objectName())


def test_tab_does_not_change_the_selected_candidate(qtbot: Any, shown_demo: Any) -> None:
    page = shown_demo.open_page("candidates")
    table = page.candidate_table
    table.setFocus()
    chosen = page.current_candidate()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget() or table, Qt.Key.Key_Tab)
    assert page.current_candidate() == chosen


def _mnemonic(text: str) -> str | None:
    marked = text.replace("&&", "")
    at = marked.find("&")
    return marked[at + 1].lower() if 0 <= at < len(marked) - 1 else None


def test_page_mnemonics_leave_the_menu_bar_alone(shown_demo: Any) -> None:
    """Alt+C opens the Candidate menu: no label or button on a page may claim it too."""
    menu_keys = {_mnemonic(a.text()) for a in shown_demo.menuBar().actions()} - {None}
    clashes = []
    for spec in PAGES:
        page = shown_demo.open_page(spec.key)
        _settle()
        texts = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
        for tabs in page.findChildren(QTabBar):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
        clashes += [(spec.key, t) for t in texts if _mnemonic(t) in menu_keys]
    assert clashes == []


@pytest.mark.parametrize("size", (QSize(1200, 728), QSize(1366, 768)), ids=("first-window", "maximised"))
def test_the_debrief_shows_skill_names_whole_on_a_laptop(shown_demo: Any, size: QSize) -> None:
    """Seven interviewers beside the skills: the names are what the grid is read by, so they are not cut
    to make room for interviewer columns, nor are the interviewers' badges. Maximised on a 1366x768
    laptop the grid fits without scrolling sideways (the first window, 1200 px, scrolls to the flags)."""
    window = shown_demo
    window.resize(size)
    debrief = window.open_page("debrief")
    _settle()
    table, keys = debrief.table, debrief.grid.column_keys()
    header = table.horizontalHeader()
    skill = keys.index("skill")
    names = [str(debrief.grid.index(row, skill).data()) for row in range(debrief.grid.rowCount())]
    metrics = QFontMetrics(table.font())
    room = header.sectionSize(skill) - 12  # the cell's margins
    cut = [name for name in names if metrics.horizontalAdvance(name) > room and len(name) <= 32]
    assert cut == [], f"skill names cut in a {header.sectionSize(skill)} px column"
    interviewers = [c for c, key in enumerate(keys) if key.startswith("interview_")]
    assert len(interviewers) == 7
    assert min(header.sectionSize(c) for c in interviewers) >= 88  # a "Strong yes" badge fits
    assert table.horizontalScrollBar().isVisible() == (size.width() < 1366)
