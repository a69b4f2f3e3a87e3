"""Floors on the shared corpus of real, labelled postings (../shared/jd-corpus beside the repository).

The postings are third-party text: they are read from that folder, never
copied here; without it these tests are skipped and say why. The scoring is
the benchmark's (benchmarks/jd_accuracy.py, see its README for the figures).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jd_accuracy", REPO / "benchmarks" / "jd_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("jd_accuracy", module)
    spec.loader.exec_module(module)
    return module


BENCH = _benchmark()
LABELS = BENCH.default_labels()

pytestmark = pytest.mark.skipif(
    not LABELS.is_file(), reason=f"the labelled job-posting corpus is absent ({LABELS} not found)"
)

# A little below today's figures (benchmarks/README.md): a drop below them is a regression.
FLOORS = {"precision": 0.92, "recall": 0.92, "must_recall": 0.90, "kind": 0.86, "priority": 0.95, "link": 0.65}


@pytest.fixture(scope="module")
def scores() -> list:  # type: ignore[type-arg]
    return BENCH.run_corpus(LABELS)


def test_no_real_posting_is_refused(scores: list) -> None:  # type: ignore[type-arg]
    assert [(s.file, s.refused) for s in scores if s.refused] == []


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_corpus_figures_stay_above_their_floors(scores: list, figure: str) -> None:  # type: ignore[type-arg]
    value = BENCH.Totals.of(scores).figures()[figure]
    assert value is not None and value >= FLOORS[figure], f"{figure} {value} < {FLOORS[figure]}"


# The tuning postings' figures when this floor was set (benchmarks/README.md, before/after table): a change to
# the parser must not make any of them worse. The held-out postings are only measured, never asserted on.
# Kind and link are shares of the items found: the items the parser now also finds (abilities and attitudes stated
# in prose) are harder to classify and link, so those two shares were set from the recall change's figures.
TUNING_FLOORS = {
    "precision": 0.96,
    "recall": 0.97,
    "must_recall": 0.97,
    "kind": 0.91,
    "priority": 0.98,
    "link": 0.75,
}


@pytest.mark.parametrize("figure", sorted(TUNING_FLOORS))
def test_tuning_postings_do_not_regress(scores: list, figure: str) -> None:  # type: ignore[type-arg]
    tuning = dict(BENCH.groups_of(scores, BENCH.HELD_OUT))["tuning"]
    value = tuning.figures()[figure]
    assert value is not None and round(value, 2) >= TUNING_FLOORS[figure], f"{figure} {value:.3f}"


def test_every_language_and_format_finds_most_requirements(scores: list) -> None:  # type: ignore[type-arg]
    for label, totals in BENCH.groups_of(scores, BENCH.HELD_OUT):
        figures = totals.figures()
        assert figures["recall"] is not None and figures["recall"] >= 0.6, (label, figures)
