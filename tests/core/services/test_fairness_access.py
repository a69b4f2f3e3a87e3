"""Team mode: only the compliance group reads self-identification (real PostgreSQL logins)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pg_support import Server
from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.errors import StorageError
from interview_planner.services import candidates, decisions, fairness, loops, privacy, records, team

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def logins(demo_db_path: str, pg_server: Server) -> Iterator[dict[str, Database]]:
    tag = secrets.token_hex(3)
    prefix = f"f{tag}"
    owner = Database.open(demo_db_path)
    team.apply_setup(owner, prefix=prefix)
    manager, interviewer = team.group_roles(prefix)
    groups = {"ann": interviewer, "hana": manager, "cleo": team.compliance_role(prefix)}
    secret = {name: (f"{name}_{tag}", secrets.token_hex(8)) for name in groups}
    with pg_server.admin() as admin:
        for name, (role, password) in secret.items():
            admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {groups[name]}")
    person = candidates.add_candidate(owner, name="Noor Haddad", loop=loops.list_loops(owner)[0].id)
    team.add_member(owner, db_role=secret["ann"][0], interviewer=person.interviews[0].interviewer_id)
    fairness.record_self_id(owner, candidate=person.id, values={"race_ethnicity": "Asian"})
    dbname = str(owner.engine.url.database)
    people = {n: Database.open(pg_server.url_for(dbname, user=r, password=p)) for n, (r, p) in secret.items()}
    yield {"owner": owner, **people}
    for db in (owner, *people.values()):
        db.close()
    with pg_server.admin() as admin:
        pg_server.drop_database(demo_db_path)
        for role, _ in secret.values():
            admin.execute(f"DROP ROLE IF EXISTS {role}")
        for group in groups.values():
            admin.execute(f"DROP ROLE IF EXISTS {group}")


@pytest.mark.parametrize("who", ["ann", "hana"])
def test_interviewers_and_managers_cannot_read_self_identification(logins: dict[str, Database], who: str) -> None:
    with pytest.raises(StorageError, match="permission denied"), logins[who].read() as session:
        session.execute(text("SELECT * FROM self_identification")).all()


def test_the_compliance_login_reads_it_and_runs_the_report(logins: dict[str, Database]) -> None:
    assert fairness.self_id(logins["cleo"], candidate="Noor Haddad") == {"race_ethnicity": "Asian"}
    report = fairness.report(logins["cleo"], category=["race_ethnicity"], min_cell=1)
    assert report.candidates == 3 and report.not_stated == 2


def test_retention_by_a_manager_keeps_the_answers_for_compliance_only(logins: dict[str, Database]) -> None:
    """A manager's retention moves the answers to the pseudonymised record without being able to read them."""
    owner = logins["owner"]
    decisions.record_override(owner, candidate="Noor Haddad", decision="hire", reason="agreed")
    later = datetime.now(UTC) + timedelta(days=400)
    done = privacy.apply_retention(logins["hana"], days=30, action="erase", dry_run=False, now=later)
    assert sorted(i.name for i in done) == ["Jordan Rivera", "Noor Haddad"]  # the demo decided Jordan
    assert all(i.record for i in done)
    assert {r.pseudonym for r in records.records(logins["hana"])} == {i.record for i in done}
    assert [c.name for c in candidates.list_candidates(owner)] == ["Sam Okafor"]
    for who in ("ann", "hana"):
        with pytest.raises(StorageError, match="permission denied"), logins[who].read() as session:
            session.execute(text("SELECT * FROM archived_self_identification")).all()
    assert records.records(logins["ann"]) == []  # interviewers see no decision records at all
    report = fairness.report(logins["cleo"], category=["race_ethnicity"], min_cell=1)
    final = {g.group: (g.candidates, g.selected) for g in report.steps[-1].groups}
    assert final == {"Asian": (1, 1)}
