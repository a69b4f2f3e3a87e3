"""Packet content computed as plain data (tested as data); ``interview_planner.pdf`` renders it."""
