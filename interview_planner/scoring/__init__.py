"""Scoring over plain data: the decision policy, the decision rule and calibration."""
