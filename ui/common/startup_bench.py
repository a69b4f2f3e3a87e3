"""A start-up benchmark hook: ``INTERVIEW_PLANNER_BENCH_STARTUP=1 interview-planner-gui``.

Prints ``shown <seconds>`` once the window is first painted and
``data-visible <seconds>`` once the first page shows its data, both counted
from the start of the process, then quits. On Linux the process start
comes from ``/proc/self/stat``, so interpreter start-up and imports count;
elsewhere from the earliest moment the entry point recorded.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from interview_planner_ui.main_window import MainWindow

ENV = "INTERVIEW_PLANNER_BENCH_STARTUP"
POLL_MS = 2


def enabled() -> bool:
    return os.environ.get(ENV, "") == "1"


def seconds_since_start(origin: float) -> float:
    """Seconds since this process started (since ``origin``, a time.monotonic() taken by the
    entry point, where /proc is missing)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in clock ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - started)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - origin


class StartupBench(QObject):
    """Prints the two figures for ``window`` and quits the application."""

    def __init__(self, window: MainWindow, *, origin: float, out: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self._window, self._origin = window, origin
        self._out = out or (lambda line: print(line, file=sys.stdout, flush=True))
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def window_shown(self) -> None:
        """Call right after the first show() and paint."""
        self._out(f"shown {seconds_since_start(self._origin):.3f}")

    def database_opened(self) -> None:
        """Call once the database is open (or failed to): watch for the first page's data."""
        self._timer.start()

    def _poll(self) -> None:
        if not self._data_visible():
            return
        self._timer.stop()
        page = self._window.current_page()
        if page is not None:
            page.repaint()
        self._out(f"data-visible {seconds_since_start(self._origin):.3f}")
        QTimer.singleShot(0, QApplication.quit)

    def _data_visible(self) -> bool:
        """The current page is built and its table (if it loads lazily) has its first rows."""
        page = self._window.current_page()
        if page is None:  # no database could be opened: the window shows why, and that is all
            return True
        model = getattr(page, "model", None)
        return not bool(getattr(model, "loading", False))
