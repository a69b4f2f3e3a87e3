"""What a posting copied from a website's source carries besides the posting, removed line by line.

Careers pages are often kept as Markdown in a static-site repository (Jekyll, Hugo, Gatsby), and a
hiring manager opens or pastes that file. Besides the posting it holds:

* a *front matter* block at the very top (``---`` … ``---`` in YAML, ``+++`` … ``+++`` in TOML):
  the page's metadata (author, date, tags). Only its ``title`` means something to a reader; it is
  kept as a "Title: …" line, which the parser reads as the job title.
* template tags on lines of their own: ``{{< youtube … >}}``, ``{% include … %}``, Markdown
  comments (``[//]: # (…)``) and HTML comments;
* HTML written into the Markdown: ``<img …>`` (its file name is not text), ``<br>``,
  ``<a href=…>text</a>`` and the like. The tags go, their text stays; ``<li>`` becomes a bullet
  and ``<hN>`` a heading. Character references (``&#x2F;``, ``&amp;``) read as their characters.

Each line keeps its number (a removed line becomes empty), so a requirement still points at the
line a person sees in the original file.
"""

from __future__ import annotations

import html
import re

FRONT_MATTER_LINES = 80  # metadata blocks are short; a "---" further down is a rule, not metadata
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_META_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*[:=]")  # "key: value" (YAML), "key = value" (TOML)
_TITLE = re.compile(r"^\s*title\s*[:=]\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_TEMPLATE_LINE = re.compile(
    r"^\s*(?:\{\{[<%].*[>%]\}\}|\{%.*%\}|\{\{.*\}\}|\[//\]:\s*#.*|\[comment\]:\s*#.*|<!--.*-->)\s*$"
)
_COMMENT_OPEN = re.compile(r"^\s*<!--(?!.*-->)")
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|del|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins"
    "|kbd|li|mark|ol|p|picture|pre|s|section|small|source|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr"
    "|u|ul|video"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*/?>", re.IGNORECASE)
_ANY_TAG_HINT = re.compile(rf"<(?:/?(?:{_TAG_NAMES})\b|!--)", re.IGNORECASE)
_DROPPED_ELEMENT = re.compile(r"<(?:img|source|iframe|video|picture)\b[^<>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*<li\b[^<>]*>", re.IGNORECASE)
_HEADING = re.compile(r"^\s*<h(?P<level>[1-6])\b[^<>]*>", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def strip_site_markup(lines: list[str]) -> list[str]:
    """``lines`` without front matter, template tags and HTML tags; the same number of lines."""
    out = _without_front_matter(lines)
    in_comment = False
    for index, line in enumerate(out):
        if in_comment:
            in_comment = "-->" not in line
            out[index] = ""
        elif _TEMPLATE_LINE.match(line):
            out[index] = ""
        elif _COMMENT_OPEN.match(line):
            in_comment, out[index] = True, ""
        elif "<" in line and _ANY_TAG_HINT.search(line):
            out[index] = _without_tags(line)
        if "&" in out[index] and _REFERENCE.search(out[index]):
            out[index] = html.unescape(out[index])  # "SRE&#x2F;DevOps", "We&#x27;re": what a reader sees
    return out


def without_front_matter(text: str) -> str:
    """``text`` with its front matter replaced by its title line (a page of HTML kept in a site's sources
    has one too: read before the HTML, whose reader would run it into one paragraph)."""
    if not text.startswith(tuple(_FENCES)):
        return text
    return "\n".join(_without_front_matter(text.splitlines()))


def _without_front_matter(lines: list[str]) -> list[str]:
    out = list(lines)
    if not lines or (fence := lines[0].strip()) not in _FENCES:
        return out
    closing = next(
        (i for i in range(1, min(len(lines), FRONT_MATTER_LINES)) if lines[i].strip() in _FENCES[fence]),
        None,
    )
    if closing is None or not _META_KEY.match(next((line for line in lines[1:closing] if line.strip()), "")):
        return out  # a thematic break or a setext underline, not metadata
    for index in range(closing + 1):
        title = _TITLE.match(lines[index]) if 0 < index < closing else None
        out[index] = f"Title: {_unquoted(title['value'])}" if title and title["value"] else ""
    return out


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
    return value


def _without_tags(line: str) -> str:
    prefix = ""
    if heading := _HEADING.match(line):
        prefix = "#" * int(heading["level"]) + " "
    elif _LIST_ITEM.match(line):
        prefix = "- "
    text = _TAG.sub(" ", _DROPPED_ELEMENT.sub(" ", line))
    text = " ".join(text.split())
    return prefix + text if text else ""
