"""A plain helper for the migration tests of both engines: the migrated schema is the models' schema."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from interview_planner.db.models import ALL_TABLES


def assert_tables_match_the_models(engine: Engine, *, check_types: bool = False) -> None:
    """Every model table has exactly its columns (nullability, optionally type) and its indexes' columns."""
    inspector = inspect(engine)
    for table in ALL_TABLES:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            found = columns[column.name]
            assert bool(found["nullable"]) == bool(column.nullable) or column.primary_key, (table.name, column.name)
            if check_types:
                assert found["type"]._type_affinity is column.type._type_affinity, (table.name, column.name)
        indexes = {i["name"]: i["column_names"] for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            assert indexes.get(str(index.name)) == [c.name for c in index.columns], (table.name, index.name)


def schema_of(engine: Engine) -> dict[str, dict[str, object]]:
    """Everything the database says about each model table, in one comparable shape.

    Columns (type, nullability, server default), primary key, foreign keys (columns, target and options
    such as ON DELETE), UNIQUE and CHECK constraints (name and condition as the engine words it), and
    indexes (name, columns, uniqueness). PostgreSQL's NOT VALID mark on a check is left out: migration 6
    adds them so, a table built from the models has them valid, and both enforce them on every write.
    """
    inspector = inspect(engine)
    out: dict[str, dict[str, object]] = {}
    for table in ALL_TABLES:
        name = table.name
        out[name] = {
            "columns": {
                c["name"]: (str(c["type"]), bool(c["nullable"]), c.get("default")) for c in inspector.get_columns(name)
            },
            "primary key": inspector.get_pk_constraint(name)["constrained_columns"],
            "foreign keys": sorted(
                (
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    tuple(f["referred_columns"]),
                    tuple(sorted((f.get("options") or {}).items())),
                )
                for f in inspector.get_foreign_keys(name)
            ),
            "unique": sorted(
                (str(u["name"]), tuple(u["column_names"])) for u in inspector.get_unique_constraints(name)
            ),
            "checks": sorted((str(c["name"]), str(c["sqltext"])) for c in inspector.get_check_constraints(name)),
            "indexes": sorted(
                (str(i["name"]), tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(name)
            ),
        }
    return out


def schema_differences(found: dict[str, dict[str, object]], expected: dict[str, dict[str, object]]) -> list[str]:
    """One line per difference: ``table.column`` or ``table aspect``, with what each side has."""
    lines: list[str] = []
    for table in sorted(set(found) | set(expected)):
        mine, theirs = found.get(table, {}), expected.get(table, {})
        for aspect in sorted(set(mine) | set(theirs)):
            a, b = mine.get(aspect), theirs.get(aspect)
            if a == b:
                continue
            if aspect == "columns" and isinstance(a, dict) and isinstance(b, dict):
                lines += [
                    f"{table}.{col}: database {a.get(col)} / models {b.get(col)}"
                    for col in sorted(set(a) | set(b))
                    if a.get(col) != b.get(col)
                ]
            else:
                lines.append(f"{table} {aspect}: database {a} / models {b}")
    return lines


def triggers_of(engine: Engine) -> set[tuple[str, str]]:
    """(table, trigger) pairs the database holds (PostgreSQL: the user-defined ones)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("SELECT tbl_name, name FROM sqlite_schema WHERE type = 'trigger'")
        else:
            rows = conn.exec_driver_sql(
                "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal"
            )
        return {(str(table), str(name)) for table, name in rows}
