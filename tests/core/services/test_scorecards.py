"""Scorecards: drafts, submission, amendments, independence, kits, and the demo decision."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_planner.errors import ConflictError, InputError
from interview_planner.services import candidates, decisions, exchange
from interview_planner.services import scorecards as sc


def sam(db):  # type: ignore[no-untyped-def]
    return candidates.get_candidate(db, "Sam Okafor")


def all_rated(db, interview_id: str, value: int = 3) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    return {r.skill_id: value for r in sc.get_scorecard(db, interview_id).ratings}


def test_submitting_needs_every_skill_rated_or_marked_not_assessed_with_a_reason(demo_db) -> None:  # type: ignore[no-untyped-def]
    interview = sam(demo_db).interviews[0]
    skills = sc.get_scorecard(demo_db, interview.id).ratings
    first, second, *rest = skills
    patch = sc.ScorecardPatch(
        ratings={first.skill_id: 3}, evidence={first.skill_id: "Designed the rollout"}, overall="yes"
    )
    with pytest.raises(sc.IncompleteScorecard) as caught:
        sc.submit(demo_db, interview_id=interview.id, patch=patch)
    assert caught.value.gaps == [s.skill for s in skills[1:]]
    message = str(caught.value)
    assert "Sam Okafor" in message and interview.stage in message and interview.interviewer in message
    assert all(f"'{s.skill}'" in message for s in skills[1:]) and f"'{first.skill}'" not in message
    kept = sc.get_scorecard(demo_db, interview.id)  # the changes are saved as a draft
    assert kept.status == "draft" and kept.ratings[0].rating == 3 and kept.overall == "yes"
    assert [r.state for r in kept.ratings] == ["rated"] + ["unrated"] * (len(skills) - 1)

    with pytest.raises(InputError, match="not both"):
        sc.save_draft(
            demo_db,
            interview_id=interview.id,
            patch=sc.ScorecardPatch(ratings={second.skill_id: 2}, not_assessed={second.skill_id: "ran out of time"}),
        )
    marked = sc.ScorecardPatch(
        not_assessed={second.skill_id: "  ran out   of time "}, ratings={r.skill_id: 2 for r in rest}
    )
    view = sc.submit(demo_db, interview_id=interview.id, patch=marked)
    assert view.status == "submitted" and view.missing == []
    assert view.ratings[1].state == "not_assessed" and view.ratings[1].not_assessed_reason == "ran out of time"
    with pytest.raises(sc.IncompleteScorecard, match=second.skill):  # an amendment cannot make it incomplete
        sc.amend(
            demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(not_assessed={second.skill_id: ""}), reason="x"
        )
    amended = sc.amend(
        demo_db,
        interview_id=interview.id,
        patch=sc.ScorecardPatch(ratings={second.skill_id: 4}),
        reason="rated it after all",
    )
    assert amended.ratings[1].state == "rated" and amended.ratings[1].not_assessed_reason == ""


def test_draft_saves_each_change_and_submit_locks_it(demo_db) -> None:  # type: ignore[no-untyped-def]
    interview = sam(demo_db).interviews[0]
    view = sc.get_scorecard(demo_db, interview.id)
    first = view.ratings[0].skill_id
    view = sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(ratings={first: 3}))
    assert view.status == "draft" and view.ratings[0].rating == 3
    view = sc.save_draft(
        demo_db,
        interview_id=interview.id,
        patch=sc.ScorecardPatch(evidence={first: "Clear trade-offs"}),
        expected_version=view.version,
    )
    assert view.ratings[0].rating == 3 and view.ratings[0].evidence == "Clear trade-offs"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        sc.save_draft(
            demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(key_takeaways="x"), expected_version=1
        )
    with pytest.raises(InputError, match="overall"):
        sc.submit(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(ratings=all_rated(demo_db, interview.id)))
    view = sc.submit(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(overall="yes"))
    assert view.status == "submitted" and view.submitted_at is not None
    with pytest.raises(ConflictError, match="already submitted"):
        sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(overall="no"))
    amended = sc.amend(
        demo_db,
        interview_id=interview.id,
        patch=sc.ScorecardPatch(overall="strong_yes"),
        reason="Typo: meant strong yes",
    )
    assert amended.overall == "strong_yes" and amended.amendments == 1


def test_what_a_save_returns_is_what_is_stored(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The view a save hands back (built from what it wrote, without reading again) equals a fresh read."""
    interview = sam(demo_db).interviews[1]
    skills = [r.skill_id for r in sc.get_scorecard(demo_db, interview.id).ratings]
    assert len(skills) >= 2
    patches = [
        sc.ScorecardPatch(ratings={skills[0]: 2}, evidence={skills[1]: "Named two failure modes"}),
        sc.ScorecardPatch(not_assessed={skills[0]: "ran  out of   time"}, key_takeaways="Solid on design"),
        sc.ScorecardPatch(ratings={skills[0]: 4, skills[1]: 1}, overall="no", private_notes="late start"),
        sc.ScorecardPatch(clear_overall=True, evidence={skills[0]: ""}),
    ]
    version = None
    for patch in patches:
        saved = sc.save_draft(demo_db, interview_id=interview.id, patch=patch, expected_version=version)
        fresh = sc.get_scorecard(demo_db, interview.id)
        assert saved.model_dump() == fresh.model_dump()
        version = saved.version
    assert fresh.ratings[0].rating == 4 and fresh.ratings[0].not_assessed_reason == ""
    assert fresh.ratings[1].evidence == "Named two failure modes" and fresh.overall is None


