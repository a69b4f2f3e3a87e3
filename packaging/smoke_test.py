"""Smoke-test a frozen one-folder build of Interview Loop Planner.

    python3 packaging/smoke_test.py packaging/dist/interview-planner [--expect-version 0.1.0]

Every run of the frozen executable gets a near-empty environment (``env -i`` with
PATH=/usr/bin:/bin, a throwaway HOME, no LANG, no PYTHON* variables), so no Python
from the build venv or the machine can stand in for something the bundle lacks.

Checks, in order (the first failure stops the test, exit code 1):

1. the bundled content is where the code looks for it (banks, rubrics, data/, metadata);
2. ``--version`` prints the package version (not the "0.0.0+source" fallback);
3. ``--db <tmp>/x.db init --demo`` sets up a database with the bundled content;
4. ``packet export --candidate "Jordan Rivera"`` writes PDFs that start with %PDF, and
   ``packet export --all --workers 2`` writes every candidate's (spawned worker processes
   re-run the frozen executable: this fails if they start the app instead of rendering);
5. the window starts offscreen (QT_QPA_PLATFORM=offscreen) and is still running after
   a few seconds with nothing alarming on stderr; while it runs, every shared library
   it has mapped comes from the bundle or from the system's library folders;
6. if Xvfb and xdotool are installed: the window appears on a real X server (the xcb
   platform plugin and its bundled libraries work) and the time until it is shown is
   measured; a screenshot is saved when ImageMagick's ``import`` is there.

The figures (start-up times) are printed at the end and, with --json, written to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = "interview-planner.exe" if sys.platform.startswith("win") else "interview-planner"
WINDOW_TITLE = "Interview Loop Planner"
CANDIDATE = "Jordan Rivera"
SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
ALARMING = ("Traceback", "Error", "error:", "Could not load the Qt platform plugin", "Segmentation fault")
CONTENT_MINIMUMS = {"question_banks": 25, "rubrics": 25, "data/fonts": 4, "data/migrations": 1}


class SmokeFailure(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def step(text: str) -> None:
    print(f"-- {text}", flush=True)


def minimal_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    env.update(extra)
    return env


def run_app(exe: Path, args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise SmokeFailure(
            f"{what} exited with {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )


def check_content(app_dir: Path) -> dict[str, int]:
    internal = app_dir / "_internal"
    root = internal if internal.is_dir() else app_dir
    pkg = root / "interview_planner"
    counts = {}
    for folder, minimum in CONTENT_MINIMUMS.items():
        files = [p for p in (pkg / folder).glob("*") if p.is_file()]
        counts[folder] = len(files)
        check(len(files) >= minimum, f"{pkg / folder}: {len(files)} file(s), expected at least {minimum}")
    for name in ("data/skill_catalogue.yaml", "data/loop_templates.yaml"):
        check((pkg / name).is_file(), f"{pkg / name} is missing")
    check(any(root.glob("interview_loop_planner-*.dist-info/METADATA")), "the package metadata (dist-info) is missing")
    return counts


def time_version(exe: Path, env: dict[str, str], runs: int = 5) -> tuple[float, float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = run_app(exe, ["--version"], env, timeout=60)
        times.append(time.perf_counter() - start)
        expect_ok(result, "--version")
        out = result.stdout.strip()
    return times[0], statistics.median(times[1:] or times), out


def foreign_libraries(pid: int, app_dir: Path) -> tuple[list[str], list[str]]:
    """Shared objects mapped by ``pid``: (outside the bundle and the system folders, from the system)."""
    maps = Path(f"/proc/{pid}/maps")
    if not maps.exists():
        return [], []
    bundle = str(app_dir.resolve()) + os.sep
    foreign, system = set(), set()
    for line in maps.read_text(errors="replace").splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) < 6 or ".so" not in parts[5]:
            continue
        path = parts[5].removesuffix(" (deleted)")
        if path.startswith(bundle):
            continue
        if path.startswith(SYSTEM_LIB_DIRS):
            system.add(Path(path).name)
        else:
            foreign.add(path)
    return sorted(foreign), sorted(system)


def gui_offscreen(exe: Path, app_dir: Path, db: Path, home: Path, seconds: float) -> dict[str, object]:
    env = minimal_env(home, QT_QPA_PLATFORM="offscreen")
    log = home / "gui-offscreen.log"
    with log.open("w") as out:
        proc = subprocess.Popen([str(exe), "--db", str(db)], env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise SmokeFailure(
                        f"the window exited by itself with code {proc.returncode}\n{log.read_text(errors='replace')}"
                    )
                time.sleep(0.1)
            foreign, system = foreign_libraries(proc.pid, app_dir)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    text = log.read_text(errors="replace")
    alarming = [line for line in text.splitlines() if any(word in line for word in ALARMING)]
    check(not alarming, "the window wrote errors to its output:\n" + "\n".join(alarming[:20]))
    check(not foreign, "the app loaded libraries from outside the bundle and the system:\n  " + "\n  ".join(foreign))
    return {"alive_after_s": seconds, "system_libraries_loaded": system}


def gui_xvfb(exe: Path, db: Path, home: Path, shot: Path | None, timeout: float = 30) -> dict[str, object] | None:
    xvfb, xdotool = shutil.which("Xvfb"), shutil.which("xdotool")
    if not (xvfb and xdotool):
        print("   (Xvfb or xdotool not installed: real-display check skipped)")
        return None
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    proc = None
    try:
        time.sleep(1.0)
        check(server.poll() is None, "Xvfb did not start")
        env = minimal_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        log = home / "gui-xcb.log"
        with log.open("w") as out:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [str(exe), "--db", str(db)], env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT
            )
            shown = None
            while time.perf_counter() - start < timeout:
                if proc.poll() is not None:
                    raise SmokeFailure(f"the window exited with code {proc.returncode} under Xvfb\n{log.read_text()}")
                found = subprocess.run(
                    [xdotool, "search", "--onlyvisible", "--name", WINDOW_TITLE],
                    env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if found.stdout.strip():
                    shown = time.perf_counter() - start
                    break
                time.sleep(0.02)
            check(shown is not None, f"no window {WINDOW_TITLE!r} appeared within {timeout} s\n{log.read_text()}")
            time.sleep(2.0)  # let the database open and the pages fill in
            check(proc.poll() is None, f"the window exited after showing\n{log.read_text()}")
            if shot and shutil.which("import"):
                subprocess.run(
                    ["import", "-window", "root", str(shot)],
                    check=False,
                    capture_output=True,
                    env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                )
        text = log.read_text(errors="replace")
        alarming = [line for line in text.splitlines() if any(word in line for word in ALARMING)]
        check(not alarming, "the window wrote errors under Xvfb:\n" + "\n".join(alarming[:20]))
        return {"window_shown_s": round(shown, 3), "screenshot": str(shot) if shot and shot.exists() else None}
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(10)
        server.terminate()
        server.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "app_dir", type=Path, nargs="?", default=Path(__file__).resolve().parent / "dist" / "interview-planner"
    )
    parser.add_argument("--expect-version", help="the version --version must print")
    parser.add_argument("--gui-seconds", type=float, default=4.0, help="how long the offscreen window must survive")
    parser.add_argument("--screenshot", type=Path, help="where to save a screenshot of the window under Xvfb")
    parser.add_argument("--json", type=Path, help="write the measured figures to this file")
    args = parser.parse_args(argv)

    app_dir = args.app_dir.resolve()
    exe = app_dir / EXE
    figures: dict[str, object] = {}
    try:
        check(exe.is_file(), f"{exe} does not exist: build first (packaging/build.py)")
        with tempfile.TemporaryDirectory(prefix="ilp-smoke-") as tmp:
            home = Path(tmp) / "home"
            home.mkdir()
            env = minimal_env(home)
            db = Path(tmp) / "x.db"

            step("bundled content")
            figures["content_files"] = check_content(app_dir)
            print(f"   {figures['content_files']}")

            step("--version")
            first, warm, out = time_version(exe, env)
            version = out.split()[-1] if out else ""
            check(out.startswith("interview-planner "), f"unexpected --version output {out!r}")
            check(version != "0.0.0+source", "the frozen app has no package metadata (copy_metadata missing)")
            if args.expect_version:
                check(version == args.expect_version, f"--version says {version}, expected {args.expect_version}")
            figures.update(version=version, version_first_s=round(first, 3), version_warm_median_s=round(warm, 3))
            print(f"   {out} (first run {first:.2f} s, then median {warm:.2f} s)")

            step("init --demo")
            start = time.perf_counter()
            result = run_app(exe, ["--db", str(db), "init", "--demo"], env)
            expect_ok(result, "init --demo")
            figures["init_demo_s"] = round(time.perf_counter() - start, 2)
            check(db.is_file(), "init --demo created no database file")
            print("   " + result.stdout.strip().replace("\n", "\n   "))

            step(f"packet export --candidate {CANDIDATE!r}")
            out_dir = Path(tmp) / "packets"
            start = time.perf_counter()
            export = ["--db", str(db), "packet", "export", "--candidate", CANDIDATE, "--out", str(out_dir)]
            result = run_app(exe, export, env)
            expect_ok(result, "packet export")
            figures["packet_export_s"] = round(time.perf_counter() - start, 2)
            pdfs = sorted(out_dir.glob("*.pdf"))
            check(len(pdfs) >= 2, f"expected an overview and interviewer packets, found {len(pdfs)} PDF(s)")
            for pdf in pdfs:
                check(pdf.read_bytes()[:5] == b"%PDF-", f"{pdf.name} is not a PDF")
            figures["packets"] = len(pdfs)
            print(f"   {len(pdfs)} PDFs, e.g. {pdfs[-1].name} ({pdfs[-1].stat().st_size} bytes)")

            step("packet export --all --workers 2 (spawned worker processes)")
            all_dir = Path(tmp) / "all-packets"
            start = time.perf_counter()
            export_all = ["--db", str(db), "packet", "export", "--all", "--workers", "2", "--out", str(all_dir)]
            result = run_app(exe, export_all, env)
            expect_ok(result, "packet export --all")
            figures["packet_export_all_s"] = round(time.perf_counter() - start, 2)
            everyone = sorted(all_dir.glob("*.pdf"))
            check(len(everyone) > len(pdfs), f"--all wrote {len(everyone)} PDF(s), one candidate alone {len(pdfs)}")

            step(f"window, offscreen, alive after {args.gui_seconds:g} s")
            figures["gui_offscreen"] = gui_offscreen(exe, app_dir, db, home, args.gui_seconds)
            system_libs = figures["gui_offscreen"]["system_libraries_loaded"]  # type: ignore[index]
            print(f"   alive; libraries from the system: {', '.join(system_libs) or 'none'}")

            step("window on a real X server (Xvfb), time until shown")
            figures["gui_xcb"] = gui_xvfb(exe, db, home, args.screenshot)
            if figures["gui_xcb"]:
                print(f"   shown after {figures['gui_xcb']['window_shown_s']:.2f} s")  # type: ignore[index]
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
