"""Logging to a file in the user data folder; bugs are written there with their traceback."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from interview_planner.paths import user_data_dir

LOG_NAME = "interview-planner.log"


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


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
        logger.error("unexpected error\n%s", "".join(traceback.format_exception(exc)))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path
