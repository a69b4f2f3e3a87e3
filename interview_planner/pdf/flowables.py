"""Small flowables the documents share: paragraphs, bookmarked headings, ruled note space."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _ReportlabParagraph

from interview_planner.pdf.fonts import FontChain
from interview_planner.pdf.styles import PALETTE
from interview_planner.pdf.text import draw_text, shorten, text_width

ROTATED_LIMIT = 30  # characters of a turned column header


class Paragraph(_ReportlabParagraph):
    """A reportlab paragraph that parses its markup and breaks its lines once per process.

    Platypus wraps a flowable several times for one layout (a ``KeepTogether``
    measures its content, the frame wraps it again to place it, a table wraps
    the flowables of a cell for its row height and again to draw them), and the
    packets of a loop repeat most of their text (rubrics, questions, labels)
    for every candidate. Parsing the markup and breaking the lines depend only
    on the text, the style and the width, and are most of the cost of a
    document, so both results are kept in :data:`LAYOUT_CACHE` and shared by
    every paragraph with the same text and style. Splitting a paragraph across
    pages changes its lines in place (reportlab adds the spaces a line break
    took), so a paragraph breaks a private copy of its lines before it splits.
    """

    _cache_key: tuple[object, ...] | None = None
    _wrapped_for: float | None = None
    width: float
    height: float

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is not None or text is None:  # the halves of a split paragraph: nothing to share
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, style, bulletText, self.caseSensitive)
        parsed = LAYOUT_CACHE.parsed.get(key)
        if parsed is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            LAYOUT_CACHE.remember_parse(key, (self.text, self.frags, self.style, self.bulletText))
        else:
            self.text, self.frags, self.style, self.bulletText = parsed
            self.debug = 0
        self._cache_key = key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_for and "blPara" in self.__dict__:  # split() may drop blPara
            return self.width, self.height
        key = None if self._cache_key is None or "autoLeading" in self.__dict__ else (self._cache_key, availWidth)
        lines = LAYOUT_CACHE.lines.get(key) if key is not None else None
        if lines is not None:
            self.width = availWidth
            self._wrapWidths, self.blPara, self.height = lines
            self._wrapped_for = availWidth
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if height != 0x7FFFFFFF else None
        if key is not None and self._wrapped_for is not None:
            LAYOUT_CACHE.remember_lines(key, (self._wrapWidths, self.blPara, self.height))
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._cache_key is not None and "blPara" in self.__dict__:
            # The split edits the lines in place: break a private copy, for the width they were broken for
            # (reportlab splits the lines of the last wrap, whatever width the split is asked for).
            self._wrapped_for = None
            del self.blPara
            _ReportlabParagraph.wrap(self, self.width, availHeight)
        return super().split(availWidth, availHeight)


class LayoutCache:
    """Parsed markup and broken lines of paragraphs, shared by every document this process renders.

    Bounded: when either table reaches :attr:`limit` entries it starts afresh
    (a loop's packets need a few thousand).
    """

    limit = 20_000

    def __init__(self) -> None:
        self.parsed: dict[tuple[object, ...], tuple[Any, Any, Any, Any]] = {}  # text, frags, style, bullet
        self.lines: dict[tuple[object, ...], tuple[Any, Any, float]] = {}  # wrap widths, lines, height

    def remember_parse(self, key: tuple[object, ...], value: tuple[Any, Any, Any, Any]) -> None:
        if len(self.parsed) >= self.limit:
            self.parsed.clear()
        self.parsed[key] = value

    def remember_lines(self, key: tuple[object, ...], value: tuple[Any, Any, float]) -> None:
        if len(self.lines) >= self.limit:
            self.lines.clear()
        self.lines[key] = value

    def clear(self) -> None:
        self.parsed.clear()
        self.lines.clear()


LAYOUT_CACHE = LayoutCache()


class SectionHeading(Paragraph):
    """A heading that adds itself to the PDF outline (bookmarks) where it is drawn."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, title: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.key = key
        self.outline_title = title
        self.level = level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading never splits: it moves to the next page whole

    def draw(self) -> None:
        super().draw()
        _x, top = self.canv.absolutePosition(0, self.height)
        self.canv.bookmarkPage(self.key, fit="XYZ", top=top + 4)
        self.canv.addOutlineEntry(self.outline_title, self.key, level=self.level)


class RuledLines(Flowable):
    """Space for handwritten notes: ``count`` faint lines across the frame."""

    def __init__(self, count: int, *, gap: float = 17.0) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.gap + 2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int((availHeight - 2) // self.gap)
        if fits < 2 or fits >= self.count:
            return []
        return [RuledLines(fits, gap=self.gap), RuledLines(self.count - fits, gap=self.gap)]

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(PALETTE.rule)
        canv.setLineWidth(0.4)
        for row in range(self.count):
            y = self.height - (row + 1) * self.gap
            canv.line(0, y, self.width, y)
        canv.restoreState()


class RotatedLabel(Flowable):
    """Column header text turned to read upwards, for the narrow columns of a matrix."""

    def __init__(self, lines: Sequence[tuple[str, FontChain]], *, size: float, colour: Color) -> None:
        super().__init__()
        self.lines = [(shorten(text, ROTATED_LIMIT), chain) for text, chain in lines]
        self.size, self.colour = size, colour
        self.leading = size * 1.2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = len(self.lines) * self.leading
        self.height = max(text_width(text, chain, self.size) for text, chain in self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.colour)
        canv.rotate(90)  # x now points up the page, y to the left
        for index, (text, chain) in enumerate(self.lines):
            baseline = (index + 1) * self.leading - 0.25 * self.size
            draw_text(canv, 0, -baseline, text, chain, self.size)
        canv.restoreState()
