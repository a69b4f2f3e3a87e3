"""Team mode access rules, checked with real PostgreSQL logins (one per person).

Ann and Bob interview the same candidate; Hana is the hiring manager. Bob has
submitted his scorecard. Ann must not read it until she has submitted her own.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from pg_support import Server
from sqlalchemy import text
from team_support import Team, _submit

from interview_planner.db.database import Database
from interview_planner.errors import InputError, StorageError
from interview_planner.services import candidates, loops, scorecards, team

pytestmark = pytest.mark.postgres_only


def _first_stage(db: Database) -> str:
    return loops.get_loop(db, loops.list_loops(db)[0].id).stages[0].id


def _visible_cards(team_: Team, db: Database) -> set[str]:
    """The scorecards (by interview) of Ann's and Bob's interviews that ``db``'s login can read.

    Each table is asked on its own, without joins, so that every table's own rule is tested."""
    ids = {"a": team_.ann_interview, "b": team_.bob_interview}
    with db.read() as s:
        cards = s.execute(text("SELECT id, interview_id FROM scorecard WHERE interview_id IN (:a, :b)"), ids).all()
        with team_.owner.read() as o:
            all_cards = o.execute(text("SELECT id FROM scorecard WHERE interview_id IN (:a, :b)"), ids).scalars().all()
        rated = s.execute(
            text("SELECT DISTINCT scorecard_id FROM rating WHERE scorecard_id IN (:x, :y)"),
            {"x": all_cards[0], "y": all_cards[-1]},
        ).scalars()
        readable_by_rating = {c.interview_id for c in cards}
        assert set(rated) <= {c.id for c in cards}, "ratings are readable exactly when their scorecard is"
        return readable_by_rating


def test_an_interviewer_reads_only_their_own_scorecard_until_they_submit(a_team: Team) -> None:
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    scorecards.save_draft(
        a_team.ann, interview_id=a_team.ann_interview, patch=scorecards.ScorecardPatch(key_takeaways="draft")
    )

    assert _visible_cards(a_team, a_team.ann) == {a_team.ann_interview}
    pat = candidates.get_candidate(a_team.ann, a_team.candidate_id)
    assert [i.id for i in pat.interviews] == [a_team.ann_interview], "only her own interview"
    assert "Bob thinks" not in str(
        scorecards.visible_scorecards(
            a_team.ann, candidate_id=a_team.candidate_id, viewer_interviewer_id=pat.interviews[0].interviewer_id
        )
    )

    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")
    assert _visible_cards(a_team, a_team.ann) == {a_team.ann_interview, a_team.bob_interview}
    bob_card = scorecards.get_scorecard(a_team.ann, a_team.bob_interview)
    assert bob_card.key_takeaways == "Bob thinks Pat is great" and all(r.rating == 3 for r in bob_card.ratings)


def test_the_hiring_manager_sees_every_scorecard_at_once(a_team: Team) -> None:
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    scorecards.save_draft(
        a_team.ann, interview_id=a_team.ann_interview, patch=scorecards.ScorecardPatch(key_takeaways="draft")
    )
    assert _visible_cards(a_team, a_team.hana) == {a_team.ann_interview, a_team.bob_interview}
    everyone = candidates.get_candidate(a_team.hana, a_team.candidate_id)
    assert len(everyone.interviews) == len(candidates.get_candidate(a_team.owner, a_team.candidate_id).interviews)


def test_an_interviewer_cannot_write_someone_elses_scorecard(a_team: Team) -> None:
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    _submit(a_team.ann, a_team.ann_interview, "Ann: solid")  # Ann may now read Bob's card ...
    with a_team.ann.write() as s:  # ... but not change it
        changed = s.execute(
            text("UPDATE scorecard SET key_takeaways = 'hacked' WHERE interview_id = :i"), {"i": a_team.bob_interview}
        )
        assert changed.rowcount == 0  # type: ignore[attr-defined]
    with pytest.raises(StorageError, match="permission denied"):
        loops.update_stage(a_team.ann, stage=_first_stage(a_team.owner), edit=loops.StageEdit(minutes=5))
    assert scorecards.get_scorecard(a_team.hana, a_team.bob_interview).key_takeaways == "Bob thinks Pat is great"


