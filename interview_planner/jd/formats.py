"""Read a posting from the file formats a hiring manager has, as Markdown-like text.

The parser reads plain text with Markdown conventions, so every format is
turned into that: HTML headings become ``#`` lines, list items ``-``
bullets and paragraphs lines of their own (through the standard library's
HTML parser, never regular expressions over tags); a PDF's text comes from
pypdf page by page in reading order; a ``.docx`` from python-docx, its
heading styles and list paragraphs kept. Every failure is a one-line
:class:`InputError` naming the file and saying what to do.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from interview_planner.errors import InputError
from interview_planner.jd.jsondoc import json_as_text
from interview_planner.jd.lexicon import (
    CJK_HEADING_TOPICS,
    CJK_TITLE_NOUNS,
    DANGLING,
    HEADING_TOPICS,
    NAVIGATION_LINKS,
    TITLE_NOUNS,
    Topic,
    normalise,
)
from interview_planner.jd.markup import split_front_matter, table_row_item
from interview_planner.jd.matching import word_list
from interview_planner.jd.templates import rendered, unescaped

MAX_FILE_BYTES = 2 * 1024 * 1024  # text; a PDF or .docx may be larger (images), see MAX_DOCUMENT_BYTES
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# a whole tag ("<li>", "<p class=x>"): "<LI" or "x <p y" in plain text is not one
_HTML_SNIFF = re.compile(r"<(!doctype\s+html|html|body|div|p|ul|ol|li|h[1-6]|br|span|strong)\b[^<>]*>", re.IGNORECASE)
_INLINE_TAGS = frozenset({"br", "span", "strong"})
_MARKDOWN_BLOCK = re.compile(r"^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s)", re.MULTILINE)  # a Markdown heading or list item
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset({"p", "div", "section", "article", "header", "main", "table", "tr", "blockquote", "dd"})
# what a page shows around the posting, not the posting: scripts, navigation, the footer and side bars
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "nav", "form", "button", "footer", "aside"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# elements whose end tag HTML lets a page leave out: the next one of the same kind ends the last
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_EMPHASIS = frozenset({"strong", "b"})


def read_posting(path: Path) -> str:
    """The posting in ``path`` as text (any supported format), or a one-line error naming the file."""
    path = Path(path)
    try:
        return _read_posting(path)
    except RecursionError:  # (round 34: MIME parts, JSON-LD or a PDF's arrays nested thousands deep)
        raise InputError("is nested too deeply to read; save the posting as .txt or .md", file=path) from None


def _read_posting(path: Path) -> str:
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        return _pdf_text(data, path)
    if data.startswith(b"PK\x03\x04") and suffix in (".docx", "", ".doc"):  # (some HR systems name a .docx .doc)
        return _docx_text(data, path)
    if (
        data.startswith(b"PK\x03\x04")
        or suffix in (".doc", ".odt", ".rtf", ".pages")
        or data[:64].lstrip().startswith(b"{\\rtf")  # an RTF file renamed .txt
    ):
        raise InputError("is not a supported format; save the posting as .txt, .md, .html, .pdf or .docx", file=path)
    if suffix in (".mhtml", ".mht") or _looks_like_mhtml(data):
        return html_to_text(_mhtml_html(data, path))  # "Save page as: Webpage, single file"
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"is too large for a posting ({len(data) / 1_048_576:.1f} MB; the limit is 2 MB)", file=path)
    text = _decode(data, path)
    if _looks_binary(text):
        raise InputError(
            "looks like a binary file, not a posting; save it as .txt, .md, .html, .pdf or .docx", file=path
        )
    if (held := json_as_text(text)) is not None:
        return held  # a job board's record, an API's answer (its HTML values already read)
    text = rendered(unescaped(text), file=path)  # (before the HTML is read: a template's HTML, an escaped page's)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return html_to_text(text)
    return text


def looks_like_html(text: str) -> bool:
    """Pasted HTML: several tags among the first characters. Markdown that styles a few words with HTML
    (``<span style="...">Vous</span>``, ``<br>``) and lays out its headings and lists in Markdown is Markdown:
    read as HTML, its headings, lists and paragraphs would run into one line."""
    head = text[:20_000]
    tags = [match[1].lower() for match in _HTML_SNIFF.finditer(head)]
    if len(tags) < 3:
        return False
    blocks = len(_MARKDOWN_BLOCK.findall(head))
    if _MARKDOWN_HEADING_TAGS.issuperset(tags) and blocks >= MARKDOWN_BLOCKS:
        return False  # a blog post in Markdown with its headings written as <h3> (read line by line, as Markdown)
    if blocks >= MARKDOWN_BLOCKS and blocks >= len(tags) and not _DOCUMENT_TAGS.intersection(tags):
        # a page of a site's sources in Markdown, laid out with a few blocks of HTML (``<div class="right">`` around
        # a picture): more Markdown headings and list items than tags, and no page of its own
        return False
    return not _INLINE_TAGS.issuperset(tags) or _MARKDOWN_BLOCK.search(head) is None


MARKDOWN_BLOCKS = 3  # this many Markdown list items or headings make a text with HTML headings Markdown
_MARKDOWN_HEADING_TAGS = _INLINE_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6"}
_DOCUMENT_TAGS = frozenset({"html", "body", "!doctype html"})


_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MIME_VERSION = re.compile(rb"^MIME-Version:", re.IGNORECASE | re.MULTILINE)
_MULTIPART_RELATED = re.compile(rb"^Content-Type:[ \t]*multipart/related\b", re.IGNORECASE | re.MULTILINE)


def _looks_like_mhtml(data: bytes) -> bool:
    """A web archive: its first lines are a MIME message's headers, with a MIME version and a multipart/related
    type (a posting that merely mentions "MIME-Version" and "multipart/related" in its text is none)."""
    end = _HEADER_END.search(data, 0, 4096)
    head = data[: end.start()] if end else b""
    return bool(head) and bool(_MIME_VERSION.search(head)) and bool(_MULTIPART_RELATED.search(head))


MAX_MHTML_PARTS = 5_000  # a page saved whole holds its images, styles and scripts: hundreds of parts, not more
MAX_MIME_HEADERS = 65_536  # a part's headers: a few lines
MIME_NESTING = 3  # a page inside "multipart/alternative" inside the archive: parts within parts, this deep at most


def _mhtml_html(data: bytes, path: Path) -> str:
    """The page of a web archive (MHTML: a MIME message whose first HTML part is the page, quoted-printable).

    (Round 34) Read part by part, headers only, up to the first HTML part (also inside a nested multipart part):
    the standard library's whole-message parser took a minute and more than 1 GB on 400,000 parts or 16 MB of
    images. The page is held to the limit of a text file; a charset that is no text encoding ("rot13", "zlib",
    "undefined") or none at all reads as UTF-8."""
    from email.parser import BytesHeaderParser

    headers = BytesHeaderParser().parsebytes(data[:MAX_MIME_HEADERS], headersonly=True)
    try:
        found = _mime_html_part(data, headers, depth=0)
    except _TooManyParts:
        problem = f"is a web archive of more than {MAX_MHTML_PARTS:,} parts before its page; save the page as .html"
        raise InputError(problem, file=path) from None
    if found is None:
        raise InputError("is a web archive without a page in it; save the page as .html instead", file=path)
    part_headers, body = found
    if len(body) > MAX_FILE_BYTES:
        problem = f"holds a page too large for a posting ({len(body) / 1_048_576:.1f} MB; the limit is 2 MB)"
        raise InputError(problem, file=path)
    encoding = _text_encoding(part_headers.get_content_charset())
    try:
        return body.decode(encoding, errors="replace")
    except (UnicodeError, LookupError):  # ("undefined" is a text encoding that decodes nothing)
        return body.decode("utf-8", errors="replace")


class _TooManyParts(Exception):
    """A web archive holds more parts than :data:`MAX_MHTML_PARTS` before its page."""


def _mime_html_part(data: bytes, headers: Any, *, depth: int) -> tuple[Any, bytes] | None:
    """The first text/html part (its headers and decoded body) of the multipart body in ``data``, or None."""
    from email.parser import BytesHeaderParser
    from email.utils import collapse_rfc2231_value

    boundary = headers.get_param("boundary")
    if boundary is None or depth > MIME_NESTING:
        return None
    boundary = collapse_rfc2231_value(boundary)  # (also "boundary*=utf-8''…")
    if not boundary:
        return None
    # a delimiter is a whole line: "--" and the boundary, maybe "--" (the last), maybe spaces (not "--bx flag")
    delimiter = re.compile(
        rb"(?:\A|\r?\n)--" + re.escape(boundary.encode("ascii", "replace")) + rb"(--)?[ \t]*(?=\r?\n|\Z)"
    )
    position = 0
    for index, match in enumerate(delimiter.finditer(data)):
        if index > MAX_MHTML_PARTS:
            raise _TooManyParts  # (round 35: was "without a page", which it may well have further on)
        part = data[position : match.start()] if index else b""
        position = match.end()
        if index == 0:
            continue
        end = _HEADER_END.search(part, 0, MAX_MIME_HEADERS)
        if end is None:
            continue  # (a part with no body, or headers longer than any part's)
        part_headers = BytesHeaderParser().parsebytes(part[: end.start()].lstrip(b"\r\n") + b"\n\n")
        kind = part_headers.get_content_type()
        body = part[end.end() :]
        if kind == "text/html":
            return part_headers, _mime_body(body, str(part_headers.get("Content-Transfer-Encoding", "")).lower())
        if kind.startswith("multipart/") and (inner := _mime_html_part(body, part_headers, depth=depth + 1)):
            return inner
        if match.group(1):  # (the closing delimiter)
            break
    return None


def _mime_body(body: bytes, transfer_encoding: str) -> bytes:
    import base64
    import binascii
    import quopri

    body = body.rstrip(b"\r\n")
    if transfer_encoding == "base64":
        try:
            return base64.b64decode(b"".join(body.split()))
        except (binascii.Error, ValueError):
            return b""
    if transfer_encoding == "quoted-printable":
        return quopri.decodestring(body)
    return body


def _text_encoding(charset: str | None) -> str:
    """``charset`` if it names a text encoding Python knows, else UTF-8."""
    import codecs

    try:
        info = codecs.lookup(charset or "utf-8")
    except (LookupError, ValueError):
        return "utf-8"
    return info.name if getattr(info, "_is_text_encoding", True) and info.name not in ("idna", "punycode") else "utf-8"


# --- bytes and encodings -----------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    from interview_planner.files import read_regular  # regular files only (no FIFO, no /dev/zero), bounded

    if not path.exists():
        raise InputError("file not found", file=path)
    if path.is_dir():
        raise InputError("is a directory, not a job-description file", file=path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from exc
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(f"is too large for a posting ({size / 1_048_576:.1f} MB; the limit is 2 MB)", file=path)
    try:
        return read_regular(path, limit=MAX_DOCUMENT_BYTES, what="job-description file")
    except OSError as exc:  # (a file the system cannot read: an I/O error, /proc/self/mem)
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from exc


def _decode(data: bytes, path: Path) -> str:
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return _strict_decode(data, encoding, path)
    if b"\x00" in data:
        if (utf16 := _utf16_without_mark(data)) is not None:
            return _strict_decode(data, utf16, path)
        raise InputError("looks like a binary file (it contains NUL bytes); save the posting as .txt or .md", file=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _strict_decode(data, "cp1252", path)


def _utf16_without_mark(data: bytes) -> str | None:
    """(Round 34) UTF-16 text saved without its byte-order mark: Latin text has a NUL as every other byte (after
    each letter in little-endian, before it in big-endian); a binary file has them anywhere."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    if odd_nuls >= 0.9 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _strict_decode(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8 or Windows-1252" if encoding == "cp1252" else encoding.upper()
        problem = f"cannot decode the file as {label} text (byte {exc.start}); save it as UTF-8"
        raise InputError(problem, file=path) from exc


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:200_000] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls > max(2, min(len(text), 200_000) // 100)


# --- HTML --------------------------------------------------------------------------


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element the page does not show: ``hidden``, ``aria-hidden="true"`` or a style that hides it."""
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").lower() == "true"):
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class _HtmlToText(HTMLParser):
    """Headings, list items and paragraphs as lines; everything else as running text. With ``chrome``, the blocks a
    page names as its chrome (:func:`_chrome`) are left out."""

    def __init__(self, *, chrome: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.chrome = chrome
        self.chrome_held_h1 = False  # whether a block left out as chrome held an <h1>: the page named it otherwise
        self.shown_h1 = False  # whether an <h1> with text stood outside such blocks (a sidebar's <h1> names the site)
        self.in_shown_h1 = False  # inside such an <h1>: its first letter sets ``shown_h1`` (not a logo's image)
        self.chrome_letters = 0  # the letters and digits left out as chrome
        self.chrome_heading: list[str] | None = None  # the text of a heading inside chrome being left out
        self.chrome_held_requirements = False  # whether such a heading names requirements ("Requirements")
        self.content = 0  # how many of the page's <article> and <main> are open
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skipping = 0
        self.lists = 0
        # each hidden element being skipped: [its tag, how deep it nests, whether it is chrome (see ``_chrome``)]
        self.hidden: list[list[Any]] = []
        self.structured: list[str] = []  # the page's structured data (schema.org JSON-LD), read apart
        self.in_head = False  # inside the page's <head>, whose <title> names the page in a browser's tab
        self.page_title: str | None = None  # that <title>'s text (the first one; an <svg> has titles of its own)
        self.in_title = False
        self.in_structured = False
        # each open table row: [its first line, plain so far, header cells only, how many tables are open]
        self.rows: list[list[Any]] = []
        self.tables = 0
        self.links = 0  # how many links are open
        self.unlinked = False  # whether the line being built has a letter or digit outside a link
        self.elsewhere = False  # whether a link of the line being built leads to another site
        # each open list: [its first line, every line so far an item linking to the site's navigation, its items]
        self.open_lists: list[list[Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden and tag == self.hidden[-1][0] and tag in _OPTIONAL_END and self.hidden[-1][1] == 1:
            # "<li hidden>a<li>b": the hidden item ends where the next begins (its end tag left out)
            self.hidden.pop()
            self.skipping = max(0, self.skipping - 1)
        if tag in _HEADINGS and any(chrome for _, _, chrome in self.hidden):
            self.chrome_held_h1 = self.chrome_held_h1 or tag == "h1"
            self.chrome_heading = []
        elif tag == "h1" and not self.hidden:
            self.in_shown_h1 = True
        if tag in ("article", "main"):
            self.content += 1
        if self.hidden and tag == self.hidden[-1][0]:  # the same tag inside a hidden one: count it to find its end
            self.hidden[-1][1] += 1
        elif tag not in _VOID and tag not in _SKIPPED and _hidden(attrs):
            # a block the page does not show ("display: none", a collapsed staff bio): no part of the posting
            self.hidden.append([tag, 1, False])
            self.skipping += 1
        elif (
            self.chrome
            and tag not in _VOID
            and tag not in _SKIPPED
            and tag not in _WHOLE
            and _chrome(attrs, in_content=self.content > 0)
        ):
            # a block the page names as its chrome: a cookie banner, comments, a sidebar, related posts
            self.hidden.append([tag, 1, True])
            self.skipping += 1
        if tag == "head":
            self.in_head = True
        elif tag == "title" and self.in_head and self.page_title is None:
            self.in_title, self.page_title = True, ""
        if tag in _SKIPPED:
            self.skipping += 1
            if tag == "script" and any(n == "type" and (v or "").lower() == "application/ld+json" for n, v in attrs):
                self.in_structured = True
                self.structured.append("")
        elif tag in _HEADINGS:
            self._break("#" * _HEADINGS[tag] + " ")
        elif tag == "li":
            # (at most MAX_LIST_INDENT levels: 10,000 nested lists made 70 million spaces of 100 KB, round 32)
            self._break("  " * min(max(0, self.lists - 1), MAX_LIST_INDENT) + "- ")
        elif tag in ("ul", "ol"):
            self.lists += 1
            self._break("")
            self.open_lists.append([len(self.lines), True, 0])
            if self.rows:
                self.rows[-1][1] = False
        elif tag in _BLOCKS or tag in ("dt", "td", "th"):
            if tag == "table":
                self.tables += 1
            if tag == "tr":
                self._break("")
                self._end_rows(self.tables)  # (a row whose end tag the page left out ends where the next begins)
                self.rows.append([len(self.lines), not self.skipping, True, self.tables])
            elif self.rows and tag in ("td", "th"):
                self.rows[-1][2] = self.rows[-1][2] and tag == "th"
            elif self.rows:
                self.rows[-1][1] = False  # a block inside a cell: a table that lays out the page
            if not (self.prefix.endswith("- ") and self._nothing_yet()):
                self._break("")
            # else "<li><p>text</p></li>" (Ashby, Workday, exports of Notion and Google Docs): the paragraph that
            # opens an item is the item, its marker kept
        elif tag == "br":
            self._break(self.prefix if self.prefix.startswith("#") else "")
            if self.rows:
                self.rows[-1][1] = False
        elif tag in _EMPHASIS:
            self.current.append("**")
        elif tag == "a":
            self.links += 1
            href = next((value or "" for name, value in attrs if name == "href"), "")
            self.elsewhere = self.elsewhere or _ELSEWHERE.match(href) is not None

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "head"):
            self.in_title = False
            self.in_head = self.in_head and tag != "head"
        if tag == "h1":
            self.in_shown_h1 = False
        if tag in ("article", "main"):
            self.content = max(0, self.content - 1)
        if tag in _HEADINGS and self.chrome_heading is not None:
            said = normalise(" ".join("".join(self.chrome_heading).split()))
            self.chrome_held_requirements = self.chrome_held_requirements or heading_topic(said) == "skills"
            self.chrome_heading = None
        while self.hidden and tag != self.hidden[-1][0] and self.hidden[-1][0] in _OPTIONAL_END:
            # "<ul><li hidden>a</ul>": the list's end ends the item whose end tag was left out
            self.hidden.pop()
            self.skipping = max(0, self.skipping - 1)
        if self.hidden and tag == self.hidden[-1][0]:
            self.hidden[-1][1] -= 1
            if self.hidden[-1][1] == 0:
                self.hidden.pop()
                self.skipping = max(0, self.skipping - 1)
            # (and ended as any element: its start counted a list, a link or a table as open)
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            self.in_structured = False
        elif tag in ("ul", "ol"):
            self.lists = max(0, self.lists - 1)
            self._break("")
            if self.open_lists:
                first, navigation, items = self.open_lists.pop()
                if navigation and items:
                    # a list of links only, each to a part of the site ("Careers", "Blog") or to another of its
                    # postings ("Frontend Engineer" linked to /jobs/2), or to its accounts ("GitHub"): the page
                    # around the posting
                    del self.lines[first:]
                elif self.open_lists and len(self.lines) > first:
                    self.open_lists[-1][1] = False  # (a list kept inside another: that one is kept too)
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS or tag in ("dt", "td", "th"):
            self._break("")
            if tag == "tr":
                self._end_rows(self.tables)
            elif tag == "table":
                self._end_rows(self.tables)  # rows left open
                self.tables = max(0, self.tables - 1)
        elif tag in _EMPHASIS:
            self.current.append("**")
        elif tag == "a":
            self.links = max(0, self.links - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title and self.page_title is not None:
            self.page_title += data
        elif self.in_structured:
            self.structured[-1] += data
        elif self.skipping:
            if self.chrome and any(chrome for _, _, chrome in self.hidden):
                self.chrome_letters += sum(ch.isalnum() for ch in data)
                if self.chrome_heading is not None:
                    self.chrome_heading.append(data)
        else:
            self.current.append(data)
            if self.in_shown_h1 and not self.shown_h1:
                self.shown_h1 = any(ch.isalnum() for ch in data)
            if not self.links and not self.unlinked:  # (looked at until the first letter outside a link)
                self.unlinked = any(ch.isalnum() for ch in data)

    def _end_rows(self, tables: int) -> None:
        """End the open rows of the table ``tables`` deep (a row inside a cell of an outer table ends first)."""
        while self.rows and self.rows[-1][3] >= tables:
            first, plain, header, _ = self.rows.pop()
            self._table_row(first, plain, header)

    def _table_row(self, first: int, plain: bool, header: bool) -> None:
        """A table row of plain cells ("Threat hunting with KQL | Basic | Nice") as one list item of its cells, as a
        Markdown table's row is read ("- Threat hunting with KQL — Basic — Nice to have"); a header row (all
        ``th``) left out. A row whose cells hold blocks, lists or line breaks, or whose first cell is a bold label,
        lays out the page: its lines stay."""
        cells = [line for line in self.lines[first:] if line]
        if not plain or len(cells) < 2 or (cells[0].startswith("**") and cells[0].endswith("**")):
            return  # (a bold first cell labels its row: "**Benefits** | Pension ...", a page laid out as a form)
        del self.lines[first:]
        if not header:
            if not self.lines or not self.lines[-1].startswith("- "):
                self.lines.append("")  # (the rows of a table are one list)
            self.lines.append(table_row_item(cells))

    def _nothing_yet(self) -> bool:
        """Whether the line being built has no text yet."""
        return not any(ch.isalnum() for part in self.current for ch in part)

    def _break(self, prefix: str) -> None:
        raw = "".join(self.current)
        text = _collapsed(raw)
        all_linked, self.unlinked = not self.unlinked, False
        elsewhere, self.elsewhere = self.elsewhere, False
        if self.open_lists and any(ch.isalnum() for ch in text):
            # (a line in the list that is no item, the second line of an item after a <br>: the list is kept)
            item = self.prefix.endswith("- ")
            self.open_lists[-1][1] = self.open_lists[-1][1] and item and _navigation_item(text, all_linked, elsewhere)
            self.open_lists[-1][2] += item
        if all_linked and not self.prefix and not self.rows and NAVIGATION_LINK.match(text.strip(" *.")):
            # a paragraph that is nothing but a link to elsewhere on the site ("Back", "Blog", "Twitter"): its
            # navigation, not the posting (a linked "Kubernetes" or job title stays, as does a list item)
            self.current, self.prefix = [], prefix
            return
        if any(ch.isalnum() for ch in text):
            if not self.prefix or self.prefix.startswith("#"):
                self.lines.append("")  # a paragraph or a heading of its own
            if not self.prefix and not self.rows and (lines := _source_lines(raw)):
                self.lines.extend(lines)
            else:
                self.lines.append(self.prefix + text)
        self.current, self.prefix = [], prefix

    def text(self) -> str:
        self._break("")
        return "\n".join(self.lines).strip() + "\n"


def _chrome(attrs: list[tuple[str, str | None]], *, in_content: bool) -> bool:
    """Whether an element's class, id or role names it as the page around the posting: ``cookie-consent``,
    ``post-comments``, ``jp-relatedposts``, ``sidebar``, ``site-footer``, ``social-links``, ``role="navigation"``;
    not a layout that holds the posting (``content-sidebar-wrap``, ``has-sidebar``, ``sidebar-layout``), a block of
    the posting's own (``job-sidebar``, ``posting-sidebar``, ``social-impact``, ``entry-footer``), nor a header or
    banner (the title's). Inside the page's ``<article>`` or ``<main>`` (``in_content``) only the names no posting
    gives its own blocks count (comments, sharing, cookies, related posts), not a sidebar, menu or footer."""
    names = _CHROME_IN_CONTENT if in_content else _CHROME_NAME
    for name, value in attrs:
        if not value:
            continue
        if name == "role" and not in_content and value.strip().lower() in _CHROME_ROLES:
            return True
        if name in ("class", "id") and any(names.fullmatch(token) for token in value.lower().split()):
            return True
        if name == "aria-label" and "breadcrumb" in value.lower():
            return True
    return False


# names no posting gives a block of its own, and those a page's layout gives its chrome ("sidebar", "footer")
_CHROME_ANYWHERE = (
    "cookies?|consent|gdpr|newsletter|subscribe|subscription|comments?|disqus|share|sharing|sharedaddy|relatedposts"
    "|breadcrumbs?|related[-_]{1,2}(?:posts|jobs|articles|roles|positions|openings|stories|links)"
    "|social[-_]{1,2}(?:links|icons|share|sharing|buttons|media|networks)"
)
_CHROME_LAYOUT = "social|related|navbar|navigation|nav|menu|sidebar|footer"
# a site's prefix ("site-footer", "wp-block-social-links", "jp-relatedposts") and a part's suffix ("cookie-banner",
# "comments-area", "menu-item"); any other word makes it the posting's own block or the layout holding it
_CHROME_PREFIX = r"(?:(?:site|page|post|global|main|top|bottom|primary|secondary|wp-block|wp|jp|js|c)[-_]{1,2})?"
_CHROME_SUFFIX = (
    r"(?:[-_]{1,2}(?:area|banner|bar|notice|links?|list|buttons?|widgets?|section|block|box|popup|modal|icons?"
    r"|items?|form|posts|overlay|dialog|wrapper|wrap|container|inner|content|menu|nav|toggle|title|heading))?"
)
_CHROME_NAME = re.compile(f"{_CHROME_PREFIX}(?:{_CHROME_ANYWHERE}|{_CHROME_LAYOUT}){_CHROME_SUFFIX}")
_CHROME_IN_CONTENT = re.compile(f"{_CHROME_PREFIX}(?:{_CHROME_ANYWHERE}){_CHROME_SUFFIX}")
_CHROME_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search"})
_WHOLE = frozenset({"html", "body", "main", "article"})  # never chrome, whatever their class


def heading_topic(heading: str) -> Topic | None:
    """The topic of a heading (normalised): the first group of ``lexicon.HEADING_TOPICS`` that names it, in their
    order ("Job details" is other, "Requirements" skills). The parser classifies headings with it too."""
    # (Chinese: searched inside a run of characters, see CJK_HEADING_TOPICS)
    if has_chinese(heading) and (topic := next((t for t, p in _CJK_TOPIC_PATTERNS if p.search(heading)), None)):
        return topic
    return next((topic for topic, pattern in _TOPIC_PATTERNS if pattern.search(heading)), None)


_TOPIC_PATTERNS = tuple((topic, word_list(words)) for topic, words in HEADING_TOPICS)
# a Chinese character, or Japanese kana (which write no spaces either): the text is read with ``lexicon.CJK_*`` too;
# the linker reads a run of them as one word (``CJK_CHARS``: the class's ranges, for patterns built on it)
CJK_CHARS = "\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f"
CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_CJK_TOPIC_PATTERNS = tuple((topic, re.compile(words)) for topic, words in CJK_HEADING_TOPICS)
CJK_JOB = re.compile(CJK_TITLE_NOUNS)  # a job's word inside a run of Chinese characters ("后端开发工程师")


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (False at once for ASCII, most texts)."""
    return not text.isascii() and CJK_CHAR.search(text) is not None


def in_chinese(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` in a text that holds Chinese characters, else None."""
    return pattern.search(text) if has_chinese(text) else None


def ends_mid_phrase(text: str) -> bool:
    """Whether ``text`` stops mid-phrase ("and", "with", ",": ``lexicon.DANGLING``): only its end is searched (the
    search sees the characters before ``pos``, so a word boundary there is judged on the whole text)."""
    return _DANGLING.search(text, max(0, len(text) - DANGLING_TAIL)) is not None


def _navigation_item(text: str, all_linked: bool, elsewhere: bool) -> bool:
    """Whether a list item is a link of the site's navigation ("Careers", "GitHub"), or a link within the site to a
    job ("Data Engineer" linked to /jobs/2: another posting). A skill linked to a page of the site ("Python" to
    /tags/python) or to its documentation stays."""
    if not all_linked:
        return False
    said = text.strip(" *.")
    return NAVIGATION_LINK.match(said) is not None or (not elsewhere and JOB_TITLE.search(normalise(said)) is not None)


JOB_TITLE = word_list(TITLE_NOUNS)  # a word of a job's title ("Engineer", "Entwickler*in"): the parser's too


def names_a_job(text: str) -> bool:
    """Whether ``text`` holds a word of a job's title (``lexicon.TITLE_NOUNS``, or a Chinese one inside a run of
    characters: "后端开发工程师")."""
    return JOB_TITLE.search(normalise(text)) is not None or in_chinese(CJK_JOB, text) is not None


# a link to another site: a scheme ("https://golang.org", "mailto:") or a host ("//cdn.example"); a path, a query
# or a fragment stays on the site
_ELSEWHERE = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def _collapsed(raw: str) -> str:
    """Text as a browser shows it: runs of white space as one space, emphasis markers joined across spaces."""
    return " ".join(raw.split()).replace("** **", " ").replace("****", "")


def _source_lines(raw: str) -> list[str] | None:
    """The lines of a paragraph whose author broke it into lines in the page's source and never marked them up
    (a posting pasted into a ``<p>``: "Key Qualifications", "Deep technical expertise in ...", "MLOps"), which a
    browser runs together, or None. Lines written so stand three or more and each opens with a capital, a digit or
    a bullet; a paragraph wrapped at a width goes on in lower case ("and Django."), after a word a line does not end
    on (``lexicon.DANGLING``: a comma, "with", "und"), or after a line that opens with a subject and does not end
    ("You can read" / "Python or JavaScript ..."), and stays one (so do breadcrumbs: "Home »" / "About »")."""
    lines = [line for line in (_collapsed(part) for part in raw.split("\n")) if any(ch.isalnum() for ch in line)]
    if len(lines) < _SOURCE_LINES:
        return None
    for before, line in itertools.pairwise(lines):
        first = line.lstrip("* ")[:1]
        if not (first.isupper() or first.isdigit() or first in _BULLETS) or before.endswith(("»", "›", ">", "|")):
            return None
        if ends_mid_phrase(before):
            return None  # "... Erfahrung mit" / "Python und Django": German capitalises the nouns a wrap goes on with
        if _SENTENCE_SUBJECT.match(before) and not before.rstrip(" *").endswith(_LINE_ENDS):
            return None  # "You can read" / "Python or JavaScript ...": a sentence that goes on
    return lines


_SOURCE_LINES = 3
# a sentence's subject opening a line ("You can read", "We use"): the line is prose unless it ends as one does
_SENTENCE_SUBJECT = re.compile(r"(?:you|we|i|it|this|these|they|our|your|there)\b", re.IGNORECASE)
_LINE_ENDS = (".", "!", "?", ":", ";")
_DANGLING = re.compile(DANGLING, re.IGNORECASE)
DANGLING_TAIL = 16  # longer than any word of ``DANGLING``
_BULLETS = frozenset("•·▪–—*-")


MAX_LIST_INDENT = 8  # levels of nested lists shown as indentation; deeper ones as deep as the eighth


def _unclosed_comments_shown(html: str) -> str:
    """``html`` with each "<!--" that no "-->" closes written as text: the standard library's parser reads the rest of
    the page again at each piece it is fed while a comment is open (100 KB of "<!-- x " took 2 s, round 32)."""
    last_close = html.rfind("-->")
    opened = html.find("<!--", last_close + 3 if last_close >= 0 else 0)
    return html if opened < 0 else html[:opened] + html[opened:].replace("<!--", "&lt;!--")


def html_to_text(html: str) -> str:
    """HTML as Markdown-like lines: ``# heading``, ``- item``, paragraphs apart. A page that shows no posting (a
    careers site that draws it with JavaScript, saved before it ran) gives the job posting of its structured data
    (schema.org ``JobPosting``: its title and description), which such sites write for search engines."""
    front_matter, html = split_front_matter(html)  # (a page kept in a site's sources)
    html = _unclosed_comments_shown(html)
    if "<![" in html:
        html = _UNKNOWN_MARKED_SECTION.sub("&lt;![", html)
    html = _lone_brackets_escaped(html)
    parser = _HtmlToText()
    parser.feed(html)
    parser.close()
    text = parser.text()
    letters = sum(ch.isalnum() for ch in text)
    if (
        (parser.chrome_held_h1 and not parser.shown_h1)
        or parser.chrome_held_requirements
        or (letters < EMPTY_PAGE_LETTERS and parser.chrome_letters > letters)
    ):
        # what the page named as its chrome held its only title, its requirements ("Requirements" in a block named
        # "sidebar") or most of its text: read it all after all
        parser = _HtmlToText(chrome=False)
        parser.feed(html)
        parser.close()
        text = parser.text()
    text = _titled(text, parser.page_title)
    if front_matter.strip():
        text = front_matter.strip() + "\n\n" + text
    if sum(ch.isalnum() for ch in text) < EMPTY_PAGE_LETTERS and (posting := _job_posting(parser.structured)):
        title, description = posting
        return (f"# {title}\n\n" if title else "") + html_to_text(description)
    return text


# (round 34) a "<" that opens no tag a browser would close: not a tag's "<name …>", a comment, a declaration, nor
# Word's "<![if …]>" / "<![endif]>" ("<![CDATA[" repeated counts as lone: the parser read it again and again too)
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<!\[(?:if|endif)\b[^<>]*>|<(?:[A-Za-z/?]|!(?!\[))[^<>]*>", re.DOTALL | re.I)
# a marked section the standard library's parser does not know ("<![x>"): it raised AssertionError on it
_UNKNOWN_MARKED_SECTION = re.compile(r"<!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", re.I)
LONE_BRACKETS = 100  # this many such "<" and the page is escaped before it is read


def _lone_brackets_escaped(html: str) -> str:
    """``html`` with each "<" that opens nothing as ``&lt;``, when there are many. The standard library's HTML
    parser (before the fix of CVE-2025-6069, in Python 3.11.13 and 3.12.11) reads a tag it cannot close again from
    every later "<": 100 KB of ``<a x='`` took seconds, 2 MB minutes. A page as written has few such brackets (a
    "<" in running text, in a script it skips anyway): read as it is."""
    if html.count("<") < LONE_BRACKETS:
        return html  # (a tag is one "<": fewer than this many in all, fewer lone ones)
    texts: list[str] = []  # the text between tags and comments, and after the last
    tags: list[str] = []
    position = 0
    for match in _TAG_OR_COMMENT.finditer(html):
        texts.append(html[position : match.start()])
        tags.append(match[0])
        position = match.end()
    texts.append(html[position:])
    if sum(text.count("<") for text in texts) < LONE_BRACKETS:
        return html
    escaped = [text.replace("<", "&lt;") for text in texts]
    return "".join(itertools.chain.from_iterable(itertools.zip_longest(escaped, tags, fillvalue="")))


def _titled(text: str, page_title: str | None) -> str:
    """``text`` under a "Title:" line naming the heading the page's ``<title>`` names, when that heading is not its
    first line: a page whose navigation the reader could not tell from the posting ("The Haskell Foundation",
    "About", "Careers" ... then "# DevOps Engineer") names its job in its browser tab ("DevOps Engineer", "Senior
    Engineer | Acme", "Acme - Data Analyst"). A title that names no heading, or only one that names no job (the
    site's: "Careers | Orchard Signal" over "# Orchard Signal"), says nothing."""
    if not page_title:
        return text
    parts = [" ".join(page_title.split()), *(" ".join(p.split()) for p in _TITLE_PARTS.split(page_title))]
    names = {part.casefold() for part in parts if part}  # (the whole too: "Data Scientist at Scale")
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            continue
        heading = _collapsed(line.lstrip("#").replace("**", ""))
        if heading.casefold() in names and names_a_job(heading):
            return text if index == 0 else f"Title: {heading}\n\n{text}"
    return text


# the separators of a page's <title> between the job, the site and the place ("Senior Engineer | Acme | Berlin")
_TITLE_PARTS = re.compile(r"(?<!\s)\s+(?:[|·•»–—@-]|::|at)\s+|:\s+|,\s+")


EMPTY_PAGE_LETTERS = 200  # a page showing fewer letters and digits than this shows no posting
NAVIGATION_LINK = re.compile(rf"^(?:{'|'.join(NAVIGATION_LINKS)})$", re.IGNORECASE)


def _job_posting(blocks: list[str]) -> tuple[str, str] | None:
    """The title and description (HTML) of the first ``JobPosting`` in the page's JSON-LD blocks."""
    import json

    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        if isinstance(data, dict):  # one item, or several in its "@graph"
            graph = data.get("@graph")
            data = [data, *(graph if isinstance(graph, list) else [])]
        for item in data if isinstance(data, list) else []:
            if not isinstance(item, dict) or item.get("@type") != "JobPosting":
                continue
            title, description = item.get("title"), item.get("description")
            if isinstance(description, str):
                return (title if isinstance(title, str) else ""), description
    return None


# --- PDF and .docx ----------------------------------------------------------------------


MAX_PDF_PAGES = 50  # a posting is a few pages; a book-length PDF is no posting (and takes minutes to read)


def _pdf_text(data: bytes, path: Path) -> str:
    import logging

    # (pypdf logs each repair it makes to a broken file: "EOF marker not found", thousands of lines on a crafted
    # one; the import's answer is its own one line. Only while a posting is read: the packet import keeps them.)
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        return _pdf_pages_text(data, path)
    finally:
        pypdf_log.setLevel(level)


def _pdf_pages_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        # a PDF restricted only by its owner (no copying or editing) opens in every viewer with no password
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("is an encrypted PDF; remove the password or copy the text into a .txt file", file=path)
        if _declared_pages(reader) > MAX_PDF_PAGES or _pages_at_most(reader) > MAX_PDF_PAGES:
            problem = (
                f"has more than {MAX_PDF_PAGES} pages, more than a posting; copy the posting's text into a .txt file"
            )
            raise InputError(problem, file=path)
        pages = [_page_text(page, path) for page in reader.pages]
    except (InputError, RecursionError, MemoryError):
        raise
    except Exception as exc:  # (round 34) pypdf raises many kinds of error on a crafted or broken file
        # (its errors, its limits on what a stream may expand to, NotImplementedError for an unknown filter or
        # encryption, zlib's and the standard library's): each is a PDF we cannot read, said in one line
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(f"is not a readable PDF ({reason}); copy the text into a .txt file", file=path) from exc
    text = "\n\n".join(_without_running_lines(pages))
    if not any(ch.isalpha() for ch in text):
        problem = "is a PDF without text (a scan or images); copy the posting's text into a .txt file"
        raise InputError(problem, file=path)
    return _pdf_bullets(_PDF_HYPHEN.sub(r"\1\3\n\2", text))


MAX_PAGE_CONTENT = 256 * 1024  # a page's drawing instructions: a page of dense text is well under 100 KB


def _page_text(page: Any, path: Path) -> str:
    """A page's text; a page of more drawing instructions than any page of text is refused first (round 34: 10 KB
    packing 100,000 text operators took pypdf 10 s to read, 300,000 more than a minute)."""
    contents = page.get_contents()
    if contents is not None and len(contents.get_data()) > MAX_PAGE_CONTENT:
        problem = "has a page of more drawing instructions than a posting's; copy the posting's text into a .txt file"
        raise InputError(problem, file=path)
    return str(page.extract_text() or "")


def _pages_at_most(reader: Any) -> int:
    """The pages in the page tree, counted leaf by leaf and no further than one past ``MAX_PDF_PAGES`` (a tree whose
    count lies, "1" over 100,000 pages, took pypdf's own count seconds); cycles are counted once."""
    try:
        stack = [reader.trailer["/Root"].get_object()["/Pages"]]
    except (KeyError, TypeError, AttributeError, ValueError):
        return len(reader.pages)  # (a broken tree: pypdf says what is wrong)
    seen: set[int] = set()
    count = 0
    try:
        while stack and count <= MAX_PDF_PAGES:
            reference = stack.pop()
            number = getattr(reference, "idnum", None)
            if number is not None:
                if number in seen:
                    continue
                seen.add(number)
            node = reference.get_object()
            kids = node.get("/Kids") if hasattr(node, "get") else None
            if kids is None:
                count += 1
            else:
                stack.extend(reversed(list(kids.get_object())))
    except (KeyError, TypeError, AttributeError, ValueError):
        return len(reader.pages)  # (kids that are no list: pypdf's own reading says what is wrong)
    return count


def _declared_pages(reader: Any) -> int:
    """The page count the PDF's page tree states (counting 100,000 pages one by one took seconds); 0 if it states
    none or its tree is broken (then pypdf's own reading of the pages says what is wrong)."""
    try:
        count = reader.trailer["/Root"].get_object()["/Pages"].get_object()["/Count"]
    except (KeyError, TypeError, AttributeError, ValueError):
        return 0
    return count if isinstance(count, int) else 0


# a word hyphenated at a line's end ("oncol-" over "ogy trials"): one word again, the rest of the next line kept
# on its line (so every line keeps its number)
_PDF_HYPHEN = re.compile(r"([^\W\d_])-\n([ \t]*)([a-zß-ÿ]+)")
# "Page 2 of 3", "2 / 3", "- 2 -": a page number, whatever page it is on
_PAGE_NUMBER = re.compile(r"^\W*(?:page|seite|página|pagina)?\s*\d+\s*(?:(?:/|of|von|de|sur)\s*\d+)?\W*$", re.I)
_ALNUM = re.compile(r"[^\W_]")
RUNNING_LINES = 3  # how many lines at a page's top and bottom may be its running header or footer


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running header and footer: a line among the first or last ``RUNNING_LINES`` of a
    page that stands there on another page too ("Acme Ltd · Job Description · Confidential", "Page 1 of 2",
    digits aside). Left in, it breaks a list running over a page and is taken for the posting's title."""
    if len(pages) < 2:
        return pages
    split = [page.splitlines() for page in pages]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).casefold())

    edges = [
        # (a line of a glyph alone, "■", is a bullet's, not a page's)
        {key(line) for line in lines[:RUNNING_LINES] + lines[-RUNNING_LINES:] if _ALNUM.search(line)}
        for lines in split
    ]
    pages_with = Counter(k for keys in edges for k in keys)
    seen_twice = {k for k, count in pages_with.items() if count > 1}
    kept = []
    for lines in split:
        edge = set(range(min(RUNNING_LINES, len(lines)))) | set(range(max(0, len(lines) - RUNNING_LINES), len(lines)))
        kept.append(
            "\n".join(
                line
                for index, line in enumerate(lines)
                if index not in edge or not (key(line) in seen_twice or _PAGE_NUMBER.match(line.strip()))
            )
        )
    return kept


def _pdf_bullets(text: str) -> str:
    """pypdf keeps list glyphs as characters: put each on a line of its own, with its item (a PDF made by a word
    processor keeps its Symbol-font bullet, U+F0B7, or its Wingdings square, U+F0A7; a Dingbats square comes
    out alone on its line, its item on the next; a standard font's bullet may come out as DEL, U+007F)."""
    return re.sub(r"[ \t]*([•▪●◦■□◆➢►\uf0b7\uf0a7])\s*", r"\n\1 ", text.replace("\x7f", "•"))


def _docx_text(data: bytes, path: Path) -> str:
    import zipfile

    from docx import Document
    from lxml.etree import XMLSyntaxError  # (python-docx reads the XML with lxml)

    unreadable = "is not a readable .docx file; save it again from Word or as .txt"
    try:
        _check_docx_sizes(data, path)
        document = Document(io.BytesIO(data))
        styles = {style.style_id: style.name or "" for style in document.styles}
        lines: list[str] = []
        _docx_blocks(document.element.body, styles, lines)
    except (InputError, RecursionError, MemoryError):
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise InputError(unreadable, file=path) from exc
    except Exception as exc:  # (round 34) a broken zip or document says so in many ways
        # (zlib's CRC error, an encrypted or unknown compression method, a document with no body or another root)
        raise InputError(unreadable, file=path) from exc
    return "\n".join(lines) + "\n"


MAX_DOCX_GROWTH = 40 * 1024 * 1024  # what a .docx's parts may add when unpacked (text packs about tenfold, images not)


def _check_docx_sizes(data: bytes, path: Path) -> None:
    """(Round 34) Refuse a .docx whose parts would unpack to far more than a posting (a zip bomb: 1 MB that unpacks
    to gigabytes took minutes and 4 GB of memory), before any part is read. Every part counts, whatever its name
    (python-docx finds the document by its declared type: "word/document.bin" is read too) and whatever it is (an
    image of 1.5 GB of zeros was read whole)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
    growth = sum(max(0, info.file_size - info.compress_size) for info in parts)
    if growth > MAX_DOCX_GROWTH:
        unpacked = sum(info.file_size for info in parts)
        problem = f"unpacks to {unpacked / 1_048_576:.0f} MB, more than a posting; save it again as .txt"
        raise InputError(problem, file=path)


# WordprocessingML, as python-docx names it (the namespace in braces)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# what holds more blocks: content controls (HR templates), tracked insertions, custom XML
_DOCX_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml", f"{_W}smartTag", f"{_W}tc"})


def _docx_blocks(element: Any, styles: dict[str, str], lines: list[str]) -> None:
    """The paragraphs and tables inside ``element`` in the order Word shows them, as lines. Read from the XML, not
    python-docx's ``paragraphs``, which leaves out what a template puts in content controls, tables, text boxes and
    unaccepted tracked insertions: Word shows them, so they are the posting."""
    for child in element:
        if child.tag == f"{_W}p":
            _docx_paragraph(child, styles, lines)
        elif child.tag == f"{_W}tbl":
            _docx_table(child, styles, lines)
        elif child.tag in _DOCX_CONTAINERS:
            _docx_blocks(child, styles, lines)


def _docx_paragraph(paragraph: Any, styles: dict[str, str], lines: list[str]) -> None:
    text = _docx_runs_text(paragraph)
    properties = paragraph.find(f"{_W}pPr")
    style_id = ""
    if properties is not None and (style := properties.find(f"{_W}pStyle")) is not None:
        style_id = style.get(f"{_W}val") or ""
    style = styles.get(style_id, style_id)
    numbering = properties.find(f"{_W}numPr") if properties is not None else None
    level = numbering.find(f"{_W}ilvl") if numbering is not None else None
    depth = (level.get(f"{_W}val") or "") if level is not None else ""
    indent = "  " * min(int(depth), MAX_LIST_INDENT) if depth.isdigit() else ""  # (not "99999999" levels deep)
    for number, line in enumerate(" ".join(part.split()) for part in text.split("\n")):
        if not line:
            lines.append("")
        elif number == 0 and (style.startswith("Heading") or style == "Title"):
            heading_level = int(style[-1]) if style[-1:].isdigit() else 1
            lines.extend(["", "#" * heading_level + " " + line])
        elif number == 0 and ("List" in style or numbering is not None):
            lines.append(indent + "- " + line)  # (a sub-item of a Word list one level deeper)
        else:
            lines.append(line)
    for box in _docx_text_boxes(paragraph):  # a text box anchored here: its paragraphs follow
        _docx_blocks(box, styles, lines)


def _docx_runs_text(paragraph: Any) -> str:
    """A paragraph's text as Word shows it: inserted text in, deleted text (``w:delText``) out; a line break
    (Shift+Enter) a new line; text boxes left to :func:`_docx_text_boxes`."""
    parts: list[str] = []
    for node in _docx_nodes(paragraph, closed=_NOT_THE_PARAGRAPHS_TEXT):
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _docx_text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph, each once (Word stores a second copy for old readers)."""
    nodes = _docx_nodes(paragraph, closed=frozenset({f"{_W}txbxContent", _MC_FALLBACK}))
    return [node for node in nodes if node.tag == f"{_W}txbxContent"]


# what a paragraph holds that is not its own text: its text boxes' (read apart), Word's copy of them for old
# readers, its properties and its tracked deletions
_NOT_THE_PARAGRAPHS_TEXT = frozenset({f"{_W}txbxContent", _MC_FALLBACK, f"{_W}pPr", f"{_W}del"})


def _docx_nodes(element: Any, *, closed: frozenset[str]) -> Iterator[Any]:
    """Every node inside ``element`` in document order, without descending into a node whose tag is ``closed``
    (it is given, not what it holds). An explicit stack: a crafted file nests as deep as the XML reader allows."""
    stack = [iter(element)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if node.tag not in closed:
            stack.append(iter(node))


# the words of a table's header row ("Skill | Level | Must/Nice", "Requirement | Essential / Desirable")
_HEADER_WORDS = re.compile(
    r"skill|requirement|criteri|competenc|qualification|experience|knowledge|level|priority|essential|desirable"
    r"|must|nice|required|preferred|importance|area|description|notes?\b|comments?|weight|rating|category",
    re.IGNORECASE,
)


def _docx_table(table: Any, styles: dict[str, str], lines: list[str]) -> None:
    """A table of requirements (one short paragraph per cell) as a Markdown table, which the parser reads as a
    list, each row a bullet of its cells; a table that lays out the page (a cell holding a list or paragraphs)
    as its cells' blocks, in order."""
    # its own rows and cells (not those of a table inside it; a content control may wrap a row or a cell)
    rows = [[cell for cell in row if cell.tag in (f"{_W}tc", f"{_W}sdt")] for row in _docx_children(table, "tr")]
    # a table inside a cell lays out the page: walked once, never read twice per level (a crafted nest of tables
    # would cost twice as much at each level)
    cells = (
        [] if table.find(f".//{_W}tbl") is not None else [[_docx_cell_lines(c, styles) for c in row] for row in rows]
    )
    if not cells or any(len(cell) > 1 for row in cells for cell in row):
        for row in rows:
            for cell in row:
                _docx_blocks(cell, styles, lines)
        return
    texts = [[(cell[0] if cell else "").replace("|", "/") for cell in row] for row in cells]
    texts = [row for row in texts if any(row)]
    if not texts:
        return
    width = max(len(row) for row in texts)
    if width == 1:  # one column: a list
        lines.extend(["", *("- " + row[0] for row in texts if row[0]), ""])
        return
    header = texts[0] if all(_HEADER_WORDS.search(cell) for cell in texts[0] if cell) else [""] * width
    if width == 2 and header is not texts[0]:
        # the facts of a template ("Job title | Volunteer Coordinator", "Location | Norwich"): "label: value" lines
        lines.extend(["", *(f"{row[0]}: {row[1]}" if row[0] and len(row) > 1 else " ".join(row) for row in texts), ""])
        return
    body = texts[1:] if header is texts[0] else texts
    lines.extend(["", "| " + " | ".join(header) + " |", "|" + "---|" * width])
    lines.extend("| " + " | ".join(row) + " |" for row in body)
    lines.append("")


def _docx_children(element: Any, name: str) -> list[Any]:
    """The ``w:<name>`` children of ``element``, also inside the content controls, insertions and custom XML
    that wrap them."""
    found: list[Any] = []
    for child in element:
        if child.tag == f"{_W}{name}":
            found.append(child)
        elif child.tag in _DOCX_CONTAINERS and child.tag != f"{_W}tc":
            found.extend(_docx_children(child, name))
    return found


def _docx_cell_lines(cell: Any, styles: dict[str, str]) -> list[str]:
    lines: list[str] = []
    _docx_blocks(cell, styles, lines)
    return [line for line in lines if line.strip()]
