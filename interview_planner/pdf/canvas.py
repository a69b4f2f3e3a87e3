"""The numbered canvas: "Page X of Y" and the candidate's name in every footer.

Y is known only when the story is laid out, so the canvas holds every page
back (its drawing state) and draws the footers when it is saved. No page
count lives outside the canvas instance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from interview_planner.pdf.fonts import FontChain
from interview_planner.pdf.styles import PALETTE
from interview_planner.pdf.text import draw_text, fit_width, shorten, text_width

FOOTER_SIZE = 7.5
FOOTER_NAME_LIMIT = 80


@dataclass(frozen=True)
class Footer:
    """What every page's footer says besides the page number."""

    name: str  # the candidate (or the loop, for an overview without a candidate)
    document: str  # e.g. "Interviewer packet · Onsite: system design"
    chain: FontChain
    left: float  # page margins, in points
    right: float
    bottom: float


class NumberedCanvas(Canvas):
    """A canvas that writes "Page X of Y" and the footer on every page at save time."""

    def __init__(self, *args: Any, footer: Footer | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        self._first_page_ref = self._doc.pageCounter
        self.showOutline()

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        # Bookmarks and form widgets take "this page" from the document's page
        # counter, which reportlab only advances when a page is written: keep it
        # in step while the pages are held back.
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = len(self._held_pages)
        self._doc.pageCounter = self._first_page_ref
        for state in self._held_pages:
            self.__dict__.update(state)
            if self._footer is not None:  # None: a template, whose footers are stamped per copy (pdf/stamp.py)
                draw_footer(self, self._footer, self._pageNumber, total)
            super().showPage()
        super().save()


def draw_footer(canvas: Canvas, footer: Footer, page: int, total: int) -> None:
    """The footer of page ``page`` of ``total``: a rule, the name and document, the page number."""
    width = canvas._pagesize[0]
    y = footer.bottom * 0.55
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.rule)
    canvas.setLineWidth(0.5)
    canvas.line(footer.left, y + 10, width - footer.right, y + 10)
    canvas.setFillColor(PALETTE.muted)
    number = f"Page {page} of {total}"
    name, document = footer_texts(footer, width, number)
    draw_text(canvas, footer.left, y, name, footer.chain, FOOTER_SIZE)
    after_name = footer.left + text_width(name, footer.chain, FOOTER_SIZE)
    draw_text(canvas, after_name, y, document, footer.chain, FOOTER_SIZE)
    draw_text(canvas, width - footer.right, y, number, footer.chain, FOOTER_SIZE, align="right")
    canvas.restoreState()


FOOTER_GAP = 18.0  # points between the name and document and the page number
NAME_SHARE = 0.6  # a long name gets at most this share of the room when the document's name must be cut too


def footer_texts(footer: Footer, page_width: float, number: str) -> tuple[str, str]:
    """The name and the "  ·  document" part as printed: together they end before the page number.

    A loop named after a long posting title, with that title again in the document's name, ran under
    "Page 1 of 3" and off the page. The name keeps its start (at most 60% of the room when both must
    be cut), the document its start too.
    """
    size, chain = FOOTER_SIZE, footer.chain
    room = page_width - footer.left - footer.right - text_width(number, chain, size) - FOOTER_GAP
    name, document = shorten(footer.name, FOOTER_NAME_LIMIT), f"  ·  {footer.document}"
    if text_width(name + document, chain, size) <= room:
        return name, document
    name = fit_width(name, chain, size, max(room * NAME_SHARE, room - text_width(document, chain, size)))
    return name, fit_width(document, chain, size, room - text_width(name, chain, size))
