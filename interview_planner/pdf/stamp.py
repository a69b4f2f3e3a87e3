"""Copies of one document that differ in a few lines: laid out once, stamped per copy.

Exporting a loop renders, for every candidate, the same seven packets and the
same overview except for the candidate's name (the title and every footer),
the interview id (one line and the metadata) and the hidden identity fields
with their seal. Laying out, drawing and writing the same pages again for
each candidate was most of an export's CPU (benchmarks/README.md).

A :class:`Template` is the document rendered once without those parts: each
variable line is a :class:`Slot` that takes the room of a one-line
placeholder and records where it landed, the pages have no footers, and the
hidden fields hold placeholder values. A copy (:func:`stamp`) is the template
with a small overlay laid over each page (a reportlab document drawing only
that copy's footers and lines, in the same fonts at the same places: the
pages look exactly as if rendered in full), its identity fields set (value
and appearance) and its metadata replaced, written by qpdf (pikepdf).

A copy is made only when each of its lines takes exactly the room the
template reserved; otherwise :func:`stamp` returns None and the caller
renders the document in full. Form fields, bookmarks and the text layer of
the template are the copy's: fillable, importable and searchable the same.
"""

from __future__ import annotations

import io
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pikepdf
from reportlab.pdfbase.acroform import escPDF
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from interview_planner.pdf.canvas import draw_footer
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf, footer_of

TEMPLATE_LIMIT = 32  # templates a process keeps (a loop has 7 stages and one overview per paper)
_UNLIMITED = 1e6  # points: wrap a copy's line without a height limit
STAMP_XOBJECT = pikepdf.Name("/ILPStamp")  # the overlay's name in a page's resources (reportlab names none so)


@dataclass(frozen=True)
class Place:
    """Where a slot landed in the template: its page (from 1) and its box in page coordinates."""

    page: int
    x: float
    y: float
    width: float
    height: float


class Slot(Flowable):
    """A one-line paragraph that differs between copies: in a template it takes the room of its
    placeholder, draws nothing and records its place (the copy's line is drawn there by the overlay)."""

    def __init__(self, name: str, placeholder: Flowable, places: dict[str, Place]) -> None:
        super().__init__()
        self.name, self.placeholder, self.places = name, placeholder, places
        self._avail_width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail_width = availWidth
        self.width, self.height = self.placeholder.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.placeholder.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.placeholder.getSpaceAfter())

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.places[self.name] = Place(self.canv.getPageNumber(), x, y, self._avail_width, self.height)


@dataclass(frozen=True)
class Template:
    pdf: bytes
    pages: int
    page: Page
    places: dict[str, Place]
    fields: dict[str, str]  # hidden field -> its placeholder value in the template


def make_template(
    story: list[Flowable],
    *,
    info: DocumentInfo,
    page: Page,
    places: dict[str, Place],
    slots: tuple[str, ...],
    fields: dict[str, str],
) -> Template:
    """Render ``story`` (whose slots fill ``places``) as a template without footers."""
    pdf = build_pdf(story, info=info, page=page, footers=False)
    missing = [name for name in slots if name not in places]
    if missing:
        raise RuntimeError(f"template slots never drawn: {', '.join(missing)}")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = len(doc.pages)
    return Template(pdf=pdf, pages=pages, page=page, places=dict(places), fields=dict(fields))


@dataclass(frozen=True)
class Copy:
    """One copy to stamp: its template, metadata and footer, its lines (slot name -> paragraph), its hidden fields."""

    template: Template
    info: DocumentInfo
    lines: dict[str, Flowable]
    fields: dict[str, str]

    def fits(self) -> bool:
        """Does each line take exactly the room of its slot (one line)?"""
        return all(
            line.wrap(self.template.places[name].width, _UNLIMITED)[1] == self.template.places[name].height
            for name, line in self.lines.items()
        )


def stamp(copy: Copy) -> bytes | None:
    """The copy as PDF bytes; None when a line needs other room than its slot (render it in full then)."""
    return next(stamp_all([copy]))


