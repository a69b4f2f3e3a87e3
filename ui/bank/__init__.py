"""Bank: see docs/architecture.md."""
