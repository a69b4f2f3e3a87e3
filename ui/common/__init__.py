"""Common: see docs/architecture.md."""
