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