def test_a_drafts_overall_recommendation_can_be_taken_back_but_a_submitted_one_stays(  # type: ignore[no-untyped-def]
    demo_db,
) -> None:
    interview = sam(demo_db).interviews[0]
    view = sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(overall="yes"))
    assert view.overall == "yes"
    with pytest.raises(InputError, match="not both"):
        sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(overall="no", clear_overall=True))
    assert sc.get_scorecard(demo_db, interview.id).overall == "yes"  # nothing half-written
    view = sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(clear_overall=True))
    assert view.overall is None and view.status == "draft"
    with pytest.raises(InputError, match="overall"):
        sc.submit(demo_db, interview_id=interview.id)  # cleared means no recommendation to submit
    sc.submit(
        demo_db,
        interview_id=interview.id,
        patch=sc.ScorecardPatch(overall="no", ratings=all_rated(demo_db, interview.id)),
    )
    with pytest.raises(InputError, match="keeps an overall"):
        sc.amend(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(clear_overall=True), reason="oops")
    after = sc.get_scorecard(demo_db, interview.id)
    assert after.overall == "no" and after.amendments == 0


def test_the_reference_is_what_the_packet_prints(demo_db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.errors import NotFoundError
    from interview_planner.services import packet_content

    interview = sam(demo_db).interviews[0]
    shown = sc.reference(demo_db, interview.id)
    assert shown.questions and all(q.follow_ups and q.strong_signals for q in shown.questions)
    card = sc.get_scorecard(demo_db, interview.id)
    assert [s.id for s in shown.skills] == [r.skill_id for r in card.ratings]  # the skills scored, in order
    assert all(len(s.rubric) == 4 for s in shown.skills)  # each with its four anchored levels
    with demo_db.read() as session:
        printed = packet_content.interviewer_packet(session, interview.id, generated_on=shown.generated_on)
    assert printed == shown
    with pytest.raises(NotFoundError):
        sc.reference(demo_db, "no-such-interview")


@pytest.mark.parametrize("value", [0, 5, -1])
def test_ratings_outside_the_scale_are_refused(demo_db, value) -> None:  # type: ignore[no-untyped-def]
    interview = sam(demo_db).interviews[0]
    skill = sc.get_scorecard(demo_db, interview.id).ratings[0].skill_id
    with pytest.raises(InputError):
        sc.save_draft(demo_db, interview_id=interview.id, patch=sc.ScorecardPatch(ratings={skill: value}))
    assert sc.get_scorecard(demo_db, interview.id).id == ""  # nothing half-written


@pytest.mark.parametrize(("text", "expected"), [("1", 1), ("4", 4), ("na", None), ("N/A", None), (" 3 ", 3)])
def test_typed_ratings(text: str, expected: int | None) -> None:
    assert sc.validate_rating(text) == expected


@pytest.mark.parametrize("text", ["3.5", "three", "5", "0", "-1"])
def test_typed_ratings_outside_the_scale(text: str) -> None:
    with pytest.raises(InputError, match="1, 2, 3, 4 or na"):
        sc.validate_rating(text)


def test_others_scorecards_stay_hidden_until_you_submit(demo_db) -> None:  # type: ignore[no-untyped-def]
    person = sam(demo_db)
    mine, theirs = person.interviews[0], person.interviews[1]
    sc.submit(
        demo_db, interview_id=theirs.id, patch=sc.ScorecardPatch(overall="no", ratings=all_rated(demo_db, theirs.id))
    )
    seen = sc.scorecards_seen_by(demo_db, candidate_id=person.id, viewer_interviewer_id=mine.interviewer_id)
    assert [v.interview_id for v in seen.cards] == [mine.id] and seen.others_hidden
    sc.submit(
        demo_db, interview_id=mine.id, patch=sc.ScorecardPatch(overall="yes", ratings=all_rated(demo_db, mine.id))
    )
    seen = sc.scorecards_seen_by(demo_db, candidate_id=person.id, viewer_interviewer_id=mine.interviewer_id)
    assert {v.interview_id for v in seen.cards} == {mine.id, theirs.id} and not seen.others_hidden


def test_with_the_loop_showing_scorecards_others_are_seen_before_you_submit(demo_db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services import loops

    person = sam(demo_db)
    mine, theirs = person.interviews[0], person.interviews[1]
    sc.submit(
        demo_db, interview_id=theirs.id, patch=sc.ScorecardPatch(overall="no", ratings=all_rated(demo_db, theirs.id))
    )
    loops.set_hide_scorecards(demo_db, loop=person.loop_id, hide=False)
    seen = sc.scorecards_seen_by(demo_db, candidate_id=person.id, viewer_interviewer_id=mine.interviewer_id)
    assert {v.interview_id for v in seen.cards} == {mine.id, theirs.id} and not seen.others_hidden


def test_demo_decision_matches_the_documented_hand_computation(demo_db) -> None:  # type: ignore[no-untyped-def]
    data = decisions.consolidate(demo_db, "Jordan Rivera")
    result = data.result
    assert result.decision == "no_hire"
    assert [r.rule for r in result.reasons] == ["must-below"]
    cost = next(s for s in result.skills if "cost management" in s.name.lower())
    assert [r.rating for r in cost.ratings] == [2] and cost.mean == 2.0  # a non-core must-have: one stage
    assert result.overall_mean == 3.29
    assert [f.code for f in result.flags if f.code != "single-observer"] == ["disagreement"]
    once = {s.name for s in result.skills if s.priority == "must" and len(s.ratings) == 1}
    assert cost.name in once  # a must-have the budget observes once: not flagged
    core_once = {s.name for s in result.skills if s.core and len(s.ratings) == 1}
    assert {f.message.split("'")[1] for f in result.flags if f.code == "single-observer"} == core_once
    # recompute from the stored ratings: the lowest must-have mean decides
    musts = [s.mean for s in result.skills if s.priority == "must"]
    assert min(musts) == 2.0 and sorted(musts)[1] >= 2.5
    assert decisions.consolidate(demo_db, "Sam Okafor").result.decision == "incomplete"


def test_override_keeps_both_decisions(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="reason"):
        decisions.record_override(demo_db, candidate="Jordan Rivera", decision="hire", reason=" ")
    data = decisions.record_override(
        demo_db,
        candidate="Jordan Rivera",
        decision="hire",
        reason="Cost work is learnable; strong elsewhere",
        by="David Kim",
    )
    payload = data.as_json()
    assert payload["decision"] == "no_hire" and payload["final_decision"] == "hire"
    assert payload["override"]["reason"] == "Cost work is learnable; strong elsewhere"


# --- kits -------------------------------------------------------------------------


def fill_kit(path: Path, *, overall: str = "yes", rating: int = 3, status: str = "submitted") -> dict:  # type: ignore[type-arg]
    kit = json.loads(path.read_text(encoding="utf-8"))
    kit["ratings"] = {s["id"]: rating for s in kit["skills"]}
    kit["overall"], kit["status"], kit["key_takeaways"] = overall, status, "Solid"
    path.write_text(json.dumps(kit), encoding="utf-8")
    return kit


def test_kit_round_trip_is_idempotent(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)
    assert len(paths) == 7
    fill_kit(paths[0])
    [first] = exchange.import_files(demo_db, [paths[0]])
    assert (first.outcome, first.status) == ("created", "submitted")
    [again] = exchange.import_files(demo_db, [paths[0]])
    assert again.outcome == "unchanged"
    fill_kit(paths[0], overall="no")
    with pytest.raises(ConflictError, match="already submitted"):
        exchange.import_files(demo_db, [paths[0]])
    [amended] = exchange.import_files(demo_db, [paths[0]], amend_reason="Re-read my notes")
    assert amended.outcome == "amended"
    assert sc.get_scorecard(demo_db, first.interview_id).overall == "no"


def test_tampered_kit_is_refused(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)[0]
    kit = fill_kit(path)
    other = sam(demo_db).interviews[1].id
    kit["interview_id"] = other
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match="tampered"):
        exchange.import_files(demo_db, [path])
    assert sc.get_scorecard(demo_db, other).id == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [("candidate", "Jordan Rivera"), ("stage", "Bar raiser"), ("interviewer", "Someone Else"), ("skills", [])],
)
def test_a_kit_whose_identifying_field_was_edited_is_refused_as_tampered(  # type: ignore[no-untyped-def]
    demo_db, tmp_path: Path, field: str, value: object
) -> None:
    path = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)[0]
    kit = fill_kit(path)
    kit[field] = value
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match="tampered") as caught:
        exchange.import_files(demo_db, [path])
    assert str(path) in str(caught.value)
    assert sc.get_scorecard(demo_db, kit["interview_id"]).id == ""


