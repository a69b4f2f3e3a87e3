"""The decision record: a versioned policy, sign-offs that store the policy and the inputs,
recomputing past decisions under a new policy, and the explanation with its counterfactual
(hand-checked for the demo candidates in docs/decision.md)."""

from __future__ import annotations

import json

import pytest

from interview_planner.cli import main
from interview_planner.errors import ConflictError, InputError
from interview_planner.scoring.model import DecisionPolicy
from interview_planner.services import decisions


def test_a_decision_is_final_only_once_signed_off_and_until_it_changes(demo_db) -> None:  # type: ignore[no-untyped-def]
    assert not decisions.consolidate(demo_db, "Jordan Rivera").is_final
    with pytest.raises(InputError, match="--by"):
        decisions.sign_off(demo_db, candidate="Jordan Rivera", by=" ", reason="ok")
    with pytest.raises(InputError, match="reason"):
        decisions.sign_off(demo_db, candidate="Jordan Rivera", by="Dana Kim", reason="")
    with pytest.raises(ConflictError, match="Sam Okafor's decision is incomplete"):
        decisions.sign_off(demo_db, candidate="Sam Okafor", by="Dana Kim", reason="ok")
    signed = decisions.sign_off(demo_db, candidate="Jordan Rivera", by="Dana Kim", reason="Cost is a must")
    assert signed.is_final and signed.sign_off is not None
    assert (signed.sign_off.signed_by, signed.sign_off.final, signed.sign_off.policy_version) == (
        "Dana Kim",
        "no_hire",
        1,
    )
    overridden = decisions.record_override(demo_db, candidate="Jordan Rivera", decision="hire", reason="Learnable")
    assert not overridden.is_final  # the final decision changed: a new sign-off is needed
    again = decisions.sign_off(demo_db, candidate="Jordan Rivera", by="Dana Kim", reason="Agree with the override")
    assert again.is_final and again.as_json()["final_decision"] == "hire"


def test_recompute_reruns_a_new_policy_version_on_the_stored_inputs(demo_db) -> None:  # type: ignore[no-untyped-def]
    decisions.sign_off(demo_db, candidate="Jordan Rivera", by="Dana Kim", reason="Rule applied")
    [same] = decisions.recompute(demo_db)
    assert (same.recorded, same.recomputed, same.changed, same.policy_version) == ("no_hire", "no_hire", False, 1)
    loop = decisions.consolidate(demo_db, "Jordan Rivera").candidate.loop_id
    stored = decisions.set_policy(demo_db, loop=loop, policy=DecisionPolicy(must_mean_min=2.0))
    assert stored.version == 2  # a changed policy is a new version
    assert decisions.set_policy(demo_db, loop=loop, policy=DecisionPolicy(must_mean_min=2.0)).version == 2
    [row] = decisions.recompute(demo_db, candidate="Jordan Rivera")
    # Cost management's mean 2.00 is no longer below the must-have bar of 2.0: hire under version 2
    assert (row.recorded, row.recorded_policy_version, row.recomputed, row.policy_version) == ("no_hire", 1, "hire", 2)
    assert row.changed


def test_explain_gives_the_deciding_rule_and_the_hand_checked_counterfactual(  # type: ignore[no-untyped-def]
    demo_db, demo_db_path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db_path), "decide", "Jordan Rivera", "--explain", "--json"]) == 0
    why = json.loads(capsys.readouterr().out)["explanation"]
    assert why["decision"] == "no_hire" and [r["rule"] for r in why["deciding"]] == ["must-below"]
    cf = why["counterfactual"]
    # docs/decision.md: Cost management, seen once in the demo loop, 2.00 < 2.5; its rating 2 → 3 gives 3.00 → hire
    [change] = cf["changes"]
    assert (change["skill"], change["before"], change["after"]) == ("Cost management", 2, 3)
    assert cf["decision"] == "hire" and cf["alternatives"] == 1  # the one cost rating
    assert main(["--db", str(demo_db_path), "decide", "Sam Okafor", "--explain", "--json"]) == 0
    sam = json.loads(capsys.readouterr().out)["explanation"]
    assert sam["decision"] == "incomplete" and sam["counterfactual"] is None and "incomplete" in sam["note"]


def test_explain_a_hire_finds_the_smallest_change_to_no_hire(demo_db) -> None:  # type: ignore[no-untyped-def]
    loop = decisions.consolidate(demo_db, "Jordan Rivera").candidate.loop_id
    decisions.set_policy(demo_db, loop=loop, policy=DecisionPolicy(must_mean_min=2.0))
    _, why = decisions.explain_candidate(demo_db, "Jordan Rivera")
    assert why.decision == "hire" and why.counterfactual is not None
    # the one cost rating 2 → 1 makes its mean 1.00, below 2.0
    [change] = why.counterfactual.changes
    assert (change.skill, change.before, change.after) == ("Cost management", 2, 1)
    assert why.counterfactual.decision == "no_hire"
    assert "smallest change that flips it (1 point)" in "\n".join(why.lines())
