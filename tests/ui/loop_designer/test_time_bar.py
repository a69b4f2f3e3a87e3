"""The stage time bar: green while the questions fit the minutes minus 10, red beyond."""

from __future__ import annotations

from typing import Any

from interview_planner_ui.loop_designer.time_bar import FITS, OVER, TimeBar, bar_text, is_over


def test_available_time_keeps_ten_minutes() -> None:
    assert not is_over(50, 60) and is_over(51, 60)
    assert bar_text(49, 20) == "49 / 10"


def test_the_bar_is_painted_green_then_red(qtbot: Any) -> None:
    bar = TimeBar()
    qtbot.addWidget(bar)
    bar.resize(200, bar.sizeHint().height())
    bar.set_minutes(20, 60)
    assert bar.colour() == FITS and not bar.over
    image = bar.grab().toImage()
    left = image.pixelColor(4, image.height() // 2)
    assert left.green() > left.red()
    right = image.pixelColor(image.width() - 4, image.height() // 2)
    assert right.green() < 240 or right.red() > 200  # the empty track, not the fill
    bar.set_minutes(49, 20)
    assert bar.over and bar.colour() == OVER
    image = bar.grab().toImage()
    left = image.pixelColor(4, image.height() // 2)
    assert left.red() > 180 and left.green() < 120
    assert "49 of the 10 minutes" in bar.toolTip()