def stamp_all(copies: list[Copy]) -> Iterator[bytes | None]:
    """Each copy's PDF bytes in turn (None: render that one in full), made one at a time as they are asked
    for. The overlays of all of them are drawn in one reportlab document: its fonts are subset and written
    once for the batch (a candidate's 8 documents), not once per document."""
    fitting = [copy.fits() for copy in copies]
    if not any(fitting):
        yield from (None for _ in copies)
        return
    overlay = _overlay([copy for copy, fits in zip(copies, fitting, strict=True) if fits])
    with pikepdf.open(io.BytesIO(overlay)) as over:
        first = 0
        for copy, fits in zip(copies, fitting, strict=True):
            if not fits:
                yield None
                continue
            yield _merge(copy, over.pages[first : first + copy.template.pages])
            first += copy.template.pages


def _merge(copy: Copy, layers: list[pikepdf.Page]) -> bytes | None:
    with pikepdf.open(io.BytesIO(copy.template.pdf)) as doc:
        for target, layer in zip(doc.pages, layers, strict=True):
            _lay_over(target, layer)
        if not _set_fields(doc, copy.template.fields, copy.fields):
            return None
        _set_info(doc, copy.info)
        out = io.BytesIO()
        # the template's streams are compressed already; recompressing them all would triple the cost
        doc.save(out, deterministic_id=True, compress_streams=False)
        return out.getvalue()


def _lay_over(page: pikepdf.Page, layer: pikepdf.Page) -> None:
    """Draw ``layer`` (a page of the same size) over ``page``, as a form XObject after its own content.

    Like pikepdf's ``add_overlay`` without merging the page's content streams into one, which would
    write them back uncompressed (copies two to three times the size)."""
    page.add_resource(layer.as_form_xobject(), pikepdf.Name.XObject, name=STAMP_XOBJECT)
    page.contents_add(b"q\n", prepend=True)  # the page's own graphics state cannot leak into the stamp
    page.contents_add(b"Q\nq " + bytes(STAMP_XOBJECT.unparse()) + b" Do Q\n")


def _overlay(copies: list[Copy]) -> bytes:
    """One page per page of each copy, in order: the footer and the lines that land on it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True, pageCompression=1)
    for copy in copies:
        template, footer = copy.template, footer_of(copy.info)
        canvas.setPageSize(template.page.size)
        for number in range(1, template.pages + 1):
            for name, line in copy.lines.items():
                place = template.places[name]
                if place.page == number:
                    line.drawOn(canvas, place.x, place.y)
            draw_footer(canvas, footer, number, template.pages)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _set_fields(doc: pikepdf.Pdf, placeholders: dict[str, str], values: dict[str, str]) -> bool:
    """Set each hidden field's value and the text of its appearance; False if one is not as expected."""
    if not placeholders:
        return True
    found = 0
    for field in doc.Root.AcroForm.Fields:
        name = str(field.get("/T", ""))
        if name not in placeholders:
            continue
        try:  # the identity fields are ASCII (forms.identity_fields); anything else: render in full
            old = f"({escPDF(placeholders[name])}) Tj".encode("latin-1")
            new = f"({escPDF(values[name])}) Tj".encode("latin-1")
        except UnicodeEncodeError:
            return False
        appearance = field.AP.N
        content = appearance.read_bytes()
        if content.count(old) != 1:
            return False
        appearance.write(zlib.compress(content.replace(old, new)), filter=pikepdf.Name.FlateDecode)
        field.V = pikepdf.String(values[name])
        found += 1
    return found == len(placeholders)


def _set_info(doc: pikepdf.Pdf, info: DocumentInfo) -> None:
    doc.docinfo[pikepdf.Name.Title] = info.title
    doc.docinfo[pikepdf.Name.Subject] = info.subject
    doc.docinfo[pikepdf.Name.Keywords] = info.keywords


class TemplateCache:
    """The templates a process made, most recently used last, at most ``limit``."""

    def __init__(self, limit: int = TEMPLATE_LIMIT) -> None:
        self.limit = limit
        self._items: OrderedDict[str, Template] = OrderedDict()

    def get(self, key: str, make: Callable[[], Template]) -> Template:
        template = self._items.get(key)
        if template is None:
            template = self._items[key] = make()
            if len(self._items) > self.limit:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return template

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


TEMPLATES = TemplateCache()
