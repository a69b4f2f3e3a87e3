"""The user's preferences: a typed, versioned model stored as JSON.

Preferences are what the user chose (paper size, recent databases...); how
the windows were last laid out is UI state and lives elsewhere (QSettings in
the Qt layer), so resetting one never loses the other.

Loading never fails: a missing file gives the defaults, a corrupt one is
kept aside under a new name (so nothing the user wrote is lost) and the
defaults are used; a field with a bad value falls back to its default alone.
Saving is atomic (a temporary file in the same folder, then ``os.replace``),
so a crash mid-write leaves the previous file intact.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from interview_planner.paths import user_config_dir

SCHEMA_VERSION = 1
MAX_RECENT = 10
FILE_NAME = "settings.json"

log = logging.getLogger(__name__)

# Upgrades from version n to n + 1, applied in order to the raw JSON mapping.
Migrator = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migrator] = {}


class Settings(BaseModel):
    """Preferences the user sets; every field has a safe default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    recent_databases: list[str] = Field(default_factory=list, description="Most recent first.")
    paper: Literal["a4", "letter"] = "a4"
    theme: Literal["system", "light", "dark"] = Field(
        default="system", description="The app's colours: the desktop's scheme, or always light or dark."
    )
    default_database: str | None = Field(
        default=None, description="The database opened when none is named (--db and the environment win)."
    )
    backups_keep: int = Field(default=10, ge=1, le=1000, description="Automatic backups kept beside the database.")
    retention_days: int | None = Field(
        default=None,
        ge=1,
        le=36_500,
        description="Erase or anonymise candidates this many days after their decision (off if unset).",
    )
    retention_action: Literal["erase", "anonymise"] = "anonymise"
    records_keep_days: int = Field(
        default=1461,
        ge=1,
        le=36_500,
        description="Keep the pseudonymised decision record of a candidate retention removed this many days "
        "after the decision (default four years).",
    )
    # Edits are saved as they happen (scorecards half a second after typing stops), so there is no
    # autosave switch or interval: old files' "autosave" and "autosave_seconds" are ignored.

    @field_validator("recent_databases")
    @classmethod
    def _distinct_and_bounded(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(v for v in value if v))[:MAX_RECENT]

    def with_recent(self, database: str) -> Settings:
        """A copy with ``database`` moved to the top of the recent list."""
        return self.model_copy(update={"recent_databases": _recent([database, *self.recent_databases])})

    def without_recent(self, database: str) -> Settings:
        return self.model_copy(update={"recent_databases": [d for d in self.recent_databases if d != database]})


def _recent(values: list[str]) -> list[str]:
    # model_copy(update=...) skips validation, so bound the list here as well.
    return list(dict.fromkeys(v for v in values if v))[:MAX_RECENT]


def settings_path() -> Path:
    return user_config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The stored settings, or the defaults if there are none or they are unreadable."""
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        return _set_aside(path, f"unreadable ({exc})")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _set_aside(path, f"not JSON ({exc})")
    if not isinstance(data, dict):
        return _set_aside(path, "not a JSON object")
    return _validated(_migrated(data), path)


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically; return the file written."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = settings.model_dump_json(indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _migrated(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", 1)
    if not isinstance(version, int):
        version = 1
    while version in MIGRATIONS:
        data = MIGRATIONS[version](dict(data))
        version += 1
    # A newer file keeps what this version understands; the rest is ignored.
    data["schema_version"] = SCHEMA_VERSION
    return data


def _validated(data: dict[str, Any], path: Path) -> Settings:
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
        log.warning("%s: resetting invalid settings %s to their defaults", path, sorted(bad))
        _keep_copy(path)
        return Settings.model_validate({k: v for k, v in data.items() if k not in bad})


def _set_aside(path: Path, reason: str) -> Settings:
    copy = _keep_copy(path)
    log.warning("%s: %s; using the default settings (the file was kept as %s)", path, reason, copy)
    return Settings()


def _keep_copy(path: Path) -> Path | None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    copy = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    try:
        copy.write_bytes(path.read_bytes())
    except OSError:
        return None
    return copy
