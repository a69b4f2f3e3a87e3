"""The child side of the UI figures: ``python qt_driver.py MODE DB [ARGS]``, offscreen.

It starts the real app as ``interview_planner_ui.app.main`` does
(``create_application``, then ``start``, which shows the window and opens
the database) and drives the real widgets:

* ``start``: prints ``SHOWN`` at the first paint of the main window and
  ``DATA <resident MB>`` at the first paint of the bank table with rows in
  it, then exits (the parent times the lines from the process start);
* ``keys ROUNDS [DEBOUNCE_MS]``: types into the bank browser's search box,
  one key at a time, and times each key to repainted results (ROUNDS 0:
  the first phrase only);
* ``table RUNS``: opens a new bank page on the database (open), sorts (when
  the model can), changes the filters (filter), and reports peak memory.

"Repainted results": the model announced the new results
(``QuestionTableModel.search_finished``) and the table's viewport then got
its next paint event. ``keys`` and ``table`` print one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from interview_planner_ui.app import create_application
from interview_planner_ui.app import start as start_app

TYPED = ("kafka latency", "cache invalidation", "terraform")
WAIT_MS = 30_000


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Paints(QObject):
    """Remembers the last paint of each watched widget (and calls back on a paint)."""

    def __init__(self) -> None:
        super().__init__()
        self.last: dict[int, float] = {}
        self.on_paint: Any = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last[id(obj)] = time.perf_counter()
            if self.on_paint is not None:
                self.on_paint(obj)
        return False


# --- start -----------------------------------------------------------------------------------


def start(db: str, _args: list[str]) -> None:
    app = create_application([sys.argv[0]])
    paints = Paints()
    state = {"shown": False}

    def on_paint(obj: QObject) -> None:
        if not obj.isWidgetType():
            return
        if not state["shown"] and obj.window().objectName() == "main_window":
            state["shown"] = True
            print("SHOWN", flush=True)
        parent = obj.parent()
        if isinstance(parent, QTableView) and parent.objectName() == "bank_table" and parent.model().rowCount():
            print(f"DATA {rss_mb():.1f}", flush=True)
            os._exit(0)  # measured; skip the orderly shutdown

    paints.on_paint = on_paint
    app.installEventFilter(paints)
    start_app(db).open_page("bank")  # the app opens on Roles (workflow order); the figure is the bank table
    QTimer.singleShot(WAIT_MS, lambda: os._exit(3))
    app.exec()


# --- shared helpers ----------------------------------------------------------------------------


def key_click(widget: QWidget, char: str) -> None:
    # QtTest is imported here, not at the top: ``start`` times the app's own imports, and the app
    # never loads QtTest (its library and bindings cost 15-30 ms of a cold start).
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, char)


def open_window(db: str) -> tuple[QApplication, Any, Paints]:
    app = create_application([sys.argv[0]])
    window = start_app(db)
    paints = Paints()
    app.installEventFilter(paints)
    page = window.open_page("bank")
    settle(page)
    return app, window, paints


def settle(page: Any) -> None:
    """Wait until the page's model has its first page and the event queue is empty."""
    while page.model.loading:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    for _ in range(5):
        QApplication.processEvents()


def until_repainted(page: Any, paints: Paints, action: Any) -> float:
    """Seconds from ``action()`` to the first viewport paint after the model's search_finished."""
    loop = QEventLoop()
    viewport = page.table.viewport()
    mark: dict[str, float] = {}

    def finished(_total: int) -> None:
        mark["finished"] = time.perf_counter()
        viewport.update()  # a finished search with unchanged rows still shows its state

    def painted(obj: QObject) -> None:
        if obj is viewport and "finished" in mark:
            mark["painted"] = time.perf_counter()
            loop.quit()

    page.model.search_finished.connect(finished)
    paints.on_paint = painted
    QTimer.singleShot(WAIT_MS, loop.quit)
    begin = time.perf_counter()
    action()
    if "painted" not in mark:
        loop.exec()
    page.model.search_finished.disconnect(finished)
    paints.on_paint = None
    if "painted" not in mark:
        raise TimeoutError("no repaint after the search")
    return mark["painted"] - begin


