"""Fuzzing the importers: seed files, byte and PDF mutators, and one run per importer.

Shared by the time-bounded fuzz tests (tests/core/reliability/test_fuzz.py) and the long run
(benchmarks/fuzz.py). A case is a mutated real file handed to the same service the command calls;
its outcome is the exit status the command would give: 0 (imported), 2-5 (refused with a user
error: the only acceptable failures) or 70 (any other exception: a bug).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
JD_CORPUS = Path("/work/shared/jd-corpus/postings")  # third-party postings: read for mutation, never copied

HOSTILE_TOKENS = [
    b"[" * 2000,
    b"{" * 2000,
    b"9" * 5000,
    b"-1000",
    b"true",
    b"null",
    b"NaN",
    b"1e999",
    b"\x00",
    b"\x1b[2J\x1b]0;x\x07",
    b"\xff\xfe",
    b'"",' * 50,
    b"&a [*a, *a]",
    b"!!python/object/apply:os.system ['true']",
    b"\n" * 100,
    "²".encode(),
    "\u202e".encode(),
    b"x" * 200_000,
]

PDF_SWAPS = [
    (rb"/Kids\s*\[([^\]]*)\]", lambda m: b"/Kids [" + m.group(1) * 8 + b"]"),
    (rb"/V\s*\(", lambda m: b"/V << /Filter /FlateDecode >> ("),
    (rb"\d+ 0 R", lambda m: b"1 0 R"),
    (rb"/FT\s*/\w+", lambda m: b"/FT /Btn"),
    (rb"/Length \d+", lambda m: b"/Length 99999999"),
    (rb"endobj", lambda m: b""),
    (rb"/Fields\s*\[", lambda m: b"/Fields [ 3 0 R 3 0 R "),
    (rb"\(([^)]{0,40})\)", lambda m: b"(" + b"A" * 150_000 + b")"),
    (rb"/Encrypt", lambda m: b"/Encrypt 1 0 R /X"),
    (rb"startxref\s*\d+", lambda m: b"startxref\n7"),
]


def mutate(data: bytes, rng: random.Random, ops: int) -> bytes:
    """``ops`` random edits of ``data``: byte flips, inserts, deletes, duplicated or truncated ranges,
    and hostile tokens (deep brackets, long numbers, booleans, control characters, ...)."""
    out = bytearray(data)
    for _ in range(ops):
        kind = rng.randrange(7)
        at = rng.randrange(len(out) + 1)
        if kind == 0 and out:
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif kind == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif kind == 2:
            del out[at : at + rng.randrange(1, 64)]
        elif kind == 3:
            out[at:at] = out[at : at + rng.randrange(1, 256)] * rng.randrange(2, 6)
        elif kind == 4:
            out[at:at] = rng.choice(HOSTILE_TOKENS)
        elif kind == 5 and out:
            del out[rng.randrange(len(out)) :]
        else:
            numbers = list(re.finditer(rb"\d+", bytes(out)))
            if numbers:
                m = rng.choice(numbers)
                out[m.start() : m.end()] = rng.choice([b"0", b"-1", b"true", b"9" * 40, b"4.5"])
    return bytes(out)


def mutate_pdf(data: bytes, rng: random.Random, ops: int) -> bytes:
    """Structure-aware edits of a PDF (duplicated /Kids, stream values, broken references and lengths),
    mixed with the byte edits of :func:`mutate`."""
    out = data
    for _ in range(ops):
        if rng.random() < 0.6:
            pattern, swap = rng.choice(PDF_SWAPS)
            matches = list(re.finditer(pattern, out))
            if matches:
                m = rng.choice(matches)
                out = out[: m.start()] + swap(m) + out[m.end() :]
                continue
        out = mutate(out, rng, 1)
    return out


def mutate_database(data: bytes, rng: random.Random, ops: int) -> bytes:
    """Edits of a SQLite file where they matter: the header, the schema and the first pages."""
    head = 65_536 if rng.random() < 0.8 else len(data)
    return mutate(data[:head], rng, ops) + data[head:]


@dataclass
class Importer:
    name: str
    suffix: str
    seeds: list[bytes]
    run: Callable[[object, Path], object]  # (Database, file) -> result (an int: an exit status); raises on refusal
    mutator: Callable[[bytes, random.Random, int], bytes] = mutate


LAST_NET = -2  # a MemoryError, RecursionError or OverflowError: the CLI says "too large" and exits 2


LAST_CPU_SECONDS: list[float] = [0.0]  # the processor time of the last case (the wall time waits on a busy machine)
LAST_FAILURE: list[str] = []  # the traceback of the last case that ended as a bug or in the last net


def outcome(run: Callable[[], object]) -> int:
    """The exit status the command would give for ``run``."""
    import traceback

    from interview_planner.errors import UserError

    LAST_FAILURE.clear()
    try:
        result = run()
    except UserError as exc:
        return int(exc.exit_code)
    except (MemoryError, RecursionError, OverflowError):
        LAST_FAILURE.append(traceback.format_exc(limit=-6))
        return LAST_NET  # exit 2 through the CLI's last net: a limit missed (the long run counts these)
    except Exception:
        LAST_FAILURE.append(traceback.format_exc(limit=-6))
        return 70
    return result if isinstance(result, int) and not isinstance(result, bool) else 0


def build_importers(demo_db_path: Path, work: Path) -> list[Importer]:
    """Every importer with its seed files, made from the bundled content and the demo database."""
    from interview_planner.cli import main
    from interview_planner.db.database import Database
    from interview_planner.services import content, exchange, maintenance, roles

    work.mkdir(parents=True, exist_ok=True)
    quiet = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        main(
            [
                "--db",
                str(demo_db_path),
                "scorecard",
                "export-kit",
                "--candidate",
                "Sam Okafor",
                "--out",
                str(work / "k"),
            ]
        )
        main(["--db", str(demo_db_path), "packet", "export", "--candidate", "Sam Okafor", "--out", str(work / "p")])
    kits = [p.read_bytes() for p in sorted((work / "k").glob("*.json"))[:3]]
    packets = [p.read_bytes() for p in sorted((work / "p").glob("*-0[12]-*.pdf"))]
    filled = []
    sys_path_pdf = ROOT / "tests" / "core" / "pdf"
    import sys

    sys.path.insert(0, str(sys_path_pdf))
    from pdf_helpers import fill_like_a_viewer  # the same filler as the round-trip tests
    from pypdf import PdfReader

    for packet in packets:
        names = [n for n in PdfReader(io.BytesIO(packet)).get_fields() or {} if n.startswith("rating.")]
        filled.append(fill_like_a_viewer(packet, {n: "3" for n in names} | {"overall": "yes", "takeaways": "ok"}))

    banks = [(ROOT / "question_banks" / n).read_bytes() for n in ("ci-cd.yaml", "problem-solving.yaml")]
    bank_data = yaml.safe_load(banks[0])
    bank_json = json.dumps(bank_data, indent=2).encode()
    rows = io.StringIO()
    writer = csv.writer(rows)
    columns = [
        "bank",
        "id",
        "text",
        "kind",
        "minutes",
        "difficulty",
        "skills",
        "follow_ups",
        "strong_signals",
        "weak_signals",
    ]
    writer.writerow(columns)
    for q in bank_data["questions"][:6]:
        writer.writerow(
            [bank_data["bank"], q["id"], q["text"], q["kind"], q["minutes"], q["difficulty"]]
            + ["|".join(q[c]) for c in ("skills", "follow_ups", "strong_signals", "weak_signals")]
        )
    markdown = [(ROOT / "tests" / "data" / "banks" / "team_questions.md").read_bytes(), _as_markdown(bank_data)]
    rubrics = [p.read_bytes() for p in sorted((ROOT / "rubrics").glob("*.yaml"))[:2]]
    postings = [(ROOT / "interview_planner" / "data" / "demo_job_description.txt").read_bytes()]
    if JD_CORPUS.is_dir():
        postings += [p.read_bytes() for p in sorted(JD_CORPUS.iterdir())[:5] if p.is_file()]
    database = demo_db_path.read_bytes()

    def database_run(_db: object, path: Path) -> object:
        """``db check`` on the file (exit 1 when it finds problems), then open it and list candidates."""
        report = maintenance.check_file(path)
        if not report.ok:
            return 1
        if report.ok:
            opened = Database.open(path, create=False)
            try:
                from interview_planner.services import candidates

                candidates.list_candidates(opened)
            finally:
                opened.close()
        return report

    return [
        Importer("job description", ".txt", postings, lambda db, p: roles.import_role_file(db, p)),  # type: ignore[arg-type]
        Importer("bank YAML", ".yaml", banks, lambda db, p: content.import_banks(db, [p])),  # type: ignore[arg-type]
        Importer("bank JSON", ".json", [bank_json], lambda db, p: content.import_banks(db, [p])),  # type: ignore[arg-type]
        Importer("bank CSV", ".csv", [rows.getvalue().encode()], lambda db, p: content.import_banks(db, [p])),  # type: ignore[arg-type]
        Importer("bank Markdown", ".md", markdown, lambda db, p: content.import_banks(db, [p])),  # type: ignore[arg-type]
        Importer("rubric", ".yaml", rubrics, lambda db, p: content.import_rubrics(db, [p])),  # type: ignore[arg-type]
        Importer("kit", ".json", kits, lambda db, p: exchange.import_files(db, [p])),  # type: ignore[arg-type]
        Importer("filled PDF", ".pdf", filled, lambda db, p: exchange.import_files(db, [p]), mutate_pdf),  # type: ignore[arg-type]
        Importer("database file", ".db", [database], database_run, mutate_database),
    ]


def _as_markdown(bank: dict[str, object]) -> bytes:
    """A bundled bank written as a Markdown list (docs/formats.md): a title, the skill as a heading,
    one bullet per question with its follow-ups indented and a ``[kind, N min, difficulty]`` tag."""
    questions = bank["questions"]
    assert isinstance(questions, list)
    lines = [f"# {bank.get('title', bank['bank'])}", "", f"## {questions[0]['skills'][0]}", ""]
    for q in questions:
        lines.append(f"- {q['text']} [{q['kind']}, {q['minutes']} min, {q['difficulty']}]")
        lines += [f"  - {f}" for f in q.get("follow_ups", [])]
    return ("\n".join(lines) + "\n").encode()


def run_case(importer: Importer, db: object, folder: Path, seed: int, ops: int) -> tuple[int, float]:
    """One mutated file through one importer: (exit status, seconds)."""
    rng = random.Random(seed)
    data = importer.mutator(rng.choice(importer.seeds), rng, ops)
    path = folder / f"case{importer.suffix}"
    if importer.name == "database file":
        for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    path.write_bytes(data)
    started, cpu = time.perf_counter(), time.process_time()
    code = outcome(lambda: importer.run(db, path))
    LAST_CPU_SECONDS[:] = [time.process_time() - cpu]
    return code, time.perf_counter() - started


def fresh_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target
