"""The floors: the same work done by the bare library, measured in the same run as our code.

A floor is what the figure would cost with nothing of ours in the way, so
the ratio ours / floor is our overhead and stays meaningful on a busy or a
slow machine. Each floor reads the same files or database as the figure.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from interview_planner.paths import data_file

# --- import ---------------------------------------------------------------------------


def prepare_import(db_path: Path) -> sqlite3.Connection:
    """A fresh database with the app's schema (the migration's SQL) and the catalogue; not timed."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    _same_pragmas(conn)
    conn.executescript(data_file("migrations/0001_initial.sql").read_text(encoding="utf-8"))
    _catalogue(conn)
    return conn


def import_bank_files(conn: sqlite3.Connection, paths: list[Path]) -> None:
    """json.loads the files, sqlite3.executemany the question and link rows, rebuild the FTS5 index.

    Same schema and the same journal and sync settings as the app (WAL,
    synchronous=FULL), one transaction; no validation, no content hashes.
    """
    skills = dict(conn.execute("SELECT slug, id FROM catalogue_skill"))
    conn.execute("BEGIN IMMEDIATE")
    questions, links = _rows(paths, skills)
    conn.executemany("INSERT INTO question VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", questions)
    conn.executemany("INSERT INTO question_skill VALUES (?,?,?)", links)
    conn.execute(
        "INSERT INTO question_fts (question_id, text, skills, follow_ups) "
        "SELECT q.id, q.text, (SELECT group_concat(replace(s.slug, '-', ' ') || ' ' || s.name, ' ; ') "
        "FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id WHERE qs.question_id = q.id), "
        "(SELECT group_concat(value, ' ') FROM json_each(q.follow_ups)) FROM question q"
    )
    conn.execute("COMMIT")


def _same_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _catalogue(conn: sqlite3.Connection) -> None:
    from interview_planner.content.bundled import bundled_catalogue

    skills = bundled_catalogue().skills
    conn.executemany(
        "INSERT INTO catalogue_skill (id, slug, name, kind, definition, keywords, aliases, focuses, source) "
        "VALUES (?, ?, ?, ?, ?, '[]', '[]', '[]', 'bundled')",
        [(str(uuid.uuid4()), s.slug, s.name, s.kind.value, s.definition) for s in skills],
    )


def _rows(paths: list[Path], skills: dict[str, str]) -> tuple[list[tuple[Any, ...]], list[tuple[str, str, int]]]:
    questions: list[tuple[Any, ...]] = []
    links: list[tuple[str, str, int]] = []
    for path in paths:
        bank = json.loads(path.read_text(encoding="utf-8"))
        for q in bank["questions"]:
            qid = str(uuid.uuid4())
            questions.append(
                (
                    qid,
                    bank["bank"],
                    q["id"],
                    q["text"],
                    q["kind"],
                    q["minutes"],
                    q["difficulty"],
                    json.dumps(q["follow_ups"]),
                    json.dumps(q["strong_signals"]),
                    json.dumps(q["weak_signals"]),
                    str(path),
                    "",
                    "2026-01-01 00:00:00",
                )
            )
            links += [(qid, skills[slug], pos) for pos, slug in enumerate(q["skills"])]
    return questions, links


# --- search ---------------------------------------------------------------------------


def search_sql(conn: sqlite3.Connection, match: str, skill_id: str, limit: int = 50) -> list[tuple[str, float]]:
    """The ranked FTS5 query with the skill filter, as SQL straight through sqlite3 (ids and scores)."""
    return conn.execute(
        "SELECT question_id, bm25(question_fts, 0, 1.0, 2.0, 0.3) AS score FROM question_fts "
        "WHERE question_fts MATCH ? AND question_id IN (SELECT question_id FROM question_skill WHERE skill_id = ?) "
        "ORDER BY score LIMIT ?",
        (match, skill_id, limit),
    ).fetchall()


# --- packet ---------------------------------------------------------------------------


def packet_texts(packet: Any) -> list[tuple[str, str]]:
    """Every text an interviewer packet prints, as (sample style, paragraph markup), in reading order.

    Taken from the packet's own story (built here, outside the timing): each
    paragraph, table cell and radio label becomes one paragraph of the floor,
    so the floor sets exactly the text we set, without our tables, form
    fields, page-keeping, bookmarks and footers.
    """
    from interview_planner.pdf.document import Page
    from interview_planner.pdf.packet import PacketStory
    from interview_planner.pdf.styles import get_styles

    story = PacketStory(packet, get_styles(), Page("a4").width).build()
    return [(_sample_style(style_name), text) for style_name, text in _texts(story)]


def _texts(items: Any) -> Any:
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from interview_planner.pdf.forms import RadioRow

    for item in items if isinstance(items, list | tuple) else [items]:
        if isinstance(item, str):
            yield "Normal", item
        elif isinstance(item, Paragraph):
            yield item.style.name, item.text
        elif isinstance(item, KeepTogether):
            yield from _texts(item._content)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                yield from _texts(list(row))
        elif isinstance(item, RadioRow):
            yield from (("Normal", choice.label) for choice in item.choices)


def _sample_style(name: str) -> str:
    lowered = name.lower()
    if "title" in lowered:
        return "Title"
    if lowered.startswith("h"):
        return "Heading2"
    return "Bullet" if "bullet" in lowered else "Normal"


def render_packet_text(texts: list[tuple[str, str]]) -> bytes:
    """A bare SimpleDocTemplate of Paragraphs with reportlab's sample styles in our regular font."""
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from interview_planner.pdf.fonts import load_fonts

    font = load_fonts().regular.primary  # the same TrueType font (Unicode), registered once
    sheet = getSampleStyleSheet()
    for name in ("Title", "Normal", "Heading2", "Bullet"):
        sheet[name].fontName = font
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(text, sheet[style]) for style, text in texts])
    return buffer.getvalue()


# --- processes ------------------------------------------------------------------------

PYTHON_PASS = ["-c", "pass"]

QT_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is window:
            print("SHOWN", flush=True)
            app.exit(0)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(0, 5)
for row in range(50):
    model.appendRow([QStandardItem(f"cell {row}.{col}") for col in range(5)])
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1200, 760)
probe = FirstPaint()
app.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


# --- health check --------------------------------------------------------------------------


def integrity_check(db_path: Path, pragma: str = "integrity_check") -> None:
    """SQLite's own check of the file (``quick_check`` for ``db check``, ``integrity_check`` for
    ``db check --full``), the part no app can skip."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert conn.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
    finally:
        conn.close()
