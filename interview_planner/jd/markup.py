"""What a posting copied from a website's source carries besides the posting, removed line by line.

Careers pages are often kept as Markdown in a static-site repository (Jekyll, Hugo, Gatsby), and a
hiring manager opens or pastes that file. Besides the posting it holds:

* a *front matter* block at the very top (``---`` … ``---`` in YAML, ``+++`` … ``+++`` in TOML):
  the page's metadata (author, date, tags). Only its ``title`` means something to a reader; it is
  kept as a "Title: …" line, which the parser reads as the job title. Some sites keep the whole
  posting there and render it with a template: when the front matter holds more words of text than
  the page below it, its text is the posting (:func:`_front_matter_as_text`): a key over a block of
  text or a list becomes a heading ("key_qualifications:" -> "## Key qualifications"), list items
  bullets, a block's lines its text, a long value a paragraph; short values and comments go.
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

# metadata blocks are short, but a posting kept in its front matter is not; a "---" further down is a rule
FRONT_MATTER_LINES = 600
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_META_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*[:=]")  # "key: value" (YAML), "key = value" (TOML)
# (values are stripped in code: ".*?\s*$" would take time quadratic in a line of spaces)
# the page's own title, at the margin: not a nested key's ("image:" over "  title: Acme-Logo"), unless the key it is
# nested in is the job's ("job:" over "  title: Embedded Software Engineer") and the page has no title of its own
_TITLE = re.compile(r"^title\s*[:=]\s*(?P<value>.*)$", re.IGNORECASE)
_NESTED_TITLE = re.compile(r"^\s*title\s*[:=]\s*(?P<value>.*)$", re.IGNORECASE)
_JOB_KEY = re.compile(r"^(?:job|position|role|posting|vacancy|opening|career)s?\s*:\s*$", re.IGNORECASE)


# (round 25) a key that names the job, where the page has no "title": "job_title: Backend Engineer", "position: …"
_JOB_TITLE = re.compile(
    r"^(?:job[_ -]?title|position(?:[_ -]?title)?|vacancy[_ -]?title)\s*[:=]\s*(?P<value>.*[^\W\d_].*)$",
    re.IGNORECASE,
)
# (the key's words apart by spaces: "[\w -]+?\s*" could split a run of spaces every way, round 32)
_KEY_VALUE = re.compile(r"^\s*[\w-]+(?: +[\w-]+)*\s*[:=]\s*(?P<value>.*)$")


def _title_line(lines: list[str]) -> int | None:
    """The front matter's line (1-based, as in the whole text) that holds the page's title (see ``_TITLE``), or the
    job's title under a key of its own when the page has none (``_JOB_TITLE``)."""
    for i, line in enumerate(lines):
        if (own := _TITLE.match(line)) is not None and own["value"].strip():
            return i + 1
    for i, line in enumerate(lines):
        if _JOB_TITLE.match(line) is not None:
            return i + 1
    parent = ""
    for i, line in enumerate(lines):
        if line[:1].strip():  # a key at the margin: the parent of the lines under it
            parent = line
        elif _NESTED_TITLE.match(line) and _JOB_KEY.match(parent):
            return i + 1
    return None


def _listed_job_title(lines: list[str]) -> str | None:
    """The first job's title in a list of jobs ("jobs:" over "- title: Firmware Engineer"), at any depth, or
    ``None``."""
    job_indent: int | None = None
    for line in lines:
        indent = len(line) - len(line.lstrip(" -"))
        if _JOBS_KEY.match(line.lstrip(" -").rstrip()):
            job_indent = indent
        elif job_indent is not None and line.strip() and indent <= job_indent:
            job_indent = None  # (the list ended: a key at its level or nearer the margin)
        elif (
            job_indent is not None
            and line.lstrip().startswith("-")  # (an item of the list: not the section's own "title:" beside it)
            and (nested := _NESTED_TITLE.match(line.replace("-", " ", 1))) is not None
        ):
            return _unquoted(nested["value"].strip()) or None
    return None


