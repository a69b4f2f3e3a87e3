"""Fuzzing every importer with mutated real files (Hypothesis picks the mutations).

Each case is a real file (a bundled bank or rubric, a CSV bank, a posting, an exported kit, a filled
packet PDF, the demo database) mutated by byte edits, hostile tokens and, for PDFs, structure-aware
edits. It must end as the command would end for a user: imported, or refused with a one-line user
error; never with an unexpected exception (exit 70). CI runs a few dozen cases per importer; the long
run is ``python benchmarks/fuzz.py`` (thousands per importer, with timings).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_support import Importer, build_importers, run_case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_planner.db.database import Database

from .conftest import count_case

pytestmark = pytest.mark.sqlite_only
CASES_IN_CI = 25
NAMES = [
    "job description",
    "bank YAML",
    "bank JSON",
    "bank CSV",
    "bank Markdown",
    "rubric",
    "kit",
    "filled PDF",
    "database file",
]


@pytest.fixture(scope="module")
def importers(tmp_path_factory: pytest.TempPathFactory, _demo_db_template: Path | str) -> Iterator[dict[str, Importer]]:
    if not isinstance(_demo_db_template, Path):
        pytest.skip("SQLite file feature (not in team mode)")
    folder = tmp_path_factory.mktemp("fuzz")
    demo = folder / "demo.db"
    demo.write_bytes(_demo_db_template.read_bytes())
    found = {i.name: i for i in build_importers(demo, folder / "seeds")}
    assert sorted(found) == sorted(NAMES)
    yield found


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory, _demo_db_template: Path | str) -> Iterator[Database]:
    if not isinstance(_demo_db_template, Path):
        pytest.skip("SQLite file feature (not in team mode)")
    path = tmp_path_factory.mktemp("fuzz-target") / "target.db"
    path.write_bytes(_demo_db_template.read_bytes())
    db = Database.open(path)
    yield db
    db.close()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", NAMES)
def test_mutated_files_are_imported_or_refused_never_a_bug(
    name: str, importers: dict[str, Importer], target: Database, tmp_path_factory: pytest.TempPathFactory
) -> None:
    importer = importers[name]
    folder = tmp_path_factory.mktemp("case")

    @settings(
        max_examples=CASES_IN_CI,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(seed=st.integers(0, 2**32 - 1), ops=st.integers(1, 8))
    def case(seed: int, ops: int) -> None:
        count_case(f"fuzz: {name}")
        code, _ = run_case(importer, target, folder, seed, ops)
        assert code != 70, (
            f"{name}: mutated case (seed {seed}, {ops} edits) ended as a bug; "
            f"replay: python benchmarks/fuzz.py --replay '{name}' {seed} {ops}"
        )

    case()


def test_the_mutators_change_the_files(importers: dict[str, Importer]) -> None:
    import random

    for importer in importers.values():
        seed = importer.seeds[0]
        changed = {importer.mutator(seed, random.Random(n), 3) != seed for n in range(20)}
        assert True in changed, importer.name