def debounce_timer(page: Any) -> QTimer:
    """The bank view's search debounce timer (a private detail of ui/bank_view.py)."""
    timer = getattr(page, "_debounce", None)
    if not isinstance(timer, QTimer):
        raise LookupError("BankView has no _debounce QTimer any more: update benchmarks/qt_driver.py")
    return timer


# --- keys ------------------------------------------------------------------------------------------


def keys(db: str, args: list[str]) -> None:
    rounds = int(args[0])  # 0: only the first phrase, once
    phrases = TYPED if rounds else TYPED[:1]
    _app, window, paints = open_window(db)
    page = window.pages["bank"]
    if len(args) > 1:
        debounce_timer(page).setInterval(int(args[1]))
    page.search.setFocus()
    times: list[float] = []
    for _ in range(max(1, rounds)):
        for text in phrases:
            if page.search.text():
                until_repainted(page, paints, page.search.clear)
            for char in text:
                times.append(until_repainted(page, paints, lambda c=char: key_click(page.search, c)))
    print(json.dumps({"keystrokes": times, "debounce_ms": debounce_timer(page).interval()}))
    os._exit(0)


# --- table -----------------------------------------------------------------------------------------


def table(db: str, args: list[str]) -> None:
    runs = int(args[0])
    _app, window, paints = open_window(db)
    spec_page = window.pages["bank"]
    result: dict[str, Any] = {"open": [], "sort": [], "filter": []}
    for _ in range(runs):
        result["open"].append(_open_page(window, spec_page, paints))
    page = window.pages["bank"]
    debounce_timer(page).setInterval(0)
    _sort(page, paints, result, runs)
    for combo in (page.skill_combo, page.kind_combo, page.difficulty_combo):
        for index in [*range(1, min(combo.count(), 1 + runs)), 0]:
            result["filter"].append(until_repainted(page, paints, lambda c=combo, i=index: c.setCurrentIndex(i)))
    for char in "latency":
        result["filter"].append(until_repainted(page, paints, lambda c=char: key_click(page.search, c)))
    result["peak_rss_mb"] = rss_mb("VmHWM")
    print(json.dumps(result))
    os._exit(0)


def _open_page(window: Any, shown: Any, paints: Paints) -> float:
    """A new bank page over the open database, shown in place of the current one."""
    from interview_planner_ui.common.pages import PAGES

    holder = QWidget()
    holder.resize(window.stack.size())
    holder.show()
    mark: dict[str, Any] = {}

    def create() -> None:
        bank = next(spec for spec in PAGES if spec.key == "bank")
        mark["page"] = page = bank.create(shown.context, holder)
        page.resize(holder.size())
        page.show()

    seconds = until_repainted_new(mark, paints, create)
    mark["page"].shutdown()
    holder.deleteLater()
    return seconds


def until_repainted_new(mark: dict[str, Any], paints: Paints, create: Any) -> float:
    """Like until_repainted, for a page that ``create`` makes (its model does not exist yet)."""
    loop = QEventLoop()
    QTimer.singleShot(WAIT_MS, loop.quit)
    begin = time.perf_counter()
    create()
    page = mark["page"]
    viewport = page.table.viewport()

    def finished(_total: int) -> None:
        mark["finished"] = True
        viewport.update()

    def painted(obj: QObject) -> None:
        if obj is viewport and mark.get("finished"):
            mark["painted"] = time.perf_counter()
            loop.quit()

    page.model.search_finished.connect(finished)
    paints.on_paint = painted
    loop.exec()
    paints.on_paint = None
    if "painted" not in mark:
        raise TimeoutError("the new page never showed its rows")
    return mark["painted"] - begin


def _sort(page: Any, paints: Paints, result: dict[str, Any], runs: int) -> None:
    model = page.model
    if type(model).sort is QAbstractTableModel.sort or not page.table.isSortingEnabled():
        result["sort_not_measured"] = "the bank table cannot be sorted yet (QuestionTableModel has no sort())"
        return
    for n in range(runs):
        order = Qt.SortOrder.AscendingOrder if n % 2 else Qt.SortOrder.DescendingOrder
        result["sort"].append(until_repainted(page, paints, lambda o=order: page.table.sortByColumn(0, o)))


if __name__ == "__main__":
    {"start": start, "keys": keys, "table": table}[sys.argv[1]](sys.argv[2], sys.argv[3:])
