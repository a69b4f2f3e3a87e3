"""Debrief: see docs/architecture.md."""
