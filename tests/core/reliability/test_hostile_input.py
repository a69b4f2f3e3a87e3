"""Input written by an attacker (issue #17): every importer refuses it with one line and exit 2,
never hangs, never exits 70, and leaves the database as it was."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from interview_planner.cli import main
from interview_planner.db.database import Database
from interview_planner.services import roles

from .conftest import count_case
from .test_bad_input import BANK, assert_refused, run_cli, sam_kit  # noqa: F401  (sam_kit is a fixture)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pdf"))
from pdf_helpers import fill_like_a_viewer

JSON_BANK = json.loads(json.dumps({"bank": "mine", "title": "Mine", "questions": []}))
QUESTION = {
    "id": "q-1",
    "text": "Why?",
    "kind": "behavioural",
    "minutes": 5,
    "difficulty": "easy",
    "skills": ["problem-solving"],
    "follow_ups": ["a", "b"],
    "strong_signals": ["s"],
    "weak_signals": ["w"],
}
CSV_HEADER = "bank,id,text,kind,minutes,difficulty,skills,follow_ups,strong_signals,weak_signals\n"

HOSTILE_BANKS: dict[str, str] = {
    "duplicate-key.json": '{"bank": "mine", "bank": "theirs", "title": "T", "questions": []}',
    "duplicate-nested-key.json": json.dumps({"bank": "mine", "title": "T", "questions": [QUESTION]}).replace(
        '"minutes": 5', '"minutes": 5, "minutes": 6'
    ),
    "minutes-true.json": json.dumps({"bank": "mine", "title": "T", "questions": [{**QUESTION, "minutes": True}]}),
    "minutes-true.yaml": BANK.replace("minutes: 5", "minutes: true"),
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "deep-in-a-field.json": '{"bank": "mine", "title": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "long-integer.json": json.dumps({"bank": "mine", "title": "T", "questions": [QUESTION]}).replace(
        '"minutes": 5', '"minutes": ' + "9" * 5000
    ),
    "nan.json": json.dumps({"bank": "mine", "title": "T", "questions": [QUESTION]}).replace(
        '"minutes": 5', '"minutes": NaN'
    ),
    "superscript.csv": CSV_HEADER + "mine,q-1,Why?,behavioural,²,easy,problem-solving,a|b,s,w\n",
    "long-minutes.csv": CSV_HEADER + "mine,q-1,Why?,behavioural," + "9" * 5000 + ",easy,problem-solving,a|b,s,w\n",
    "huge-header-cell.csv": 'bank,"' + "x" * 200_000 + '"\n',  # found by benchmarks/fuzz.py
    "huge-cell.csv": CSV_HEADER + 'mine,q-1,"' + "x" * 200_000 + '",behavioural,5,easy,problem-solving,a|b,s,w\n',
    "deep.yaml": "a: " + "[" * 100_000 + "]" * 100_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_BANKS))
def test_hostile_bank_files(name: str, db_path: Path, tmp_path: Path) -> None:
    count_case("hostile files")
    path = tmp_path / name
    path.write_text(HOSTILE_BANKS[name], encoding="utf-8")
    assert_refused(db_path, "bank", "import", str(path), expect_in=str(path))


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "command", [("role", "import"), ("bank", "import"), ("rubric", "import"), ("scorecard", "import")]
)
def test_a_fifo_is_refused_at_once_not_waited_on(command: tuple[str, str], db_path: Path, tmp_path: Path) -> None:
    count_case("hostile files")
    suffix = {"role": ".txt", "bank": ".yaml", "rubric": ".yaml", "scorecard": ".json"}[command[0]]
    fifo = tmp_path / f"incoming{suffix}"  # a suffix the command reads, so the file itself is what is refused
    os.mkfifo(fifo)
    started = time.monotonic()
    err = assert_refused(db_path, *command, str(fifo), expect_in="not a regular file")
    assert time.monotonic() - started < 30, "refused without waiting for a writer"
    assert str(fifo) in err


@pytest.mark.timeout(60)
def test_a_device_is_refused_not_read_to_the_end(db_path: Path, tmp_path: Path) -> None:
    count_case("hostile files")
    assert_refused(db_path, "role", "import", "/dev/zero", expect_in="not a regular file")
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")  # a bank name that the importer would read
    assert_refused(db_path, "bank", "import", str(zero), expect_in="not a regular file")


def test_a_posting_with_thousands_of_skills_is_refused(db_path: Path, tmp_path: Path) -> None:
    count_case("hostile files")
    path = tmp_path / "everything.txt"
    lines = "".join(f"- Experience with Tool{n:04d} and Framework{n:04d}\n" for n in range(1500))
    path.write_text("Senior Engineer\n\nRequirements\n" + lines, encoding="utf-8")
    assert_refused(db_path, "role", "import", str(path), expect_in="at most 200")


@pytest.mark.parametrize(
    "salary",
    [
        "Salary: $160,000 - $" + "9" * 40 + ",000 a year",  # reduced from a fuzz case: overflowed SQLite INTEGER
        "Salary: $" + "9" * 330 + "k",  # a float of infinity: OverflowError in round()
        "Base salary: $" + "9" * 400,
    ],
)
def test_an_impossible_salary_is_not_a_salary_and_the_posting_imports(
    salary: str, db_path: Path, tmp_path: Path
) -> None:
    count_case("hostile files")
    path = tmp_path / "posting.txt"
    path.write_text(
        f"Senior Engineer\n\n{salary}\n\nRequirements\n- Python and distributed systems\n- Kubernetes\n",
        encoding="utf-8",
    )
    code, err = run_cli("--db", str(db_path), "role", "import", str(path))
    assert code == 0, err
    db = Database.open(db_path)
    try:
        (summary,) = roles.list_roles(db)
        role = roles.get_role(db, summary.id).role
    finally:
        db.close()
    assert role.title == "Senior Engineer" and (role.salary_max is None or role.salary_max <= 10**9)


@pytest.mark.parametrize("days", ["99999999999", "-100000", "0", "36501", "1e9", "²"])
def test_retention_days_are_bounded(days: str, db_path: Path) -> None:
    count_case("hostile arguments")
    assert_refused(db_path, "candidate", "retention", f"--days={days}", expect_in="days")


def test_hostile_kits(sam_kit: Path, demo_db_path: Path, tmp_path: Path) -> None:  # noqa: F811
    kit = json.loads(sam_kit.read_text(encoding="utf-8"))
    skill = kit["skills"][0]["id"]
    cases = {
        "rating-true.json": json.dumps({**kit, "ratings": {skill: True}}),
        "rating-false.json": json.dumps({**kit, "ratings": {skill: False}}),
        "duplicate-key.json": json.dumps(kit)[:-1] + ', "status": "submitted", "status": "draft"}',
        "deep.json": json.dumps(kit)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "long-integer.json": json.dumps({**kit, "ratings": {skill: 1}}).replace(": 1}", ": " + "1" * 5000 + "}"),
        "huge-evidence.json": json.dumps({**kit, "evidence": {skill: "x" * 100_001}}),
        "huge-notes.json": json.dumps({**kit, "private_notes": "x" * 100_001}),
        # found by benchmarks/fuzz.py: a non-ASCII seal or a lone surrogate in a sealed field was a TypeError
        # (hmac.compare_digest on str) or a UnicodeEncodeError, exit 70
        "non-ascii-seal.json": json.dumps({**kit, "content_hash": "hmac-sha256:\u00e9"}),
        "surrogate-name.json": json.dumps({**kit, "candidate": "Sam \udc80Okafor"}),
    }
    for name, content in cases.items():
        count_case("hostile kits")
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in=str(path))


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object n is objects[n-1]; 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def kids_bomb(levels: int = 40, copies: int = 2) -> bytes:
    """Fields whose /Kids name the next level ``copies`` times: copies**levels paths through ``levels`` objects."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    for level in range(levels):
        nxt = 3 + level + 1
        objects.append(b"<< /T (f%d) /Kids [%s] >>" % (level, b" ".join([b"%d 0 R" % nxt] * copies)))
    objects.append(b"<< /T (leaf) /FT /Tx /V (x) >>")
    return raw_pdf(objects)


