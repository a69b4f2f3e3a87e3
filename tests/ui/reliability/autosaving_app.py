"""A real app process for the two-programs test: the scorecard page autosaving drafts.

Usage: python autosaving_app.py DB_PATH SECONDS INTERVIEW_ID...

Starts the app offscreen on DB_PATH, opens the scorecard page and, until SECONDS have passed,
types a new key take-away into the interviews in turn, letting the page's own autosave store it.
Prints ``ready`` once the page is open, ``saved <interview> <text>`` for every save the page
reports, ``error <text>`` for every error the presenter would show, and ``done`` once the
window has shut down.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer

from interview_planner_ui import app
from interview_planner_ui.common.errors import ErrorPresenter


def main() -> int:
    path, seconds, interviews = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    qapp = app.create_application([])
    presenter = ErrorPresenter(display=lambda report, _parent: print("error", report.text, flush=True))
    window = app.start(path, presenter=presenter)
    page = window.open_page("scorecard")
    assert page is not None
    print("ready", flush=True)
    deadline = time.monotonic() + seconds
    count = 0

    def step() -> None:
        nonlocal count
        if time.monotonic() > deadline:
            qapp.quit()
            return
        count += 1
        interview = interviews[count % len(interviews)]
        if (page.card is None or page.card.interview_id != interview) and not page.open_interview(
            interview, focus=False
        ):
            qapp.quit()
            return
        page.editor.set_key_takeaways(f"app {os.getpid()} {count}")  # the autosave timer stores it

    def saved(card: object) -> None:
        print("saved", card.interview_id, card.key_takeaways, flush=True)  # type: ignore[attr-defined]
        QTimer.singleShot(10, step)

    page.editor.saved.connect(saved)
    QTimer.singleShot(0, step)
    qapp.exec()
    page.editor.flush()
    app._stop_startup_duties(window)
    window.shutdown()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
