"""Rubrics: see docs/architecture.md."""
