"""Speed and memory figures of Interview Loop Planner: ``python benchmarks/run.py [--quick] [--json]``.

Generates its data (cached in benchmarks/.cache), measures each figure
several times next to its floor (the same work done by the bare library, in
the same run) and prints our median, the floor's, the ratio, the goal and
PASS/MISS. ``--quick`` uses small sizes for CI. A missed goal does not fail
the run (machines differ); ``--strict`` makes it exit 1 when a *ratio* goal
of gates.py is missed (absolute times never fail it). A figure that fails
with an error always does. See README.md here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import data
import figures_core
import figures_ui
import gates
from measure import Measure, fmt


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sizes = figures_core.QUICK if args.quick else figures_core.FULL
    ctx = figures_core.new_context(sizes, log=_log)
    started = time.perf_counter()
    try:
        rows = _run_all(ctx, set(args.only or []))
    finally:
        shutil.rmtree(ctx.work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    if args.json:
        print(
            json.dumps(
                {
                    "mode": sizes.label,
                    "machine": machine(),
                    "seconds": round(elapsed, 1),
                    "figures": [m.as_json() for m in rows],
                },
                indent=2,
            )
        )
    else:
        print(table(rows, sizes.label, elapsed))
    broken = [m.figure for m in rows if (m.not_measured or "").startswith("error:")]
    if broken:
        _log(f"figures that failed (a bug in the app or in the benchmark): {', '.join(broken)}")
        return 1
    failing = [m for m in rows if m.fails_strict]
    if args.strict and failing:
        _log(f"--strict: ratio goals missed: {'; '.join(f'{m.figure} {m.ratio:.2f}×' for m in failing)}")
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (5,000 questions, 20 candidates): for CI")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a gated ratio goal (gates.py) is missed; times never fail"
    )
    parser.add_argument(
        "--only", nargs="*", metavar="GROUP", choices=sorted(GROUPS), help="run only these groups of figures"
    )
    return parser


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- the groups of figures ---------------------------------------------------------------


def _ui_start(ctx: figures_core.Context) -> list[Measure]:
    big = ctx.private_db(ctx.world(), "ui-start")
    return figures_ui.cold_start(data.demo_db(), big, ctx.work, runs=ctx.sizes.runs)


def _ui_typing(ctx: figures_core.Context) -> list[Measure]:
    rounds = 2 if ctx.sizes is figures_core.FULL else 0
    return figures_ui.typing(ctx.private_db(ctx.world(), "ui-keys"), ctx.work, rounds=rounds)


def _ui_table(ctx: figures_core.Context) -> list[Measure]:
    db = ctx.private_db(ctx.world(), "ui-table")
    return figures_ui.table(db, ctx.work, runs=ctx.sizes.runs, label=figures_core.n(ctx.sizes.bank))


Figure = Callable[[figures_core.Context], list[Measure]]
GROUPS: dict[str, Figure] = {
    "cli": figures_core.cli,
    "ui-start": _ui_start,
    "import": figures_core.import_banks,
    "search": figures_core.search,
    "ui-typing": _ui_typing,
    "ui-table": _ui_table,
    "plan": figures_core.plan,
    "packet": figures_core.packet,
    "loop-packets": figures_core.loop_packets,
    "export-all": figures_core.export_all,
    "decide": figures_core.decide,
    "health": figures_core.health,
}


def _run_all(ctx: figures_core.Context, only: set[str]) -> list[Measure]:
    rows: list[Measure] = []
    for name, figure in GROUPS.items():
        if only and name not in only:
            continue
        _log(f"{name} ...")
        begin = time.perf_counter()
        try:
            rows += apply_gates(name, figure(ctx), quick=ctx.sizes is figures_core.QUICK)
        except Exception as exc:  # one broken figure must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(Measure(name, not_measured=f"error: {type(exc).__name__}: {exc}"))
        _log(f"{name} done in {time.perf_counter() - begin:.1f} s")
    return rows


def apply_gates(group: str, measured: list[Measure], *, quick: bool) -> list[Measure]:
    """Set each figure's ratio goal from gates.py and how --strict treats it.

    A gate that names no figure of its group is a bug of the benchmark (a
    renamed figure would silently lose its gate), raised as an error.
    """
    for gate in (g for g in gates.GATES if g.group == group):
        if not any(m.figure.startswith(gate.figure) for m in measured):
            raise LookupError(f"gates.py: no figure of group {group!r} starts with {gate.figure!r}")
    for m in measured:
        gate = gates.gate_for(group, m.figure)
        if gate is None:
            if m.max_ratio is not None:
                raise LookupError(f"{m.figure}: a ratio goal belongs in gates.py, not in the figure")
            continue
        m.max_ratio = gate.max_ratio
        m.fails_above = gate.fails_above(quick=quick)
        if not gate.enforced:
            m.gate = "not yet met"
        elif quick and not gate.quick:
            m.gate = "not gated in --quick"
        else:
            m.gate = "gated"
    return measured


# --- output ----------------------------------------------------------------------------------


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load {load:.1f}"
    )


def table(rows: list[Measure], mode: str, elapsed: float) -> str:
    head = ["Figure", "Ours (median)", "Floor (median)", "Ratio", "Goal", "Result"]
    body = [_cells(m) for m in rows]
    lines = [
        f"Interview Loop Planner benchmarks ({mode} sizes) on {machine()}; {elapsed:.0f} s",
        "",
        _line(head),
        _line(["---"] * len(head)),
        *(_line(cells) for cells in body),
        "",
    ]
    lines += [f"* {m.figure}: {m.note}" for m in rows if m.note]
    lines += [f"* {m.figure}: not measured: {m.not_measured}" for m in rows if m.not_measured]
    return "\n".join(lines)


def _cells(m: Measure) -> list[str]:
    ours = fmt(m.median, m.unit)
    if m.p99_limit is not None and m.ours:
        ours += f" (p99 {fmt(m.p99, m.unit)})"
    floor = f"{fmt(m.floor_median, m.unit)} ({m.floor_name})" if m.floor else "–"
    ratio = f"{m.ratio:.2f}×" if m.ratio is not None else "–"
    goal = "; ".join(g for g, _ in m.checks()) or _goal_text(m)
    verdict = m.verdict if m.not_measured is None else f"not measured: {m.not_measured}"
    if m.gate is not None and m.not_measured is None:
        verdict += f" ({_gate_text(m)})"
    return [m.figure, ours if m.ours else "–", floor, ratio, goal, verdict]


def _gate_text(m: Measure) -> str:
    if m.gate == "not yet met":
        return "ratio not yet met on main: not gated" if m.ratio_missed else "ratio met here, not gated yet"
    if m.gate == "gated":
        if m.fails_strict:
            return "ratio missed: --strict fails"
        if m.ratio_missed:
            return f"ratio missed, within the quick run's allowance: --strict fails above {m.fails_above:g}×"
        return "ratio met, gated"
    return "ratio not gated in --quick"


def _goal_text(m: Measure) -> str:
    parts = []
    if m.max_ratio is not None:
        parts.append(f"≤ {m.max_ratio:g}× floor")
    if m.limit is not None:
        parts.append(f"median ≤ {fmt(m.limit, m.unit)}")
    if m.p99_limit is not None:
        parts.append(f"p99 ≤ {fmt(m.p99_limit, m.unit)}")
    return "; ".join(parts) or "–"


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


if __name__ == "__main__":
    sys.exit(main())
