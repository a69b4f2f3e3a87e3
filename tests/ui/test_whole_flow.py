"""The whole job in the app alone, as a hiring manager would do it, with no CLI call:
import a job description, add interviewers, plan the loop (from the next-step strip),
add a candidate (again from the strip), export the packets, drop the filled PDFs on the
window, rate the last interview in the app, submit, read the debrief, override it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from interview_planner.services import candidates, decisions, loops, roles
from interview_planner.services import scorecards as sc
from interview_planner_ui.common.actions import ActionId
from interview_planner_ui.common.interviewer_pool import InterviewerForm, InterviewerPool

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "pdf"))

from pdf_helpers import fill_like_a_viewer

FOCUSES = (
    ["coding"],
    ["coding", "system-design"],
    ["system-design", "architecture-deep-dive"],
    ["architecture-deep-dive", "operations"],
    ["operations"],
    ["behavioural-leadership"],
    ["hiring-manager"],
)


def _add_interviewers(window: Any, dialogs: Any) -> None:
    """Loop > Interviewers…, then Add… once per person, filling the form."""
    queue = list(enumerate(FOCUSES))

    def answer(dialog: Any) -> int:
        if isinstance(dialog, InterviewerPool):
            for _ in FOCUSES:
                dialogs.answer("exec", answer)
                dialog.add()
            return 0
        assert isinstance(dialog, InterviewerForm)
        number, focuses = queue.pop(0)
        dialog.name.setText(f"Interviewer {number}")
        for row in range(dialog.focuses.count()):
            item = dialog.focuses.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in focuses:
                item.setCheckState(Qt.CheckState.Checked)
        return 1

    dialogs.answer("exec", answer)
    window.actions_by_id[ActionId.INTERVIEWERS].trigger()


def _drop(window: Any, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(300, 300).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()


def test_the_whole_flow_in_the_app(qtbot: Any, main_window: Any, dialogs: Any, seed_text: str, tmp_path: Path) -> None:
    window, db = main_window, main_window.db
    window.open_page("roles")
    assert window.next_step.isVisible()  # an empty Roles page offers its first step
    assert window.next_step.button.text() == "Import Job Description…"

    # 1. the job description, from a file
    posting = tmp_path / "lead-engineer.md"
    posting.write_text(seed_text, encoding="utf-8")
    dialogs.answer("open_file", (str(posting), ""))
    window.next_step.button.click()
    qtbot.waitUntil(lambda: len(roles.list_roles(db)) == 1, timeout=20000)
    qtbot.waitUntil(lambda: window.next_step.button.text() == "Plan a Loop…")

    # 2. the interviewer pool
    _add_interviewers(window, dialogs)
    assert len(loops.list_interviewers(db)) == len(FOCUSES)

    # 3. plan the loop from the strip: the New Loop dialog opens for the imported role
    seen: list[Any] = []
    dialogs.answer("exec", lambda d: (seen.append(d.role.currentData()), 1)[1])
    window.next_step.button.click()
    assert seen == [roles.list_roles(db)[0].id]
    qtbot.waitUntil(lambda: len(loops.list_loops(db)) == 1, timeout=30000)
    loop = loops.get_loop(db, loops.list_loops(db)[0].id)
    assert loop.stages and all(s.interviewer_ids for s in loop.stages)
    qtbot.waitUntil(lambda: window.next_step.button.text() == "Add a Candidate…")

    # 4. the candidate, from the strip
    def add(dialog: Any) -> int:
        assert dialog.loop.currentData() == loop.loop.id
        dialog.name.setText("Robin Vale")
        return 1

    dialogs.answer("exec", add)
    window.next_step.button.click()
    person = candidates.get_candidate(db, "Robin Vale")
    assert window.current_page() is window.pages["candidates"]

    # 5. the packets, to a folder
    out = tmp_path / "packets"
    dialogs.answer("directory", str(out))
    page = window.pages["candidates"]
    exported: list[Any] = []
    page.exporter.finished.connect(exported.extend)
    window.actions_by_id[ActionId.EXPORT_PACKETS].trigger()
    qtbot.waitUntil(lambda: bool(exported), timeout=60000)
    packets = {f.interview_id: Path(f.path) for f in exported if f.kind == "packet"}
    assert set(packets) == {i.id for i in person.interviews}

    # 6. the interviewers fill their PDFs; all but the last are dropped on the window
    filled = []
    for interview in person.interviews[:-1]:
        card = sc.get_scorecard(db, interview.id)
        values = {f"rating.{r.skill_id}": "3" for r in card.ratings} | {"overall": "yes"}
        target = tmp_path / f"filled-{packets[interview.id].name}"
        target.write_bytes(fill_like_a_viewer(packets[interview.id].read_bytes(), values))
        filled.append(target)
    dialogs.answer("exec", 0)  # the per-file results
    _drop(window, filled)
    submitted = [i for i in candidates.get_candidate(db, person.id).interviews if i.scorecard_status == "submitted"]
    assert len(submitted) == len(filled) == len(person.interviews) - 1

    # 7. the last interview is rated in the app, with the buttons, and submitted
    remaining = [i for i in candidates.get_candidate(db, person.id).interviews if i.scorecard_status != "submitted"]
    scorecard = window.open_page("scorecard")
    for interview in remaining:
        scorecard.open_interview(interview.id)
        for row in scorecard.form.rows.values():
            qtbot.mouseClick(row.rating_buttons[4], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(scorecard.form.overall.buttons["strong_yes"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=scorecard: p.header.save_state.text().startswith("Saved"), timeout=5000)
        dialogs.answer("exec", QMessageBox.StandardButton.Yes)
        window.actions_by_id[ActionId.SUBMIT_SCORECARD].trigger()
        assert sc.get_scorecard(db, interview.id).status == "submitted"

    # 8. the debrief, then an override with a reason
    debrief = window.open_page("debrief")
    debrief.show_candidate(person.id)
    computed = decisions.consolidate(db, person.id).result.decision
    assert computed in ("hire", "no_hire")
    assert debrief.summary.decision.text()

    def override(dialog: Any) -> int:
        (dialog.no_hire if computed == "hire" else dialog.hire).setChecked(True)
        dialog.reason.setPlainText("Reference checks changed the picture.")
        dialog.by.setText("Hiring manager")
        return 1

    dialogs.answer("exec", override)
    window.actions_by_id[ActionId.OVERRIDE_DECISION].trigger()
    final = decisions.consolidate(db, person.id)
    assert final.override is not None and final.override.decision != computed
