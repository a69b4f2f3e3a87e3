"""Build the Linux one-folder app from a clean checkout, smoke-test it, and archive it.

    python3 packaging/build.py              # full build: ~2-4 minutes on 2 cores
    python3 packaging/build.py --reuse-venv # skip re-creating the build venv (iteration only)

What it does, so that the bundle holds the project and its declared dependencies and
nothing else that happens to be installed:

1. copies the checkout's source (no .git, venvs, caches, build/ or *.egg-info) to
   ``packaging/build/src``: pip then builds the wheel from a tree with no stale
   ``build/lib`` and the checkout itself is not written to;
2. creates ``packaging/build/venv`` with this Python and installs the copy NON-editable,
   plus PyInstaller;
3. runs PyInstaller with ``packaging/interview_planner.spec`` from ``packaging/build``
   (never from the checkout root, where ``import interview_planner`` would find the
   source tree instead of the installed package) -> ``packaging/dist/interview-planner/``;
4. fails if PyInstaller could not resolve a library the bundle needs (install the
   missing system package on the build machine, see packaging/README.md);
5. runs ``packaging/smoke_test.py`` against the bundle with an empty environment;
6. writes ``packaging/dist/interview-loop-planner-<version>-linux-<arch>.tar.gz`` (the
   app folder, the .desktop file, icons, AppStream metainfo and install.sh) and checks
   that install.sh installs and uninstalls it in a throwaway prefix.

It prints where the bundle is, how big it is, and how long each step took.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = HERE / "build"
DIST = HERE / "dist"
APP_DIR = DIST / "interview-planner"
SPEC = HERE / "interview_planner.spec"
APP_ID = "interview-loop-planner"
PYINSTALLER = "pyinstaller>=6.10,<7"
# Unresolved at build time is acceptable for these: the system provides them where they matter.
ALLOWED_UNRESOLVED = {"libgtk-3.so.0", "libgdk-3.so.0"}  # only the dropped GTK theme plugin wants them
IGNORE_IN_COPY = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "venv",
    "__pycache__",
    "*.egg-info",
    "build",
    "dist",
    ".*_cache",
    ".hypothesis",
    "*.db",
    "*.db-wal",
    "*.db-shm",
    "out",
)


def say(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def clean_env() -> dict[str, str]:
    """This environment minus anything that could point Python at other packages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV", "CONDA"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def dir_size(path: Path) -> tuple[int, int]:
    total = files = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def du_sh(path: Path) -> str:
    try:
        return subprocess.run(["du", "-sh", str(path)], capture_output=True, text=True, check=True).stdout.split()[0]
    except (OSError, subprocess.CalledProcessError):
        return f"{dir_size(path)[0] / 2**20:.0f}M"


def copy_source(dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = set(IGNORE_IN_COPY(folder, names))
        if Path(folder).resolve() == HERE:  # packaging/build and packaging/dist
            skipped |= {"build", "dist"}
        return skipped

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)


def make_venv(venv: Path, src: Path, python: str, reuse: bool) -> Path:
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if reuse and py.exists():  # iteration: keep the dependencies, reinstall the project only
        run([py, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", src], env=clean_env())
        return py
    if venv.exists():
        shutil.rmtree(venv)
    run([python, "-m", "venv", venv], env=clean_env())
    run([py, "-m", "pip", "install", "--quiet", src, PYINSTALLER], env=clean_env())
    return py


def installed_version(py: Path) -> str:
    code = "from importlib.metadata import version; print(version('interview-loop-planner'))"
    return subprocess.run([py, "-c", code], capture_output=True, text=True, check=True, env=clean_env()).stdout.strip()


def pyinstaller(py: Path, log: Path) -> None:
    workpath = BUILD / "pyinstaller"
    cmd = [
        py,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        workpath,
        SPEC,
    ]
    print("$ " + " ".join(str(c) for c in cmd) + f"  (log: {log})", flush=True)
    with log.open("w") as out:
        # -m puts the working directory on sys.path: it must not be the checkout root.
        result = subprocess.run(
            [str(c) for c in cmd], cwd=BUILD, env=clean_env(), stdout=out, stderr=subprocess.STDOUT, check=False
        )
    text = log.read_text(errors="replace")
    for line in text.splitlines():
        if "interview_planner.spec" in line or "ERROR" in line:
            print("   " + line)
    if result.returncode != 0:
        print(text[-4000:])
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}); full log: {log}")
    unresolved = set(re.findall(r"could not resolve '([^']+)'", text)) - ALLOWED_UNRESOLVED
    if unresolved:
        raise SystemExit(
            "PyInstaller could not find these libraries on the build machine, so the bundle would depend on\n"
            f"the user having them: {', '.join(sorted(unresolved))}\n"
            "Install them (Debian/Ubuntu: see packaging/README.md, 'Build machine packages') and build again."
        )
    if not any(APP_DIR.rglob("_rl_accel*")):
        raise SystemExit("the bundle has no _rl_accel (reportlab's C accelerator): see the spec's hiddenimports")


