"""Filled packet PDFs and kits as an interviewer returns them: filled by another PDF engine
(PyMuPDF, as a desktop viewer would), sealed, complete or explicitly incomplete.

Every message a person reads names the candidate, the stage and the skills, never an id.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))
from pdf_helpers import fill_with_pymupdf

from interview_planner.cli import main
from interview_planner.errors import InputError
from interview_planner.services import candidates, exchange, packets
from interview_planner.services import scorecards as sc

pymupdf = pytest.importorskip("pymupdf", reason="PyMuPDF (the test extra) fills the packets as a viewer would")

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}")


def packet_of_first_interview(db, out: Path) -> Path:  # type: ignore[no-untyped-def]
    files = packets.export_packets(db, candidate="Sam Okafor", out_dir=out, generated_on="2026-12-01")
    return Path(next(f.path for f in files if f.kind == "packet"))


def skills(db, path: Path) -> list[sc.RatingView]:  # type: ignore[no-untyped-def]
    from interview_planner.pdf import read_packet_form

    form = read_packet_form(path.read_bytes())
    return sc.get_scorecard(db, form.interview_id).ratings


def test_a_pdf_with_only_the_overall_ticked_stays_a_draft_and_the_cli_lists_the_skills(  # type: ignore[no-untyped-def]
    demo_db, demo_db_path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    rated = skills(demo_db, blank)
    only_overall = fill_with_pymupdf(blank, {"overall": "strong_yes"}, tmp_path / "only-overall.pdf")
    code = main(["--db", str(demo_db_path), "scorecard", "import", str(only_overall)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{only_overall}: kept as a draft" in err and "Sam Okafor" in err
    assert all(f"'{r.skill}'" in err for r in rated)
    assert not UUID.search(err), err
    view = sc.get_scorecard(demo_db, rated[0].skill_id and _interview(demo_db))
    assert view.status == "draft" and view.overall == "strong_yes"

    first, second, *rest = rated
    values = {f"rating.{r.skill_id}": "3" for r in rest}
    values |= {f"rating.{first.skill_id}": "4", f"evidence.{first.skill_id}": "Explained the trade-offs."}
    values |= {f"rating.{second.skill_id}": "NA"}  # N/A without saying why: still missing
    values |= {"overall": "yes", "takeaways": "Solid."}
    no_reason = fill_with_pymupdf(blank, values, tmp_path / "na-without-reason.pdf")
    assert main(["--db", str(demo_db_path), "scorecard", "import", str(no_reason)]) == 2
    err = capsys.readouterr().err
    assert f"'{second.skill}'" in err and f"'{first.skill}'" not in err

    values[f"evidence.{second.skill_id}"] = "We ran out of time before the security question."
    complete = fill_with_pymupdf(blank, values, tmp_path / "complete.pdf")
    assert main(["--db", str(demo_db_path), "scorecard", "import", str(complete)]) == 0
    view = sc.get_scorecard(demo_db, _interview(demo_db))
    assert view.status == "submitted" and view.overall == "yes"
    assert [r.state for r in view.ratings[:2]] == ["rated", "not_assessed"]
    assert view.ratings[1].not_assessed_reason == "We ran out of time before the security question."


def _interview(db) -> str:  # type: ignore[no-untyped-def]
    return candidates.get_candidate(db, "Sam Okafor").interviews[0].id


def test_no_decision_yet_takes_back_an_overall_tick(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    first, *rest = skills(demo_db, blank)
    values = {f"rating.{r.skill_id}": "3" for r in rest} | {"overall": "strong_no"}  # a mis-click, one skill left
    [result] = exchange.import_files(demo_db, [fill_with_pymupdf(blank, values, tmp_path / "misclick.pdf")])
    assert (result.status, result.missing) == ("draft", [first.skill])
    assert sc.get_scorecard(demo_db, result.interview_id).overall == "strong_no"
    values |= {"overall": "undecided", f"rating.{first.skill_id}": "2"}
    [result] = exchange.import_files(demo_db, [fill_with_pymupdf(blank, values, tmp_path / "undecided.pdf")])
    assert (result.status, result.missing) == ("draft", [])  # no decision yet: a draft on purpose
    view = sc.get_scorecard(demo_db, result.interview_id)
    assert view.overall is None and view.missing == ["overall recommendation"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("interview_id", "other"),
        ("identity", json.dumps({"candidate": "Jordan Rivera", "stage": "Technical screen", "interviewer": "X"})),
        ("seal", "hmac-sha256:" + "0" * 64),
    ],
)
def test_a_packet_whose_identity_was_edited_is_refused_as_tampered(  # type: ignore[no-untyped-def]
    demo_db, tmp_path: Path, field: str, value: str
) -> None:
    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    rated = skills(demo_db, blank)
    if field == "interview_id":
        value = candidates.get_candidate(demo_db, "Sam Okafor").interviews[1].id  # a real, other interview
    values = {f"rating.{r.skill_id}": "3" for r in rated} | {"overall": "yes", field: value}
    edited = fill_with_pymupdf(blank, values, tmp_path / "edited.pdf")
    with pytest.raises(InputError, match="tampered") as caught:
        exchange.import_files(demo_db, [edited])
    message = str(caught.value)
    assert str(edited) in message and ("Sam Okafor" in message or "Jordan Rivera" in message)
    assert not UUID.search(message.replace(str(edited), "")), message
    assert all(
        sc.get_scorecard(demo_db, i.id).id == "" for i in candidates.get_candidate(demo_db, "Sam Okafor").interviews
    )


def test_a_packet_without_its_hidden_fields_or_seal_is_refused(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    doc = pymupdf.open(blank)
    for page in doc:
        for widget in list(page.widgets()):
            if widget.field_name == "seal":
                page.delete_widget(widget)
    stripped = tmp_path / "no-seal.pdf"
    doc.save(stripped)
    with pytest.raises(InputError, match="no seal"):
        exchange.import_files(demo_db, [stripped])


def test_a_flattened_copy_says_so_and_names_the_interview(  # type: ignore[no-untyped-def]
    demo_db, tmp_path: Path
) -> None:
    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    interview = candidates.get_candidate(demo_db, "Sam Okafor").interviews[0]
    doc = pymupdf.open(blank)
    doc.bake()  # flatten: the widgets become page content, the form is gone; the metadata stays
    flat = tmp_path / "flat.pdf"
    doc.save(flat)
    with pytest.raises(InputError) as caught:
        exchange.import_files(demo_db, [flat])
    message = str(caught.value)
    assert "flattened" in message
    assert f"Sam Okafor – {interview.stage} – {interview.interviewer}" in message
    assert not UUID.search(message), message


def test_the_cli_submit_lists_the_missing_skills_and_keeps_a_draft(  # type: ignore[no-untyped-def]
    demo_db, demo_db_path, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = candidates.get_candidate(demo_db, "Sam Okafor").interviews[0]
    rated = sc.get_scorecard(demo_db, interview.id).ratings
    base = ["--db", str(demo_db_path), "scorecard", "submit", "--candidate", "Sam Okafor"]
    base += ["--stage", interview.stage, "--interviewer", interview.interviewer, "--overall", "yes"]
    assert main([*base, "--rate", f"{rated[0].skill}=3"]) == 2
    err = capsys.readouterr().err
    assert "saved as a draft" in err and all(f"'{r.skill}'" in err for r in rated[1:])
    assert "Sam Okafor" in err and interview.stage in err and not UUID.search(err)
    assert sc.get_scorecard(demo_db, interview.id).status == "draft"
    assert main([*base, "--not-assessed", f"{rated[1].skill}="]) == 2
    assert "say why" in capsys.readouterr().err
    args = [*base, "--not-assessed", f"{rated[1].skill}=No time"]
    args += [a for r in rated[2:] for a in ("--rate", f"{r.skill}=2")]
    assert main(args) == 0, capsys.readouterr().err
    assert sc.get_scorecard(demo_db, interview.id).status == "submitted"


def test_a_value_the_packet_never_offered_is_refused_naming_the_skill(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    blank = packet_of_first_interview(demo_db, tmp_path / "out")
    first = skills(demo_db, blank)[0]
    writer = PdfWriter(clone_from=PdfReader(blank))
    for ref in writer._root_object["/AcroForm"]["/Fields"]:
        if ref.get_object()["/T"] == f"rating.{first.skill_id}":
            ref.get_object()[NameObject("/V")] = NameObject("/7")
    odd = tmp_path / "odd.pdf"
    with odd.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError) as caught:
        exchange.import_files(demo_db, [odd])
    message = str(caught.value)
    assert f"rating: {first.skill}: unexpected value '7'" in message
    assert not UUID.search(message), message


def test_importing_a_whole_packet_folder_skips_the_loop_overview_with_a_note(  # type: ignore[no-untyped-def]
    demo_db, demo_db_path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packets"
    files = packets.export_packets(demo_db, candidate="Sam Okafor", out_dir=out, generated_on="2026-12-01")
    overview = next(Path(f.path) for f in files if f.kind != "packet")
    everything = sorted(out.glob("*.pdf"))  # what `scorecard import packets/*.pdf` passes
    assert overview in everything and len(everything) == len(files)

    code = main(["--db", str(demo_db_path), "scorecard", "import", *map(str, everything)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    notes = captured.err.splitlines()
    assert notes == [f"note: skipped {overview}: not an Interview Loop Planner packet (no scorecard fields)"]
    assert len(captured.out.splitlines()) == len(everything) - 1  # every packet was read
    assert str(overview) not in captured.out

    # only non-packets: nothing to import is a user error (exit 2), one line naming the file
    assert main(["--db", str(demo_db_path), "scorecard", "import", str(overview)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [f"interview-planner: error: {overview}: {notes[0].split(': ', 2)[2]}"]
    assert main(["--db", str(demo_db_path), "scorecard", "import", str(overview), str(overview)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0] == "interview-planner: error: nothing imported, 2 problems:"
        and err[1:] == [f"{overview}: " + notes[0].split(": ", 2)[2]] * 2
    )

    # a damaged PDF is not passed over: the whole import is refused, nothing written
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(everything[1].read_bytes()[:2000])
    interviews = candidates.get_candidate(demo_db, "Sam Okafor").interviews
    before = [sc.get_scorecard(demo_db, i.id).version for i in interviews]
    assert main(["--db", str(demo_db_path), "scorecard", "import", str(damaged), *map(str, everything)]) == 2
    assert str(damaged) in capsys.readouterr().err
    after = [sc.get_scorecard(demo_db, i.id).version for i in interviews]
    assert after == before
