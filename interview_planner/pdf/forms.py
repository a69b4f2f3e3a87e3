"""The fillable scorecard: AcroForm fields in the packet, and reading them back.

The field names and export values are a contract with the scorecard import
(see docs/pdf.md):

* ``rating.<skill id>``: radio group exporting ``1`` ``2`` ``3`` ``4`` ``NA``
  (N/A = not assessed: the evidence box says why); nothing ticked = not rated.
  The groups can be un-ticked (no ``NoToggleToOff`` flag).
* ``evidence.<skill id>``: multi-line text
* ``overall``: radio group exporting ``strong_no`` ``no`` ``yes`` ``strong_yes``
  and ``undecided`` ("No decision yet", read as no recommendation)
* ``takeaways``: multi-line text
* ``interview_id``, ``database_id``, ``identity`` (the candidate, stage and
  interviewer names as ASCII JSON: form field values are Latin-1), ``seal``:
  hidden, read-only text; ``seal`` is a keyed MAC over the others
  (packets/seal.py), so an edited identity is refused on import

Each field is also drawn on the page (circles, boxes, labels), so a printed
packet can be filled in by hand; the widget itself only adds the tick.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from pydantic import BaseModel
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject
from reportlab.platypus import Flowable

from interview_planner.errors import InputError
from interview_planner.packets.model import NO_DECISION, OVERALL_EXPORTS, RATING_EXPORTS, InterviewerPacket
from interview_planner.pdf.fonts import FontChain
from interview_planner.pdf.styles import PALETTE
from interview_planner.pdf.text import draw_text

RATING_PREFIX = "rating."
EVIDENCE_PREFIX = "evidence."
OVERALL_FIELD = "overall"
TAKEAWAYS_FIELD = "takeaways"
INTERVIEW_ID_FIELD = "interview_id"
DATABASE_ID_FIELD = "database_id"
IDENTITY_FIELD = "identity"
SEAL_FIELD = "seal"
FIELD_FONT = "Helvetica"  # AcroForm fields can only use the standard 14 fonts
FIELD_FONT_SIZE = 9
DOT_INSET = 2.2

Rating = Literal["1", "2", "3", "4", "NA"]
Recommendation = Literal["strong_no", "no", "yes", "strong_yes"]


def identity_fields(packet: InterviewerPacket) -> dict[str, str]:
    """The hidden fields that say which interview a packet is for, with their seal."""
    return {
        INTERVIEW_ID_FIELD: packet.interview_id,
        DATABASE_ID_FIELD: packet.database_id,
        IDENTITY_FIELD: json.dumps(
            {"candidate": packet.candidate_name, "stage": packet.stage_name, "interviewer": packet.interviewer_name}
        ),
        SEAL_FIELD: packet.seal,
    }


def rating_field(skill_id: str) -> str:
    return RATING_PREFIX + skill_id


def evidence_field(skill_id: str) -> str:
    return EVIDENCE_PREFIX + skill_id


# --------------------------------------------------------------------- writing


@dataclass(frozen=True)
class Choice:
    export: str  # the radio button's export value
    label: str  # printed next to the circle


class RadioRow(Flowable):
    """One radio group laid out as a row of labelled circles."""

    def __init__(self, name: str, choices: Sequence[Choice], chain: FontChain, *, tooltip: str):
        super().__init__()
        self.name, self.choices, self.chain, self.tooltip = name, list(choices), chain, tooltip
        self.size = 11.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size + 6
        return self.width, self.height

    def draw(self) -> None:
        slot = self.width / len(self.choices)
        for index, choice in enumerate(self.choices):
            self._draw_choice(index * slot, choice)

    def _draw_choice(self, x: float, choice: Choice) -> None:
        canv, size, y = self.canv, self.size, 3.0
        canv.saveState()
        canv.setStrokeColor(PALETTE.ink)
        canv.setLineWidth(0.8)
        canv.circle(x + size / 2, y + size / 2, size / 2, stroke=1, fill=0)
        canv.setFillColor(PALETTE.ink)
        draw_text(canv, x + size + 5, y + 2, choice.label, self.chain, 8.5)
        canv.restoreState()
        inset = DOT_INSET  # the widget draws the tick as a dot inside the printed circle
        page_x, page_y = canv.absolutePosition(x + inset, y + inset)
        _share_appearances(canv.acroForm).radio(
            name=self.name,
            value=choice.export,
            selected=False,
            x=page_x,
            y=page_y,
            size=size - 2 * inset,
            buttonStyle="circle",
            shape="square",
            borderWidth=0,
            borderColor=None,
            fillColor=None,
            textColor=PALETTE.ink,
            fieldFlags="radio",  # no NoToggleToOff: a viewer can un-tick a mis-click
            tooltip=self.tooltip,
        )


def _share_appearances(form: Any) -> Any:
    """The document's AcroForm, building each distinct button appearance stream once.

    reportlab builds six appearance streams for every radio button and then
    keeps one PDF object per distinct stream; all our buttons look alike, so
    the streams are remembered per document by their arguments (the PDF is
    byte-for-byte the same, a packet renders about a tenth faster).
    """
    if "checkboxAP" not in vars(form):
        build = form.checkboxAP
        built: dict[tuple[Any, ...], Any] = {}

        def checkbox_ap(*args: Any, **kwargs: Any) -> Any:
            # reportlab passes the same keywords in the same order; the class keeps 1 and 1.0, or an RGB and a
            # CMYK colour that compare equal, apart
            key = (args, *((name, type(value), value) for name, value in kwargs.items()))
            try:
                hash(key)
            except TypeError:  # an unhashable argument: compare by its text
                key = (args, *((name, repr(value)) for name, value in kwargs.items()))
            if key not in built:
                built[key] = build(*args, **kwargs)
            return built[key]

        form.checkboxAP = checkbox_ap
    return form


class TextBox(Flowable):
    """A multi-line text field drawn as a box (typed on screen or written by hand)."""

    def __init__(self, name: str, *, lines: int, tooltip: str, gap: float = 15.0) -> None:
        super().__init__()
        self.name, self.lines, self.tooltip, self.gap = name, lines, tooltip, gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.lines * self.gap + 6
        return self.width, self.height

    def draw(self) -> None:
        self._draw_box()
        page_x, page_y = self.canv.absolutePosition(0, 0)
        self.canv.acroForm.textfield(
            name=self.name,
            value="",
            x=page_x,
            y=page_y,
            width=self.width,
            height=self.height,
            borderWidth=0,
            borderColor=None,
            fillColor=None,
            textColor=PALETTE.ink,
            fontName=FIELD_FONT,
            fontSize=FIELD_FONT_SIZE,
            fieldFlags="multiline",
            maxlen=0,
            tooltip=self.tooltip,
        )

    def _draw_box(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(PALETTE.rule)
        canv.setLineWidth(0.8)
        canv.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=0)
        canv.restoreState()


class HiddenFields(Flowable):
    """Read-only fields that are neither shown nor printed (the packet's ids)."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self.values = values

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        page_x, page_y = self.canv.absolutePosition(0, 0)
        for name, value in self.values.items():
            self.canv.acroForm.textfield(
                name=name,
                value=value,
                x=page_x,
                y=page_y,
                width=100,
                height=12,
                borderWidth=0,
                borderColor=None,
                fillColor=None,
                fontName=FIELD_FONT,
                fontSize=FIELD_FONT_SIZE,
                fieldFlags="readOnly",
                annotationFlags="hidden",
                maxlen=0,
            )


# --------------------------------------------------------------------- reading


class FilledPacketForm(BaseModel):
    """What an interviewer filled into a packet, read back from the PDF."""

    interview_id: str
    database_id: str
    candidate: str | None = None  # the identity as the file states it (None: a packet made before seals)
    stage: str | None = None
    interviewer: str | None = None
    seal: str | None = None
    ratings: dict[str, Rating | None]  # role skill id -> export value (None: not ticked)
    evidence: dict[str, str]  # role skill id -> text
    overall: Recommendation | None
    takeaways: str


# pypdf raises many kinds of exception on a malformed file, not only its own
_READ_FAILURES = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OSError,
)


