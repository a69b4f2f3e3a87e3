"""What remembering corrections costs an import: ``python benchmarks/remembered.py [--roles 50 200 1000]``.

A database holds N roles imported from the reference posting (25 requirements, every line shared by all N
roles: the worst case, a company's template imported again and again), one requirement corrected by hand in
the oldest. For each N it prints the time of the lookup that finds, for a new import of the same posting,
the latest role holding each line (``services.roles.remembered_corrections``), and of one whole import.
Goal: the lookup stays a few milliseconds, far below the import itself (docs/job-descriptions.md,
"Corrections are remembered").
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "postings" / "seed_lmts.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--runs", type=int, default=20, help="lookups timed per size (the best is printed)")
    args = parser.parse_args()

    from interview_planner.db.database import Database
    from interview_planner.jd.parser import parse_job_description
    from interview_planner.services import roles
    from interview_planner.services.content import load_bundled_content

    posting = SEED.read_text(encoding="utf-8")
    requirements = parse_job_description(posting).skills
    print(f"reference posting: {len(requirements)} requirements; lookup = best of {args.runs}")
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "remembered.db")
        load_bundled_content(db)
        first = roles.import_role(db, text_=posting, source_name="seed.txt")
        corrected = first.skills[0]
        roles.update_role_skill(db, role_skill_id=corrected.id, edit=roles.SkillEdit(name="Corrected by hand"))
        held = 1
        try:
            for size in sorted(args.roles):
                while held < size:
                    roles.import_role(db, text_=posting, on_duplicate="new")
                    held += 1
                best = float("inf")
                with db.read() as session:
                    for _ in range(args.runs):
                        started = time.perf_counter()
                        roles.remembered_corrections(session, requirements)
                        best = min(best, time.perf_counter() - started)
                started = time.perf_counter()
                view = roles.import_role(db, text_=posting, on_duplicate="new")
                whole = time.perf_counter() - started
                held += 1
                print(
                    f"{size:5} roles ({size * len(requirements):,} shared lines): lookup {best * 1000:6.1f} ms, "
                    f"whole import {whole * 1000:6.0f} ms, {view.remembered} requirement(s) read as corrected"
                )
        finally:
            db.close()


if __name__ == "__main__":
    main()
