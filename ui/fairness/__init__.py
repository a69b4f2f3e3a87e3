"""Fairness: the adverse-impact report and voluntary self-identification (docs/fairness.md)."""
