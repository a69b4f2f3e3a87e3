"""Candidates: see docs/architecture.md."""
