"""Reading rendered PDFs back in tests (pypdf)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """Whitespace normalised, so text that wrapped across lines compares equal."""
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text()) for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def fields(data: bytes) -> dict[str, DictionaryObject]:
    """Top-level AcroForm fields by name."""
    form = reader(data).trailer["/Root"]["/AcroForm"]
    return {str(ref.get_object()["/T"]): ref.get_object() for ref in form["/Fields"]}


def export_values(field: DictionaryObject) -> set[str]:
    """The on-states of a radio group: the /AP /N keys of its kids, without /Off."""
    states: set[str] = set()
    for kid in field["/Kids"]:
        states |= {str(key)[1:] for key in kid.get_object()["/AP"]["/N"]}
    return states - {"Off"}


def embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def fill_with_pypdf(data: bytes, values: dict[str, str]) -> bytes:
    """Fill fields the way pypdf's own API does (radio values given as "/3")."""
    writer = PdfWriter(clone_from=reader(data))
    for page in writer.pages:
        if "/Annots" in page:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
    return _write(writer)


def fill_with_pymupdf(path: Path, values: dict[str, str], out: Path) -> Path:
    """Fill with PyMuPDF, another engine than ours: text by value; a radio group by ticking the widget
    whose on-state is the value. (Callers skip without PyMuPDF, the test extra.)"""
    import pymupdf

    with pymupdf.open(path) as doc:
        for page in doc:
            for widget in page.widgets():
                name = widget.field_name
                if name not in values:
                    continue
                if widget.field_type_string == "RadioButton":
                    if widget.on_state() == values[name]:
                        widget.field_value = widget.on_state()
                        widget.update()
                else:
                    widget.field_value = values[name]
                    widget.update()
        doc.save(out)
    return out


def fill_like_a_viewer(data: bytes, values: dict[str, str]) -> bytes:
    """Fill fields the way PDF viewers do: /V on the field, /AS on the ticked kid."""
    writer = PdfWriter(clone_from=reader(data))
    form = writer._root_object["/AcroForm"]
    for ref in form["/Fields"]:
        field = ref.get_object()
        name = str(field["/T"])
        if name in values:
            _set_value(field, values[name])
    return _write(writer)


def _set_value(field: Any, value: str) -> None:
    if field.get("/FT") != "/Btn":
        field[NameObject("/V")] = TextStringObject(value)
        return
    field[NameObject("/V")] = NameObject("/" + value)
    for kid in field["/Kids"]:
        widget = kid.get_object()
        on = "/" + value in widget["/AP"]["/N"]
        widget[NameObject("/AS")] = NameObject("/" + value if on else "/Off")


def _write(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


MARGIN = 54.0  # points: the packets' page margins, where the running header and footer live


def page_fill(data: bytes) -> list[float]:
    """How full each page is: from the top margin down to the lowest text line or form field above the bottom
    margin (the footer with the page number is not content), as a share of the space between the margins."""
    out = []
    for page in reader(data).pages:
        height = float(page.mediabox.height)
        lows: list[float] = []

        def visit(
            text: str, cm: list[float], tm: list[float], _font: Any, _size: Any, lows: list[float] = lows
        ) -> None:
            y = cm[5] + tm[5] * cm[3]
            if text.strip() and y > MARGIN:
                lows.append(y)

        page.extract_text(visitor_text=visit)
        for annot in page.get("/Annots") or []:
            rect = annot.get_object().get("/Rect")
            if rect is not None and float(rect[1]) > MARGIN:
                lows.append(float(rect[1]))
        out.append(round((height - MARGIN - min(lows)) / (height - 2 * MARGIN), 2) if lows else 0.0)
    return out
