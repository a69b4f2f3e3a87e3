"""Loop designer: see docs/architecture.md."""