def cyclic_fields() -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /T (a) /Kids [4 0 R] >>",
            b"<< /T (b) /Kids [3 0 R] >>",
        ]
    )


def stream_valued_field() -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R 4 0 R] >> >>",
            b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /T (interview_id) /FT /Tx /V 5 0 R >>",
            b"<< /T (database_id) /FT /Tx /V (x) >>",
            b"<< /Length 5 >>\nstream\nhello\nendstream",
        ]
    )


@pytest.mark.timeout(60)
def test_hostile_pdfs_are_refused_quickly(demo_db_path: Path, tmp_path: Path) -> None:
    cases = {
        "kids-bomb.pdf": (kids_bomb(), "nested more than 16 levels deep"),
        "wide-kids-bomb.pdf": (kids_bomb(levels=10, copies=200), "not an Interview Loop Planner packet"),
        "cycle.pdf": (cyclic_fields(), "not an Interview Loop Planner packet"),
        "stream-value.pdf": (stream_valued_field(), "not text"),
        "wide.pdf": (
            raw_pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>"
                    % b" ".join(b"%d 0 R" % n for n in range(3, 2_104)),
                    b"<< /Type /Pages /Kids [] /Count 0 >>",
                    *(b"<< /T (f%d) /FT /Tx /V (x) >>" % n for n in range(3, 2_104)),
                ]
            ),
            "more than 2,000 fields",
        ),
    }
    for name, (data, expected) in cases.items():
        count_case("hostile PDFs")
        path = tmp_path / name
        path.write_bytes(data)
        started = time.monotonic()
        assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in=expected)
        assert time.monotonic() - started < 30, name


