"""Story pieces the three documents share: title block, headings, lists, tables.

Every function that takes user text runs it through :func:`para`, which
escapes it and picks fonts per run; our own labels may carry markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from interview_planner.pdf.flowables import Paragraph, RotatedLabel, SectionHeading
from interview_planner.pdf.styles import PALETTE, Styles, grid_style
from interview_planner.pdf.text import markup

Cell: TypeAlias = Flowable | str | list[Flowable]
Command: TypeAlias = tuple[Any, ...]  # a TableStyle command
LONG_CELL_CHARS = 1800  # a cell with more text than this may be taller than a page


def is_long(*texts: str) -> bool:
    """Whether a cell holding ``texts`` may not fit on one page (the row must split inside)."""
    return sum(len(text) for text in texts) > LONG_CELL_CHARS


def chain_for(style: ParagraphStyle, styles: Styles):
    bold = style.fontName == styles.fonts.bold.primary
    return styles.fonts.bold if bold else styles.fonts.regular


def para(text: str, style: ParagraphStyle, styles: Styles, **kwargs: object) -> Paragraph:
    """A paragraph of user text: escaped, right-to-left ordered, fallback fonts per run."""
    return Paragraph(markup(text, chain_for(style, styles)), style, **kwargs)


def text(text: str, styles: Styles) -> str:
    """User text as markup for the regular body font (to embed in our own markup)."""
    return markup(text, styles.fonts.regular)


def title_block(styles: Styles, *, kicker: str, title: str, subtitle: str, meta: str) -> list[Flowable]:
    return [
        Paragraph(kicker.upper(), styles.kicker),
        para(title, styles.title, styles),
        para(subtitle, styles.subtitle, styles),
        Paragraph(meta, styles.meta),
    ]


def section(title: str, styles: Styles, *, key: str) -> SectionHeading:
    """A top-level section heading that is also a bookmark."""
    return SectionHeading(title, styles.h1, key=key, title=title, level=0)


def section_over_table(title: str, styles: Styles, *, key: str, min_space: float = 160) -> list[Flowable]:
    """A section heading for a long table: it starts a new page only when less than ``min_space`` points
    are left, instead of keeping the whole table with it (which would leave most of a page blank)."""
    loose = ParagraphStyle(f"{styles.h1.name}_loose", parent=styles.h1, keepWithNext=0)
    return [CondPageBreak(min_space), SectionHeading(title, loose, key=key, title=title, level=0)]


def bullets(items: Sequence[str], styles: Styles, style: ParagraphStyle | None = None) -> list:
    style = style or styles.bullet
    return [para(item, style, styles, bulletText="•") for item in items]


def tag(label: str, colour: object, styles: Styles) -> str:
    """A short coloured label (e.g. MUST) inside paragraph markup."""
    return f'<font name="{styles.fonts.bold.primary}" size="6.5" color="{colour}">{label}</font>'


def keep_together(flowables: list[Flowable]) -> list[Flowable]:
    """Keep a short group on one page; a group with a table that splits inside rows flows."""
    if any(isinstance(item, Table) and item.splitInRow for item in flowables):
        return flowables
    return [KeepTogether(flowables)]


def priority_tag(priority: str, styles: Styles) -> str:
    """MUST-HAVE in red or NICE-TO-HAVE in grey (the words carry it in greyscale too)."""
    if priority == "must":
        return tag("MUST-HAVE", PALETTE.bad, styles)
    return tag("NICE-TO-HAVE", PALETTE.muted, styles)


def data_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    extra: Sequence[Command] = (),
    split_in_row: bool = False,
) -> Table:
    """A table whose first row is a header repeated on every page it spans.

    ``split_in_row`` lets a row taller than a page (a long rubric) split inside.
    """
    table = Table(
        rows,
        colWidths=list(widths),
        repeatRows=1,
        hAlign="LEFT",
        splitByRow=int(not split_in_row),  # splitting inside rows fills each page
        splitInRow=int(split_in_row),
    )
    style = grid_style(rows=len(rows))
    for command in extra:
        style.add(*command)
    table.setStyle(style)
    return table


def header_row(labels: Sequence[str], styles: Styles, *, right_from: int = -1, right_to: int = -1) -> list[Cell]:
    """Header cells; those from ``right_from`` to ``right_to`` are right-aligned (numbers)."""
    return [
        Paragraph(label, styles.head_right if right_from <= i <= right_to else styles.head)
        for i, label in enumerate(labels)
    ]


def turned(lines: Sequence[str], styles: Styles) -> RotatedLabel:
    """A header turned upwards: the first line bold, the others regular."""
    fonts = styles.fonts
    chains = [fonts.bold] + [fonts.regular] * (len(lines) - 1)
    return RotatedLabel(list(zip(lines, chains, strict=True)), size=7, colour=colors.white)


def fact_table(pairs: Sequence[tuple[str, str]], width: float, styles: Styles) -> Table:
    """Label/value pairs, two pairs to a row (the cover block)."""
    cells = [[Paragraph(label.upper(), styles.label), para(value, styles.body, styles)] for label, value in pairs]
    rows = [cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""]) for i in range(0, len(cells), 2)]
    label_w = 0.17 * width
    table = Table(rows, colWidths=[label_w, width / 2 - label_w] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), PALETTE.band),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, PALETTE.accent),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, PALETTE.faint),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def box(content: list[Flowable], width: float, *, fill: object, border: object) -> Table:
    """Content in a tinted box with a coloured left rule (callouts, decisions)."""
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table
