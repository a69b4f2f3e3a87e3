"""A posting saved as JSON, read as the text a reader would see.

Job boards hand their postings out as JSON (an API's record, a search index's hit, an export of an applicant
tracking system, a page's schema.org ``JobPosting``). A hiring manager who saves one gets a file whose text is held
in string values, with its line breaks written as ``\\n`` and its layout often as escaped HTML, among identifiers,
codes and dates. Read as plain text it is one long line of keys and escapes.

:func:`json_as_text` finds the record (a whole document, or the first value of a fragment copied out of a larger
one), takes its title from the first title-like key (``title``, ``headline``, ``rubrik`` ...) and its text from every
string value long enough to be text, in order: a key that names a section ("requirements", "qualifications",
"benefits") heads its text, a generic one ("description", "text", "annonstext") does not; HTML in a value is read
as HTML; a list of short strings under a named key is that section's list ("skills": ["Java", "Spring"]).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from typing import Any

TEXT_WORDS = 12  # a string value with this many words is text a reader reads, not a code, a date or a name
MAX_DEPTH = 12  # a record nested deeper than this is not a posting's
_TITLE_KEYS = frozenset(
    {
        "title",
        "jobtitle",
        "job_title",
        "positiontitle",
        "position_title",
        "headline",
        "rubrik",
        "overskrift",
        "titel",
        "titre",
        "titulo",
        "título",
        "titolo",
        "tytul",
        "tytuł",
    }
)
# keys whose text is the posting itself, under no heading of its own
_GENERIC_KEYS = frozenset(
    {
        "description",
        "descriptionhtml",
        "description_html",
        "descriptionplain",
        "description_plain",
        "jobdescription",
        "job_description",
        "text",
        "plaintext",
        "plain_text",
        "body",
        "content",
        "details",
        "annonstext",
        "beskrivning",
        "beskrivelse",
        "omschrijving",
        "beschreibung",
        "stellenbeschreibung",
        "descripcion",
        "descripción",
        "descrizione",
        "descrição",
        "opis",
        "summary",
        "html",
        "value",
    }
)
# keys over a list that may name requirements by an object's field ("kompetenser": [{"term": "Java"}])
_ITEM_FIELDS = ("term", "name", "label", "value", "text", "skill", "title")
_HTML_TAG = re.compile(r"</?(?:p|li|ul|ol|br|div|h[1-6]|strong|b|em|span)\b[^<>]*>", re.IGNORECASE)


def json_as_text(text: str) -> str | None:
    """The posting a JSON document or fragment holds, as text (see the module's doc); ``None`` when ``text`` is no
    JSON or holds no text."""
    record = _record(text)
    if record is None:
        return None
    titled = [item for item in record if _title(item)] if isinstance(record, list) else []
    if len(titled) >= 2:
        # several postings (a board's export): each under its own title, as a file of several postings is read
        return "\n\n".join(said for item in titled if (said := _posting_text(item))) or None
    return _posting_text(record)


def _title(record: Any) -> str | None:
    """The first title-like key's value in ``record`` (a short one)."""
    if not isinstance(record, dict | list):
        return None
    title = next((value for key, value in _strings(record) if _key(key) in _TITLE_KEYS and value.strip()), None)
    return " ".join(title.split()) if title and len(title) <= MAX_TITLE_CHARS else None


MAX_TITLE_CHARS = 200


def _posting_text(record: Any) -> str | None:
    title = _title(record)
    head = [f"# {title}"] if title else []
    # the record's text; its lists only when it has none (a search index's keyword lists repeat the text)
    body = [block for block in _blocks(record, lists=False) if block.strip()]
    body = body or [block for block in _blocks(record, lists=True) if block.strip()]
    return "\n\n".join(head + body) if body else None


def _record(text: str) -> Any:
    """The JSON value ``text`` opens with (``None`` when it opens with none: most texts, told by their first
    character)."""
    stripped = text.lstrip()
    if stripped[:1] not in ("{", "["):
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        pass
    except RecursionError:  # ("[[[[…" nested deeper than Python's stack: no record; read as text)
        return None
    try:  # a fragment: the first value, with whatever was copied after it ("}, {" of the next hit)
        return json.JSONDecoder().raw_decode(stripped)[0]
    except (ValueError, RecursionError):
        return None


def _key(key: str) -> str:
    return key.strip().lower()


def _strings(value: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """Every string in ``value`` with the key it is under, in document order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings(child, str(child_key), depth + 1)
    elif isinstance(value, list):
        for child in value:
            yield from _strings(child, key, depth + 1)


def _blocks(value: Any, *, lists: bool, key: str = "", depth: int = 0) -> Iterator[str]:
    """The text blocks of ``value``: each long string (under its key's heading when the key names a section); with
    ``lists``, each named list of short strings as a list."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        if not lists and (len(value.split()) >= TEXT_WORDS or _HTML_TAG.search(value)):
            yield _heading(key) + _as_text(value)
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _blocks(child, lists=lists, key=str(child_key), depth=depth + 1)
    elif isinstance(value, list):
        items = [_item(child) for child in value]
        if lists and key and _key(key) not in _GENERIC_KEYS and value and all(item is not None for item in items):
            if shown := [item for item in items if item]:
                yield _heading(key, always=True) + "\n".join(f"- {item}" for item in shown)
            return
        for child in value:
            yield from _blocks(child, lists=lists, key=key, depth=depth + 1)


def _item(value: Any) -> str | None:
    """A list's entry as one requirement: a short string, or an object's one text field; ``None`` for anything
    else (the list is then read as records)."""
    if isinstance(value, str):
        return " ".join(value.split()) if len(value.split()) < TEXT_WORDS else None
    if isinstance(value, dict):
        for field in _ITEM_FIELDS:
            if isinstance(said := value.get(field), str) and said.strip() and len(said.split()) < TEXT_WORDS:
                return " ".join(said.split())
    return None


def _heading(key: str, *, always: bool = False) -> str:
    if not key or (_key(key) in _GENERIC_KEYS and not always):
        return ""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ").strip()
    return f"## {words[:1].upper()}{words[1:].lower()}\n\n" if words else ""


def _as_text(value: str) -> str:
    if _HTML_TAG.search(value):
        from interview_planner.jd.formats import html_to_text  # (formats reads JSON with this module)

        return html_to_text(value)
    return textwrap.dedent(value).strip()  # (a value indented as the file around it was: "\n            Krav:")