def read_packet_form(pdf_bytes: bytes, *, source: str = "<pdf>") -> FilledPacketForm:
    """Read the scorecard fields of a (filled) interviewer packet.

    Raises:
        InputError: the bytes are not a PDF, the PDF is damaged, or it is not a packet.
    """
    _check_envelope(pdf_bytes, source)
    try:
        reader = _open(pdf_bytes, source)
        values = _field_values(reader)
        metadata = _metadata(reader) if INTERVIEW_ID_FIELD not in values else {}
    except _READ_FAILURES as exc:
        raise InputError(f"damaged PDF: {_reason(exc)}", file=source) from exc
    if INTERVIEW_ID_FIELD not in values or DATABASE_ID_FIELD not in values:
        if metadata.get(INTERVIEW_ID_FIELD):
            raise FlattenedPacket(source, metadata)
        raise NotAPacket("not an Interview Loop Planner packet (no scorecard fields)", file=source)
    return _filled_form(values, source)


class NotAPacket(InputError):
    """A readable PDF that is no scorecard packet at all (no form fields, no packet metadata): the loop
    overview exported beside the packets, or any other document. ``scorecard import`` skips these."""


class FlattenedPacket(InputError):
    """A packet whose form fields are gone (flattened, printed to PDF) but whose metadata still names it."""

    def __init__(self, source: str, metadata: dict[str, str]) -> None:
        self.interview_id = metadata.get(INTERVIEW_ID_FIELD, "")
        self.database_id = metadata.get(DATABASE_ID_FIELD, "")
        self.title = metadata.get("title", "")
        super().__init__(self.describe(self.title), file=source)

    @staticmethod
    def describe(which: str) -> str:
        return (
            f"this is a flattened or printed copy of the packet for {which or 'an interview'}: its form fields "
            "are gone, so the ratings cannot be read; fill in the original packet or enter the scorecard in the app"
        )


