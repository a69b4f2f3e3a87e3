"""The stage time bar: green while the questions fit the minutes minus 10, red beyond."""

from __future__ import annotations

from typing import Any

import pytest

from interview_planner_ui.common.theme import apply_theme, colour
from interview_planner_ui.loop_designer.time_bar import TimeBar, bar_text, is_over


def test_available_time_keeps_ten_minutes() -> None:
    assert not is_over(50, 60) and is_over(51, 60)
    assert bar_text(49, 20) == "49 / 10"


def test_the_bar_is_painted_green_then_red(qtbot: Any) -> None:
    bar = TimeBar()
    qtbot.addWidget(bar)
    bar.resize(200, bar.sizeHint().height())
    bar.set_minutes(20, 60)
    assert bar.colour() == colour("time_fits") and not bar.over
    image = bar.grab().toImage()
    left = image.pixelColor(4, image.height() // 2)
    assert left.green() > left.red()
    right = image.pixelColor(image.width() - 4, image.height() // 2)
    assert right.green() < 240 or right.red() > 200  # the empty track, not the fill
    bar.set_minutes(49, 20)
    assert bar.over and bar.colour() == colour("time_over")
    image = bar.grab().toImage()
    left = image.pixelColor(4, image.height() // 2)
    assert left.red() > 160 and left.green() < 80
    assert "49 of the 10 minutes" in bar.toolTip()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_track_follows_the_colour_scheme(qtbot: Any, scheme: str) -> None:
    apply_theme(scheme)  # type: ignore[arg-type]
    try:
        bar = TimeBar()
        qtbot.addWidget(bar)
        bar.resize(200, bar.sizeHint().height())
        bar.set_minutes(5, 60)  # a short fill: most of the bar is the empty track
        image = bar.grab().toImage()
        track = image.pixelColor(image.width() - 6, image.height() // 2)
        assert (track.lightness() < 100) == (scheme == "dark")
    finally:
        apply_theme("light")