# a careers page's own title, over the jobs it lists ("Careers", "Jobs at Acme", "Praca", "Karriere")
_CAREERS_PAGE = re.compile(
    r"^(?:(?:our |open |current )?(?:careers?|jobs|job openings|open positions|openings|vacancies|join us|work with us)"
    r"|praca|kariera|karriere|stellenangebote|carrières?|empleos?|vacatures|lavora con noi|trabalhe conosco)"
    # (then only a company or a second word of the page's: "Jobs at Acme", "Careers | Acme", "Praca i Wizje Zespołów";
    # not "Career Coach")
    r"(?:[ \t]+(?:at|@|bei|chez|with|and|&|i|und|et|y|e)[ \t]+[^:]{1,40}|[ \t]*[|–—-][ \t]*[^:]{1,40})?$",
    re.IGNORECASE,
)
# the key of the page's list of jobs (matched on the line without its indentation and dash: no run of blanks is
# tried twice); not "related_jobs:" or another page's list
_JOBS_KEY = re.compile(r"(?:(?:current|open)_)?(?:jobs|positions|openings|vacancies|offers)\s*:$", re.IGNORECASE)


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
        # (a template tag, a Markdown comment and an HTML one open with one of these: most lines hold none)
        marked = "{" in line or "[" in line or "<" in line
        if in_comment:
            in_comment = "-->" not in line
            out[index] = ""
        elif (marked and _TEMPLATE_LINE.match(line)) or (line[:1] in "ie" and _MDX_STATEMENT.match(line)):
            out[index] = ""
        elif marked and _COMMENT_OPEN.match(line):
            in_comment, out[index] = True, ""
        elif "<" in line and _ANY_TAG_HINT.search(line):
            if _LIST_ITEM.match(line) and (end := _list_item_end(out, index)) > index:
                # an item that wraps onto the lines below ("<li>Several years of experience operating" /
                # "PostgreSQL clusters in production</li>"): one item, on its first line; the others left blank
                line = " ".join([line, *(out[i].strip() for i in range(index + 1, end + 1))])
                out[index + 1 : end + 1] = [""] * (end - index)
            out[index] = _without_tags(line)
        if "&" in out[index] and _REFERENCE.search(out[index]):
            out[index] = html.unescape(out[index])  # "SRE&#x2F;DevOps", "We&#x27;re": what a reader sees
    return out


LIST_ITEM_LINES = 6  # an HTML list item in a Markdown page wraps onto at most this many lines
_MARKDOWN_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _list_item_end(lines: list[str], index: int) -> int:
    """The line where the list item that opens on ``lines[index]`` closes ("</li>"), when that is a later line
    before the next item opens; else ``index``."""
    if "</li" in lines[index].lower():
        return index
    for later in range(index + 1, min(len(lines), index + LIST_ITEM_LINES)):
        said = lines[later].lower()
        if "</li" in said:
            return later
        if "<li" in said or "<ul" in said or "<ol" in said or not said.strip() or _MARKDOWN_ITEM.match(said):
            return index  # (a Markdown list inside the item: "<li>Core stack:" / "- Python 3.11" is read as such)
    return index


def split_front_matter(text: str) -> tuple[str, str]:
    """What a reader sees of ``text``'s front matter (its title line, or the posting it holds), and the page after
    it, with the statements that open an MDX page (``import { Col } from "../Layout";``) left out. A page of HTML
    kept in a site's sources has front matter too: read apart from the HTML, whose reader would run it into the
    page's first paragraph."""
    if not text.startswith(tuple(_FENCES)):
        return "", text
    lines = text.splitlines()
    if (closing := _front_matter_end(lines)) is None:
        return "", text
    rest = lines[closing + 1 :]
    while rest and (not rest[0].strip() or _MDX_STATEMENT.match(rest[0])):
        rest = rest[1:]
    return "\n".join(_without_front_matter(lines)[: closing + 1]), "\n".join(rest)


# the statements an MDX page (Markdown with JSX, Gatsby's and Docusaurus's pages) opens with under its front matter, at
# the start of their lines
_MDX_STATEMENT = re.compile(
    r"""^(?:import\s.*\sfrom\s+["'][^"']+["']|import\s+["'][^"']+["']|export\s+(?:const|default)\s.*)"""
)


UNFENCED_KEYS = 3  # a page's metadata without its opening "---" holds at least this many keys


def _unfenced_front_matter_end(lines: list[str]) -> int | None:
    """The index of the "---" that closes front matter whose opening "---" was lost ("title: …", "author: …",
    "description: …", "---" on a page copied from a site's sources): lines of lower-case keys from the first line
    on, at least :data:`UNFENCED_KEYS` of them; ``None`` when the text opens otherwise."""
    if not lines or not _LOWER_KEY.match(lines[0]):
        return None
    closing = next((i for i in range(1, min(len(lines), FRONT_MATTER_LINES)) if lines[i].strip() == "---"), None)
    if closing is None or sum(1 for line in lines[:closing] if _LOWER_KEY.match(line)) < UNFENCED_KEYS:
        return None
    if not all(_metadata_line(line) for line in lines[:closing]):
        return None
    return closing


