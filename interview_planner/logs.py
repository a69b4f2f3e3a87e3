"""Logging to a file in the user data folder; bugs are written there with their traceback.

No hiring data reaches the log (docs/privacy.md): SQL parameters are never part of a database
error (the engines run with ``hide_parameters=True``), and a bug is logged as its traceback's
frames and the exception's *type* only; its message, which may quote a name, an email, evidence
or notes, stays on the screen. :func:`scrub` removes older lines that name an erased candidate.
"""

from __future__ import annotations

import logging
import os
import tempfile
import traceback
from collections.abc import Iterable
from pathlib import Path

from interview_planner.paths import user_data_dir

LOG_NAME = "interview-planner.log"


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


def describe(exc: BaseException) -> str:
    """A bug's traceback without any message text: frames (file, line, function, code) and types."""
    out: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.format_list(traceback.extract_tb(current.__traceback__))
        out.append(f"{type(current).__module__}.{type(current).__qualname__} (message withheld)\n")
        out.extend(frames)
        statement = getattr(current, "statement", None)  # SQLAlchemy: the SQL, never its parameters
        if isinstance(statement, str):
            out.append(f"  SQL: {' '.join(statement.split())[:500]}\n")
        current = current.__cause__ or current.__context__
    return "".join(out)


def log_exception(exc: BaseException) -> Path:
    """Append the traceback of an unexpected error to the log file; return the file."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return Path("<no log file>")
    logger = logging.getLogger("interview_planner.bugs")
    logger.addHandler(handler)
    try:
        logger.error("unexpected error\n%s", describe(exc))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path


def scrub(terms: Iterable[str | None]) -> int:
    """Remove every log line naming one of ``terms`` (case-insensitive); return how many went.

    The file is rewritten beside itself and renamed over the old one, so a crash leaves either.
    """
    words = [t.casefold() for t in terms if t and len(t.strip()) >= 3]
    path = log_path()
    if not words or not path.is_file():
        return 0
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    kept = [line for line in lines if not any(w in line.casefold() for w in words)]
    if len(kept) == len(lines):
        return 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".scrub-", suffix=".log")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(kept)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(lines) - len(kept)
