"""Tabular exports (CSV) that are safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula: a leading = + - @ (or tab/CR) gets a quote prefix."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return out.getvalue()


def decision_csv(data: object) -> str:
    """The consolidated ratings grid: one row per skill, one column per interviewer and stage."""
    result = data.result  # type: ignore[attr-defined]
    columns = [(o.interviewer, o.stage) for o in result.overall]
    header = ["skill", "priority", "mean", *[f"{who} ({stage})" for who, stage in columns]]
    rows = []
    for skill in result.skills:
        by = {(r.interviewer, r.stage): r.rating for r in skill.ratings}
        rows.append(
            [
                skill.name,
                skill.priority,
                "" if skill.mean is None else f"{skill.mean:.2f}",
                *["" if by.get(c) is None else by[c] for c in columns],
            ]
        )
    rows.append(
        [
            "overall recommendation",
            "",
            "" if result.overall_mean is None else f"{result.overall_mean:.2f}",
            *[o.recommendation or "" for o in result.overall],
        ]
    )
    rows.append(["decision", result.decision, "", *["" for _ in columns]])
    return to_csv(header, rows)