_LOWER_KEY = re.compile(r"^[a-z_][a-z0-9_-]*:(?:\s|$)")
_TOP_TITLE = re.compile(r"^title\s*:\s*(.*)$")


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the line that closes the front matter ``lines`` open with, or ``None`` when they open with none."""
    if not lines or (fence := lines[0].strip()) not in _FENCES:
        return None
    closing = next(
        (i for i in range(1, min(len(lines), FRONT_MATTER_LINES)) if lines[i].strip() in _FENCES[fence]),
        None,
    )
    if closing is None and fence == "---" and len(lines) < FRONT_MATTER_LINES and _all_lower_keys(lines[1:]):
        # (round 28) a page that is all front matter, its closing fence never written (YAML needs none at the end
        # of the file): it ends with the text, when every line is metadata (checked below) and every key at the
        # margin is a lower-case one ("layout:", "current_openings:"; not a posting's "Position:", "Requirements:"
        # under a rule)
        closing = len(lines)
    if closing is None or not _META_KEY.match(next((line for line in lines[1:closing] if line.strip()), "")):
        return None  # a thematic break or a setext underline, not metadata
    if not all(_metadata_line(line) for line in lines[1:closing]):
        return None  # a rule, a "Location: Berlin" line and then the posting's own text, not metadata
    return closing


def _all_lower_keys(lines: list[str]) -> bool:
    """Whether every key at the margin of ``lines`` is a lower-case one (at least one)."""
    keys = [line for line in lines if line[:1].strip() and line[:1] not in "#-"]
    return bool(keys) and all(_LOWER_KEY.match(line) for line in keys)


def _without_front_matter(lines: list[str]) -> list[str]:
    out = list(lines)
    if (closing := _front_matter_end(lines)) is None:
        if (bare := _unfenced_front_matter_end(lines)) is not None:
            # its title kept as the page's, the rest left out
            top = next((i for i in range(bare) if (said := _TOP_TITLE.match(lines[i])) and said[1].strip()), -1)
            for index in range(bare + 1):
                said = _TOP_TITLE.match(lines[index]) if index == top else None
                out[index] = f"Title: {_unquoted(said[1].strip())}" if said else ""
        return out
    yaml = lines[0].strip() == "---"  # (TOML's front matter stays metadata)
    as_text = _front_matter_as_text(lines[1:closing]) if yaml else []
    if closing == len(lines) and not _word_count(as_text):
        return out  # (an unclosed one that holds no text: no front matter after all, the page read as it is)
    if not as_text or _word_count(as_text) <= _word_count(lines[closing + 1 :]):
        as_text = [""] * (closing - 1)  # metadata of the page below: only the title is kept
    titled = _title_line(lines[1:closing])
    for index in range(min(closing + 1, len(lines))):  # (no closing line: the front matter ends with the text)
        title = _KEY_VALUE.match(lines[index]) if index == titled else None
        if title and title["value"].strip():
            value = _unquoted(title["value"].strip())
            if _CAREERS_PAGE.match(value) and (job := _listed_job_title(lines[1:closing])) is not None:
                value = job  # (round 28) "title: Careers" over "jobs:" / "- title: Firmware Engineer": the job's
            out[index] = f"Title: {value}"
        else:
            out[index] = as_text[index - 1] if 0 < index < closing else ""
    return out


_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")
_YAML_ITEM = re.compile(r"^\s*-\s+(?P<value>\S.*)$")
_BLOCK = re.compile(r"^[|>][-+0-9]*$")
LONG_VALUE_WORDS = 6  # a value this long is text a reader reads ("summary: We are looking for ..."), not a setting


def _metadata_line(line: str) -> bool:
    """A line front matter is made of: a key, a list item, a comment, a TOML table, an indented continuation."""
    return not line.strip() or line[:1] in " \t#[" or bool(_META_KEY.match(line) or _YAML_ITEM.match(line))


def _front_matter_as_text(lines: list[str]) -> list[str]:
    """What a reader would see of a front matter that holds a posting, line for line (see the module's doc)."""
    out: list[str] = []
    block_indent: int | None = None  # the indentation of the key whose block of text is being read
    for index, line in enumerate(lines):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block_indent is not None and (not stripped or indent > block_indent):
            out.append(stripped)  # a line of a block of text ("description: |"), Markdown and all
            continue
        block_indent = None
        key = _YAML_KEY.match(line)
        value = (key["value"] or "").strip() if key else ""
        if not stripped or stripped.startswith("#"):
            out.append("")  # a comment: a note to whoever fills in the template
        elif key is not None and not value and _empty_field(lines, index, len(key["indent"])):
            out.append("")  # a field left empty ("salary:" over the next key): no heading over what follows
        elif key is not None and (not value or _BLOCK.match(value) or value in _QUOTES):
            # a key over a list, a block of text or a quoted text that opens on the next line: a heading (not a
            # section's "content:" under its "title:", which is the heading)
            block_indent = len(key["indent"]) if value and value not in _QUOTES else None
            named = key["key"].lower() in _CONTENT_KEYS and out and out[-1].startswith("## ")
            out.append("" if named else "## " + key["key"].replace("_", " ").replace("-", " ").strip().capitalize())
        elif (
            key is not None
            and key["key"].lower() in _HEADING_KEYS
            and (line[:1].isspace() or stripped[:1] == "-")
            and _content_follows(lines, index)
        ):
            # (round 28) a section of a page kept in its front matter, as a list of sections: "- title: "Wymagania:""
            # over its "content: |" (a nested title: the page's own is its title line)
            out.append("## " + _unquoted(value))
        elif item := _YAML_ITEM.match(line):
            if key is not None and key["key"].lower() in _RECORD_NAME_KEYS and value:
                out.append("- " + _unquoted(value))  # (round 28) a record's name: "- name: Go" over "level: expert"
            else:
                out.append("- " + _unquoted(item["value"].strip()))  # "- Languages: Python, Go" too
        elif key is not None:
            value = _unquoted(value)
            out.append(value if len(value.split()) >= LONG_VALUE_WORDS else "")
        else:
            out.append(stripped)  # a value folded onto the next line
    return out


TEXT_LINE_WORDS = 3  # a shorter line is a setting or a tag ("- python"), not text a reader reads


def _word_count(lines: list[str]) -> int:
    """The words of ``lines`` that are text: lines of a few words or more, template tags and headings not counted."""
    counts = (len(line.split()) for line in lines if not _TEMPLATE_LINE.match(line) and not line.startswith("## "))
    return sum(count for count in counts if count >= TEXT_LINE_WORDS)


_QUOTES = frozenset("'\"")  # a key's value that is only a quote: a quoted text opens on the next line


# the keys of a section's heading and of its text, in a front matter that lists a page's sections
_HEADING_KEYS = frozenset({"title", "name", "heading", "header", "label", "section", "section_title"})
_RECORD_NAME_KEYS = frozenset({"name", "title", "skill", "label"})  # the name of a record in a list of them
_CONTENT_KEYS = frozenset({"content", "body", "text", "items", "details", "points", "bullets", "list"})


def _content_follows(lines: list[str], index: int) -> bool:
    """Whether the next line that says something after ``lines[index]`` (a section's "title:") is its text's key: one
    of ``_CONTENT_KEYS`` over a block or a list ("content: |"), not a field of a record ("- name: Go" over "level:
    expert")."""
    following = next((line for line in lines[index + 1 :] if line.strip()), "")
    key = _YAML_KEY.match(following)
    if key is None or key["key"].lower() not in _CONTENT_KEYS:
        return False
    value = (key["value"] or "").strip()
    return not value or bool(_BLOCK.match(value)) or value in _QUOTES


def _empty_field(lines: list[str], index: int, indent: int) -> bool:
    """Whether the key on ``lines[index]`` (at ``indent``) holds nothing: the next line that says something is a
    key at the same level or nearer the margin (or there is none)."""
    following = next((line for line in lines[index + 1 :] if line.strip()), None)
    if following is None:
        return True
    return (
        _YAML_ITEM.match(following) is None
        and bool(_YAML_KEY.match(following))
        and (len(following) - len(following.lstrip()) <= indent)
    )


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


def table_row_item(cells: list[str]) -> str:
    """A table's row as the list item the parser reads, as a Markdown table's, an HTML table's and a Word table's
    rows all are: its cells that hold text, joined ("- Mapbox — Basic — Nice to have"); a priority column of one
    word says it as a heading would ("Nice" is nice to have)."""
    return "- " + " — ".join("Nice to have" if cell.lower() == "nice" else cell for cell in cells if cell)
