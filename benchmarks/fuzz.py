"""The long fuzz run of every importer (issue #17): thousands of mutated real files each.

    python benchmarks/fuzz.py                      # 2,000 cases per importer (about 30 minutes)
    python benchmarks/fuzz.py --cases 200          # a quicker look
    python benchmarks/fuzz.py --only kit "filled PDF"
    python benchmarks/fuzz.py --replay kit 12345 3 # one case again, with its traceback (same seed files only:
                                                   # a bug's file and traceback are kept in the run's folder)

Prints, per importer: cases run, how they ended by exit status (0 imported, 1 a database file
that `db check` finds problems in, 2-5 refused with a user error, "net" a MemoryError,
RecursionError or OverflowError that only the CLI's last net turns into exit 2, 70 a bug), how many took over
10 s and the slowest case (replayable by its seed). Exits 1 when any case was a bug (70), reached
the last net or took over 10 s. The cases are the time-bounded CI tests' (same mutators,
tests/fuzz_support.py), only many more.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SLOW_SECONDS = 10.0


class _Stuck(BaseException):  # not an Exception: the case is counted as stuck, not as a bug
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Stuck


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="cases per importer (default 2000)")
    parser.add_argument("--only", nargs="+", metavar="IMPORTER", help="some importers only")
    parser.add_argument("--seed", type=int, default=17, help="seed of the whole run (default 17)")
    parser.add_argument("--replay", nargs=3, metavar=("IMPORTER", "SEED", "OPS"), help="run one case, show its error")
    args = parser.parse_args(argv)

    import logging

    import fuzz_support as fz

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings about broken files are expected here

    from interview_planner.db.database import Database
    from interview_planner.services.content import load_bundled_content
    from interview_planner.services.demo import create_demo

    work = Path(tempfile.mkdtemp(prefix="ilp-fuzz-"))
    demo = work / "demo.db"
    print("building the demo database and the seed files ...", file=sys.stderr)
    db = Database.open(demo)
    load_bundled_content(db)
    create_demo(db)
    db.close()
    importers = {i.name: i for i in fz.build_importers(demo, work / "seeds")}
    target = Database.open(fz.fresh_copy(demo, work / "target.db"))
    signal.signal(signal.SIGALRM, _alarm)

    if args.replay:
        name, seed, ops = args.replay[0], int(args.replay[1]), int(args.replay[2])
        rng = random.Random(seed)
        importer = importers[name]
        path = work / f"case{importer.suffix}"
        path.write_bytes(importer.mutator(rng.choice(importer.seeds), rng, ops))
        try:
            importer.run(target, path)
            print(f"{name} {seed} {ops}: imported ({path})")
        except Exception:
            traceback.print_exc()
            print(f"the case is kept at {path}")
        return 0

    names = args.only or list(importers)
    failed = False
    heads = " ".join(f"{h:>5}" for h in ("1", "2", "3", "4", "5"))
    print(f"{'importer':16} {'cases':>6}  {'exit 0':>6} {heads} {'net':>4} {'70':>4} {'>10 s':>5}  slowest")
    run_rng = random.Random(args.seed)
    failures = work / "failures"
    failures.mkdir()
    for name in names:
        importer = importers[name]
        folder = work / name.replace(" ", "-")
        folder.mkdir()
        codes: Counter[int] = Counter()
        slow = 0
        slowest = (0.0, 0, 0)
        most_cpu = 0.0
        bugs: list[tuple[int, int, Path]] = []
        started = time.perf_counter()
        for done in range(args.cases):
            if done and done % 250 == 0:
                print(f"  {name}: {done} cases, {time.perf_counter() - started:.0f} s ...", file=sys.stderr, flush=True)
            seed, ops = run_rng.randrange(2**32), run_rng.randint(1, 8)
            signal.alarm(int(SLOW_SECONDS * 3))
            try:
                code, seconds = fz.run_case(importer, target, folder, seed, ops)
            except _Stuck:
                code, seconds = -1, SLOW_SECONDS * 3
            finally:
                signal.alarm(0)
            codes[code] += 1
            slow += seconds > SLOW_SECONDS
            slowest = max(slowest, (seconds, seed, ops))
            most_cpu = max(most_cpu, fz.LAST_CPU_SECONDS[0])
            if code in (70, fz.LAST_NET) and len(bugs) < 5:
                # the seed files hold this run's random ids, so a seed alone does not replay a case in
                # another run: keep the file and its traceback
                kept = failures / f"{name.replace(' ', '-')}-{seed}-{ops}{importer.suffix}"
                kept.write_bytes((folder / f"case{importer.suffix}").read_bytes())
                kept.with_suffix(kept.suffix + ".txt").write_text("".join(fz.LAST_FAILURE), encoding="utf-8")
                bugs.append((seed, ops, kept))
        failed = failed or codes[70] > 0 or codes[fz.LAST_NET] > 0 or slow > 0
        cells = " ".join(f"{codes[c]:>5}" for c in (1, 2, 3, 4, 5))
        print(
            f"{name:16} {sum(codes.values()):>6}  {codes[0]:>6} {cells} {codes[fz.LAST_NET]:>4} {codes[70]:>4} "
            f"{slow:>5}  "
            f"{slowest[0]:.2f} s (seed {slowest[1]}, {slowest[2]} edits); most CPU {most_cpu:.2f} s; "
            f"{time.perf_counter() - started:.0f} s in all",
            flush=True,
        )
        for seed, ops, kept in bugs:
            last = kept.with_suffix(kept.suffix + ".txt").read_text(encoding="utf-8").strip().splitlines()[-1:]
            print(f"    exit 70 or net (seed {seed}, {ops} edits): {kept} ({''.join(last)})")
    target.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