def archive(version: str) -> Path:
    arch = platform.machine() or "unknown"
    name = f"{APP_ID}-{version}-linux-{arch}"
    target = DIST / f"{name}.tar.gz"
    extras = {
        "install.sh": HERE / "linux" / "install.sh",
        f"share/applications/{APP_ID}.desktop": HERE / "linux" / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": HERE / "linux" / f"{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": HERE / "icons" / f"{APP_ID}.svg",
    }
    for png in sorted((HERE / "icons" / "png").glob(f"{APP_ID}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        extras[f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = png
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(APP_DIR, arcname=f"{name}/app")
        for arcname, source in extras.items():
            tar.add(source, arcname=f"{name}/{arcname}")
    return target


def check_install_script(tarball: Path, version: str) -> None:
    with tempfile.TemporaryDirectory(prefix="ilp-install-") as tmp:
        tmpdir = Path(tmp)
        with tarfile.open(tarball) as tar:
            tar.extractall(tmpdir, filter="tar")
        top = next(tmpdir.iterdir())
        prefix = tmpdir / "prefix"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmpdir), "PREFIX": str(prefix)}
        run(["sh", top / "install.sh"], env=env, stdout=subprocess.DEVNULL)
        launcher = prefix / "bin" / "interview-planner"
        out = subprocess.run([launcher, "--version"], env=env, capture_output=True, text=True, check=True).stdout
        if out.strip() != f"interview-planner {version}":
            raise SystemExit(f"installed launcher says {out!r}")
        desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
        if f"Exec={prefix}/bin/interview-planner" not in desktop.read_text():
            raise SystemExit("install.sh did not point the desktop entry's Exec at the installed launcher")
        if shutil.which("desktop-file-validate"):
            run(["desktop-file-validate", desktop])
        run(["sh", top / "install.sh", "--uninstall"], env=env, stdout=subprocess.DEVNULL)
        caches = {"mimeinfo.cache", "icon-theme.cache"}  # regenerated by the desktop's own tools
        leftovers = [p for p in prefix.rglob("*") if (p.is_file() or p.is_symlink()) and p.name not in caches]
        if leftovers:
            raise SystemExit(f"install.sh --uninstall left files behind: {leftovers[:5]}")
    print(f"   install.sh: installed to a temporary PREFIX, launcher ran ({out.strip()}), uninstalled cleanly")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="Python for the build venv (default: this one)")
    parser.add_argument("--reuse-venv", action="store_true", help="keep packaging/build/venv (faster, less clean)")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz and the install.sh check")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("build.py builds the Linux bundle; on Windows and macOS follow packaging/README.md.")
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    BUILD.mkdir(parents=True, exist_ok=True)

    say("1/5 clean copy of the source")
    start = time.perf_counter()
    copy_source(BUILD / "src")
    timings["copy"] = time.perf_counter() - start

    say("2/5 build venv: the project (non-editable) + PyInstaller")
    start = time.perf_counter()
    py = make_venv(BUILD / "venv", BUILD / "src", args.python, args.reuse_venv)
    version = installed_version(py)
    pyi_version = subprocess.run(
        [py, "-m", "PyInstaller", "--version"], capture_output=True, text=True, check=True, env=clean_env()
    ).stdout.strip()
    print(
        f"   interview-loop-planner {version}, PyInstaller {pyi_version}, "
        f"{subprocess.run([py, '--version'], capture_output=True, text=True, check=True).stdout.strip()}"
    )
    timings["venv"] = time.perf_counter() - start

    say("3/5 PyInstaller (one-folder)")
    start = time.perf_counter()
    pyinstaller(py, BUILD / "pyinstaller.log")
    timings["pyinstaller"] = time.perf_counter() - start
    size, files = dir_size(APP_DIR)
    print(f"   {APP_DIR}: {du_sh(APP_DIR)} on disk ({size / 2**20:.1f} MiB in {files} files)")

    figures_file = BUILD / "smoke-figures.json"
    if not args.no_smoke:
        say("4/5 smoke test (empty environment)")
        start = time.perf_counter()
        smoke = [
            sys.executable,
            HERE / "smoke_test.py",
            APP_DIR,
            "--expect-version",
            version,
            "--screenshot",
            BUILD / "screenshot.png",
            "--json",
            figures_file,
        ]
        code = subprocess.run(smoke, check=False).returncode
        timings["smoke"] = time.perf_counter() - start
        if code != 0:
            raise SystemExit("smoke test failed")

    tarball = None
    if not args.no_archive:
        say("5/5 archive + install.sh check")
        start = time.perf_counter()
        tarball = archive(version)
        check_install_script(tarball, version)
        timings["archive"] = time.perf_counter() - start

    timings["total"] = time.perf_counter() - t0
    say("done")
    print(f"   bundle:   {APP_DIR}  ({du_sh(APP_DIR)}, {files} files)")
    print(f"   run it:   {APP_DIR / 'interview-planner'}  (no arguments: the window; --help: the CLI)")
    if tarball:
        print(f"   archive:  {tarball}  ({tarball.stat().st_size / 2**20:.1f} MiB)")
    print("   times:    " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    if figures_file.exists() and not args.no_smoke:
        fig = json.loads(figures_file.read_text())
        shown = (fig.get("gui_xcb") or {}).get("window_shown_s")
        print(
            f"   start-up: --version first {fig['version_first_s']} s, warm median {fig['version_warm_median_s']} s"
            + (f"; window shown (Xvfb) {shown} s" if shown else "")
        )
    (BUILD / "build-figures.json").write_text(
        json.dumps(
            {
                "version": version,
                "pyinstaller": pyi_version,
                "bundle_bytes": size,
                "bundle_files": files,
                "du_sh": du_sh(APP_DIR),
                "archive_bytes": tarball.stat().st_size if tarball else None,
                "timings_s": {k: round(v, 1) for k, v in timings.items()},
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
