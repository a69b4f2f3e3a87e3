"""Exporting many candidates' packets in spawned worker processes, with progress and cancel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_planner.errors import StorageError
from interview_planner.services import candidates
from interview_planner.services.bulk_export import export_many
from interview_planner.services.packets import slug

FILES_PER_CANDIDATE = 8  # 7 packets of the demo loop + the loop overview


def _candidates(db, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    loop_id = candidates.get_candidate(db, "Sam Okafor").loop_id
    ids = [c.id for c in candidates.list_candidates(db)]
    for n in range(len(ids), count):
        ids.append(candidates.add_candidate(db, name=f"Bulk Candidate {n}", loop=loop_id).id)
    return ids[:count]


def test_three_candidates_on_two_workers(demo_db, demo_db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _candidates(demo_db, 3)
    seen: list[tuple[int, int]] = []
    files = export_many(
        demo_db_path, ids, tmp_path / "out", workers=2, progress=lambda done, total: seen.append((done, total)) is None
    )
    assert len(files) == 3 * FILES_PER_CANDIDATE
    assert all(Path(f.path).read_bytes().startswith(b"%PDF") for f in files)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(Path(f.path).name for f in files)
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    interviews = {i.id for cid in ids for i in candidates.get_candidate(demo_db, cid).interviews}
    assert {f.interview_id for f in files if f.kind == "packet"} == interviews


def test_cancelling_stops_before_every_candidate_is_written(demo_db, demo_db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _candidates(demo_db, 5)
    calls: list[int] = []

    def progress(done: int, _total: int) -> bool:
        calls.append(done)
        return done == 0  # cancel as soon as the first candidate is done

    files = export_many(demo_db_path, ids, tmp_path / "out", workers=1, progress=progress)
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert calls[0] == 0 and len(calls) == 2  # stopped at the first answer after the start
    assert 0 < len(files) < 5 * FILES_PER_CANDIDATE
    assert len({f.interview_id for f in files if f.kind == "packet"}) == len([f for f in files if f.kind == "packet"])
    assert written == sorted(Path(f.path).name for f in files)  # nothing on disk that was not returned


def test_a_missing_database_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        export_many(tmp_path / "missing.db", ["x"], tmp_path / "out", workers=1)


def test_no_candidates_starts_no_workers(tmp_path: Path) -> None:
    assert export_many(tmp_path / "never-opened.db", [], tmp_path / "out") == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "interview_planner", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_cli_exports_every_candidate_of_a_loop(demo_db, demo_db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _candidates(demo_db, 3)
    loop = candidates.get_candidate(demo_db, ids[0]).loop
    out = tmp_path / "all"
    done = _cli(
        "--db",
        str(demo_db_path),
        "packet",
        "export",
        "--all",
        "--loop",
        loop,
        "--workers",
        "1",
        "--out",
        str(out),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["candidates"] == 3 and len(result["files"]) == 3 * FILES_PER_CANDIDATE
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(f["path"]).name for f in result["files"])
    names = {candidates.get_candidate(demo_db, cid).name for cid in ids}
    assert {slug(n) for n in names} == {p.name.split("-0")[0] for p in out.iterdir()}  # every candidate's files


@pytest.mark.parametrize(
    ("flags", "status", "message"),
    [
        (["--all", "--loop", "no such loop"], 3, "no loop"),
        (["--candidate", "Sam Okafor", "--workers", "2"], 2, "go with --all"),
        (["--candidate", "Sam Okafor", "--workers", "0"], 2, "go with --all"),  # 0 is given, not absent
        (["--all", "--workers", "0"], 2, "at least 1"),
    ],
)
def test_the_cli_refuses_a_bad_export_all_and_writes_nothing(  # type: ignore[no-untyped-def]
    demo_db_path: Path, tmp_path: Path, flags: list[str], status: int, message: str
) -> None:
    out = tmp_path / "none"
    done = _cli("--db", str(demo_db_path), "packet", "export", *flags, "--out", str(out))
    assert done.returncode == status and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
