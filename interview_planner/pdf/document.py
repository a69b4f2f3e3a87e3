"""Paper, page geometry, metadata and the build: a story in, PDF bytes out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from interview_planner import APP_NAME
from interview_planner.packets.model import Paper
from interview_planner.pdf.canvas import Footer, NumberedCanvas
from interview_planner.pdf.styles import get_styles

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 17 * mm
TOP_MARGIN = 15 * mm
BOTTOM_MARGIN = 20 * mm
FRAME_PADDING = 6  # reportlab's default frame padding, inside the margins


@dataclass(frozen=True)
class Page:
    """The page a story is laid out on."""

    paper: Paper

    @property
    def size(self) -> tuple[float, float]:
        try:
            return PAGE_SIZES[self.paper]
        except KeyError:
            raise ValueError(f"unknown paper {self.paper!r}: use 'a4' or 'letter'") from None

    @property
    def width(self) -> float:
        """The width flowables get inside the frame."""
        return self.size[0] - 2 * (MARGIN + FRAME_PADDING)


@dataclass(frozen=True)
class DocumentInfo:
    """The PDF metadata and the footer text."""

    title: str
    subject: str
    keywords: str
    app_version: str
    footer_name: str
    footer_document: str


def build_pdf(story: list[Flowable], *, info: DocumentInfo, page: Page, footers: bool = True) -> bytes:
    """Lay out ``story`` and return the PDF (same story, same bytes); without footers for a template
    whose copies get theirs stamped (pdf/stamp.py)."""
    buffer = io.BytesIO()
    signature = f"{APP_NAME} {info.app_version}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=signature,
        subject=info.subject,
        creator=signature,
        keywords=info.keywords,
        invariant=True,
    )
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer_of(info) if footers else None))
    return buffer.getvalue()


def footer_of(info: DocumentInfo) -> Footer:
    return Footer(
        name=info.footer_name,
        document=info.footer_document,
        chain=get_styles().fonts.regular,
        left=MARGIN + FRAME_PADDING,
        right=MARGIN + FRAME_PADDING,
        bottom=BOTTOM_MARGIN,
    )
