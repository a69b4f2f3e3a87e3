"""What a figure reports, and the timing helpers every figure uses."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Measure:
    """One row of the table: our median, the floor's, the goals and the verdict."""

    figure: str
    ours: list[float] = field(default_factory=list)  # seconds (or MB when unit == "MB")
    floor: list[float] = field(default_factory=list)
    max_ratio: float | None = None
    limit: float | None = None  # on our median
    p99_limit: float | None = None
    unit: str = "s"
    floor_name: str = ""
    note: str = ""
    not_measured: str | None = None  # why, when the figure could not be measured
    gate: str | None = None  # how --strict treats the ratio goal: "gated", "not yet met", "not gated in --quick"
    fails_above: float | None = None  # the ratio --strict fails above (the goal plus any quick allowance)

    @property
    def median(self) -> float | None:
        return statistics.median(self.ours) if self.ours else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def p99(self) -> float | None:
        if len(self.ours) < 2:
            return self.median
        ordered = sorted(self.ours)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor_median:
            return None
        return self.median / self.floor_median

    def checks(self) -> list[tuple[str, bool]]:
        out = []
        if self.max_ratio is not None and self.ratio is not None:
            out.append((f"≤ {self.max_ratio:g}× floor", self.ratio <= self.max_ratio))
        if self.limit is not None and self.median is not None:
            out.append((f"median ≤ {fmt(self.limit, self.unit)}", self.median <= self.limit))
        if self.p99_limit is not None and self.p99 is not None:
            out.append((f"p99 ≤ {fmt(self.p99_limit, self.unit)}", self.p99 <= self.p99_limit))
        return out

    @property
    def verdict(self) -> str:
        if self.not_measured is not None or not self.ours:
            return "NOT MEASURED"
        checks = self.checks()
        if not checks:
            return "–"  # a figure without a goal (reported for information)
        return "PASS" if all(ok for _, ok in checks) else "MISS"

    @property
    def ratio_missed(self) -> bool:
        """The ratio goal is set, measured and missed (absolute goals are not looked at)."""
        return self.max_ratio is not None and self.ratio is not None and self.ratio > self.max_ratio

    @property
    def fails_strict(self) -> bool:
        """Whether ``run.py --strict`` fails on this row: a gated ratio goal missed."""
        if self.gate != "gated" or not self.ratio_missed or self.ratio is None:
            return False
        return self.fails_above is None or self.ratio > self.fails_above

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            median=self.median,
            floor_median=self.floor_median,
            p99=self.p99,
            ratio=self.ratio,
            verdict=self.verdict,
            checks=[{"goal": g, "ok": ok} for g, ok in self.checks()],
        )
        return data


def fmt(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def clock(fn: Callable[[], Any], *, collect: bool = True) -> float:
    """Seconds one call takes; by default after a collection (so garbage of earlier runs is not billed)."""
    if collect:
        gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def side_by_side(
    ours: Callable[[], Any], floor: Callable[[], Any] | None, runs: int, *, collect: bool = True
) -> tuple[list[float], list[float]]:
    """Alternate ours and the floor, swapping which goes first, so both see the same machine."""
    mine: list[float] = []
    bare: list[float] = []
    for n in range(runs):
        if floor is not None and n % 2:
            bare.append(clock(floor, collect=collect))
        mine.append(clock(ours, collect=collect))
        if floor is not None and not n % 2:
            bare.append(clock(floor, collect=collect))
    return mine, bare
