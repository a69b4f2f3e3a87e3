"""What every command shares: the open database, JSON or text output, errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interview_planner.db.database import Database

COMMAND_MODULES = ("setup", "content", "planning", "scoring", "maintenance", "team", "fairness")


class CliContext:
    """Lazily opens the database named by ``--db`` (or the default)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from interview_planner.db.database import Database
            from interview_planner.paths import default_db_target

            target = self.args.db or default_db_target()
            if self.args.db is None:
                _ensure_default_folder(target)
            self._db = Database.open(target)
        return self._db

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit(self, data: Any, text: str) -> None:
        """Print ``data`` as JSON with ``--json``, else the human text."""
        if self.json:
            print(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False))
        elif text:
            print(text)

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
    print(f"interview-planner: error: {message}", file=sys.stderr)
