"""Build small HTML documents for read-only text views, escaping user text.

Question and rubric text comes from files anyone can write. Qt renders
anything that looks like HTML, so every piece of user text goes through
:func:`esc` before it meets markup; the markup itself is fixed here. Views
that show the result disable link following as well.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtWidgets import QTextBrowser

LIST_INDENT_PX = 18  # Qt's default (40 px) wastes a narrow pane


def prepare_viewer(view: QTextBrowser) -> None:
    """Safe and compact for these documents: no link following, small list indents."""
    view.setOpenLinks(False)
    view.setOpenExternalLinks(False)
    view.document().setIndentWidth(LIST_INDENT_PX)


def esc(text: str) -> str:
    """User text as HTML text: markup characters escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def paragraph(text: str, *, italic: bool = False) -> str:
    body = f"<i>{esc(text)}</i>" if italic else esc(text)
    return f"<p>{body}</p>"


def bullets(items: Iterable[str]) -> str:
    rows = "".join(f"<li>{esc(item)}</li>" for item in items)
    return f"<ul>{rows}</ul>" if rows else ""


def section(title: str, items: Iterable[str]) -> str:
    """A titled bullet list, or nothing when there are no items."""
    body = bullets(items)
    return f"<h4>{esc(title)}</h4>{body}" if body else ""


def document(*parts: str) -> str:
    return "<html><body>" + "".join(parts) + "</body></html>"