def _filled_packet(demo_db_path: Path, tmp_path: Path) -> bytes:
    code, err = run_cli(
        "--db", str(demo_db_path), "packet", "export", "--candidate", "Sam Okafor", "--out", str(tmp_path / "p")
    )
    assert code == 0, err
    packet = sorted((tmp_path / "p").glob("*-01-*.pdf"))[0].read_bytes()
    names = [n for n in PdfReader(io.BytesIO(packet)).get_fields() or {} if n.startswith("rating.")]
    values = {n: "3" for n in names} | {"overall": "yes", "takeaways": "Solid"}
    return fill_like_a_viewer(packet, values)


def test_a_packet_whose_seal_holds_a_non_ascii_character_is_refused_as_tampered(
    demo_db_path: Path, tmp_path: Path
) -> None:
    # reduced from a fuzz case (benchmarks/fuzz.py, filled PDF): one flipped bit in the seal's text made
    # the seal check a TypeError, exit 70
    path = tmp_path / "seal.pdf"
    path.write_bytes(fill_like_a_viewer(_filled_packet(demo_db_path, tmp_path), {"seal": "hmac-sha256:\u00e9"}))
    assert_refused(demo_db_path, "scorecard", "import", str(path), expect_in="tampered")


def _encrypted(data: bytes, *, user: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm="AES-256", permissions_flag=0)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_restricted_aes_packet_imports_and_a_password_protected_one_is_one_line(
    demo_db_path: Path, tmp_path: Path
) -> None:
    filled = _filled_packet(demo_db_path, tmp_path)
    locked = tmp_path / "password.pdf"
    locked.write_bytes(_encrypted(filled, user="open-sesame"))
    assert_refused(demo_db_path, "scorecard", "import", str(locked), expect_in="encrypted PDF")
    restricted = tmp_path / "restricted.pdf"
    restricted.write_bytes(_encrypted(filled, user=""))
    code, err = run_cli("--db", str(demo_db_path), "scorecard", "import", str(restricted))
    assert code == 0, err


def test_control_characters_from_a_posting_never_reach_the_terminal_raw(db_path: Path, tmp_path: Path) -> None:
    count_case("hostile files")
    path = tmp_path / "ansi.txt"
    title = "Backend Engineer \x1b[2J\x1b]0;pwned\x07\r\u202eevil"
    body = "We build payment services for small shops and care about tests and reviews.\n" * 20
    requirements = "- 5 years of Python \x1b[31m(red)\x1b[0m\n- Experience with PostgreSQL\n"
    path.write_text(f"{title}\n\nAbout us\n{body}\nRequirements\n{requirements}", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["--db", str(db_path), "role", "import", str(path)]) == 0, err.getvalue()
        assert main(["--db", str(db_path), "role", "list"]) == 0, err.getvalue()
    printed = out.getvalue()
    assert "Backend Engineer" in printed
    for raw in ("\x1b", "\x07", "\r", "\u202e"):
        assert raw not in printed
    assert "\\x1b[2J" in printed  # shown, visibly escaped
