"""Scorecard: see docs/architecture.md."""