def test_a_kit_sealed_with_the_old_unkeyed_hash_or_a_guessed_key_is_refused(  # type: ignore[no-untyped-def]
    demo_db, tmp_path: Path
) -> None:
    import hashlib

    from interview_planner.packets import seal

    path = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)[0]
    kit = fill_kit(path)
    old = {
        "database_id": kit["database_id"],
        "interview_id": kit["interview_id"],
        "skills": [s["id"] for s in kit["skills"]],
    }
    kit["content_hash"] = hashlib.sha256(json.dumps(old).encode()).hexdigest()
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match="earlier version"):
        exchange.import_files(demo_db, [path])
    kit["candidate"] = "Jordan Rivera"  # re-sealed by someone without the database's secret
    kit["content_hash"] = seal.seal("guessed", exchange.kit_fields(exchange.ScorecardKit.model_validate(kit)))
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match="tampered"):
        exchange.import_files(demo_db, [path])


def test_an_incomplete_kit_marked_submitted_stays_a_draft_and_names_what_is_missing(  # type: ignore[no-untyped-def]
    demo_db, tmp_path: Path
) -> None:
    path = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)[0]
    kit = fill_kit(path)
    first, second, third = kit["skills"][:3]
    kit["ratings"][first["id"]] = None  # left blank
    kit["ratings"][second["id"]] = None
    kit["not_assessed"] = {second["id"]: "No time left for this"}
    kit["ratings"][third["id"]] = True  # a boolean is not a rating
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match=f"ratings: {third['name']}"):
        exchange.import_files(demo_db, [path])
    kit["ratings"][third["id"]] = 4
    path.write_text(json.dumps(kit), encoding="utf-8")
    [result] = exchange.import_files(demo_db, [path])
    assert (result.status, result.missing) == ("draft", [first["name"]])
    [again] = exchange.import_files(demo_db, [path])
    assert (again.outcome, again.missing) == ("unchanged", [first["name"]])
    kit["not_assessed"][first["id"]] = "Candidate asked to skip"
    path.write_text(json.dumps(kit), encoding="utf-8")
    [done] = exchange.import_files(demo_db, [path])
    assert (done.status, done.missing) == ("submitted", [])
    view = sc.get_scorecard(demo_db, kit["interview_id"])
    assert [r.state for r in view.ratings[:3]] == ["not_assessed", "not_assessed", "rated"]
    assert view.ratings[1].not_assessed_reason == "No time left for this"


