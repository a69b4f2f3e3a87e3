"""Where things live on disk: the default database and the user's folders."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV_VAR = "INTERVIEW_PLANNER_DB"
DATA_ENV_VAR = "INTERVIEW_PLANNER_DATA_DIR"
DEFAULT_DB_NAME = "interview-planner.db"


def user_data_dir() -> Path:
    """The per-user data folder (platformdirs), overridable for tests and portable installs."""
    override = os.environ.get(DATA_ENV_VAR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("interview-loop-planner", appauthor=False))


def user_config_dir() -> Path:
    override = os.environ.get(DATA_ENV_VAR)
    if override:
        return Path(override) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir("interview-loop-planner", appauthor=False))


def default_db_target() -> str:
    """``--db`` default: the environment variable, else the one chosen in the settings, else the file
    in the user data folder."""
    from interview_planner.settings import load

    return os.environ.get(DB_ENV_VAR) or load().default_database or str(user_data_dir() / DEFAULT_DB_NAME)


def data_file(name: str) -> Path:
    """A file shipped in ``interview_planner/data`` (catalogue, templates, migrations, fonts)."""
    return Path(__file__).resolve().parent / "data" / name
