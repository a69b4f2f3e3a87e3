"""Re-importing a bank whose questions changed updates them in place, search index included (both engines)."""

from __future__ import annotations

from pathlib import Path

from interview_planner.services import content, maintenance
from interview_planner.services.search import search_questions

BANK = Path(__file__).resolve().parents[3] / "question_banks" / "ci-cd.yaml"


def test_changed_questions_are_updated_and_searchable_by_their_new_words(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    changed = tmp_path / "ci-cd.yaml"
    changed.write_text(
        BANK.read_text(encoding="utf-8").replace("click retry by reflex", "click retry like zebrafinches"),
        encoding="utf-8",
    )
    report = content.import_banks(db, [changed])
    assert report.updated == 1 and report.added == 0
    hits = search_questions(db, "zebrafinches")
    assert [h.external_id for h in hits] == ["cicd-02"]
    assert all(h.external_id != "cicd-02" for h in search_questions(db, "reflex"))
    if not db.is_postgres:
        assert maintenance.check(db).ok  # one search-index row per question, none left over