def test_only_managers_read_the_secret_that_seals_packets_and_kits(a_team: Team, tmp_path: Path) -> None:
    from interview_planner.packets import seal
    from interview_planner.services import exchange
    from interview_planner.services.identity import database_secret

    with a_team.hana.read() as s:
        assert len(database_secret(s)) == 64
    with a_team.ann.read() as s:
        assert s.execute(text("SELECT value FROM app_meta WHERE key = 'database_id'")).scalar()
        with pytest.raises(seal.SealUnavailable, match="manager"):
            database_secret(s)
    with pytest.raises(seal.SealUnavailable, match="manager"):
        exchange.export_kit(a_team.ann, interview_id=a_team.ann_interview)
    assert exchange.export_kit(a_team.hana, interview_id=a_team.ann_interview).content_hash.startswith("hmac-sha256:")


def test_a_login_that_is_no_team_member_sees_no_interviews(a_team: Team) -> None:
    _submit(a_team.bob, a_team.bob_interview, "Bob thinks Pat is great")
    assert _visible_cards(a_team, a_team.outsider) == set()
    assert candidates.list_candidates(a_team.outsider) == []
    assert team.current_member(a_team.outsider) is None
    me = team.current_member(a_team.ann)
    assert me is not None and not me.is_manager and me.interviewer_id is not None


def test_role_names_are_checked_before_any_sql() -> None:
    with pytest.raises(InputError, match="not a usable role name"):
        team.setup_sql(prefix="x; DROP TABLE loop")
    with pytest.raises(InputError):
        team.login_sql("Robert'); --", manager=False)


def test_setup_sql_is_idempotent_text(tmp_path: Path) -> None:
    sql = team.setup_sql(prefix="acme")
    assert "CREATE ROLE acme_manager NOLOGIN" in sql and "ENABLE ROW LEVEL SECURITY" in sql
    assert sql.count("DROP POLICY IF EXISTS") == sql.count("CREATE POLICY")


def test_only_the_owner_may_upgrade_the_schema(a_team: Team, pg_server: Server) -> None:
    empty = pg_server.create_database("empty")  # at schema 0, as after an app upgrade that adds steps
    outsider = a_team.outsider.engine.url
    url = pg_server.url_for(str(empty.rsplit("/", 1)[1]), user=outsider.username, password=outsider.password)
    with pytest.raises(StorageError, match="the database owner must open it once") as info:
        Database.open(url)
    assert str(outsider.password) not in str(info.value)


def test_team_commands(demo_db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from interview_planner.cli import main

    tag = secrets.token_hex(3)
    assert main(["team", "setup", "--prefix", f"c{tag}"]) == 0
    assert f"CREATE ROLE c{tag}_interviewer NOLOGIN" in capsys.readouterr().out
    try:
        for _ in range(2):  # safe to run again, e.g. after an upgrade
            assert main(["--db", demo_db_path, "team", "setup", "--apply", "--prefix", f"c{tag}"]) == 0
        assert main(["--db", demo_db_path, "team", "add", f"hm_{tag}", "--manager", "--name", "Hana"]) == 0
        assert main(["--db", demo_db_path, "team", "add", f"hm_{tag}", "--manager"]) == 4  # already a member
        capsys.readouterr()
        assert main(["--db", demo_db_path, "team", "list", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == [
            {"db_role": f"hm_{tag}", "name": "Hana", "interviewer_id": None, "interviewer": None, "is_manager": True}
        ]
    finally:
        db = Database.open(demo_db_path)
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY c{tag}_manager, c{tag}_interviewer")
            conn.exec_driver_sql(f"DROP ROLE c{tag}_manager, c{tag}_interviewer")
        db.close()
