"""Named paragraph styles, colours and table styles, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from interview_planner.pdf.fonts import Fonts, load_fonts


class Palette:
    """The colours of every document (fills light enough to print text on)."""

    ink: colors.Color = colors.HexColor("#1F2933")
    muted: colors.Color = colors.HexColor("#616E7C")
    rule: colors.Color = colors.HexColor("#C3CAD3")
    faint: colors.Color = colors.HexColor("#E4E8ED")
    band: colors.Color = colors.HexColor("#F2F4F7")
    accent: colors.Color = colors.HexColor("#1D4E89")
    accent_light: colors.Color = colors.HexColor("#E1EAF5")
    ok: colors.Color = colors.HexColor("#276738")
    ok_fill: colors.Color = colors.HexColor("#D8EEDC")
    warn: colors.Color = colors.HexColor("#8A5A00")
    warn_fill: colors.Color = colors.HexColor("#FBE8B8")
    bad: colors.Color = colors.HexColor("#A8231A")
    bad_fill: colors.Color = colors.HexColor("#F5C9C3")


PALETTE = Palette()


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    question: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    label: ParagraphStyle
    label_next: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    head_right: ParagraphStyle
    bullet: ParagraphStyle
    banner: ParagraphStyle
    banner_note: ParagraphStyle


@cache
def get_styles() -> Styles:
    """The stylesheet every document uses (fonts registered on first call)."""
    fonts = load_fonts()
    regular, bold = fonts.regular.primary, fonts.bold.primary
    body = _style("body", regular, 9.5, 13.5, spaceAfter=4)
    lead = _style("lead", regular, 10.5, 14.5, spaceAfter=4)
    label = _style("label", bold, 7.5, 10, textColor=PALETTE.muted, spaceBefore=4, spaceAfter=2)
    cell = _style("cell", regular, 8.5, 11)
    head = _style("head", bold, 8, 10, textColor=colors.white)
    return Styles(
        fonts=fonts,
        kicker=_style("kicker", bold, 8, 10, textColor=PALETTE.accent, spaceAfter=2),
        title=_style("title", bold, 20, 24, spaceAfter=2),
        subtitle=_style("subtitle", regular, 11.5, 15, textColor=PALETTE.muted, spaceAfter=2),
        meta=_style("meta", regular, 7.5, 10, textColor=PALETTE.muted, spaceAfter=10),
        h1=_heading("h1", bold, 14, 18, before=14, after=6),
        h2=_heading("h2", bold, 11.5, 15, before=12, after=3),
        h3=_heading("h3", bold, 9.5, 12.5, before=8, after=2),
        body=body,
        lead=lead,
        question=ParagraphStyle("question", parent=lead, keepWithNext=1),
        small=_style("small", regular, 8, 10.5, spaceAfter=2),
        note=_style("note", regular, 8, 10.5, textColor=PALETTE.muted, spaceBefore=3, spaceAfter=2),
        label=label,
        label_next=ParagraphStyle("label_next", parent=label, keepWithNext=1),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=head,
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        bullet=ParagraphStyle("bullet", parent=cell, leftIndent=9, bulletIndent=0),
        banner=_style("banner", bold, 16, 20, textColor=colors.white, alignment=TA_CENTER),
        banner_note=_style("banner_note", regular, 9, 12, textColor=colors.white, alignment=TA_CENTER),
    )


def _style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
    extra.setdefault("textColor", PALETTE.ink)
    extra.setdefault("bulletFontName", font)
    extra.setdefault("embeddedHyphenation", 1)  # break "architecture-deep-dive" at its hyphens
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **extra)


def _heading(name: str, font: str, size: float, leading: float, *, before: float, after: float) -> ParagraphStyle:
    return _style(
        name,
        font,
        size,
        leading,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=1,
        textColor=PALETTE.accent if name == "h1" else PALETTE.ink,
    )


def grid_style(*, header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """The style of a data table: dark header row, hairlines, optional zebra stripes."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, PALETTE.rule),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), PALETTE.accent),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra and rows:
        commands += [("BACKGROUND", (0, row), (-1, row), PALETTE.band) for row in range(header_rows + 1, rows, 2)]
    return TableStyle(commands)
