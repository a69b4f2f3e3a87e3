"""Small flowables the documents share: paragraphs, bookmarked headings, ruled note space."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _ReportlabParagraph

from interview_planner.pdf.fonts import FontChain
from interview_planner.pdf.styles import PALETTE
from interview_planner.pdf.text import draw_text, shorten, text_width

ROTATED_LIMIT = 30  # characters of a turned column header


class Paragraph(_ReportlabParagraph):
    """A reportlab paragraph that does not break its lines again for the width it last had.

    Platypus wraps a flowable several times for one layout (a ``KeepTogether``
    measures its content, the frame wraps it again to place it, a table wraps
    the flowables of a cell for its row height and again to draw them); line
    breaking depends only on the width and is most of the cost of a document.
    ``split`` makes new paragraphs, so a cached result never outlives its text.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_for and "blPara" in self.__dict__:  # split() may drop blPara
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth if height != 0x7FFFFFFF else None
        return width, height


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