def _metadata(reader: PdfReader) -> dict[str, str]:
    """The packet's identity from the document information (kept by most flatteners and print-to-PDF)."""
    info: Any = reader.metadata or {}
    out = {"title": str(info.get("/Title", "") or "")}
    for part in str(info.get("/Keywords", "") or "").split(";"):
        key, sep, value = part.strip().partition("=")
        if sep and key in (INTERVIEW_ID_FIELD, DATABASE_ID_FIELD):
            out[key] = value.strip()
    if out["title"].startswith("Interviewer packet: "):
        out["title"] = out["title"][len("Interviewer packet: ") :]
    return out


def _check_envelope(data: bytes, source: str) -> None:
    if not isinstance(data, bytes | bytearray) or b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file", file=source)
    if b"%%EOF" not in data[-2048:]:
        raise InputError("damaged PDF: the file is truncated (no end-of-file marker)", file=source)


def _open(data: bytes, source: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise InputError("encrypted PDF: remove the password and try again", file=source)
    return reader


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


MAX_FIELDS = 2_000  # a packet has a few dozen; a file with more is not one of ours
MAX_FIELD_DEPTH = 16
MAX_FIELD_CHARS = 100_000  # the longest evidence the database keeps


class _TooBig(ValueError):
    """The form's field tree breaks a limit (a /Kids bomb, a cycle, a huge value)."""


def _field_values(reader: PdfReader) -> dict[str, str | None]:
    root = cast(DictionaryObject, reader.trailer["/Root"].get_object())
    form = root.get("/AcroForm")
    values: dict[str, str | None] = {}
    if form is None:
        return values
    seen: set[int] = set()
    fields = cast(DictionaryObject, form.get_object()).get("/Fields", [])
    for ref in _array(fields):
        _collect(ref, "", values, seen, 0)
    return values


def _array(value: Any) -> list[Any]:
    value = value.get_object() if hasattr(value, "get_object") else value
    return list(value) if isinstance(value, list) else []


def _visit(ref: Any, seen: set[int]) -> DictionaryObject | None:
    """The dictionary ``ref`` points to, once: a field reached twice (shared kids, a cycle) is skipped."""
    key = id(ref.get_object()) if not hasattr(ref, "idnum") else ref.idnum * 65_536 + ref.generation
    if key in seen:
        return None
    seen.add(key)
    if len(seen) > MAX_FIELDS:
        raise _TooBig(f"the form has more than {MAX_FIELDS:,} fields")
    node = ref.get_object()
    return node if isinstance(node, DictionaryObject) else None


def _collect(ref: Any, parent: str, values: dict[str, str | None], seen: set[int], depth: int) -> None:
    """Add the field ``ref`` and its named descendants under their fully qualified names."""
    if depth > MAX_FIELD_DEPTH:
        raise _TooBig(f"form fields nested more than {MAX_FIELD_DEPTH} levels deep")
    field = _visit(ref, seen)
    if field is None:
        return
    partial = field.get("/T")
    name = ".".join(part for part in (parent, _text_of(partial, "a field name") if partial else "") if part)
    for kid_ref in _array(field.get("/Kids", [])):
        kid = kid_ref.get_object()
        if isinstance(kid, DictionaryObject) and "/T" in kid:
            _collect(kid_ref, name, values, seen, depth + 1)
    if partial is not None:
        values[name] = _value(field, seen)


def _text_of(value: Any, what: str) -> str:
    """A PDF string or name as text; anything else (a stream, a dictionary, an array) is refused."""
    value = value.get_object() if hasattr(value, "get_object") else value
    if not isinstance(value, str):  # pypdf's TextStringObject, ByteStringObject-decoded text and NameObject
        raise _TooBig(f"{what} is a {type(value).__name__.replace('Object', '').lower()}, not text")
    if len(value) > MAX_FIELD_CHARS:
        raise _TooBig(f"{what} holds {len(value):,} characters; the limit is {MAX_FIELD_CHARS:,}")
    return str(value)


def _value(field: DictionaryObject, seen: set[int]) -> str | None:
    value = field.get("/V")
    if field.get("/FT") != "/Btn":
        return None if value is None else _text_of(value, "a field value")
    if value is None:
        value = _ticked_kid(field, seen)  # some viewers only set /AS on the button they tick
    return _button_state(value)


def _button_state(value: Any) -> str | None:
    """A button's state as its export value; pypdf's filler writes "/3" as a string."""
    if value is None:
        return None
    state = str(value)
    state = state[1:] if state.startswith("/") else state
    return None if state in ("Off", "") else state


def _ticked_kid(field: DictionaryObject, seen: set[int]) -> Any:
    for kid in _array(field.get("/Kids", []))[:MAX_FIELDS]:
        kid = kid.get_object()
        state = kid.get("/AS") if isinstance(kid, DictionaryObject) else None
        if state is not None and state != "/Off":
            return state
    return None


def _filled_form(values: dict[str, str | None], source: str) -> FilledPacketForm:
    return FilledPacketForm(
        interview_id=values[INTERVIEW_ID_FIELD] or "",
        database_id=values[DATABASE_ID_FIELD] or "",
        **_identity(values.get(IDENTITY_FIELD), source),
        seal=values.get(SEAL_FIELD),
        ratings={
            name[len(RATING_PREFIX) :]: _checked(name, value, RATING_EXPORTS, source)
            for name, value in values.items()
            if name.startswith(RATING_PREFIX)
        },
        evidence={
            name[len(EVIDENCE_PREFIX) :]: _text(value)
            for name, value in values.items()
            if name.startswith(EVIDENCE_PREFIX)
        },
        overall=_recommendation(_checked(OVERALL_FIELD, values.get(OVERALL_FIELD), OVERALL_EXPORTS, source)),
        takeaways=_text(values.get(TAKEAWAYS_FIELD)),
    )


def _checked(name: str, value: str | None, allowed: Sequence[str], source: str) -> Any:
    if value is None or value in allowed:
        return value
    raise InputError(
        f"unexpected value {value!r} (expected one of {', '.join(allowed)})",
        file=source,
        field=name,
    )


def _identity(value: str | None, source: str) -> dict[str, str | None]:
    if value is None:
        return {}
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), str) for k in ("candidate", "stage", "interviewer")
    ):
        raise InputError("the packet's identity field was tampered with", file=source, field=IDENTITY_FIELD)
    return {k: data[k] for k in ("candidate", "stage", "interviewer")}


def _recommendation(value: str | None) -> str | None:
    return None if value == NO_DECISION else value


def _text(value: str | None) -> str:
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
