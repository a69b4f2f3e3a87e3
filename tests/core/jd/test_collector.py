"""The collector's young threshold is raised only while a posting is parsed, and set back after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from interview_planner.jd.collector import YOUNG_THRESHOLD, fewer_young_collections
from interview_planner.jd.parser import NoRequirementsFound, parse_job_description


@pytest.fixture
def default_threshold() -> Iterator[tuple[int, ...]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_the_threshold_is_raised_during_a_parse_and_set_back_after(default_threshold: tuple[int, ...]) -> None:
    seen: list[tuple[int, ...]] = []
    fewer_young_collections(lambda: seen.append(gc.get_threshold()))()
    assert seen == [(YOUNG_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == default_threshold
    parse_job_description("# Engineer\n\n## Requirements\n- Python\n- Communication skills\n")
    assert gc.get_threshold() == default_threshold


def test_the_threshold_is_set_back_when_the_parse_fails(default_threshold: tuple[int, ...]) -> None:
    with pytest.raises(NoRequirementsFound):
        parse_job_description("# Engineer\n\nWe build things.\n")
    assert gc.get_threshold() == default_threshold


def test_a_threshold_raised_already_or_collection_switched_off_is_left_alone(
    default_threshold: tuple[int, ...],
) -> None:
    seen: list[tuple[int, ...]] = []
    record = fewer_young_collections(lambda: seen.append(gc.get_threshold()))
    for threshold in ((0, 10, 10), (50_000, 10, 10)):  # switched off; another parse (or the application) raised it
        gc.set_threshold(*threshold)
        record()
        assert seen[-1] == threshold
        assert gc.get_threshold() == threshold
    gc.set_threshold(*default_threshold)
    # the application setting its own threshold during a parse keeps it
    fewer_young_collections(lambda: gc.set_threshold(2_000, 10, 10))()
    assert gc.get_threshold() == (2_000, 10, 10)
