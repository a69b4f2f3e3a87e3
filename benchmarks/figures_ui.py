"""Figures of the Qt layer, each driven in its own offscreen child process.

This side (imported by ``run.py``) never imports Qt: it starts
``python qt_driver.py MODE DB`` with ``QT_QPA_PLATFORM=offscreen`` and private
config folders, and reads what the child prints (see :mod:`qt_driver`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import floors
from measure import Measure

DRIVER = Path(__file__).resolve().with_name("qt_driver.py")
TYPED = ("kafka latency", "cache invalidation", "terraform")
TIMEOUT_S = 120


# --- parent side ---------------------------------------------------------------------------


def child_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEW_PLANNER_DB"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        INTERVIEW_PLANNER_DATA_DIR=str(work / "userdata"),
        XDG_CONFIG_HOME=str(work / "xdg"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def start_process(argv: list[str], work: Path) -> dict[str, float]:
    """Run a child; the seconds from its start to each line it printed (first word: the event)."""
    seen: dict[str, float] = {}
    begin = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(work)) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            word, *rest = line.split()
            seen[word] = time.perf_counter() - begin
            if rest:
                seen[f"{word}_value"] = float(rest[0])
        _, err = proc.communicate(timeout=TIMEOUT_S)
    if proc.returncode:
        raise RuntimeError(f"{argv[1:2]} exited with {proc.returncode}: {_last_line(err)}")
    return seen


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no message)"


def run_driver(mode: str, db: Path, work: Path, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(DRIVER), mode, str(db), *args],
        capture_output=True,
        text=True,
        env=child_env(work),
        timeout=TIMEOUT_S * 5,
        check=False,
    )
    if out.returncode:
        raise RuntimeError(f"{mode} driver exited with {out.returncode}: {_last_line(out.stderr)}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold_start(demo_db: Path, big_db: Path, work: Path, runs: int) -> list[Measure]:
    shown = Measure(
        "Cold start to a shown main window (demo db, process)",
        floor_name="bare PySide6: QMainWindow + QTableView",
    )
    data = Measure("Cold start to visible data (demo db, process)", limit=0.8)
    memory = Measure("Memory: app open on the big bank (resident)", limit=300, unit="MB")
    floor_argv = [sys.executable, "-c", floors.QT_WINDOW]
    for n in range(runs):
        if n % 2:
            shown.floor.append(start_process(floor_argv, work)["SHOWN"])
        seen = start_process([sys.executable, str(DRIVER), "start", str(demo_db)], work)
        shown.ours.append(seen["SHOWN"])
        data.ours.append(seen["DATA"])
        if not n % 2:
            shown.floor.append(start_process(floor_argv, work)["SHOWN"])
    data.note = uncompiled_note()
    seen = start_process([sys.executable, str(DRIVER), "start", str(big_db)], work)
    memory.ours = [seen["DATA_value"]]
    memory.note = f"data visible after {seen['DATA']:.2f} s on this database"
    return [shown, data, memory]


def uncompiled_note() -> str:
    """Say so when the app's modules have no cached bytecode, so that every start compiles them.

    An installed app has it (pip compiles at install; CI installs the wheel's way). An editable
    checkout on a machine with PYTHONDONTWRITEBYTECODE set (this one) never gets it: each cold
    start then compiles some 300 modules of ours, about 0.2 s more than a user's start.
    """
    spec = importlib.util.find_spec("interview_planner_ui.app")  # imports the package only: no Qt
    origin = spec.origin if spec is not None else None
    if origin and origin.endswith(".py") and not Path(importlib.util.cache_from_source(origin)).exists():
        return "the app's modules have no cached bytecode here: each start compiles them (about 0.2 s more)"
    return ""


def typing(db: Path, work: Path, rounds: int) -> list[Measure]:
    real = run_driver("keys", db, work, str(rounds))
    runs = [(real, "as shipped")]
    if real["debounce_ms"]:  # a shipped pause before searching: also measure the search itself
        runs.append((run_driver("keys", db, work, str(rounds), "0"), "search debounce set to 0"))
    out = []
    for result, label in runs:
        m = Measure(
            f"Keystroke to repainted results, bank browser ({label})",
            limit=0.030,
            p99_limit=0.100,
            ours=result["keystrokes"],
        )
        typed = TYPED if rounds else TYPED[:1]
        m.note = f"debounce {result['debounce_ms']} ms; typed " + ", ".join(f"'{t}'" for t in typed)
        out.append(m)
    return out


def table(db: Path, work: Path, runs: int, label: str) -> list[Measure]:
    result = run_driver("table", db, work, str(runs))
    opened = Measure(f"{label}-row question table: open", limit=0.050, ours=result["open"])
    ordered = Measure(
        f"{label}-row question table: sort",
        limit=0.150,
        ours=result["sort"],
        not_measured=result.get("sort_not_measured"),
    )
    filtered = Measure(f"{label}-row question table: filter (per change)", limit=0.100, ours=result["filter"])
    filtered.note = "skill/kind/difficulty combos and typed characters (debounce 0)"
    peak = Measure(f"{label}-row question table: peak memory", limit=300, unit="MB", ours=[result["peak_rss_mb"]])
    return [opened, ordered, filtered, peak]
