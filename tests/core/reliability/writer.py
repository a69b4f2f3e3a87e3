"""A real app process that saves scorecard drafts in a loop, for the kill test.

Usage: python writer.py DB_PATH INTERVIEW_ID... ; prints "saved <interview> <n>" after each commit.
"""

from __future__ import annotations

import sys

from interview_planner.db.database import Database
from interview_planner.services.scorecards import ScorecardPatch, save_draft


def main() -> None:
    db = Database.open(sys.argv[1])
    interviews = sys.argv[2:]
    n = int(sys.stdin.readline() or 0)
    print("ready", flush=True)
    while True:
        n += 1
        interview = interviews[n % len(interviews)]
        save_draft(
            db, interview_id=interview, patch=ScorecardPatch(key_takeaways=f"seq {n}", private_notes="x" * (n % 500))
        )
        print(f"saved {interview} {n}", flush=True)


if __name__ == "__main__":
    main()
