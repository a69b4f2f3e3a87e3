"""Roles: see docs/architecture.md."""
