"""What every command shares: the open database, JSON or text output, errors."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interview_planner.db.database import Database

COMMAND_MODULES = ("setup", "content", "planning", "scoring", "maintenance", "team", "fairness", "records")


class CliContext:
    """Lazily opens the database named by ``--db`` (or the default)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from interview_planner.db.database import Database

            target = self.target
            creates = bool(getattr(self.args, "creates_db", False))
            if self.args.db is None and creates:
                _ensure_default_folder(target)
            # Only ``init`` creates a database: any other command on a missing path (a typo, an
            # unmounted folder) says so instead of leaving a new empty database behind.
            self._db = Database.open(target, create=creates)
        return self._db

    @property
    def target(self) -> str:
        """The path or URL the user named (``--db``, ``$INTERVIEW_PLANNER_DB`` or the default)."""
        from interview_planner.paths import default_db_target

        return str(self.args.db or default_db_target())

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit(self, data: Any, text: str) -> None:
        """Print ``data`` as JSON with ``--json``, else the human text."""
        if self.json:
            print(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False))
        elif text:
            print(safe_for_terminal(text))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _ensure_default_folder(target: str) -> None:
    from pathlib import Path

    if "://" not in target:
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)


def to_jsonable(data: Any) -> Any:
    if hasattr(data, "model_dump"):
        return data.model_dump(mode="json")
    if isinstance(data, dict):
        return {k: to_jsonable(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [to_jsonable(v) for v in data]
    return data


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def print_error(message: str) -> None:
    print(f"interview-planner: error: {safe_for_terminal(message)}", file=sys.stderr)


# Control characters (C0 but newline and tab, DEL, C1) and the bidirectional overrides that can hide
# or reorder text: escape sequences from a posting or a name would otherwise drive the terminal.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_for_terminal(text: str) -> str:
    """``text`` with every control character shown as a visible escape (``\\x1b``), never sent raw."""
    return _UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def padded(text: str, width: int) -> str:
    """``text`` fitted to ``width`` terminal columns: padded with spaces, or cut with "…" when wider. A Chinese,
    Japanese or Korean character takes two columns ("TypeScriptでの開発" is 24 columns wide, not 14), so a column
    after it stays in line."""
    widths = [
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text
    ]
    if sum(widths) > width:
        kept, used = 0, 0
        while kept < len(text) and used + widths[kept] <= width - 1:  # (one column for the "…")
            used += widths[kept]
            kept += 1
        cut = text[:kept].rstrip()
        return cut + "…" + " " * (width - sum(widths[: len(cut)]) - 1)
    return text + " " * (width - sum(widths))
