"""The generic record table model: columns as data, edits as requests, in-place updates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt

from interview_planner_ui.common.record_model import RECORD_ROLE, Column, RecordTableModel
from interview_planner_ui.loop_designer.findings_model import FindingsModel


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    size: int


COLUMNS = (
    Column("name", "Name", lambda r: r.name, edit=lambda r: r.name),
    Column("size", "Size", lambda r: r.size),
)


def test_edits_are_requests(qtbot: Any) -> None:
    model = RecordTableModel[Row](COLUMNS)
    model.set_rows([Row("a", "Alpha", 1)])
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.edit_requested) as asked:
        assert model.setData(model.index(0, 0), "Beta")
    assert asked.args == [Row("a", "Alpha", 1), "name", "Beta"]
    assert model.index(0, 0).data() == "Alpha"  # unchanged until the core answers
    with qtbot.assertNotEmitted(model.edit_requested):
        model.setData(model.index(0, 0), "Alpha")  # same value: nothing to do
    assert not model.setData(model.index(0, 1), 3)


def test_same_rows_update_in_place(qtbot: Any) -> None:
    model = RecordTableModel[Row](COLUMNS)
    model.set_rows([Row("a", "Alpha", 1), Row("b", "Beta", 2)])
    kept = QPersistentModelIndex(model.index(1, 1))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows([Row("a", "Alpha", 1), Row("b", "Beta", 5)])
    assert kept.data() == 5
    model.set_rows([Row("b", "Beta", 5), Row("a", "Alpha", 1)])
    assert model.row_of("a") == 1 and model.index(1, 0).data(RECORD_ROLE).name == "Alpha"


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    model = RecordTableModel[Row](COLUMNS)
    model.set_rows([Row("a", "Alpha", 1)])
    qtmodeltester.check(model)
    from interview_planner.planning.model import Finding

    findings = FindingsModel()
    findings.set_rows(
        [
            Finding(severity="error", code="stage-over-time", message="Too long", stage="s"),
            Finding(severity="warning", code="must-single-stage", message="Once", skill="k"),
        ]
    )
    assert findings.counts() == (1, 1)
    assert not findings.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    qtmodeltester.check(findings)
