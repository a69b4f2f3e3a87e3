"""User text on its way to the page: escaping, right-to-left ordering, font runs.

Every string that came from a user passes through :func:`markup` (for a
``Paragraph``) or :func:`draw_text` (straight onto the canvas). Both

1. put right-to-left text (Arabic, Hebrew) in visual order, Arabic shaped
   into its joined forms (reportlab does neither by itself);
2. split the text into runs, each in the first font of the chain that has
   glyphs for it (see :mod:`interview_planner.pdf.fonts`);
3. for markup, escape ``&``, ``<`` and ``>`` so a name like ``<b>`` prints
   literally instead of turning bold.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape as _xml_escape

import arabic_reshaper
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from interview_planner.pdf.fonts import FontChain

try:  # python-bidi >= 0.5
    from bidi import get_display
except ImportError:  # pragma: no cover - older python-bidi
    from bidi.algorithm import get_display

REPLACEMENT = "\ufffd"  # drawn where no bundled font has a glyph, so nothing vanishes silently
_RTL_CLASSES = frozenset({"R", "AL"})

Run = tuple[str, str]  # (font name, text)


def escape(text: str) -> str:
    """Escape text for reportlab's paragraph markup."""
    return _xml_escape(text)


def has_rtl(text: str) -> bool:
    if text.isascii():  # the common case, without a Unicode lookup per character
        return False
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def visual_order(line: str) -> str:
    """One line of text in the order it is drawn, left to right (Arabic shaped)."""
    if not has_rtl(line):
        return line
    return str(get_display(arabic_reshaper.reshape(line)))


def font_runs(text: str, chain: FontChain) -> list[Run]:
    """Split already-ordered text into runs of one font each."""
    if chain.primary_covers_all(text):
        return [(chain.primary, text)] if text else []
    runs: list[Run] = []
    for char in text:
        name, char = _font_for(char, runs[-1][0] if runs else None, chain)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def _font_for(char: str, current: str | None, chain: FontChain) -> tuple[str, str]:
    """The font for one character; spaces and combining marks stay in the current run."""
    if current and _joins_run(char) and chain.covers(current, char):
        return current, char
    name = chain.first_covering(char)
    if name is None:
        return chain.primary, REPLACEMENT
    return name, char


def _joins_run(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("M")


def markup(text: str, chain: FontChain) -> str:
    """Paragraph markup for user text: escaped, ordered, fallback runs in <font> tags."""
    return "<br/>".join(_line_markup(visual_order(line), chain) for line in text.splitlines())


def _line_markup(line: str, chain: FontChain) -> str:
    parts = []
    for name, run in font_runs(line, chain):
        if name == chain.primary:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{name}">{escape(run)}</font>')
    return "".join(parts)


def text_width(text: str, chain: FontChain, size: float) -> float:
    runs = font_runs(visual_order(text), chain)
    return sum(stringWidth(run, name, size) for name, run in runs)


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    chain: FontChain,
    size: float,
    *,
    align: str = "left",
) -> None:
    """Draw one line of user text on the canvas with per-run fonts (align: left/right/center)."""
    runs = font_runs(visual_order(text), chain)
    width = sum(stringWidth(run, name, size) for name, run in runs)
    x -= {"left": 0.0, "right": width, "center": width / 2}[align]
    for name, run in runs:
        canv.setFont(name, size)
        canv.drawString(x, y, run)
        x += stringWidth(run, name, size)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (for outline titles and footers)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit_width(text: str, chain: FontChain, size: float, width: float) -> str:
    """``text`` as long as fits ``width`` points: cut at the end with an ellipsis when it does not fit."""
    if text_width(text, chain, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with its ellipsis: a binary search on its length
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", chain, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""
