"""The user's settings file: defaults, round trip, tolerance of damage, atomic saves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from interview_planner import settings as settings_mod
from interview_planner.settings import (
    MAX_RECENT,
    SCHEMA_VERSION,
    Settings,
    load,
    save,
    settings_path,
)


def _corrupt_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.corrupt-*.json"))


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load(tmp_path / "settings.json")
    assert loaded == Settings()
    assert loaded.schema_version == SCHEMA_VERSION
    assert loaded.paper == "a4"


def test_default_location_is_the_user_config_folder(_isolated_user_dirs: Path) -> None:
    assert settings_path() == _isolated_user_dirs / "config" / "settings.json"
    written = save(Settings(paper="letter"))
    assert written == settings_path()
    assert load().paper == "letter"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = Settings(paper="letter", theme="dark", recent_databases=["/a.db", "/b.db"])
    save(original, path)
    assert load(path) == original
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_save_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "settings.json"
    save(Settings(), path)
    assert path.exists()


def test_corrupt_json_falls_back_to_defaults_and_keeps_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    assert load(path) == Settings()
    copies = _corrupt_copies(tmp_path)
    assert len(copies) == 1
    assert copies[0].read_text(encoding="utf-8") == "{ not json"


@pytest.mark.parametrize("content", ["[1, 2]", '"text"', "null"])
def test_json_that_is_not_an_object_is_set_aside(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert load(path) == Settings()
    assert len(_corrupt_copies(tmp_path)) == 1


def test_binary_garbage_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load(path) == Settings()
    assert len(_corrupt_copies(tmp_path)) == 1


def test_one_bad_field_only_resets_that_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"schema_version": 1, "paper": "a5", "recent_databases": ["/x.db"]}),
        encoding="utf-8",
    )
    loaded = load(path)
    assert loaded.paper == "a4"
    assert loaded.recent_databases == ["/x.db"]
    assert len(_corrupt_copies(tmp_path)) == 1


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 99, "paper": "letter", "future": True}), encoding="utf-8")
    loaded = load(path)
    assert loaded.paper == "letter"
    assert loaded.schema_version == SCHEMA_VERSION


def test_migrations_run_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def v0_to_v1(data: dict[str, object]) -> dict[str, object]:
        data["paper"] = data.pop("paper_size")
        return data

    monkeypatch.setitem(settings_mod.MIGRATIONS, 0, v0_to_v1)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 0, "paper_size": "letter"}), encoding="utf-8")
    assert load(path).paper == "letter"


def test_recent_databases_are_distinct_and_bounded() -> None:
    many = [f"/db{i}.db" for i in range(MAX_RECENT + 5)]
    settings = Settings(recent_databases=[*many, many[0]])
    assert settings.recent_databases == many[:MAX_RECENT]


def test_with_recent_moves_to_top_and_bounds() -> None:
    settings = Settings(recent_databases=[f"/db{i}.db" for i in range(MAX_RECENT)])
    updated = settings.with_recent("/db5.db").with_recent("/new.db")
    assert updated.recent_databases[:2] == ["/new.db", "/db5.db"]
    assert len(updated.recent_databases) == MAX_RECENT
    assert settings.recent_databases[0] == "/db0.db"  # the original is untouched
    assert updated.without_recent("/new.db").recent_databases[0] == "/db5.db"


def test_save_is_atomic_when_the_write_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save(Settings(paper="letter"), path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save(Settings(paper="a4"), path)
    assert load(path).paper == "letter"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left


def test_the_default_database_setting_is_used_unless_the_environment_names_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_planner import paths

    monkeypatch.delenv(paths.DB_ENV_VAR, raising=False)
    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "config")
    monkeypatch.setattr("interview_planner.settings.user_config_dir", lambda: tmp_path / "config")
    assert paths.default_db_target().endswith(paths.DEFAULT_DB_NAME)
    save(Settings(default_database=str(tmp_path / "team.db")))
    assert paths.default_db_target() == str(tmp_path / "team.db")
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "env.db"))
    assert paths.default_db_target() == str(tmp_path / "env.db")


def test_old_autosave_fields_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"autosave": False, "autosave_seconds": 30, "paper": "letter"}), encoding="utf-8")
    loaded = load(path)
    assert loaded.paper == "letter" and loaded.theme == "system"
    assert "autosave" not in loaded.model_dump()
