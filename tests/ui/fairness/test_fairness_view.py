"""The Fairness page shows the core's report and records self-identification."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from interview_planner.services import candidates, fairness, loops, privacy, scorecards
from interview_planner_ui.fairness.self_id_dialog import SelfIdDialog


def _page(window: Any) -> Any:
    return window.open_page("fairness")


def test_the_table_passes_the_model_tester(qtmodeltester: Any, demo_window: Any) -> None:
    qtmodeltester.check(_page(demo_window).model)


def test_a_flagged_group_is_tinted_and_says_below_four_fifths(demo_window: Any) -> None:
    db = demo_window.db
    loop = loops.list_loops(db)[0]
    for group, total, passing in (("White", 6, 5), ("Asian", 6, 1)):
        for n in range(total):
            person = candidates.add_candidate(db, name=f"{group} {n}", loop=loop.id)
            fairness.record_self_id(db, candidate=person.id, values={"race_ethnicity": group})
            first = min(person.interviews, key=lambda i: i.stage_position)
            card = scorecards.get_scorecard(db, first.id)
            overall = "yes" if n < passing else "no"
            patch = scorecards.ScorecardPatch(ratings={r.skill_id: 3 for r in card.ratings}, overall=overall)
            scorecards.submit(db, interview_id=first.id, patch=patch)
    page = _page(demo_window)
    page.refresh()
    model = page.model
    ratio = model.column_index("ratio")
    flagged = [
        model.index(r, ratio) for r in range(model.rowCount()) if "below 4/5" in str(model.index(r, ratio).data())
    ]
    assert len(flagged) == 1
    assert model.index(flagged[0].row(), model.column_index("group")).data() == "Asian"
    assert flagged[0].data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "14 candidates, 2 without every answer" in page.notes.text()  # 12 added + the demo's 2


def test_recording_self_identification_through_the_dialog(demo_window: Any, monkeypatch: Any) -> None:
    page = _page(demo_window)
    person = candidates.list_candidates(demo_window.db)[0]

    def answer(dialog: SelfIdDialog) -> int:  # what a user does in the modal dialog
        dialog.candidate.setCurrentIndex(dialog.candidate.findData(person.id))
        box = dialog.answers["sex"]
        box.setCurrentIndex(box.findData("Female"))
        return 1

    monkeypatch.setattr(SelfIdDialog, "exec", answer)
    page.record.click()
    assert fairness.self_id(demo_window.db, candidate=person.id) == {"sex": "Female"}


def test_decisions_kept_after_retention_are_counted_and_exported(
    demo_window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    db = demo_window.db
    fairness.record_self_id(db, candidate="Jordan Rivera", values={"race_ethnicity": "Asian"})
    later = datetime.now(UTC) + timedelta(days=400)
    (done,) = privacy.apply_retention(db, days=30, action="erase", dry_run=False, now=later)
    page = _page(demo_window)
    page.refresh()
    assert "2 candidates, 1 without every answer" in page.notes.text()
    assert "1 of them are decisions kept as pseudonymised records" in page.notes.text()
    out = tmp_path / "records.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export.click()
    (record,) = json.loads(out.read_text(encoding="utf-8"))["records"]
    assert record["pseudonym"] == done.record and "Jordan" not in out.read_text(encoding="utf-8")
