"""A hiring team on a real PostgreSQL server, each person with their own login (team mode tests).

Ann and Bob interview the same candidate; Hana is the hiring manager; the outsider is a login that is
no team member. Shared by tests/core/services/test_team_access.py and test_team_rules.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pg_support import Server

from interview_planner.db.database import Database
from interview_planner.services import candidates, loops, scorecards, team


@dataclass
class Team:
    owner: Database
    ann: Database
    bob: Database
    hana: Database
    outsider: Database
    candidate_id: str
    ann_interview: str
    bob_interview: str


def _submit(db: Database, interview_id: str, takeaway: str) -> None:
    view = scorecards.get_scorecard(db, interview_id)
    patch = scorecards.ScorecardPatch(
        ratings={r.skill_id: 3 for r in view.ratings}, overall="yes", key_takeaways=takeaway
    )
    scorecards.submit(db, interview_id=interview_id, patch=patch)


@pytest.fixture
def a_team(demo_db_path: str, pg_server: Server) -> Iterator[Team]:
    tag = secrets.token_hex(3)
    prefix = f"t{tag}"
    owner = Database.open(demo_db_path)
    team.apply_setup(owner, prefix=prefix)
    manager_group, interviewer_group = team.group_roles(prefix)
    logins = {name: (f"{name}_{tag}", secrets.token_hex(8)) for name in ("ann", "bob", "hana", "outsider")}
    with pg_server.admin() as admin:
        for name, (role, password) in logins.items():
            group = manager_group if name == "hana" else interviewer_group
            admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {group}")
    loop = loops.list_loops(owner)[0]
    person = candidates.add_candidate(owner, name="Pat Quinn", loop=loop.id)
    ann_iv, bob_iv = person.interviews[0], person.interviews[1]
    assert ann_iv.interviewer_id != bob_iv.interviewer_id
    team.add_member(owner, db_role=logins["ann"][0], interviewer=ann_iv.interviewer_id)
    team.add_member(owner, db_role=logins["bob"][0], interviewer=bob_iv.interviewer_id)
    team.add_member(owner, db_role=logins["hana"][0], name="Hana (hiring manager)", manager=True)
    dbname = str(owner.engine.url.database)
    people = {
        name: Database.open(pg_server.url_for(dbname, user=role, password=password))
        for name, (role, password) in logins.items()
    }
    yield Team(owner, people["ann"], people["bob"], people["hana"], people["outsider"], person.id, ann_iv.id, bob_iv.id)
    for db in (owner, *people.values()):
        db.close()
    with pg_server.admin() as admin:
        pg_server.drop_database(demo_db_path)  # the grants live there; then the roles can go
        for role, _ in logins.values():
            admin.execute(f"DROP ROLE IF EXISTS {role}")
        admin.execute(f"DROP ROLE IF EXISTS {manager_group}")
        admin.execute(f"DROP ROLE IF EXISTS {interviewer_group}")
        admin.execute(f"DROP ROLE IF EXISTS {team.compliance_role(prefix)}")