def test_kit_for_another_database_is_refused(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = exchange.write_kits(demo_db, candidate="Sam Okafor", out_dir=tmp_path)[0]
    kit = fill_kit(path)
    kit["database_id"] = "0" * 32  # sealed by that database with its own secret, which this one cannot check
    path.write_text(json.dumps(kit), encoding="utf-8")
    with pytest.raises(InputError, match="another Interview Loop Planner database"):
        exchange.import_files(demo_db, [path])


@pytest.mark.parametrize("content", ["{", "[]", '{"format": "something-else"}', ""])
def test_broken_kits_are_clear_errors(demo_db, tmp_path: Path, content: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kit.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        exchange.import_files(demo_db, [path])
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_cli_submit_and_decide(demo_db_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "interview_planner", "--db", str(demo_db_path), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    shown = json.loads(run("candidate", "show", "Sam Okafor", "--json").stdout)
    first = shown["interviews"][0]
    card = json.loads(
        run(
            "scorecard",
            "show",
            "--candidate",
            "Sam Okafor",
            "--stage",
            first["stage"],
            "--interviewer",
            first["interviewer"],
            "--json",
        ).stdout
    )["scorecard"]
    rates = [f"--rate={r['skill']}=4" for r in card["ratings"]]
    result = run(
        "scorecard",
        "submit",
        "--candidate",
        "Sam Okafor",
        "--stage",
        first["stage"],
        "--interviewer",
        first["interviewer"],
        *rates,
        "--overall",
        "strong_yes",
        "--notes",
        "Great",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["scorecard"]["status"] == "submitted"
    bad = run(
        "scorecard",
        "submit",
        "--candidate",
        "Sam Okafor",
        "--stage",
        first["stage"],
        "--interviewer",
        first["interviewer"],
        "--rate",
        "nonexistent skill=3",
        "--overall",
        "yes",
    )
    assert bad.returncode == 2 and "not assessed in this interview" in bad.stderr
    decided = json.loads(run("decide", "Jordan Rivera", "--json").stdout)
    assert decided["decision"] == "no_hire"
    assert set(decided) >= {"candidate", "decision", "reasons", "flags", "skills", "overall"}
    assert set(decided["skills"][0]) >= {"name", "priority", "mean", "ratings"}
    assert set(decided["skills"][0]["ratings"][0]) == {
        "interviewer",
        "stage",
        "rating",
        "evidence",
        "not_assessed_reason",
    }
    assert json.loads(run("decide", "Sam Okafor", "--json").stdout)["decision"] == "incomplete"
    calibration = json.loads(run("calibration", "--json").stdout)
    assert {p["interviewer"] for p in calibration["interviewers"]} >= {"Marcus Chen", "Priya Natarajan"}
