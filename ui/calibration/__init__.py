"""Calibration: see docs/architecture.md."""
