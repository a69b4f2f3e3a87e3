"""Fixtures of the service tests: the team of logins on a PostgreSQL server (tests/team_support.py)."""

from team_support import a_team  # noqa: F401  (a fixture)
