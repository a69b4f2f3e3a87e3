"""The Calibration page: per-interviewer figures, the chart, the panel's agreement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from interview_planner.services import privacy
from interview_planner.services.calibration import calibration
from interview_planner.services.demo import INTERVIEWERS
from interview_planner_ui.calibration.calibration_chart import SEGMENTS


def _page(window: Any) -> Any:
    page = window.open_page("calibration")
    assert window.current_page() is page
    return page


def test_the_table_passes_the_model_tester(qtmodeltester: Any, demo_window: Any) -> None:
    qtmodeltester.check(_page(demo_window).model)


def test_shows_the_seven_demo_interviewers(demo_window: Any) -> None:
    page = _page(demo_window)
    model = page.model
    shown = [model.index(r, model.column_index("interviewer")).data() for r in range(model.rowCount())]
    assert sorted(shown) == sorted(name for name, _email, _focus in INTERVIEWERS)
    expected = {c.interviewer: c for c in calibration(demo_window.db).interviewers}
    for row, name in enumerate(shown):
        figures = expected[name]
        assert model.index(row, model.column_index("scorecards")).data() == figures.scorecards
        assert model.index(row, model.column_index("mean")).data() == f"{figures.mean:.2f}"
        assert model.index(row, model.column_index("offset")).data() == f"{figures.offset:+.2f}"
        assert model.index(row, model.column_index("not_assessed")).data() == "0 %"
    assert [r.interviewer for r in page.chart.rows] == shown


def test_a_notable_offset_is_tinted(demo_window: Any) -> None:
    model = _page(demo_window).model
    row = model.row_of("Hannah Schmidt")  # rates everything 4: the most lenient
    offset = model.index(row, model.column_index("offset"))
    assert offset.data().startswith("+")
    assert offset.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_too_few_comparisons_get_no_colour_and_say_so(qtbot: Any) -> None:
    from interview_planner.scoring.calibration import InterviewerCalibration
    from interview_planner_ui.calibration.calibration_model import CalibrationTableModel

    model = CalibrationTableModel()
    common = {"scorecards": 1, "ratings": 3, "distribution": {}, "mean": 4.0, "not_assessed_share": 0.0}
    model.set_rows(
        [
            InterviewerCalibration(interviewer="One card", offset=1.5, offset_units=2, too_few=True, **common),
            InterviewerCalibration(
                interviewer="Many", offset=1.5, offset_units=9, too_few=False, offset_low=1.1, offset_high=1.9, **common
            ),
        ]
    )
    few, many = model.row_of("One card"), model.row_of("Many")
    offset, interval = model.column_index("offset"), model.column_index("interval")
    assert model.index(few, offset).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(few, interval).data() == "too few"
    assert model.index(many, offset).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(many, interval).data() == "+1.10 … +1.90"


def test_the_chart_paints_bars_in_the_rating_colours(demo_window: Any) -> None:
    page = _page(demo_window)
    image = page.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    three, four = SEGMENTS[2][1].name(), SEGMENTS[3][1].name()
    assert three in colours and four in colours


def test_agreement_is_shown_and_the_small_sample_warning_when_needed(demo_window: Any) -> None:
    page = _page(demo_window)
    alpha = calibration(demo_window.db).alpha
    assert f"{alpha:.2f}" in page.agreement.text() and "Krippendorff" in page.agreement.text()
    assert page.warning.isHidden()  # 24 shared ratings: enough
    privacy.erase_candidate(demo_window.db, candidate="Jordan Rivera")
    page.refresh()
    assert "not available yet" in page.agreement.text()
    assert page.warning.isVisible() and "need at least 10" in page.warning.text()
